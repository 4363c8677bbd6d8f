"""False events of unannotated wire news by class, a twenty-fifth study, on sentences written
for the test: people gathered from several states taking the meeting place's country, a
body of commercial lenders named bare after the story named it, loans priced over the
banks' own rate, talks with a bank committee put off, an act under a stance of commitment
read as done, 'no more' shipments told as done and acts 'ruled out' told as done."""

from __future__ import annotations

import pytest
from event_helpers import (
    assert_no_act_of_class,
    country_codes,
    events_of_type,
    extract_events,
)

PUBLISHED = "1987-03-14T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "a body of lenders named bare after the story named it": (
        ("meeting",),
        (
            "QUITO, March 14 - Ecuador's 13-bank advisory committee voiced concern over the"
            " suspension of payments. Ecuador's chief debt negotiator met the full panel on"
            " Thursday and Friday.",
            "CARACAS, March 14 - Venezuela is negotiating new terms with the steering committee"
            " for its creditor banks. The central bank president leaves for New York tomorrow"
            " to join the country's team at negotiations with the steering committee for a"
            " 1.5 billion dlr loan.",
        ),
        "QUITO, March 14 - Ecuador's chief debt negotiator met Peru's foreign minister on"
        " Thursday and Friday.",
    ),
    "loans priced over the banks' own rate": (
        ("pledge", "meeting"),
        (
            "Caracas first offered to pay interest at 13/16 over LIBOR, bankers said.",
            "Quito raised its offer to 7/8 over the London interbank offered rate, but the"
            " minister would not discuss details of the pricing negotiations.",
        ),
        "Caracas offered to pay for the oil Jamaica needs this year, officials said.",
    ),
    "talks with a bank committee put off": (
        ("sanction",),
        (
            "Today's refinancing talks between Ecuador and its bank advisory committee were"
            " postponed until Monday, bankers said.",
        ),
        "Today's border talks between Ecuador and Peru were postponed until Monday, diplomats"
        " said.",
    ),
    "an act under a stance of commitment": (
        ("cooperation",),
        (
            '"The seven nations remain fully committed to strengthening policy coordination,"'
            " the minister said.",
            "The chancellor said France is committed to strengthening cooperation with its"
            " African partners.",
        ),
        "The seven nations have strengthened policy coordination, the minister said.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


def test_negotiators_gathered_are_not_of_the_meeting_place(extractor):
    text = (
        "GENEVA, March 14 - Negotiators at a United Nations conference on a new cocoa pact have"
        " agreed on the main elements of an accord, the conference chairman said."
    )
    found = events_of_type(extract_events(extractor, text, PUBLISHED), "agreement")
    assert found
    assert all("CHE" not in country_codes(e["actors"]) for e in found)


def test_swiss_negotiators_stay_swiss(extractor):
    text = "GENEVA, March 14 - Swiss negotiators agreed a trade accord with Austria today."
    found = events_of_type(extract_events(extractor, text, PUBLISHED), "agreement")
    assert found
    assert any("CHE" in country_codes(e["actors"]) for e in found)


# (the text, the type of the act that is told as not done)
NOT_DONE_CASES = {
    "no more shipments": (
        'The minister told parliament there would be "no more transfers of military equipment'
        ' to Iraq, either directly or through third parties."',
        "arms_transfer",
    ),
    "an act ruled out": (
        "Peru, which last year limited its debt payments to ten pct of exports, has flatly"
        " ruled out adopting a programme of IMF-backed economic reforms.",
        "concession",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_DONE_CASES))
def test_the_act_is_not_told_as_done(extractor, case):
    text, etype = NOT_DONE_CASES[case]
    found = events_of_type(extract_events(extractor, text, PUBLISHED), etype)
    assert all(e["negated"] for e in found), text
