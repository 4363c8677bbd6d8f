"""Classes of the tenth own-wire study (twelve more whole articles written in 1987 wire style
on events of 1985-1990, ``benchmarks/data/own_wire10.*``): the verb after a relative clause
or a participle set off by commas is the sentence's verb even where the parser hung it
elsewhere; a state ordered to close its own embassy or consulate is sanctioned by the one who
orders it; complying with a resolution or an accord is a pledge; telling someone by telephone
is a call, telling the press is not; a rally spoken at is an audience; weapons dropped from a
proposal are no bombardment; a leader telephoning his own lawmakers is politics at home; a
joint exercise called off and deliveries of weapons suspended are sanctions; captives freed
with no doer named are the holders' concession to the captives' country; a cabinet meeting
called is the doer's own body sitting; an accord a state has is a standing tie; government
troops a state's own voice tells of are that state's; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_the_verb_after_a_relative_clause_aside_is_the_sentence_verb(extractor):
    text = "Spain, which has some 4,000 nationals living in Morocco, called on both governments to keep calm."
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"ESP"}
    text = (
        "Oil prices rose in London. Greece, which has many sailors serving on Gulf tankers, "
        "called on both sides to spare merchant shipping."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"GRC"}


def test_the_verb_after_a_participle_aside_is_the_sentence_verb(extractor):
    text = "A Swiss nurse, held hostage in Lebanon for two years, was freed in Sidon on Tuesday."
    events = extract_events(extractor, text)
    freed = events_of_type(events, "concession")
    assert freed and country_codes(freed[0]["targets"]) == {"CHE"}
    assert not any("CHE" in country_codes(e["actors"]) for e in events)  # the captive did nothing


def test_a_state_ordered_to_close_its_mission_is_sanctioned(extractor):
    for text, doer, target in (
        (
            "Bulgaria has ordered Turkey to close its consulate in Plovdiv within a week.",
            "BGR",
            "TUR",
        ),
        ("Ghana ordered Nigeria on Friday to close its embassy in Accra.", "GHA", "NGA"),
    ):
        found = events_of_type(extract_events(extractor, text), "sanction")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
        assert country_codes(found[0]["targets"]) == {target}, text


def test_a_state_ordered_to_close_something_else_is_only_told_to(extractor):
    text = "Iraq ordered Iran to close the refugee camps near the border."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "sanction")
    assert events_of_type(events, "demand")


def test_complying_with_a_resolution_is_a_pledge(extractor):
    text = "Jordan said it would comply with the Security Council resolution."
    found = events_of_type(extract_events(extractor, text), "pledge")
    assert found and country_codes(found[0]["actors"]) == {"JOR"}
    text = "Pakistan has promised to abide by the Geneva accords, a spokesman said."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_telling_someone_by_telephone_is_a_call_telling_the_press_is_not(extractor):
    text = "The Egyptian president told King Hussein by telephone that he would attend the summit."
    found = events_of_type(extract_events(extractor, text), "call")
    assert found and country_codes(found[0]["actors"]) == {"EGY"}
    assert country_codes(found[0]["targets"]) == {"JOR"}
    for text in (
        "A Foreign Ministry spokesman told Reuters by telephone that no decision had been taken.",
        "The rebel commander told reporters by telephone from Beirut that the captives were well.",
    ):
        assert not events_of_type(extract_events(extractor, text), "call"), text


def test_a_rally_spoken_at_is_an_audience(extractor):
    for text in (
        "Mugabe, speaking at a rally in Bulawayo on Sunday, said foreign powers were meddling.",
        "The president spoke at a rally in Lagos on Sunday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "protest"), text
    text = "Students held a rally in Seoul on Sunday to protest against the visit."
    assert events_of_type(extract_events(extractor, text), "protest")


def test_weapons_dropped_from_a_proposal_are_no_bombardment(extractor):
    text = "The White House dropped 300 Stinger missiles from the arms package last week."
    events = extract_events(extractor, text)
    assert not [e for e in events if e["type"] in ("shelling", "airstrike", "attack")]


def test_a_leader_telephoning_his_own_lawmakers_is_politics_at_home(extractor):
    text = (
        "The Senate voted on the missile sale to Jordan today. Reagan, who telephoned several "
        "undecided senators from the White House this morning, said he was pleased. Jordan's "
        "embassy declined to comment."
    )
    assert not events_of_type(extract_events(extractor, text), "call")


def test_a_joint_exercise_called_off_is_a_sanction(extractor):
    text = "The United States cancelled a joint naval exercise with Thailand on Monday."
    events = extract_events(extractor, text)
    found = events_of_type(events, "sanction")
    assert found and country_codes(found[0]["actors"]) == {"USA"}
    assert country_codes(found[0]["targets"]) == {"THA"}
    assert not events_of_type(events, "cooperation")
    text = "Egypt scrapped the joint manoeuvres with the United States planned for May."
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_deliveries_of_weapons_suspended_are_a_sanction(extractor):
    text = "China suspended deliveries of missiles to Iran on Friday, diplomats said."
    events = extract_events(extractor, text)
    found = events_of_type(events, "sanction")
    assert found and country_codes(found[0]["actors"]) == {"CHN"}
    assert not events_of_type(events, "arms_transfer")
    text = "Japan halted shipments of rice to the Philippines."
    assert not events_of_type(extract_events(extractor, text), "sanction")


def test_captives_freed_with_no_doer_named_are_a_concession_to_their_country(extractor):
    text = "Two Dutch engineers were freed in Beirut on Sunday."
    found = events_of_type(extract_events(extractor, text), "concession")
    assert found and country_codes(found[0]["targets"]) == {"NLD"}
    assert country_codes(found[0]["actors"]) == {"LBN"}  # whoever holds them where it happens
    text = "Forty Iraqi prisoners of war were released on Monday."
    found = events_of_type(extract_events(extractor, text), "concession")
    assert found and country_codes(found[0]["targets"]) == {"IRQ"}


def test_a_cabinet_meeting_called_is_no_dealing_between_parties(extractor):
    text = "The Chilean president called an emergency cabinet meeting on Friday after the shooting."
    assert not extract_events(extractor, text)
    text = "Egypt called a meeting of Arab foreign ministers to discuss the crisis."
    assert extract_events(extractor, text)  # a meeting of others called stays


def test_an_accord_a_state_has_is_a_standing_tie(extractor):
    text = "Zambia, which has a trade agreement with Zimbabwe, said it would keep the border open."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = "Kenya and Britain signed a defence agreement on Monday."
    assert events_of_type(extract_events(extractor, text), "agreement")


def test_government_troops_a_state_voice_tells_of_are_its_own(extractor):
    text = (
        "Zimbabwe's foreign minister said Harare would honour the accord and praised the Zambian "
        "president for hosting the talks. In Maputo, the Mozambican news agency said government "
        "troops had repulsed an attack by rebels near Beira on Monday."
    )
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"MOZ"}


def test_own_wire10_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire10")
    assert summary["recall"] >= 0.68
    assert summary["precision"] >= 0.64
