"""TIMEX3 tagger: "of" after a unit makes the unit part of what follows ("the last week of
May"), but a bare this/last/next unit before "of" and an amount is a date of its own, the
amount belonging to the noun before it ("a deficit this year of 3 billion")."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

AUTUMN = dt.date(2012, 10, 3)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, AUTUMN)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The region expects a surplus this year of 1.2 billion euros.", [("this year", "2012")]),
        (
            "The miner reported a loss last year of about 40 mln dollars.",
            [("last year", "2011")],
        ),
        (
            "Analysts see a rise next month of between 2 and 3 percent.",
            [("next month", "2012-11")],
        ),
        ("The sale last week of a 5 percent stake lifted shares.", [("last week", "2012-W39")]),
    ],
)
def test_a_bare_unit_before_of_and_an_amount(text: str, want: list) -> None:
    assert _found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of a period or a noun after "of": no date of its own ("the last week of May"
        # is one week: tests/test_timex_clocks_ranges_weeks.py)
        ("Stocks fell on the last day of May.", [("May", "2012-05")]),
        ("The bank fared well in its last year of operation.", []),
        ("The ceremony marked this year of hope for the town.", []),
    ],
)
def test_a_unit_before_of_and_no_amount_stays_part_of_it(text: str, want: list) -> None:
    assert _found(text) == want
