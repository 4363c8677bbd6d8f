"""Classes of a fourth study of unseen wire copy, diplomatic side (issue 10), on sentences
written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_not_accepting_a_measure_or_an_idea_is_a_rejection(extractor):
    text = "Sweden will not accept a ban on Swedish timber sales, the trade minister said."
    rejections = events_of_type(extract_events(extractor, text), "rejection")
    assert rejections and country_codes(rejections[0]["actors"]) == {"SWE"}
    assert not rejections[0]["targets"]  # whose timber is not who proposed the ban
    text = "The Greek minister said Greece could not accept the idea of a smaller fund."
    rejections = events_of_type(extract_events(extractor, text), "rejection")
    assert rejections and country_codes(rejections[0]["actors"]) == {"GRC"}
    text = "Greece accepted the idea of a smaller fund on Tuesday."
    assert not events_of_type(extract_events(extractor, text), "rejection")


def test_tariffs_raised_on_a_country_s_goods_are_a_sanction(extractor):
    text = "Washington raised tariffs on Brazilian shoes and leather on Monday."
    sanctions = events_of_type(extract_events(extractor, text), "sanction")
    assert sanctions and country_codes(sanctions[0]["actors"]) == {"USA"}
    assert country_codes(sanctions[0]["targets"]) == {"BRA"}


def test_harm_to_an_industry_or_interests_is_no_attack(extractor):
    for text in (
        "The trade panel ruled on Monday that Korean steel shipments were injuring the U.S. industry.",
        "The envoy said the quota bill had injured European interests badly.",
    ):
        assert not events_of_type(extract_events(extractor, text), "attack"), text
    text = "Guerrillas injured four Peruvian soldiers in an ambush on Friday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_bare_officials_take_the_country_of_the_same_noun_named_before(extractor):
    text = (
        "Some French officials had suggested that Britain and Spain might end the fishing row"
        " soon, but the idea was rejected by other senior officials on Tuesday."
    )
    rejections = events_of_type(extract_events(extractor, text), "rejection")
    assert rejections and country_codes(rejections[0]["actors"]) == {"FRA"}


def test_a_preposition_hung_on_the_last_of_several_parties_is_the_verb_s(extractor):
    text = (
        "In a note sent to the council, Canada charged Italy, Greece, Spain and the EC Commission"
        " with unfair practices on behalf of Barilla."
    )
    charges = events_of_type(extract_events(extractor, text), "accusation")
    assert charges and country_codes(charges[0]["actors"]) == {"CAN"}
    assert {"ITA", "GRC"} <= country_codes(charges[0]["targets"])
