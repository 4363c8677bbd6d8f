"""TIMEX3 tagger: weekly reports compare the week they are on with "the previous week" and
"the year-ago week", which step back from that week, not from the DCT's; a preposition
before a vague future is no part of the expression; and a date after "since" is not ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

THURSDAY = dt.date(2011, 6, 9)  # ISO week 2011-W23


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, THURSDAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "last week" is the week reported on: the previous one is the week before it
        (
            "Coal shipments dropped last week from the previous week, the railway said.",
            [("last week", "2011-W22"), ("the previous week", "2011-W21")],
        ),
        # a week named by the day it ends, then a total since a day: still that week
        (
            "Barley loadings in the week ended June 2 rose to 80,000 tonnes. Loadings since "
            "July 1 were 3 mln tonnes, and rapeseed loadings doubled from the prior week.",
            [
                ("the week", "2011-W22"),
                ("June 2", "2011-06-02"),
                ("July 1", "2010-07-01"),
                ("the prior week", "2011-W21"),
            ],
        ),
        # a day named after the week is what "the previous week" hangs on
        (
            "The mill reopened last week. It had shut on May 18, and the preceding week "
            "it cut its output.",
            [
                ("last week", "2011-W22"),
                ("May 18", "2011-05-18"),
                ("the preceding week", "2011-W19"),
            ],
        ),
        # with no week reported on, the week before the DCT's, as before
        (
            "Steel output was lower than in the previous week.",
            [("the previous week", "2011-W22")],
        ),
    ],
)
def test_the_previous_week_steps_back_from_the_week_reported_on(text: str, want: list) -> None:
    assert _found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mills ground 4 mln bushels in the week ended June 2, against 3.8 mln in the "
            "year-ago week.",
            ("the year-ago week", "2010-W22"),
        ),
        (
            "Freight car loadings were 9,100 last week, up from 8,700 in the year earlier week.",
            ("the year earlier week", "2010-W22"),
        ),
        ("Sales beat the year-ago week's total.", ("the year-ago week", "2010-W23")),
    ],
)
def test_the_year_ago_week(text: str, want: tuple) -> None:
    assert want in _found(text)


def test_the_preposition_before_the_near_future_stays_out() -> None:
    assert _found("The minister expects to sign a deal in the near future.") == [
        ("the near future", "FUTURE_REF")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The party has trailed in the polls since August.", [("August", "2010-08")]),
        ("Prices have doubled since March.", [("March", "2011-03")]),
        ("Output has been cut since July 4.", [("July 4", "2010-07-04")]),
        # "since" of cause, before a clause whose subject the month names
        (
            "Growers were alarmed, since July quotas were cut by a third.",
            [("July", "2011-07")],
        ),
    ],
)
def test_a_date_after_since_is_not_ahead_of_the_dct(text: str, want: list) -> None:
    assert _found(text) == want
