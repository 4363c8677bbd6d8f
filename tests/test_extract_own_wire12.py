"""Classes of the twelfth own-wire study (ten whole articles written in 1987 wire style on the
Gulf war of 1987-88, ``benchmarks/data/own_wire12.*``): a vow to answer 'at a time of its
choosing' or with 'a crushing response' is a threat; sorties flown are an air strike; a clause
joined by 'and' with a subject of its own is no part of what an accusing predicate says; a
summit ended 'with a call on' a state is an appeal to it; 'neither … nor' in reported speech
denies the act; officials who fly reporters somewhere pay no visit; Gulf places the gazetteer
lacked; crushing the last pockets of an enemy is an attack; having 'nothing to do with' an act
denies a part in it; calling an act a hostile one accuses; a doer told again with 'the' ('one
of the boats') takes the country given to it before; the Republican Guard is Iraq's; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_an_answer_at_a_time_of_ones_choosing_is_a_threat(extractor):
    for text, doer in (
        ("Damascus radio said Syria would respond at a time and place of its own choosing.", "SYR"),
        ("The minister said Egypt will strike back at a time of its choosing.", "EGY"),
    ):
        found = events_of_type(extract_events(extractor, text), "threat")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
    told = "Iraq responded at dawn by shelling three Iranian border towns."
    assert not events_of_type(extract_events(extractor, told), "threat")


def test_a_crushing_response_to_come_is_a_threat(extractor):
    text = "The Libyan leader said Libya would deliver a crushing response to any raid."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}
    text = "Egypt will give a firm answer to the Sudanese proposal next week."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_sorties_flown_are_an_air_strike(extractor):
    text = (
        "Iraqi jets flew 140 sorties in support of the ground troops on Tuesday, the command said."
    )
    found = events_of_type(extract_events(extractor, text), "airstrike")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    assert found[0]["quantities"] and found[0]["quantities"][0]["value"] == 140


def test_a_joined_clause_with_its_own_subject_is_no_part_of_a_charge(extractor):
    text = (
        "The Foreign Office said on Monday that the shelling, if confirmed, was a grave "
        "violation of the truce, and it called on both sides to stop firing."
    )
    events = extract_events(extractor, text)
    assert events_of_type(events, "accusation")
    appeals = events_of_type(events, "appeal")
    assert appeals and country_codes(appeals[0]["actors"]) == {"GBR"}


def test_a_summit_ended_with_a_call_on_a_state_is_an_appeal_to_it(extractor):
    text = "Arab foreign ministers closed their meeting in Tunis with a call on Israel to withdraw."
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["targets"]) == {"ISR"}


def test_neither_and_nor_in_reported_speech_deny_the_act(extractor):
    text = "He said neither Chad nor Libya had signed the protocol."
    found = events_of_type(extract_events(extractor, text), "agreement")
    assert found and all(e["negated"] for e in found)


def test_officials_who_fly_reporters_somewhere_pay_no_visit(extractor):
    text = "Syrian officials flew 30 foreign reporters to the border town on Sunday."
    assert not events_of_type(extract_events(extractor, text), "visit")
    text = "The Iranian foreign minister flew to Damascus on Monday."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_crushing_the_last_pockets_of_an_enemy_is_an_attack(extractor):
    text = "Syrian troops crushed the last pockets of Druze fighters in the hills on Friday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"SYR"}


def test_gulf_places_have_their_country(extractor):
    for text, where in (
        ("Iranian gunboats attacked a Greek tanker off Fujairah on Saturday.", "ARE"),
        ("U.S. helicopters fired on an Iranian boat near Farsi Island on Friday.", "IRN"),
        ("Iraqi jets bombed Iranian troops in Faw on Sunday.", "IRQ"),
    ):
        events = extract_events(extractor, text)
        assert events and events[0]["location"] and events[0]["location"]["country"] == where, text


def test_having_nothing_to_do_with_an_act_denies_a_part_in_it(extractor):
    text = "Damascus radio said Syria had nothing to do with the bombing in Ankara."
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"SYR"}
    assert not extract_events(extractor, "The minister said Syria had nothing to lose.")


def test_calling_an_act_a_hostile_one_accuses(extractor):
    text = "Libya called the closure of its embassy a hostile act dictated by Washington."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}


def test_the_doer_told_again_with_the_takes_the_country_named_before(extractor):
    text = (
        "Saudi jets shot down two Iranian fighters on Tuesday after one of the fighters "
        "fired on a Saudi tanker."
    )
    found = [
        e
        for e in events_of_type(extract_events(extractor, text), "attack")
        if e["trigger"] == "fired"
    ]
    assert found and country_codes(found[0]["actors"]) == {"IRN"}


def test_the_republican_guard_is_iraqs_army(extractor):
    text = "Baghdad radio said Republican Guard units stormed Iranian positions east of Basra."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_own_wire12_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire12")
    assert summary["recall"] >= 0.88
    assert summary["precision"] >= 0.80
