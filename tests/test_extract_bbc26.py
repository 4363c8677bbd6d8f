"""Classes of the twenty-sixth BBC tuning set (business texts, ``benchmarks/data/bbc_tune26``): an
order to pay a sum that is no fine ('told it to pay a production tax') is the orderer's demand on
the payer; contesting a ruling or its legality ('are challenging a European Commission ruling') is
a rejection; the EU's constitution is a treaty among states, signed as one; legal protection
granted is a concession, no asylum; meeting an agenda, objective or benchmark is no meeting.
Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import events_of_type, extract_events, one_act

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries, targets' countries or None) of the one event of that type
FOUND = [
    # an order to pay a sum, not a fine: a demand on the payer
    (
        "The Indian government told the British company to pay a production tax.",
        "demand",
        {"IND"},
        {"GBR"},
    ),
    (
        "A French court ordered the British firm to pay damages to the families.",
        "demand",
        {"FRA"},
        {"GBR"},
    ),
    (
        "An Indian judge ordered the American firm Union Carbide to pay 3.5 billion rupees.",
        "demand",
        {"IND"},
        {"USA"},
    ),
    # contesting a ruling
    (
        "The Danish and German governments are challenging a European Commission ruling.",
        "rejection",
        {"DNK", "DEU"},
        None,
    ),
    (
        "Poland has contested the legality of the Russian ban on its meat.",
        "rejection",
        {"POL"},
        None,
    ),
    # the EU's constitution is a treaty
    (
        "Mr Blair signed the EU constitution at a ceremony in Rome.",
        "agreement",
        {"GBR"},
        None,
    ),
    # legal protection granted
    (
        "The US Supreme Court gave legal protection to two Britons held at Guantanamo Bay.",
        "concession",
        {"USA"},
        None,
    ),
]


@pytest.mark.parametrize("case", FOUND, ids=lambda case: f"{case[1]}: {case[0][:40]}")
def test_bbc26_classes_found(extractor, case):
    """Each written sentence gives one act of its class, by and on the states named."""
    text, etype, doers, done_to = case
    one_act(extractor, text, etype, PUB, doers, done_to)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # meeting an aim is no meeting
        (
            "His term will be judged on Europe's success in meeting the Lisbon agenda.",
            "meeting",
        ),
        ("France has failed to meet the objectives set by the European Union.", "meeting"),
        ("Italy met the benchmark agreed with Germany.", "meeting"),
        # a state's own constitution is no treaty
        ("The Kenyan president signed the new constitution into law.", "agreement"),
        # legal protection is no asylum
        ("The US Supreme Court gave legal protection to two Britons held in Cuba.", "aid"),
    ],
)
def test_bbc26_no_event_of_that_type(extractor, text, etype):
    assert events_of_type(extract_events(extractor, text, PUB), etype) == [], text
