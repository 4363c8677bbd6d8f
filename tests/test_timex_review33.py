"""Second looks at TIMEX3 anchoring: a year opening a sentence does not date the day a
report came out when a comma sets the day's clause apart; a year names what a relative
clause tells of only when that thing is a scheduled event; a verb joined by "and" is no
participle of an absolute phrase after "with"; an adverb may stand between a term verb and
its month, as between a schedule verb and its date."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JUL87 = dt.date(1987, 7, 15)  # a Wednesday
JUL15 = dt.date(2015, 7, 15)


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In 1986, net profit rose 12 pct, the company said on March 3.", "1987-03-03"),
        ("Last year the company lost 5 mln dlrs, it said on Feb. 27.", "1987-02-27"),
        ("In 1986 the trade deficit widened, figures released on Feb. 20 showed.", "1987-02-20"),
    ],
)
def test_opening_year_leaves_the_day_a_report_came_out_alone(text: str, want: str) -> None:
    assert want in [v for _, v in _values(text, JUL87)]


def test_year_of_a_plain_noun_before_which_leaves_the_day_alone() -> None:
    text = "The 1986 accounts, which were published on March 3, showed a loss."
    assert "1987-03-03" in [v for _, v in _values(text, JUL87)]


def test_verb_after_and_keeps_its_past_after_with() -> None:
    text = "Texaco, which is in talks with Pennzoil and agreed on Monday to sell assets, fell."
    assert ("Monday", "1987-07-13") in _values(text, JUL87)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The lease expires again in May.", ("May", "2016-05")),
        ("The session also ends in June.", ("June", "2016-06")),
    ],
)
def test_term_verb_with_an_adverb_before_the_month(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, JUL15)
