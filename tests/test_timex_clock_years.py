"""A bare four-digit number after 'until', 'since' or 'in' below 1800 is a year only where the
sentence does not speak of clock times (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

DCT = dt.date(1990, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The curfew lasts until 1700, when shops reopen.",
        "Troops patrolled from 0900 until 1500.",
        "The border post stays open daily until 1600.",
        "Firing went on until 1730 GMT.",
    ],
)
def test_a_clock_time_after_until_is_no_early_year(text):
    assert not [t for t in tag(text, DCT) if t.type == "DATE" and t.value.startswith("1")]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Spain held the island until 1713, when it was ceded to Britain.", "1713"),
        ("The city was ruled by Venice until 1797.", "1797"),
        ("The fort has stood empty since 1650, officials said on Monday.", "1650"),
    ],
)
def test_an_early_year_away_from_clock_times_stays_a_year(text, year):
    assert year in [t.value for t in tag(text, DCT)]
