"""A listed leader's one-word name that opens a longer person's name is not that leader: the
person's country comes from the text, not from the namesake. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

PUB = "1985-07-29T06:00:00Z"


def test_a_leaders_name_opening_a_longer_name_is_not_the_leader(extractor):
    text = (
        "KAMPALA - Uganda's new military rulers named General Tito Okello head of state on "
        "Sunday, two days after troops ousted President Milton Obote. Radio Uganda said the "
        "army had closed the borders with Kenya and Tanzania."
    )
    closed = events_of_type(extract_events(extractor, text, published_at=PUB), "sanction")
    assert closed, "the closed borders give a sanction"
    assert country_codes(closed[0]["actors"]) == {"UGA"}


def test_the_leader_named_alone_or_in_full_is_still_the_leader(extractor):
    events = extract_events(
        extractor, "Marshal Tito met Nasser in Cairo on Sunday.", published_at=PUB
    )
    assert "SRB" in country_codes(events_of_type(events, "meeting")[0]["actors"])
    events = extract_events(
        extractor, "President Saddam Hussein threatened Kuwait on Sunday.", published_at=PUB
    )
    assert country_codes(events_of_type(events, "threat")[0]["actors"]) == {"IRQ"}
