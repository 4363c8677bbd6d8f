"""Classes of the fourteenth own-wire study (ten more whole articles written in 1987 wire style
on the Gulf war of 1987-88, ``benchmarks/data/own_wire14.*``): a subject and participle the
parser read as modifiers of the object ('a frigate fired shells at …' read as one noun phrase)
are still a clause; a speaker's second act after a told judgement of a thing ('said the trial
was a farce and warned Kuwait') is the speaker's; a resolution adopted that demands, calls on
or condemns is that act, not an agreement; a clause opened by 'once' in the present and a
relative clause on 'any' noun are conditions, no acts; diplomats given hours or days to leave
are expelled; closing a strait or waterway to others is a blockade (and a threat when
conditional); both nationalities of a hyphened pair ('Chinese-Indian border talks') take
part; talks that resume or are due to resume are one meeting of the parties the noun names; a
place after 'the Saudi port of' is Saudi when the gazetteer does not know it; holding
prisoners of war is detention; an armed act placed by its own phrase at the dateline city
('DUBAI - … attacked a tanker off Dubai') happened there; a troop movement told through a
speaker 'in Nicosia' did not happen in Nicosia; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_subject_and_participle_read_into_the_object_are_a_clause(extractor):
    for text, doer, struck in (
        ("A Syrian gunboat fired shells at a Lebanese fishing boat on Friday.", "SYR", "LBN"),
        ("An Iraqi warship fired shells at the Iranian coast.", "IRQ", "IRN"),
    ):
        found = events_of_type(extract_events(extractor, text), "shelling")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert struck in country_codes(found[0]["targets"]), text


def test_the_speakers_act_after_a_told_judgement_of_a_thing(extractor):
    for text, doer, warned in (
        (
            "Radio Baghdad said the raid was a crime and warned Syria against new attacks.",
            "IRQ",
            "SYR",
        ),
        (
            "Tass said the verdict was unjust and warned Turkey against carrying it out.",
            "SUN",
            "TUR",
        ),
    ):
        found = events_of_type(extract_events(extractor, text), "threat")
        assert found, text
        assert country_codes(found[0]["actors"]) & (
            {doer} | ({"RUS"} if doer == "SUN" else set())
        ), text
        assert country_codes(found[0]["targets"]) == {warned}, text


def test_a_resolution_adopted_is_what_it_says(extractor):
    text = "The Security Council adopted a resolution on Friday calling on Israel to leave Lebanon."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "agreement")
    found = events_of_type(events, "appeal")
    assert found and "ISR" in country_codes(found[0]["targets"])
    text = "The assembly approved a resolution condemning Iraq's use of poison gas."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "agreement")
    found = events_of_type(events, "accusation")
    assert found and "IRQ" in country_codes(found[0]["targets"])


def test_once_in_the_present_and_any_noun_are_conditions(extractor):
    text = "Damascus will free the two pilots once Israel releases the Syrian prisoners."
    events = extract_events(extractor, text)
    assert not [e for e in events if "ISR" in country_codes(e["actors"])]
    text = "Iran says it will give back any tankers it seizes in the strait."
    assert not events_of_type(extract_events(extractor, text), "coercion")
    text = "The army shelled the town once the rebels had left it."
    assert events_of_type(extract_events(extractor, text), "shelling")


def test_diplomats_given_a_time_to_leave_are_expelled(extractor):
    for text, doer in (
        ("Two Libyan diplomats were given 48 hours to leave Chad.", None),
        ("Chad gave two Libyan diplomats 48 hours to leave the country.", "TCD"),
    ):
        found = events_of_type(extract_events(extractor, text), "sanction")
        assert found, text
        assert "LBY" in country_codes(found[0]["targets"]), text
        if doer:
            assert country_codes(found[0]["actors"]) == {doer}, text
    text = "The team was given two weeks to finish the report."
    assert not extract_events(extractor, text)


def test_closing_a_strait_or_waterway_is_a_blockade(extractor):
    text = "Egypt closed the waterway to Israeli ships on Monday."
    found = events_of_type(extract_events(extractor, text), "blockade")
    assert found and country_codes(found[0]["actors"]) == {"EGY"}
    assert country_codes(found[0]["targets"]) == {"ISR"}
    text = "Tehran radio said Iran would close the Strait of Hormuz to Iraq's allies if attacked."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"IRN"}
    text = "The storm closed the strait to shipping for two days."
    assert not extract_events(extractor, text)


def test_both_nationalities_of_a_hyphened_pair_take_part(extractor):
    text = "Chinese-Indian border talks ended in Peking on Friday."
    found = events_of_type(extract_events(extractor, text), "meeting")
    assert found
    assert {"CHN", "IND"} <= country_codes(found[0]["actors"]) | country_codes(found[0]["targets"])


def test_talks_that_resume_are_one_meeting_of_their_parties(extractor):
    text = "Talks between Chad and Libya resumed in Algiers on Monday."
    found = events_of_type(extract_events(extractor, text), "meeting")
    assert found and country_codes(found[0]["actors"]) | country_codes(found[0]["targets"]) == {
        "TCD",
        "LBY",
    }
    text = "Chinese-Indian border talks are due to resume in Peking next month."
    found = events_of_type(extract_events(extractor, text), "meeting")
    assert len(found) == 1
    assert {"CHN", "IND"} <= country_codes(found[0]["actors"])
    assert found[0]["date"]["status"] == "planned"


def test_a_place_after_a_national_port_of_takes_that_country(extractor):
    text = "Gunboats fired on a Greek tanker off the Saudi port of Jubail on Sunday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and found[0]["location"]["country"] == "SAU"


def test_holding_prisoners_of_war_is_detention(extractor):
    text = "Iran still holds about 60,000 Iraqi prisoners of war."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "attack")
    found = events_of_type(events, "coercion")
    assert found and country_codes(found[0]["actors"]) == {"IRN"}


def test_an_act_placed_at_the_dateline_city_by_its_own_phrase(extractor):
    text = "DUBAI, Feb 3 - Iranian gunboats attacked a Greek tanker off Dubai today."
    found = events_of_type(extract_events(extractor, text, "1988-02-03T12:00:00Z"), "attack")
    assert found and found[0]["location"] and found[0]["location"]["country"] == "ARE"


def test_a_troop_movement_reported_in_nicosia_is_not_there(extractor):
    text = "In Nicosia, Tehran radio said Iranian troops had pulled back from three hills."
    found = events_of_type(extract_events(extractor, text), "withdrawal")
    assert found
    assert (found[0]["location"] or {}).get("country") != "CYP"


def test_own_wire14_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire14")
    assert summary["recall"] >= 0.90
    assert summary["precision"] >= 0.85
