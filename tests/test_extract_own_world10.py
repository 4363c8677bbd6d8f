"""Classes of the tenth world-news precision study (issue 10: ten more whole articles in 1987
wire style where real events are few, ``benchmarks/data/own_world10.*``): a storm named as a
title ('Typhoon Nina') harms no one as a party does; a state of emergency declared over a
disaster of nature is relief, no repression; a participle of flight on troops after a
preposition ('by retreating German troops') describes them, no withdrawal, and leaves the act's
doer and target to the troops; a fight to hold back an oil slick or a flood is no clash, even by
soldiers; the occupation of a factory or a yard is a sit-in, no territory taken; mourners or a
city's organisers who crowd a square or a lobby lay no siege and make no raid; and the set's
score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_a_storm_named_as_a_title_does_no_armed_harm(extractor):
    for text in (
        "MANILA, Oct 2 - Typhoon Nina swept across the main island on Wednesday, killing 40"
        " people and destroying 2,000 homes.",
        "WELLINGTON, March 8 - Cyclone Bola struck the east coast, killing five people.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = (
        "MANILA, Oct 2 - Guerrillas of the New People's Army attacked a village on Wednesday,"
        " killing 12 people."
    )
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_state_of_emergency_over_a_disaster_is_relief(extractor):
    for text in (
        "MANILA, Oct 2 - The president declared a state of emergency in three provinces after"
        " the typhoon.",
        "DHAKA, Aug 4 - The government declared a state of emergency because of the floods.",
    ):
        assert not events_of_type(extract_events(extractor, text), "coercion"), text
    text = "LAGOS, May 5 - The government declared a state of emergency after riots in the north."
    assert events_of_type(extract_events(extractor, text), "coercion")


def test_a_participle_of_flight_after_a_preposition_describes_the_troops(extractor):
    text = "PARIS, May 8 - The old bridge was blown up by retreating German troops in 1944."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "withdrawal")
    hit = events_of_type(events, "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"DEU"}
    text = "BAGHDAD, May 8 - Iraqi helicopters fired on retreating Iranian troops near Basra."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "withdrawal")
    hit = events_of_type(events, "attack")
    assert hit and country_codes(hit[0]["targets"]) == {"IRN"}
    text = "BAGHDAD, May 8 - Iranian troops were retreating from the border town."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_own_world10_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world10")
    assert summary["articles"] == 10 and summary["required"] == 12
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.29
    assert summary["dates"] >= 0.9


def test_a_fight_to_hold_back_a_disaster_is_no_clash(extractor):
    for text in (
        "BREST, March 3 - Hundreds of soldiers and volunteers battled today to keep a slick of"
        " crude oil off the beaches.",
        "DHAKA, Aug 4 - Soldiers battled through the night to contain the flood waters.",
    ):
        assert not events_of_type(extract_events(extractor, text), "clash"), text
    for text in (
        "BEIRUT, March 3 - Soldiers battled for six hours to hold the bridge.",
        "BEIRUT, March 3 - Government troops fought to keep the guerrillas out of the capital.",
    ):
        assert events_of_type(extract_events(extractor, text), "clash"), text


def test_an_occupation_of_a_workplace_is_a_sit_in(extractor):
    for text in (
        "PARIS, May 19 - The longest factory occupation in the city, at Renault in 1968, ended"
        " after a month when the strikers voted to leave.",
        "GLASGOW, May 19 - The shipyard occupation at UCS in 1971 lasted more than a year.",
    ):
        assert not events_of_type(extract_events(extractor, text), "occupation"), text
    text = "JERUSALEM, May 19 - The Israeli occupation of the West Bank began in 1967."
    hit = events_of_type(extract_events(extractor, text), "occupation")
    assert hit and country_codes(hit[0]["actors"]) == {"ISR"}


def test_mourners_or_organisers_crowding_a_place_lay_no_siege(extractor):
    for text in (
        "VIENNA, Feb 20 - Thousands of mourners besieged the cathedral square from dawn.",
        "LAUSANNE, Oct 14 - Sofia's organisers invaded the lobby of the hotel with folk dancers.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "blockade"), text
    text = "BEIRUT, Feb 20 - Syrian troops besieged the camp for three months."
    hit = events_of_type(extract_events(extractor, text), "blockade")
    assert hit and country_codes(hit[0]["actors"]) == {"SYR"}
