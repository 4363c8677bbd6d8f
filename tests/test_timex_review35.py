"""Second looks at TIMEX3 anchoring: a scheduled event's day under a past verb is the coming
one only where a preposition makes the event what led up to it ('registered in the election on
Aug. 20'), not where the past verb does the event itself ('held talks on Aug. 20', 'won the
election on Aug. 20'); a preposition after the day is no modifier of an event noun ('met on
Aug. 20 for talks'). Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JUN87 = dt.date(1987, 6, 1)


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers met on Aug. 20 for talks on the border.",
        "Syria and Jordan held talks on Aug. 20 in Amman.",
        "Troops broke up the rally on Aug. 20.",
        "The opposition won the election on Aug. 20.",
        "The ruling party won the Aug. 20 election.",
    ],
)
def test_a_past_verb_that_does_the_event_dates_it_back(text: str) -> None:
    assert ("Aug. 20", "1986-08-20") in _values(text, JUN87)


@pytest.mark.parametrize(
    "text",
    [
        "He had registered as a candidate in the presidential election on Aug. 20.",
        "Campaigners gathered signatures ahead of the Aug. 20 referendum.",
    ],
)
def test_what_led_up_to_a_scheduled_event_dates_it_ahead(text: str) -> None:
    assert ("Aug. 20", "1987-08-20") in _values(text, JUN87)
