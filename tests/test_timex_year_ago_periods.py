"""TIMEX3 tagger: periods compared with a year back, written with or without a hyphen, and
read as a year when no quarter is in view."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

APRIL_2010 = dt.date(2010, 4, 20)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, APRIL_2010)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quarter in view: that quarter a year before, "a year ago" read as "year-ago"
        (
            "First quarter profit rose to 12 mln dlrs from 9 mln dlrs in the same period a "
            "year ago.",
            ("the same period a year ago", "2009-Q1"),
        ),
        (
            "The chain earned 3 cts a share in the first quarter against 5 cts in the year "
            "ago quarter.",
            ("the year ago quarter", "2009-Q1"),
        ),
        (
            "Quarterly sales slipped 2 pct from the year earlier period, the brewer said.",
            ("the year earlier period", "2009-Q1"),
        ),
    ],
)
def test_a_year_ago_period_without_a_hyphen(text: str, want: tuple) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no quarter in view: the year before the DCT's ...
        (
            "Gasoline demand rose 1.2 pct in the four weeks to April 16 from the same period "
            "a year ago.",
            ("the same period a year ago", "2009"),
        ),
        # ... or before the year named last
        (
            "The miner reported a 2009 loss against year-ago profit of 4 mln dlrs.",
            ("year-ago", "2008"),
        ),
    ],
)
def test_a_year_ago_period_with_no_quarter_in_view_is_a_year(text: str, want: tuple) -> None:
    assert want in _found(text)


def test_a_month_a_year_back_is_no_anchor_for_the_next_comparison() -> None:
    text = (
        "Its load factor in March rose to 71 pct from 66 pct in the same period a year ago. "
        "March traffic grew 9 pct from the same month last year."
    )
    found = _found(text)
    assert ("the same period a year ago", "2009-03") in found
    assert ("the same month last year", "2009-03") in found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month in view: that month a year before
        (
            "Car sales in March rose 4 pct from the same period last year.",
            ("the same period last year", "2009-03"),
        ),
        # months counted from the year's start: the year before
        (
            "Exports in the first two months of 2010 beat the same period last year.",
            ("the same period last year", "2009"),
        ),
        # three months from January: the first quarter a year before
        (
            "Output from January to March was flat on the same period last year.",
            ("the same period last year", "2009-Q1"),
        ),
    ],
)
def test_the_same_period_last_year(text: str, want: tuple) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a figure compared with one of a year named in the sentence: that year's year before
        (
            "The brewer said its 2009 profit rose to 40 mln euros from 31 mln euros a year ago.",
            [("2009", "2009"), ("a year ago", "2008")],
        ),
        # a year ago with no figure before it is a year before the DCT
        (
            "He moved to Oslo in 2001 and retired a year ago.",
            [("2001", "2001"), ("a year ago", "2009")],
        ),
        # one comparison does not move the next: both are March a year before
        (
            "Futures volume rose in March to 90,000 lots from 70,000 a year ago, and options "
            "rose to 12,000 from 9,000 a year ago.",
            [("March", "2010-03"), ("a year ago", "2009-03"), ("a year ago", "2009-03")],
        ),
    ],
)
def test_a_year_ago_after_a_figure(text: str, want: list) -> None:
    assert _found(text) == want
