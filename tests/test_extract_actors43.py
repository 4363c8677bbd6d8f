"""Actors and targets of whole articles, round 43: 'its' after a group named by its name, a
people named after its state's demonym and then alone ('Bosnian Serbs' … 'the Serbs'), states
an 'including' phrase names in a subject, a warship named as an aircraft carrier and moved
'closer to' a place, people of a region meeting in a capital, a meeting of a body's members
awaited, a firm a company's spokesman speaks for, a bare army whose sentence names a country
only on a thing, and soldiers in a refugee camp of held ground; each rule on sentences written
for the test."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "1994-05-03T12:00:00Z"


def test_its_after_a_group_named_by_its_name_is_the_group(extractor):
    text = (
        "Hezbollah vowed on Saturday to keep up its attacks on Israel. Its gunmen killed two"
        " Israelis near the border on Sunday, the army said."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "attack")] == [["LBN"]]


def test_a_people_named_after_its_state_then_alone_stays_of_that_state(extractor):
    text = (
        "Bosnian Serb gunners shelled the town of Gorazde on Monday. On Tuesday the Serbs"
        " seized 30 United Nations peacekeepers and held them at an arms depot."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "coercion")] == [["BIH"]]
    text = "Serbian police arrested ten Serbs in Belgrade on Monday."
    assert side_countries(extract_events(extractor, text, PUB), "coercion") == [(["SRB"], ["SRB"])]


def test_states_an_including_phrase_names_in_a_subject_are_the_doers(extractor):
    text = (
        "Several African states, including Ghana and Senegal, have promised troops for the force."
    )
    events = extract_events(extractor, text, PUB)
    assert [sorted(a) for a, _ in side_countries(events, "pledge")] == [["GHA", "SEN"]]


def test_an_aircraft_carrier_ordered_closer_to_a_place_is_deployed(extractor):
    text = (
        "Defence Secretary Les Aspin said the aircraft carrier Saratoga had been ordered to"
        " move closer to the Adriatic coast."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "deployment")] == [["USA"]]
    text = "U.S. officials said the troops would stay away from the border."
    assert side_countries(extract_events(extractor, text, PUB), "deployment") == []


def test_people_of_a_region_meeting_in_a_capital_are_of_no_state(extractor):
    text = "African foreign ministers met in Accra on Monday to discuss the debt crisis."
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "meeting")] == [[None]]


def test_a_meeting_of_a_body_s_members_awaited_is_a_planned_meeting(extractor):
    text = (
        "The French proposal comes ahead of a meeting of the 15 EU farm ministers on Monday to"
        " discuss the reform."
    )
    meetings = [e for e in extract_events(extractor, text, PUB) if e["type"] == "meeting"]
    assert [e["date"]["status"] for e in meetings] == ["planned"]


def test_a_name_a_company_spokesman_speaks_for_is_a_firm_no_force(extractor):
    text = (
        "Laivateollisuus Marine said it was in talks with a Polish agency on three ferries worth"
        " some 90 million markka, a company spokesman said."
    )
    events = extract_events(extractor, text, PUB)
    assert side_countries(events, "deployment") == []
    assert [[a["code"] for a in e["actors"]] for e in events] == [["---BUS"]]


def test_a_bare_army_takes_no_country_from_a_thing_its_sentence_marks(extractor):
    text = (
        "MAPUTO, July 21 - Mozambique said rebels attacked the town of Homoine on Saturday."
        " A military spokesman said the army killed 42 rebels on Sunday and recovered"
        " weapons bearing South African markings."
    )
    events = extract_events(extractor, text, "1987-07-21T12:00:00Z")
    killed = [e for e in events if e["type"] == "attack" and "killed" in e["trigger"]]
    assert [[a["country"] for a in e["actors"]] for e in killed] == [["MOZ"]]


def test_bare_soldiers_in_a_refugee_camp_of_held_ground_are_of_its_holder(extractor):
    text = (
        "JERUSALEM, Dec 22 - Egypt recalled its ambassador from Tel Aviv last week in protest."
        " Soldiers fired tear gas at stone-throwing youths in the Balata refugee camp."
    )
    events = extract_events(extractor, text, "1987-12-22T12:00:00Z")
    assert [a for a, _ in side_countries(events, "attack")] == [["ISR"]]


def test_a_force_keeps_the_country_of_the_ground_its_sentence_names(extractor):
    text = "Hundreds of extra police officers were deployed in Welsh towns ahead of the march."
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "military_exercise")] == [["GBR"]]


def test_armed_men_a_region_s_people_names_keep_the_place_they_strike(extractor):
    text = "Refugees said Arab militiamen had burned their villages in Darfur last month."
    events = extract_events(extractor, text, PUB)
    assert ["SDN"] in [a for a, _ in side_countries(events, "attack")]
