"""Classes of the fifth world-news precision study (issue 10: fifteen more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world5.*``): animals hunted
are no victims, an official dismissed is removed from a post, charities raise money, a speech
to a rally is no protest, an orchestra or a sports body on tour is no state, civil fleets are
no force, an enemy named only by 'an' is a figure, a race against time is fought against a
thing, a boxer's assault is a game, the opposition criticising the government is politics at
home, a quarrel with a firm is business, a ban attacked is criticised, a union's officer
holds no office of state; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_animals_hunted_or_culled_are_no_victims(extractor):
    for text in (
        "Japanese researchers say they need to kill 300 minke whales this year to study the herds.",
        "Canadian fishermen plan to kill 300 seals off Newfoundland this spring.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "threat"), text
    text = "Rebels killed four farmers and their cattle near the Zambian border."
    assert _armed(extract_events(extractor, text))


def test_an_official_dismissed_is_removed_from_his_post(extractor):
    text = "Transport Minister Li Peng-fei was dismissed on Friday for mishandling the crash."
    assert not events_of_type(extract_events(extractor, text), "rejection")
    text = "Moscow dismissed the charge as a crude fabrication."
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"RUS"}


def test_charities_raising_money_make_no_appeal(extractor):
    text = "Four Irish charities launched an urgent appeal for Sudan on Monday."
    assert not events_of_type(extract_events(extractor, text), "appeal")
    text = "Dublin launched an urgent appeal to Britain for help with the refugees."
    assert events_of_type(extract_events(extractor, text), "appeal")


def test_a_speech_to_a_rally_is_no_protest(extractor):
    text = "The former defence minister told a rally in Cebu that the vote had been stolen."
    assert not events_of_type(extract_events(extractor, text), "protest")
    text = "Thousands of students held a rally in Seoul against the government."
    assert events_of_type(extract_events(extractor, text), "protest")


def test_a_tour_of_performers_or_of_a_sports_body_is_no_state_act(extractor):
    for text, etype in (
        ("The Leningrad Philharmonic opened its first tour of Japan in Tokyo on Monday.", "visit"),
        (
            "Australia's cricket board leaders met for five hours after sports ministers "
            "warned of a boycott of India.",
            "meeting",
        ),
    ):
        assert not events_of_type(extract_events(extractor, text), etype), text
    text = "Shevardnadze began a three-day visit to Japan on Monday."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_civil_fleets_are_no_force(extractor):
    for text in (
        "Norway's sealing fleet stayed in port on Tuesday because of the storm.",
        "Hundreds of fishing boats blockaded the harbour of Boulogne for six hours.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "deployment") and not events_of_type(
            events, "blockade"
        ), text
    text = "Iran's navy stayed in port on Tuesday."
    assert events_of_type(extract_events(extractor, text), "deployment")


def test_an_enemy_named_only_by_an_article_is_a_figure(extractor):
    text = '"We are fighting a silent enemy," the health minister said of the epidemic.'
    assert not _armed(extract_events(extractor, text))
    text = "Iranian troops were fighting an enemy they could not see, Iraq said."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_a_race_against_time_is_fought_against_a_thing(extractor):
    text = '"We are fighting a race against time," said Ethiopian relief chief Dawit Wolde.'
    assert not _armed(extract_events(extractor, text))


def test_a_boxers_assault_is_part_of_the_bout(extractor):
    text = (
        "Holmes launched a fierce assault on the body in the fifth round and floored the "
        "challenger with an uppercut."
    )
    assert not _armed(extract_events(extractor, text))


def test_the_opposition_criticising_the_government_is_politics_at_home(extractor):
    text = (
        "OTTAWA, Aug 4 - A ship landed 80 Indians on the coast of New Brunswick yesterday. "
        "The Indian embassy said it would ask for their names. "
        "Opposition members accused the government of weakness, and an Indian community "
        "leader in Vancouver said the newcomers had been treated like criminals."
    )
    events = extract_events(extractor, text, "1987-08-04T12:00:00Z")
    assert not events_of_type(events, "accusation")
    assert events_of_type(events, "appeal")


def test_a_quarrel_with_a_firm_is_business(extractor):
    text = (
        "DELHI, May 3 - India is suing Dow Chemical, the American chemical company. "
        "Lawyers for the families attacked the company's tactics outside the court."
    )
    events = extract_events(extractor, text, "1987-05-03T12:00:00Z")
    assert not events_of_type(events, "accusation") and not _armed(events)
    text = "Gunmen attacked the company's offices in Lima."
    assert events_of_type(extract_events(extractor, text), "attack")
    text = "In a speech tonight, he criticised the World Bank for its loans to Peru."
    assert events_of_type(extract_events(extractor, text), "accusation")


def test_a_ban_attacked_is_criticised(extractor):
    text = "Athletes' representatives attacked the ban on contacts as unfair."
    assert not _armed(extract_events(extractor, text))


def test_a_unions_officer_holds_no_office_of_state(extractor):
    text = (
        "LONDON, May 3 - Bill Morris, general secretary of the National Union of Seamen, "
        "urged Norway to free the trawler's crew."
    )
    found = events_of_type(extract_events(extractor, text, "1987-05-03T12:00:00Z"), "appeal")
    assert found and all(a["code"].endswith("LAB") for a in found[0]["actors"])
    text = "The union's general secretary urged the Japanese owners to keep the plant open."
    for event in extract_events(extractor, text):
        assert all(not (a["code"] or "").endswith("GOV") for a in event["actors"])
    text = "Mikhail Gorbachev, general secretary of the Soviet Communist Party, met Reagan."
    found = events_of_type(extract_events(extractor, text), "meeting")
    assert found and found[0]["actors"][0]["code"] == "RUSGOV"


def test_own_world5_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world5")
    assert summary["articles"] == 15 and summary["required"] == 14
    assert summary["recall"] >= 0.78
    assert summary["precision"] >= 0.47
    assert summary["dates"] >= 0.8
