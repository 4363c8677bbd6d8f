"""Leftover classes of the round before (own wire 21 and 22, own world 5): an act named after
'despite' beside a habit is no habit; the party before a policy or campaign noun does what its
'of' gerund names; a summons that delivers a protest is that protest. Sentences written for
the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

PUB = "1987-10-28T12:00:00Z"


def test_an_act_named_after_despite_beside_a_habit_adverb_is_an_event(extractor):
    text = (
        "NICOSIA, Oct 28 - The minister said shipping from the port was going on normally "
        "despite Monday's Iraqi raid on the docks."
    )
    attacks = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(attacks) == 1
    assert country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert attacks[0]["date"]["value"] == "1987-10-26"
    # the habit itself stays no event
    text = "NICOSIA, Oct 28 - Iranian and Iraqi officials normally meet in Geneva."
    assert events_of_type(extract_events(extractor, text, PUB), "meeting") == []


def test_the_party_before_a_policy_noun_does_what_its_of_gerund_names(extractor):
    text = (
        "MANAGUA, Oct 28 - Ortega said the vote was a defeat for the Reagan administration's "
        "policy of arming the Contra rebels."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "arms_transfer")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"USA"}
    assert country_codes(found[0]["targets"]) == {"NIC"}


def test_a_summons_that_hands_over_a_protest_is_a_protest(extractor):
    text = (
        "ISLAMABAD, Oct 28 - The Foreign Ministry summoned the Indian ambassador today and "
        "handed him a strong protest over the border firing."
    )
    events = extract_events(extractor, text, PUB)
    found = events_of_type(events, "protest")
    assert len(found) == 1
    assert events_of_type(events, "accusation") == []
    assert country_codes(found[0]["actors"]) == {"PAK"}
    assert country_codes(found[0]["targets"]) == {"IND"}
    assert found[0]["date"]["value"] == "1987-10-28"
    text = "LIMA, Oct 28 - Garcia summoned the Chilean ambassador to hand him a protest note."
    found = events_of_type(extract_events(extractor, text, PUB), "protest")
    assert len(found) == 1
    assert country_codes(found[0]["targets"]) == {"CHL"}
    # a summons that tells no protest stays the summons (an accusation, CAMEO 110)
    text = "LIMA, Oct 28 - Garcia summoned the Chilean ambassador."
    found = events_of_type(extract_events(extractor, text, PUB), "accusation")
    assert len(found) == 1
    assert found[0]["cameo"] == "110"


def test_soldiers_taken_prisoner_are_captured_not_attacked(extractor):
    text = (
        "BAGHDAD, Oct 28 - Iraq said its troops repulsed an Iranian attack near Basra. "
        "It said 140 Iranians were taken prisoner."
    )
    events = extract_events(extractor, text, PUB)
    found = [e for e in events_of_type(events, "coercion") if "140" in e["evidence"]["sentence"]]
    assert len(found) == 1
    assert found[0]["cameo"] == "173"
    assert country_codes(found[0]["targets"]) == {"IRN"}
    assert not [e for e in events_of_type(events, "attack") if "140" in e["evidence"]["sentence"]]
    # prisoners taken in one list of verbs with a blow are the battle's toll: the blow alone
    text = (
        "NICOSIA, Oct 28 - Tehran radio said the Guards had killed or wounded 900 Iraqi "
        "soldiers, shot down a helicopter and taken 150 prisoners."
    )
    events = extract_events(extractor, text, PUB)
    assert events_of_type(events, "coercion") == []
    assert [country_codes(e["targets"]) for e in events_of_type(events, "attack")] == [{"IRQ"}]
    # hostages stay an abduction (CAMEO 181)
    text = "BEIRUT, Oct 28 - Shi'ite gunmen took two Swiss aid workers hostage on Monday."
    found = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(found) == 1
    assert found[0]["cameo"] == "181"


def test_a_bare_air_force_is_the_one_named_before_with_its_country(extractor):
    text = (
        "TEGUCIGALPA, Oct 28 - Washington condemned the ambush. A State Department spokesman "
        "said the United States would supply helicopters to the Honduran air force.\n\n"
        "Air force jets bombed rebel camps near the border later in the day."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "airstrike")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"HND"}


def test_gunmen_at_a_town_of_no_known_country_are_of_the_datelines_state(extractor):
    text = (
        "MANILA, Oct 28 - Gunmen shot dead two American sailors near Olongapo Naval Station today."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"PHL"}
    assert country_codes(found[0]["targets"]) == {"USA"}


def test_a_party_calling_for_something_to_be_done_appeals_a_document_does_not(extractor):
    text = "MANILA, Oct 28 - Left-wing senators called for the naval base to be shut."
    events = extract_events(extractor, text, PUB)
    assert events_of_type(events, "sanction") == []
    found = events_of_type(events, "appeal")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"PHL"}
    text = "MANILA, Oct 28 - The contract calls for the buyers to pay in dollars."
    assert extract_events(extractor, text, PUB) == []


def test_a_complaint_that_is_the_purpose_of_a_call_is_told_beside_the_call(extractor):
    text = "LONDON, Oct 28 - Kohl telephoned Mitterrand to complain about the French tests."
    events = extract_events(extractor, text, PUB)
    calls, found = events_of_type(events, "call"), events_of_type(events, "accusation")
    assert len(calls) == 1 and len(found) == 1
    assert country_codes(found[0]["actors"]) == {"DEU"}
    assert country_codes(found[0]["targets"]) == {"FRA"}
    # a call to talk something over stays the call alone
    text = "LONDON, Oct 28 - Kohl telephoned Mitterrand to discuss the French tests."
    assert [e["type"] for e in extract_events(extractor, text, PUB)] == ["call"]


def test_shells_fired_from_a_states_positions_are_that_states(extractor):
    text = (
        "KUWAIT, Oct 28 - Four shells fired from Iraqi positions across the border landed "
        "near the village on Sunday night."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "shelling")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"IRQ"}
    assert found[0]["date"]["value"] == "1987-10-25"


def test_debt_talks_naming_no_other_state_are_a_debtors_business(extractor):
    text = (
        "NEW YORK, Oct 28 - The debt talks in New York are led by Brazilian Finance Minister "
        "Luiz Bresser Pereira and are expected to last a week."
    )
    assert events_of_type(extract_events(extractor, text, PUB), "meeting") == []
    # a debt relief deal between two states stays
    text = "LONDON, Oct 28 - Britain signed a debt relief deal with Zambia on Monday."
    found = events_of_type(extract_events(extractor, text, PUB), "agreement")
    assert len(found) == 1
    assert country_codes(found[0]["targets"]) == {"ZMB"}
