"""Classes of the twenty-fifth BBC tuning set (politics and business texts,
``benchmarks/data/bbc_tune25``): a 'Treasury Secretary' named in a sentence with no event is who
a later 'Mr X' stands for; a trip noun hung on a clause of being somewhere ('is in Dublin on a
visit', 'who is in Dublin at the start of a four-nation EU visit') is that person's visit to
that place, a visit of its own, no content of the clause's verb; the UK's National Audit Office is British; 'the other
countries' are not the country the text is about. Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, events_of_type, extract_events, one_act

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries, targets' countries or None) of the one event of that type
FOUND = [
    # a title of the context read without parsing: 'Treasury Secretary' is a person's office
    (
        "The dollar rose after US Treasury Secretary John Smith said the yen was strong. "
        "Mr Smith has applauded Ireland's introduction of lower taxes.",
        "support",
        {"USA"},
        {"IRL"},
    ),
    # a trip noun on a clause of being somewhere: the place is where the visit goes
    (
        "US Finance Minister John Smith is in Ireland on a three-day visit.",
        "visit",
        {"USA"},
        {"IRL"},
    ),
    (
        "US Finance Minister John Smith, who is in Dublin at the start of a four-nation EU "
        "visit, praised Ireland.",
        "visit",
        {"USA"},
        {"IRL"},
    ),
    (
        "US Finance Minister John Smith is in Dublin at the start of a four-nation EU visit.",
        "visit",
        {"USA"},
        {"IRL"},
    ),
    # the UK's audit office
    (
        "The National Audit Office urged the government to press the Commission for reform.",
        "appeal",
        {"GBR"},
        None,
    ),
    (
        "The NAO urged the government to push for improvements in reporting fraud.",
        "appeal",
        {"GBR"},
        None,
    ),
]


@pytest.mark.parametrize(("text", "etype", "doers", "done_to"), FOUND)
def test_bbc25_classes_found(extractor, text, etype, doers, done_to):
    one_act(extractor, text, etype, PUB, doers, done_to)


def test_bbc25_phase_of_a_trip_on_an_arrival_is_the_same_visit(extractor):
    """'Arrived in Chile on the second leg of a six-nation South American tour': one visit."""
    events = extract_events(
        extractor,
        "The Pope arrived in Chile on Wednesday on the second leg of a six-nation South "
        "American tour.",
        PUB,
    )
    assert len(events_of_type(events, "visit")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair said the other countries rejected the plan.",
        'But Mr Blair said: "All the other countries could not agree on the way forward."',
    ],
)
def test_bbc25_other_countries_are_not_the_speakers(extractor, text):
    """'The other countries' a speaker names are not his own, nor the one the text is about."""
    events = extract_events(extractor, text, PUB)
    assert events
    for event in events:
        assert "GBR" not in country_codes(event["actors"])
