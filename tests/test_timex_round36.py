"""TIMEX3 values of the kinds the Xinhua and NYT news-service batch showed: tense through a
relative "that will", participles after "of" or an article, "a year earlier" after a day of
saying, and "the same period" after a half, a month or a span of months."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag_article


def _values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_article(text, dct)[0]}


# the tense a date is read in: (text, DCT, span, value); the noun "will" is a guard
TENSES = [
    (
        "Parliament approved a new council that will take office on March 3.",
        dt.date(2001, 11, 20),
        "March 3",
        "2002-03-03",
    ),
    (
        "Officials said this will take effect on Feb. 9 in the capital.",
        dt.date(1999, 10, 5),
        "Feb. 9",
        "2000-02-09",
    ),
    (
        "The family contested that will of his in court on May 4.",
        dt.date(1999, 10, 5),
        "May 4",
        "1999-05-04",
    ),
    (
        "Both governments agreed to open offices for displaced villagers and reunions of "
        "divided clans around Sept. 20.",
        dt.date(2004, 7, 1),
        "Sept. 20",
        "2004-09-20",
    ),
    (
        "Voters picked members of an assembly that would replace the appointed one on Oct. 2.",
        dt.date(1995, 4, 11),
        "Oct. 2",
        "1995-10-02",
    ),
]


def test_relative_clause_after_weekday_is_the_nouns() -> None:
    text = "The mayor unveiled a plan Monday that will cut bus fares from June 1."
    values = _values(text, dt.date(2003, 2, 12))
    assert values["Monday"] == "2003-02-10"
    assert values["June 1"] == "2003-06-01"


# a season named with its year is the time later anaphora count from: (text, DCT, span, value)
SEASONS = [
    (
        "She opened a school in the spring of 1961 and a clinic the following year.",
        dt.date(1999, 5, 3),
        "the following year",
        "1962",
    ),
    (
        "The dam was finished in the autumn of 1974; a year later the valley flooded.",
        dt.date(1999, 5, 3),
        "a year later",
        "1975",
    ),
]


# a period named a year back after the period reported on (the day of saying is none; a day
# an event happened on, the guard, leaves the year): (text, DCT, span, value)
PERIODS = [
    (
        "Car sales fell 6 percent in May, down from a gain in April, the industry group said "
        "Thursday. Some 410,000 cars were sold, against 432,000 a year earlier.",
        dt.date(2002, 6, 13),
        "a year earlier",
        "2001-05",
    ),
    (
        "Car sales fell 6 percent in May. The plant closed on Thursday. Output was 5 percent "
        "lower than a year earlier.",
        dt.date(2002, 6, 13),
        "a year earlier",
        "2001",
    ),
    (
        "Tea exports grew 7 percent in the first half of 2003 over the same period of 2002.",
        dt.date(2003, 8, 2),
        "the same period of 2002",
        "2002-H1",
    ),
    (
        "Car imports fell in September from the same period of 2002.",
        dt.date(2003, 10, 9),
        "the same period of 2002",
        "2002-09",
    ),
    (
        "Textile exports in the January-August period rose 9 percent over the same period "
        "last year.",
        dt.date(2003, 9, 10),
        "the same period last year",
        "2002",
    ),
    (
        "Steel output in the January-June period rose 4 percent from the same period last year.",
        dt.date(2003, 7, 20),
        "the same period last year",
        "2002-H1",
    ),
    (
        "Airline traffic from April to June fell 3 percent from the year-ago period.",
        dt.date(2003, 10, 20),
        "the year-ago period",
        "2002-Q2",
    ),
    (
        "Rice exports in the January-March period rose from the same period last year.",
        dt.date(2003, 10, 20),
        "the same period last year",
        "2002-Q1",
    ),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), TENSES + SEASONS + PERIODS)
def test_value(text: str, dct: dt.date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value
