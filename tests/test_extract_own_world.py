"""Classes of the world-news precision study (issue 10: fifteen whole articles in 1987 wire
style where real events are few, ``benchmarks/data/own_world.*``): being bombarded with things
that are no weapons is no attack, a losing battle against a thing is no fighting, a
country's own parliament or party under a name another country's bears leaves its politics at
home, attacking an ill of the economy is no attack, a thing that threatens is no threat;
and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "shelling", "airstrike", "clash", "threat")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_bombarded_with_things_that_are_no_weapons_is_no_attack(extractor):
    for text in (
        "The agriculture ministry said it had been bombarded with letters from angry farmers.",
        "Embassy staff in Lagos were bombarded with visa applications last week.",
        "Brokers were bombarded with sell orders as soon as the exchange opened.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    # a town bombarded with shells or rockets is shelled
    for text in (
        "Iraqi gunners bombarded Basra with rockets on Monday.",
        "Syrian artillery bombarded Christian villages with shells overnight.",
    ):
        found = [e for e in extract_events(extractor, text) if e["type"] in ("shelling", "attack")]
        assert found, text


def test_a_losing_battle_against_a_thing_is_no_fighting(extractor):
    for text in (
        "Portuguese textile makers are fighting a losing battle against cheap Asian imports.",
        "Doctors in the camps have fought a long battle against cholera since the rains began.",
    ):
        assert not events_of_type(extract_events(extractor, text), "clash"), text
    # a battle fought against soldiers is fighting
    text = "Thai troops fought a fierce battle against Vietnamese soldiers near the border."
    found = events_of_type(extract_events(extractor, text), "clash")
    assert found and "THA" in country_codes(found[0]["actors"] + found[0]["targets"])


def test_a_countrys_own_parliament_and_parties_stay_politics_at_home(extractor):
    text = (
        "WELLINGTON, May 5 - New Zealand's House of Representatives began a debate on two new "
        "frigates today, and opposition members attacked their cost.\n\n"
        "The government said the ships were needed to patrol the South Pacific.\n\n"
        "Australia has offered to build the frigates in Melbourne, and Britain and West "
        "Germany have also bid for the contract."
    )
    events = extract_events(extractor, text, "1987-05-05T12:00:00Z")
    assert not events_of_type(events, "accusation")
    for text in (
        "New Democratic Party leader Ed Broadbent accused Prime Minister Brian Mulroney of "
        "wasting money on warships.",
        "Liberal leader Tom Hardy and Social Democrat Ann Marsh attacked both main parties "
        "over unemployment.",
        "Socialist leaders accused Prime Minister Jacques Chirac of bargaining with kidnappers.",
    ):
        assert not events_of_type(extract_events(extractor, text), "accusation"), text


def test_attacking_an_ill_of_the_economy_is_no_attack(extractor):
    for text in (
        "The central bank said it would keep attacking inflation, which reached 12 pct in May, "
        "with tight credit.",
        "The Bank of Italy said it would go on attacking inflation, now running at 9 pct, with "
        "dearer credit.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Iranian gunboats attacked a Kuwaiti tanker near Farsi Island on Friday."
    found = _armed(extract_events(extractor, text))
    assert found and country_codes(found[0]["targets"]) == {"KWT"}


def test_a_thing_that_threatens_makes_no_threat(extractor):
    for text in (
        "Diplomats said the loss of the oasis threatened Colonel Gaddafi's standing at home.",
        "The row over fishing quotas threatens the future of the coalition.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    text = "Libya threatened Chad with new air strikes on Tuesday."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}


def test_own_world_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world")
    assert summary["articles"] == 15 and summary["required"] == 44
    assert summary["recall"] >= 0.70
    assert summary["precision"] >= 0.40
    assert summary["dates"] >= 0.90
