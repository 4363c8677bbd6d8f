"""Review of rounds 36 and 37's change: only a blow of armed craft read off 'set' ('set fire
to the tanker') is setting on fire what a blow of the sentence struck, the other acts of 'set'
(setting up an inquiry, setting conditions) are acts of their own; an attack held out against
keeps the doer its 'by' phrase names; a verb of planning in -ing with its consonant doubled
('were planning to meet in April') looks ahead as 'planned' does. Sentences written for the
test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_an_inquiry_set_up_after_a_blow_is_an_act_of_its_own(extractor):
    text = "Iraqi troops attacked the Iranian town and set up an inquiry into Iranian abuses."
    events = extract_events(extractor, text)
    assert [
        (e["type"], e["cameo"], country_codes(e["actors"]), country_codes(e["targets"]))
        for e in events
    ] == [
        ("attack", "190", {"IRQ"}, {"IRN"}),
        ("accusation", "090", {"IRQ"}, {"IRN"}),
    ]


def test_conditions_set_after_a_blow_are_a_demand_of_their_own(extractor):
    text = "Iraqi jets bombed Iranian towns on Monday and set tough conditions for Iran."
    demands = events_of_type(extract_events(extractor, text), "demand")
    assert [
        (d["cameo"], country_codes(d["actors"]), country_codes(d["targets"])) for d in demands
    ] == [("100", {"IRQ"}, {"IRN"})]


def test_an_attack_held_out_against_keeps_the_doer_its_by_phrase_names(extractor):
    text = (
        "The Chadian garrison at Aouzou held out on Monday against heavy attacks by Libyan troops."
    )
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert [country_codes(a["actors"]) for a in attacks] == [{"LBY"}]


def test_an_attack_held_out_against_with_a_count_and_no_doer_is_none(extractor):
    text = "The Chadian garrison at Aouzou held out on Monday against two heavy attacks."
    assert events_of_type(extract_events(extractor, text), "attack") == []


def test_a_month_named_for_what_parties_were_planning_lies_ahead(extractor):
    text = (
        "GENEVA, Feb 10 - Howe and Shevardnadze said they were planning to meet again in"
        " Stockholm in April."
    )
    events = extract_events(extractor, text, "1988-02-10T12:00:00Z")
    assert [e["date"]["value"] for e in events_of_type(events, "meeting")] == ["1988-04"]
