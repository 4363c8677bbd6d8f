"""Actors of BBC and wire copy, round 42: a body's members told as gathered ('EU leaders at a
summit', 'Nato ministers meeting in Brussels', 'leaders gather in Rome') meet, an event of
its own beside what they do there; each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "2005-03-02T12:00:00Z"


def _codes(extractor, text: str, etype: str) -> list[list[str]]:
    """The actor codes of each event of one type."""
    return [
        [a["code"] for a in e["actors"]]
        for e in extract_events(extractor, text, PUB)
        if e["type"] == etype
    ]


def test_members_at_a_summit_meet_as_well_as_pledge(extractor):
    text = "In 2001, EU leaders at a summit in Stockholm pledged to open their energy markets."
    assert _codes(extractor, text, "meeting") == [["IGOEUREEC"]]
    assert _codes(extractor, text, "pledge") == [["IGOEUREEC"]]


def test_ministers_meeting_somewhere_meet_as_well_as_agree(extractor):
    text = "Nato defence ministers meeting in Brussels agreed to send more troops to Kosovo."
    assert _codes(extractor, text, "meeting") == [["IGOWSTNAT"]]
    text = "Spanish and Italian ministers meeting in Madrid agreed to share border patrols."
    assert side_countries(extract_events(extractor, text, PUB), "meeting") == [(["ESP", "ITA"], [])]


def test_leaders_gathering_somewhere_meet(extractor):
    text = "EU finance ministers convened in Luxembourg on Tuesday to discuss the budget."
    assert _codes(extractor, text, "meeting") == [["IGOEUREEC"]]


def test_a_crowd_gathering_is_no_meeting(extractor):
    text = "Thousands of farmers gathered in Paris on Tuesday to demand higher prices."
    assert _codes(extractor, text, "meeting") == []


def test_bare_rebels_fighting_a_foreign_force_are_of_the_dateline_state(extractor):
    text = (
        "MONROVIA, Liberia (AP) -- Ghanaian-led West African troops pushed rebels back from"
        " the port on Tuesday. Rebels burned a market as they retreated, residents said."
    )
    assert side_countries(extract_events(extractor, text, PUB), "withdrawal") == [(["LBR"], [])]


def test_bare_rebels_of_a_story_about_another_state_keep_its_country(extractor):
    text = (
        "ISLAMABAD, Pakistan (AP) -- Afghan rebels said they shot down a Soviet helicopter"
        " near Kabul. Afghan rebels fought Afghan troops in Kandahar province. Afghan officials"
        " said the rebels retreated into the mountains."
    )
    assert side_countries(extract_events(extractor, text, PUB), "withdrawal") == [(["AFG"], [])]


def test_the_three_powers_are_the_three_states_named_before(extractor):
    text = (
        "Syria closed the crossing on Monday, ignoring a plea from Egypt, Jordan and Saudi"
        " Arabia. The three Arab states called on Damascus to reopen it."
    )
    assert side_countries(extract_events(extractor, text, PUB), "appeal") == [
        (["EGY", "JOR", "SAU"], ["SYR"])
    ]
    alone = text.replace(
        "The three Arab states called on Damascus to reopen it",
        "The three later called on Damascus to reopen the border",
    )
    assert side_countries(extract_events(extractor, alone, PUB), "appeal") == [
        (["EGY", "JOR", "SAU"], ["SYR"])
    ]


def test_a_name_of_no_country_beside_a_firm_is_a_firm(extractor):
    text = (
        "Banks from Spain, Italy and France have been competing to buy Greek lenders, and"
        " talks between Unocal and Alfabank are said to be at an advanced stage."
    )
    assert [e["type"] for e in extract_events(extractor, text, PUB)] == []
    states = "Talks between Spain and Alfabank are said to be at an advanced stage."
    assert side_countries(extract_events(extractor, states, PUB), "meeting") == [
        (["ESP", None], [])
    ]


def test_a_name_of_no_country_beside_a_state_firm_keeps_the_deal(extractor):
    text = (
        "PDVSA and the National Iranian Oil Company signed a deal for Venezuelan firms to"
        " develop two oilfields, both countries said in a statement."
    )
    assert [e["type"] for e in extract_events(extractor, text, PUB)] == ["agreement"]
