"""Classes of an eighth study of unseen wire copy (issue 10): a stance told with a participle
after 'be', objections and reservations held or voiced, a retort told as 'shot back', blasts
of a weapons test, signings told in a relative clause on another act's object, and returns
told as 'flew back from', on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_stance_participle_after_be_is_the_subjects_stance(extractor):
    for text, who, whom in (
        ("Peru was opposed to the Chilean proposal.", "PER", "CHL"),
        ("Chile remains opposed to the Bolivian plan, officials said.", "CHL", "BOL"),
    ):
        found = events_of_type(extract_events(extractor, text), "rejection")
        assert found and country_codes(found[0]["actors"]) == {who}, text
        assert country_codes(found[0]["targets"]) == {whom}, text
    found = events_of_type(
        extract_events(extractor, "Peru was not opposed to the Chilean proposal."), "rejection"
    )
    assert found and found[0]["negated"]
    found = events_of_type(
        extract_events(extractor, "The Chilean plan was opposed by Peru."), "rejection"
    )
    assert found and country_codes(found[0]["actors"]) == {"PER"}  # a true passive stays one


def test_objections_held_or_voiced_are_disapproval(extractor):
    text = "Officials said Britain and West Germany continue to have strong objections to the levy."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and found[0]["cameo"] == "110"
    assert country_codes(found[0]["actors"]) == {"GBR", "DEU"}
    text = "The Spanish delegation voiced reservations about the plan on Tuesday."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"ESP"}
    found = events_of_type(
        extract_events(extractor, "Norway has no objection to the Swedish proposal."), "accusation"
    )
    assert not found  # a stance not held is no act, not even a denied one
    found = events_of_type(
        extract_events(extractor, "Iran fired no missiles at Kuwait on Monday."), "attack"
    )
    assert found and found[0]["negated"]


def test_a_retort_told_as_shooting_back_is_no_shooting(extractor):
    for text in (
        '"The charge is absurd," the Nicaraguan foreign minister shot back at Washington.',
        '"We will not be bullied," a Chilean official fired back.',
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] in ("attack", "clash", "shelling")], text
        assert [e for e in events if e["type"] == "accusation" and e["cameo"] == "111"], text
    events = extract_events(
        extractor, "Iraqi soldiers shot back at the Iranian gunmen, killing two."
    )
    assert [e for e in events if e["type"] in ("attack", "clash")]  # fire returned by troops


def test_blasts_of_a_weapons_test_are_no_armed_act(extractor):
    for text in (
        "The Soviet Union exploded a nuclear device in Kazakhstan on Friday.",
        "It was the second French underground blast since Paris resumed testing. "
        "Paris answered with another blast on May 4.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] == "attack"], text
        assert events_of_type(events, "military_exercise"), text
    text = "A bomb blast killed four people in Beirut on Monday, police said."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_signing_told_in_a_relative_clause_on_an_object_is_its_own_event(extractor):
    for text, parties in (
        (
            "Norway criticised the fishing pact, which Denmark and Iceland signed on Tuesday.",
            {"DNK", "ISL"},
        ),
        (
            "Sweden welcomed the accord that Peru and Chile signed in Lima last week.",
            {"PER", "CHL"},
        ),
    ):
        deals = events_of_type(extract_events(extractor, text), "agreement")
        assert deals and country_codes(deals[0]["actors"]) == parties, text
    text = "The minister denounced the treaty which allows Chile to fish in Peruvian waters."
    assert not events_of_type(extract_events(extractor, text), "agreement")


def test_flying_back_from_abroad_is_the_visit_it_ends(extractor):
    text = "The Danish minister flew back from Ottawa on Wednesday."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"DNK"}
    assert country_codes(visits[0]["targets"]) == {"CAN"}
    text = "The Danish premier spoke in Copenhagen on Monday. He came back from Oslo on Friday."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["targets"]) == {"NOR"}
    for text in (
        "Copper prices came back from their lows in London.",
        "The Danish trawler sailed home from Iceland with its catch.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text
