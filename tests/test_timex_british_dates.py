"""TIMEX3 tagger: a day written before its month ("14 March") followed by "next year" or
"last year's", a clock time with a weekday and a date after it, "midday" as noon, and
decades written without their century ("the 80s")."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

WINTER = dt.date(2009, 1, 14)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, WINTER)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The shortlist will be published on 22 March next year.",
            [("22 March next year", "DATE", "2010-03-22")],
        ),
        ("The court sat on 9 May last year.", [("9 May last year", "DATE", "2008-05-09")]),
        # "last year's" belongs to the noun after it: the day stays alone
        (
            "She beat on 4 March last year's winner.",
            [("4 March", "DATE", "2008-03-04"), ("last year", "DATE", "2008")],
        ),
    ],
)
def test_a_day_month_with_a_year_word_after_it(text: str, want: list) -> None:
    assert _found(text) == want


def test_a_large_number_before_a_month_is_no_day() -> None:
    assert _found("Exports fell to 410,000 last March and 250 June contracts traded.") == [
        ("last March", "DATE", "2008-03"),
        ("June", "DATE", "2009-06"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The shops open at midnight on Sunday 18 January for the sale.",
            ("midnight on Sunday 18 January", "TIME", "2009-01-18T24:00"),
        ),
        (
            "Bids close at noon on Friday, January 16.",
            ("noon on Friday, January 16", "TIME", "2009-01-16T12:00"),
        ),
        ("Bids will close at noon on Friday.", ("noon on Friday", "TIME", "2009-01-16T12:00")),
    ],
)
def test_a_clock_time_on_a_weekday_and_its_date(text: str, want: tuple) -> None:
    assert _found(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The yen firmed to 120.5 at midday.", ("midday", "TIME", "2009-01-14T12:00")),
        (
            "Staff must reply by midday on Friday, the union said.",
            ("midday on Friday", "TIME", "2009-01-16T12:00"),
        ),
    ],
)
def test_midday_is_noon(text: str, want: tuple) -> None:
    assert _found(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Her band toured Japan in the 80s.", [("the 80s", "DATE", "198")]),
        ("The club was at its best in the mid-70s.", [("the mid-70s", "DATE", "197")]),
        # figures in the 60s or 50s are no decades
        ("Highs will stay in the 60s, forecasters said.", []),
        ("The shares traded in the 50s.", []),
    ],
)
def test_a_decade_without_its_century(text: str, want: list) -> None:
    assert _found(text) == want
