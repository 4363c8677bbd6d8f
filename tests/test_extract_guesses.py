"""Guesses, hopes and non-meetings read as acts (issue 10, a fifth wire and BBC study of false
events), on sentences written for the test."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events


def test_a_possible_act_under_a_word_of_belief_or_hope_is_a_guess(extractor):
    for text in (
        '"I am sure we can reach an understanding with Chad," the Libyan envoy said.',
        "The Swiss minister hoped that Armenia and Azerbaijan would sign a truce within weeks.",
        "Officials in Lima believe Bolivia will resume talks with Chile soon.",
    ):
        assert not extract_events(extractor, text), text
    text = '"We reached an understanding with Chad," the Libyan envoy said.'
    assert events_of_type(extract_events(extractor, text), "agreement")
    text = "Armenia and Azerbaijan signed a truce on Monday."
    assert events_of_type(extract_events(extractor, text), "ceasefire")


def test_an_act_said_to_be_possible_or_likely_is_no_event(extractor):
    for text in (
        "A summit between Ghana and Togo is possible later this year, diplomats said.",
        "It is unlikely that Ghana and Togo will hold talks before June, diplomats said.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = "A summit between Ghana and Togo took place in Lome on Monday, diplomats said."
    assert events_of_type(extract_events(extractor, text), "meeting")
    text = (  # what is unlikely is the avoiding, not the pledge
        "The French minister's pledge to fight the EC proposals is unlikely to avoid further"
        " protests by farmers."
    )
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_an_act_in_a_phrase_of_chance_is_no_event(extractor):
    for text in (
        "The Greek minister said there was little danger of provoking a clash with Turkey.",
        "Rome saw a fair chance of reaching an accord with Tunisia over fishing rights.",
    ):
        assert not extract_events(extractor, text), text
    text = "Rome reached an accord with Tunisia over fishing rights."
    assert events_of_type(extract_events(extractor, text), "agreement")


def test_the_next_gathering_after_a_preposition_of_time_only_dates_another_act(extractor):
    text = (
        "Malta has until the next meeting of senior officials from Malta and Italy to answer"
        " the Italian plan or face sanctions, he said."
    )
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Senior officials from Malta and Italy held a meeting on the Italian plan, he said."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_gathering_of_business_people_is_no_meeting_of_parties(extractor):
    for text in (
        "The Peruvian minister told a meeting of mining executives that exports would rise.",
        "Mexico's finance minister spoke to a meeting of foreign investors in Paris on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = "Mexico's finance minister spoke to a meeting of Latin American ministers in Paris."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_proposed_or_next_gathering_is_planned_not_past(extractor):
    text = (
        "The proposed summit between Ghana and Togo was discussed by officials in Accra on Monday."
    )
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and meetings[0]["date"]["status"] == "planned"


def test_a_fight_for_anything_in_a_market_is_business(extractor):
    text = (
        "The minister said this decade would be a battle between OPEC and other oil exporters"
        " for the upper hand in world oil markets."
    )
    assert not extract_events(extractor, text)
    text = "Iraqi and Iranian troops fought for control of the town on Sunday."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_aid_to_a_company_or_an_industry_is_a_subsidy(extractor):
    for text in (
        "The Belgian government gave 200 mln francs in aid to the Cockerill steel company.",
        "Under the new rules, the Commission must approve all state aid to industry.",
    ):
        assert not events_of_type(extract_events(extractor, text), "aid"), text
    text = "The United States sent food aid to Ethiopian farmers."
    assert events_of_type(extract_events(extractor, text), "aid")


def test_an_act_one_is_unwilling_or_reluctant_to_do_is_refused(extractor):
    text = "Chile has so far been unwilling to accept any proposal that would cut its quota."
    events = extract_events(extractor, text)
    assert events_of_type(events, "rejection") and not events_of_type(events, "agreement")
    text = "Chile has accepted the proposal to cut its quota."
    assert events_of_type(extract_events(extractor, text), "agreement")
