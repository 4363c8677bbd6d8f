"""Whole-wire leftovers: a strike's toll told in the main clause, dates inside a comparison's
'since', talking that is no phone call, calls made from an office, forces entering a place.
Each rule on sentences written for the test, with the case it must leave alone beside it."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events, side_countries

PUB = "1998-03-12T12:00:00Z"


def _counts(event: dict) -> list[int]:
    return [q["value"] for q in event["quantities"]]


def test_a_strike_in_a_when_clause_takes_the_toll_of_its_main_clause(extractor):
    text = (
        "KARACHI, March 12 - Nine villagers were killed and 40 wounded when Indian shells hit"
        " a market near the border on Wednesday, officials said."
    )
    hits = events_of_type(extract_events(extractor, text, PUB), "shelling")
    hits += events_of_type(extract_events(extractor, text, PUB), "attack")
    assert [_counts(e) for e in hits if e["trigger"] == "hit"] == [[9, 40]]
    alone = "Seven Iranian soldiers were killed when Iraqi jets bombed their post near Basra."
    bombed = [e for e in extract_events(extractor, alone, PUB) if e["trigger"] == "bombed"]
    assert [_counts(e) for e in bombed] == [[7]]


def test_a_toll_is_not_passed_to_a_clause_of_another_kind(extractor):
    text = "Twelve protesters were arrested when police broke up a rally in Lagos on Tuesday."
    for event in extract_events(extractor, text, PUB):
        if event["trigger"].startswith("broke"):
            assert _counts(event) == []


def test_a_date_in_a_comparisons_since_does_not_date_the_act(extractor):
    text = (
        "GAZA, March 12 - The assault, the heaviest since fighting erupted two weeks ago, set the"
        " town hall ablaze and wounded at least 31 people, Palestinian hospital officials said."
    )
    wounded = [e for e in extract_events(extractor, text, PUB) if e["trigger"] == "wounded"]
    assert [e["date"]["value"] for e in wounded] == [None]
    talks = (
        "BEIJING, March 12 - The Chinese prime minister held his first talks with Vietnam since"
        " 1979 on Tuesday."
    )
    meetings = events_of_type(extract_events(extractor, talks, PUB), "meeting")
    assert [e["date"]["value"] for e in meetings] == ["1998-03-10"]


def test_talking_to_a_leader_is_a_meeting_unless_a_phone_is_named(extractor):
    met = "The Kenyan president talked to the Ugandan leader in Kampala on Monday."
    assert side_countries(extract_events(extractor, met, PUB), "meeting") == [(["KEN"], ["UGA"])]
    assert events_of_type(extract_events(extractor, met, PUB), "call") == []
    phoned = "The Kenyan president talked by telephone to the Ugandan leader on Monday."
    assert side_countries(extract_events(extractor, phoned, PUB), "call") == [(["KEN"], ["UGA"])]
    press = "The Kenyan president talked to reporters in Kampala on Monday."
    assert {e["type"] for e in extract_events(extractor, press, PUB)} == set()


def test_calling_a_leader_from_an_office_is_a_call(extractor):
    text = (
        "PARIS, March 12 - Syrian troops shelled villages in southern Lebanon on Wednesday."
        " President Chirac called the Lebanese prime minister from the Elysee palace, a"
        " spokesman said."
    )
    calls = events_of_type(extract_events(extractor, text, PUB), "call")
    assert [(e["trigger"], [a["country"] for a in e["actors"]]) for e in calls] == [
        ("called", ["FRA"])
    ]
    assert "LBN" in {t["country"] for t in calls[0]["targets"]}


def test_forces_entering_a_place_occupy_it(extractor):
    text = (
        "ASMARA, March 12 - Eritrean troops entered the town of Badme on Tuesday, officials said."
    )
    entered = events_of_type(extract_events(extractor, text, PUB), "occupation")
    assert [[a["country"] for a in e["actors"]] for e in entered] == [["ERI"]]
    refused = "The commander said Eritrean troops would not enter the town of Badme."
    assert events_of_type(extract_events(extractor, refused, PUB), "occupation") == []
    ships = "Two Soviet warships entered Norwegian waters near Tromso on Tuesday."
    assert events_of_type(extract_events(extractor, ships, PUB), "occupation") == []


def test_a_light_verb_after_an_aside_is_the_clauses_verb(extractor):
    text = (
        "HANOI, March 12 - The Vietnamese delegation, led by Deputy Foreign Minister Le Mai,"
        " repeated Hanoi's demand that the 20,000 Chinese troops stationed near the border be"
        " withdrawn, a Thai official said."
    )
    demands = events_of_type(extract_events(extractor, text, PUB), "demand")
    assert [(e["trigger"], [a["country"] for a in e["actors"]]) for e in demands] == [
        ("repeated demand", ["VNM"])
    ]
