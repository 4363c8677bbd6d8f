"""Classes of a fourth study of unseen wire copy, military side (issue 10), on sentences
written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.syntax import repair_stray_conjuncts


def test_a_past_verb_after_a_dash_aside_is_the_subject_s_second_act(extractor):
    text = (
        "The Syrian army had vowed to end the siege in the holy month -- which began on"
        " Monday -- and shelled the Palestinian camp near Sidon on Friday."
    )
    shelling = events_of_type(extract_events(extractor, text), "shelling")
    assert shelling and country_codes(shelling[0]["actors"]) == {"SYR"}
    assert country_codes(shelling[0]["targets"]) == {"PSE"}


def test_a_past_verb_joined_to_an_infinitive_belongs_to_the_finite_verb_above(extractor):
    text = "Egypt has said it will not let Libya send troops and offered jets to guard Sudan."
    offers = [e for e in extract_events(extractor, text) if e["trigger"] == "offered"]
    assert offers and country_codes(offers[0]["actors"]) == {"EGY"}  # was Libya's offer
    assert not offers[0]["negated"]


def test_stray_conjuncts_are_re_hung_only_past_an_aside_or_an_infinitive(nlp):
    doc = nlp("Egypt has said it will not let Libya send troops and offered jets to Sudan.")
    assert repair_stray_conjuncts(next(iter(doc.sents))) == 1
    offered = next(t for t in doc if t.text == "offered")
    assert offered.head.text == "said"
    doc = nlp("The rebels ambushed a convoy and attacked two army posts on Sunday.")
    assert repair_stray_conjuncts(next(iter(doc.sents))) == 0  # two acts side by side


def test_a_missile_fired_as_a_test_is_no_blow(extractor):
    for text in (
        "Pakistan has test-fired its new missiles near the border.",
        "India fired two test missiles into the sea on Monday.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "shelling")
        assert events_of_type(events, "military_exercise")
    # missiles fired in earnest are an attack (rockets and shells stay shelling)
    blows = events_of_type(
        extract_events(extractor, "Iraq fired missiles at Tehran on Monday."), "attack"
    )
    assert blows and country_codes(blows[0]["targets"]) == {"IRN"}


def test_a_request_withdrawn_is_no_military_withdrawal(extractor):
    text = "Greece withdrew its request to Washington to close the air base."
    assert not events_of_type(extract_events(extractor, text), "withdrawal")
    withdrawals = events_of_type(
        extract_events(extractor, "Syria withdrew its troops from the town."), "withdrawal"
    )
    assert withdrawals and country_codes(withdrawals[0]["actors"]) == {"SYR"}


def test_ships_connected_to_a_country_are_its_ships(extractor):
    text = "The talks began after Iran started to attack Kuwaiti-connected vessels."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["targets"]) == {"KWT"}


def test_an_armed_act_named_only_as_a_risk_or_a_possibility_is_no_event(extractor):
    for text in (
        "The risk of a Libyan attack on French bases is rated low by diplomats.",
        "There is a danger of Israeli raids on Syrian positions, the paper said.",
        "The move could trigger more Iranian attacks on Saudi tankers, diplomats said.",
    ):
        assert not extract_events(extractor, text), text
    text = "Iraq could attack Iranian tankers again, diplomats said."
    attacks = events_of_type(
        extract_events(extractor, text), "attack"
    )  # a verb: a possible act stays
    assert attacks and attacks[0]["date"]["status"] == "possible"
    text = "The Iraqi raid triggered more Iranian attacks on Saudi tankers, diplomats said."
    attacks = [e for e in extract_events(extractor, text) if country_codes(e["actors"]) == {"IRN"}]
    assert attacks and country_codes(attacks[0]["targets"]) == {"SAU"}  # brought about: done
