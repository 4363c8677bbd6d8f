"""TIMEX3 tagger: what "the year" hangs on, month ranges and contract months."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


FEB_2011 = dt.date(2011, 2, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year named only to compare with: the year under report is the one after it
        (
            "Net profit reached 210 million dollars, against 180 million in 2009. "
            "Sales for the year rose 8 pct.",
            [("2009", "2009"), ("the year", "2010")],
        ),
        (
            "Turnover climbed to 3.1 billion euros from 2.7 billion in 2009, and costs fell "
            "during the year.",
            [("2009", "2009"), ("the year", "2010")],
        ),
        # never later than the DCT's year
        (
            "Output was well below the levels of 2010, and it may not recover during the year.",
            [("2010", "2010"), ("the year", "2011")],
        ),
        # a year counted from is no period under report: the DCT's month
        (
            "Shops had their weakest December since 1995. Prices slipped 0.4 pct on the month.",
            [("December", "2010-12"), ("1995", "1995"), ("the month", "2011-02")],
        ),
        # a year in apposition is the year meant
        (
            "Lending has shrunk since 2008, the year the crisis broke.",
            [("2008", "2008"), ("the year", "2008")],
        ),
        # a range from a date to the end of the year is no comparison
        (
            "Inventories were run down from October 2010 to the end of the year.",
            [("October 2010", "2010-10"), ("the end of the year", "2010")],
        ),
        # "the year before" still counts from the year named
        (
            "In 2009 the group earned 40 million, down from 55 million the year before.",
            [("2009", "2009"), ("the year before", "2008")],
        ),
        # a year named with no comparison stays the anchor
        (
            "The plant opened in 2007. During the year it hired 300 workers.",
            [("2007", "2007"), ("the year", "2007")],
        ),
    ],
)
def test_the_year_after_a_compared_or_counted_from_year(text: str, want: list) -> None:
    assert _values(text, FEB_2011) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one expression, a year before the year named last
        (
            "Exports reached 9.2 million tonnes in 2009, up from 8.7 million the year before.",
            [("2009", "2009"), ("the year before", "2008")],
        ),
        (
            "Its debt shrank last year after growing sharply the year earlier.",
            [("last year", "2010"), ("the year earlier", "2009")],
        ),
        # with no year in view, a year before the DCT's
        (
            "Margins were thinner than the year before, the chairman said.",
            [("the year before", "2010")],
        ),
        # "before" opening a clause or a noun phrase is no part of it
        (
            "It was well into the year before we signed the contract.",
            [("the year", "2011")],
        ),
        (
            "Demand may slip next year before picking up again in 2013.",
            [("next year", "2012"), ("2013", "2013")],
        ),
    ],
)
def test_the_year_before_is_a_year_back_from_the_year_in_view(text: str, want: list) -> None:
    assert _values(text, FEB_2011) == want
