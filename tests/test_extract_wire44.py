"""Wire-copy classes left from the last rounds (own_wire25 to own_wire29), on sentences
written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_denial_of_any_part_is_a_rejection(extractor):
    text = "Syria denied any involvement in the bombing of the embassy in Ankara."
    events = extract_events(extractor, text, "1986-04-20T12:00:00Z")
    denials = events_of_type(events, "rejection")
    assert denials and country_codes(denials[0]["actors"]) == {"SYR"}
    assert denials[0]["cameo"] == "016"


def test_an_accord_made_in_a_participle_is_an_agreement_of_those_acting_under_it(extractor):
    text = (
        "North Korea and the United States held talks in Kuala Lumpur. North Korea froze its"
        " Yongbyon reactor in November 1994 under a deal reached in Geneva."
    )
    agreements = events_of_type(
        extract_events(extractor, text, "1995-06-01T12:00:00Z"), "agreement"
    )
    assert agreements and country_codes(agreements[0]["actors"]) == {"PRK"}
    assert agreements[0]["date"]["value"] == "1994-11"


def test_a_participle_accord_beside_another_agreement_is_only_named(extractor):
    text = (
        "Iran and Iraq signed a new protocol on Monday under the accord signed in Geneva in 1988."
    )
    agreements = events_of_type(
        extract_events(extractor, text, "1990-05-09T12:00:00Z"), "agreement"
    )
    assert len(agreements) == 1
    assert agreements[0]["trigger"] == "signed protocol"


def test_a_weapon_from_a_national_craft_is_that_states_blow(extractor):
    text = (
        "The airliner was shot down by a missile from a Soviet Su-15 interceptor near Sakhalin"
        " island on Thursday."
    )
    attacks = events_of_type(extract_events(extractor, text, "1983-09-03T12:00:00Z"), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"RUS"}


def test_the_raid_a_protest_is_lodged_over_is_the_protested_states_act(extractor):
    text = (
        "Thailand's Foreign Ministry on Friday lodged a strong protest with Vientiane over an"
        " air raid on Thursday on a border village in Nan province that it said killed 9 people."
    )
    events = extract_events(extractor, text, "1987-12-19T12:00:00Z")
    raids = events_of_type(events, "airstrike")
    assert raids and country_codes(raids[0]["actors"]) == {"LAO"}
    assert country_codes(raids[0]["targets"]) == {"THA"}
    assert raids[0]["date"]["value"] == "1987-12-17"
    assert events_of_type(events, "protest")
    assert not events_of_type(events, "attack")  # the raid's toll is no blow of its own


def test_an_accord_an_act_is_done_under_is_only_named(extractor):
    text = (
        "Ethiopian troops began pulling out of the border town on Friday under the peace"
        " agreement signed with Eritrea, a U.N. spokesman said."
    )
    events = extract_events(extractor, text, "2000-12-16T12:00:00Z")
    assert events_of_type(events, "withdrawal")
    assert not events_of_type(events, "agreement")


def test_a_detention_protested_over_is_no_armed_act_of_the_protested(extractor):
    text = "Seoul lodged a formal protest with Tokyo over the detention of South Korean fishermen."
    events = extract_events(extractor, text, "2006-04-20T12:00:00Z")
    assert events_of_type(events, "protest")
    assert not events_of_type(events, "coercion")
