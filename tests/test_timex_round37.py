"""TIMEX3 tagger: a clock time after a sentence that names the day of an act and the
day it was reported on is on the act's day; a span of months that fills a quarter or a half
("in January-March", "the January-June period of 1998") is that quarter or half, and "the same
period last year" after a half is that half a year back; "the week after Thanksgiving" is one
expression, a week from the holiday's."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

THURSDAY = dt.date(2003, 9, 18)  # ISO week 2003-W38


def _values(text: str, dct: dt.date = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A tanker caught fire off Malta on Wednesday, the coastguard said on Thursday. "
            "The blaze broke out at 0310 GMT.",
            [
                ("Wednesday", "2003-09-17"),
                ("Thursday", "2003-09-18"),
                ("0310 GMT", "2003-09-17T03:10"),
            ],
        ),
        (
            "Rebels shelled the airport on Tuesday, an army spokesman told reporters on "
            "Wednesday. The first rounds landed at 2200 GMT.",
            [
                ("Tuesday", "2003-09-16"),
                ("Wednesday", "2003-09-17"),
                ("2200 GMT", "2003-09-16T22:00"),
            ],
        ),
        # the day of saying is the only day named: the clock stays on it
        (
            "The ministry said on Tuesday that talks would go on. They ended at 1800 GMT.",
            [("Tuesday", "2003-09-16"), ("1800 GMT", "2003-09-16T18:00")],
        ),
    ],
)
def test_clock_time_takes_the_day_of_the_act_not_of_the_report(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Car sales in April-June rose 4 percent.", [("April-June", "2003-Q2")]),
        ("Shipments in January-March fell, the agency said.", [("January-March", "2003-Q1")]),
        ("Output during January-June was flat.", [("January-June", "2003-H1")]),
        (
            "Imports in the January-June period of 2001 fell 3 percent from the same period "
            "last year.",
            [
                ("the January-June period of 2001", "2001-H1"),
                ("the same period last year", "2000-H1"),
            ],
        ),
        # a span that fills no quarter or half: its months one by one
        ("Rainfall in April-July was low.", [("April", "2003-04"), ("July", "2003-07")]),
    ],
)
def test_a_span_of_months_filling_a_quarter_or_half_is_that_period(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Retailers hope for busy trade in the week after Thanksgiving.",
            [("the week after Thanksgiving", "2003-W49")],
        ),
        (
            "The strike ended the day after Christmas.",
            [("the day after Christmas", "2002-12-26")],
        ),
        (
            "Fares will rise the week before Christmas.",
            [("the week before Christmas", "2003-W51")],
        ),
    ],
)
def test_a_day_or_week_from_a_holiday_is_one_expression(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "before" in the phrase is no deadline: under a past verb the last Easter
        (
            "Bookings slumped in the week before Easter.",
            [("the week before Easter", "2003-W15")],
        ),
        ("Talks resume the week after next.", [("the week after next", "2003-W40")]),
        ("The vote is due the month after next.", [("the month after next", "2003-11")]),
        ("Sales peaked the year before last.", [("the year before last", "2001")]),
    ],
)
def test_two_units_on_and_a_holiday_week_under_a_past_verb(text, want):
    assert _values(text) == want
