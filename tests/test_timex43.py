"""TIMEX3 tagger, round 43: classes found on the aq43 dev passages (AQUAINT-style news of
1998-2000) and left from the wire42 passages.

- a present form in -s after a possessive, a quantifier or a number and a modifier is a plural
  noun, no present tense ("after winning 370 electoral votes on Tuesday" is last Tuesday);
- a weekday declared a day of mourning or a holiday is the nearer such day, and "a day of
  mourning" is no length;
- "the previous weekend" after a weekend named is the weekend before it;
- "the Lunar New Year" is not January 1;
- a clock time in a sentence opening with an incident told of as a day's possessive in the
  sentence before is on that day ("from Saturday's explosion ... The blast ... before noon");
- "the year-ago quarter" after a forecast quarter in the sentence before, with no quarter
  reported on, is that quarter a year back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

CASES = [
    (
        "1996-11-07",  # a Thursday
        "After winning 379 electoral votes on Tuesday, the president said he would reach out.",
        ("Tuesday", "DATE", "1996-11-05"),
    ),
    (
        "1998-06-10",  # a Wednesday
        "After winning most of the delegates' votes on Tuesday, the reformers celebrated.",
        ("Tuesday", "DATE", "1998-06-09"),
    ),
    (
        "1998-06-10",
        "Having won many votes on Monday, the challenger said he would stay in the race.",
        ("Monday", "DATE", "1998-06-08"),
    ),
    (
        "2000-03-13",  # a Monday
        "The president declared Wednesday a day of national mourning for the miners.",
        ("Wednesday", "DATE", "2000-03-15"),
    ),
    (
        "2000-03-16",  # a Thursday
        "The governor declared Tuesday a day of mourning for the victims.",
        ("Tuesday", "DATE", "2000-03-14"),
    ),
    (
        "1998-08-03",  # a Monday
        "The thriller led the box office this weekend. The previous weekend's winner, a "
        "comedy, slipped to fourth, and receipts are up 5 percent on 1997.",
        ("The previous weekend", "DATE", "1998-W30-WE"),
    ),
    (
        "2001-11-19",  # a Monday
        "Rescuers said Monday the toll from Saturday's gas explosion had reached 40. The blast "
        "tore through the shaft at 9:15 a.m., trapping the night shift.",
        ("9:15 a.m.", "TIME", "2001-11-17T09:15"),
    ),
    (
        "1994-06-15",
        "The chip maker said it would post a loss for its fiscal second quarter, which ends "
        "June 25. It earned $12 million in the year-ago quarter.",
        ("the year-ago quarter", "DATE", "1993-Q2"),
    ),
]


# each rule's bounds: what it must leave as it was
KEPT = [
    (
        "1998-06-10",  # a Wednesday
        "The Senate votes on Friday on the budget.",
        ("Friday", "DATE", "1998-06-12"),
    ),
    (
        "1998-06-10",
        "The talks broke up after a day of discussions on Monday.",
        ("a day", "DURATION", "P1D"),
    ),
    (
        "2000-01-05",
        "Crowds gathered to greet the New Year in Times Square.",
        ("New Year", "DATE", "2000-01-01"),
    ),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES + KEPT)
def test_round43_classes_and_their_bounds(dct: str, text: str, want: tuple[str, str, str]) -> None:
    found = [(t.text, t.type, t.value) for t in tag(text, dt.date.fromisoformat(dct))]
    assert want in found


def test_a_day_of_mourning_is_no_length() -> None:
    found = tag("Parliament observed a day of mourning for the victims.", dt.date(2000, 3, 13))
    assert [t.type for t in found] == []


def test_the_lunar_new_year_is_not_january_1() -> None:
    found = tag("Millions travel home for the Lunar New Year holiday.", dt.date(2000, 1, 20))
    assert all(t.value != "2000-01-01" for t in found)
