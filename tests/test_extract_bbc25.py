"""Classes of the twenty-fifth BBC tuning set (politics and business texts,
``benchmarks/data/bbc_tune25``): a 'Treasury Secretary' named in a sentence with no event is who
a later 'Mr X' stands for; a trip noun hung on a clause of being somewhere ('is in Dublin on a
visit', 'who is in Dublin at the start of a four-nation EU visit') is that person's visit to
that place, and one at a phase of the trip ('at the start of a visit to Moscow') is a visit of
its own, no content of the clause's verb; the UK's National Audit Office is British; 'the other
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
    # a phase of a trip: the trip is an event of its own
    (
        "At the start of a visit to Moscow, the French minister criticised Germany.",
        "visit",
        {"FRA"},
        {"RUS"},
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


def test_bbc25_phase_of_trip_keeps_the_clause_act(extractor):
    """The clause's own act stays beside the visit at whose start it is done."""
    events = extract_events(
        extractor, "At the start of a visit to Moscow, the French minister criticised Germany.", PUB
    )
    accusation = events_of_type(events, "accusation")
    assert len(accusation) == 1
    assert country_codes(accusation[0]["targets"]) == {"DEU"}


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
