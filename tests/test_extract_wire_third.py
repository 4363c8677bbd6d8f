"""Recall classes of a third study of unseen wire copy (issue 10), on sentences written for
the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_troops_surrounding_a_town_blockade_it(extractor):
    events = extract_events(
        extractor, "Iraqi troops surrounded the Iranian border town on Tuesday."
    )
    assert not events_of_type(events, "military_exercise")
    blockades = events_of_type(events, "blockade")
    assert blockades and country_codes(blockades[0]["actors"]) == {"IRQ"}
    assert country_codes(blockades[0]["targets"]) == {"IRN"}


def test_a_refusal_to_let_a_party_act_is_a_rejection_or_a_threat(extractor):
    text = "Egypt will not let Libya reopen the border crossing, a spokesman said."
    rejections = events_of_type(extract_events(extractor, text), "rejection")
    assert rejections and country_codes(rejections[0]["targets"]) == {"LBY"}
    text = "Greece won't let Turkey use missiles to guard the disputed seabed, Athens said."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"TUR"}
    text = "The Japanese government let the yen rise against the dollar last week."
    assert not extract_events(extractor, text)  # 'let' granted is no event


def test_a_passive_participle_opening_the_sentence_strikes_its_subject(extractor):
    text = "Hit by two Iraqi rockets before dawn, the Cypriot freighter limped into Dubai."
    attacks = extract_events(extractor, text)
    assert attacks and country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert country_codes(attacks[0]["targets"]) == {"CYP"}
    text = "Having shelled the Iranian town for a week, Iraqi troops pulled back."
    shelled = [e for e in extract_events(extractor, text) if e["trigger"] == "shelled"]
    assert shelled and country_codes(shelled[0]["actors"]) == {"IRQ"}  # an active participle


def test_others_also_asked_are_asked_by_the_same_party(extractor):
    text = (
        "The Arab League asked Syria to pull its troops out of Beirut."
        " Jordan and Egypt were also asked to send observers."
    )
    appeals = events_of_type(extract_events(extractor, text), "appeal")
    second = [e for e in appeals if country_codes(e["targets"]) == {"JOR", "EGY"}]
    assert second and [a["name"] for a in second[0]["actors"]] == ["Arab League"]


def test_a_thing_struck_takes_the_owner_named_the_sentence_before(extractor):
    text = (
        "A Saudi supertanker sailed from Kuwait escorted by U.S. warships on Sunday."
        " Iranian gunboats fired rockets at the supertanker on Monday."
    )
    attacks = [e for e in extract_events(extractor, text) if country_codes(e["actors"]) == {"IRN"}]
    assert attacks and country_codes(attacks[0]["targets"]) == {"SAU"}
    text = "Kuwaiti ships sailed from Kuwait on Sunday. Iranian gunboats attacked the tanker."
    attacks = [e for e in extract_events(extractor, text) if country_codes(e["actors"]) == {"IRN"}]
    assert attacks and not attacks[0]["targets"]  # another thing was named before


def test_a_second_verb_striking_a_party_after_a_place_is_a_blow_apart(extractor):
    text = "Iraqi jets bombed the oil jetty at Kharg Island and hit a Cypriot freighter nearby."
    strikes = [e for e in extract_events(extractor, text) if country_codes(e["actors"]) == {"IRQ"}]
    assert {e["trigger"] for e in strikes} >= {"bombed", "hit"}
    assert any(country_codes(e["targets"]) == {"CYP"} for e in strikes)


def test_a_raid_named_with_its_doer_takes_the_target_of_its_when_clause(extractor):
    text = "The latest Syrian raid came on Monday, when an Israeli patrol was ambushed near Tyre."
    raids = [e for e in extract_events(extractor, text) if country_codes(e["actors"]) == {"SYR"}]
    assert raids and country_codes(raids[0]["targets"]) == {"ISR"}


def test_a_verb_after_a_noun_joined_to_an_object_has_that_noun_as_its_doer(extractor):
    text = "Students marched through the capital, workers struck at the docks and rebels shelled the airport."
    shelling = [e for e in extract_events(extractor, text) if e["trigger"] == "shelled"]
    assert shelling and [a["text"] for a in shelling[0]["actors"]] == ["rebels"]


def test_an_offer_not_accepted_is_refused(extractor):
    text = "Nicaragua decided not to accept a Mexican offer to host the talks."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "agreement")
    rejections = events_of_type(events, "rejection")
    assert rejections and country_codes(rejections[0]["actors"]) == {"NIC"}
    assert country_codes(rejections[0]["targets"]) == {"MEX"}
    agreements = events_of_type(
        extract_events(extractor, "Nicaragua accepted a Mexican offer."), "agreement"
    )
    assert agreements and not agreements[0]["negated"]


def test_a_trip_in_a_time_phrase_takes_no_negation_from_its_clause(extractor):
    text = "France did not sell any jets during the Egyptian president's visit to Paris."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "rejection")
    visits = events_of_type(events, "visit")
    assert visits and not visits[0]["negated"]
    assert country_codes(visits[0]["actors"]) == {"EGY"} and country_codes(
        visits[0]["targets"]
    ) == {"FRA"}


def test_a_dated_dateline_of_a_city_standing_for_a_body_is_read_apart(extractor):
    text = (
        "BRUSSELS, May 4 - The European Community (EC) yesterday urged Syria to free the hostages."
    )
    appeals = events_of_type(extract_events(extractor, text), "appeal")
    assert appeals and [a["code"] for a in appeals[0]["actors"]] == ["IGOEUREEC"]
    assert appeals[0]["evidence"]["sentence"].startswith("The European Community")


def test_a_charge_made_in_a_that_clause_is_aimed_at_the_state_it_names(extractor):
    text = "Chad charged that Libya was behind the coup attempt, the radio said."
    accusations = events_of_type(extract_events(extractor, text), "accusation")
    assert accusations and country_codes(accusations[0]["targets"]) == {"LBY"}
    text = "Chad charged that the utility had overstated its costs, the radio said."
    accusations = events_of_type(extract_events(extractor, text), "accusation")
    assert not accusations or not accusations[0]["targets"]  # a firm is no state accused
