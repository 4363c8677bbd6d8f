"""TIMEX3 tagger: a range of lengths ("two to three weeks") is one duration valued at its
lower bound, as TimeBank writes it, except before "ago", after "from", or as an age."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

DCT = dt.date(2014, 6, 11)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Repairs will take two to three weeks.", [("two to three weeks", "DURATION", "P2W")]),
        ("The ship sails in five or six days.", [("five or six days", "DURATION", "P5D")]),
        (
            "Rates held for the past 20 to 30 days.",
            [("the past 20 to 30 days", "DURATION", "P20D")],
        ),
        ("Bills of 90-120 days were sold.", [("90-120 days", "DURATION", "P90D")]),
    ],
)
def test_a_range_of_lengths_is_one_duration(text: str, want: list) -> None:
    assert _found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # before "ago" the point in time keeps its own expression
        ("The plant closed two or three years ago.", [("three years ago", "DATE", "2011")]),
        # "from X to Y" is as often a change as a range
        ("The loans were extended from 10 to 12 years.", [("12 years", "DURATION", "P12Y")]),
        # an age group is no length
        ("Turnout fell among 18 to 24 year olds.", []),
    ],
)
def test_a_range_that_is_no_length(text: str, want: list) -> None:
    assert _found(text) == want
