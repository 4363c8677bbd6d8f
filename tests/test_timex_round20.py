"""TIMEX3 tagger, twentieth round: the same quarter a year back, quarters named "the three
months to June", "the" of a date before a noun, "the last night of", "another week", "the
past half century", a past event after "since" and a gerund, and the second weekday of a pair
ahead of the DCT."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JUNE_2015 = dt.date(2015, 6, 10)  # a Wednesday
NOV_2013 = dt.date(2013, 11, 14)  # a Thursday
MAY_2014 = dt.date(2014, 5, 21)  # a Wednesday


def _values(text: str, dct: dt.date | None = JUNE_2015) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the same quarter a year earlier" is a year back, like "the year-ago quarter"
        (
            "Profit in the second quarter climbed 4 pct from the same quarter a year earlier.",
            [("the second quarter", "2015-Q2"), ("the same quarter a year earlier", "2014-Q2")],
        ),
        # a quarter named by its closing month is the quarter in view for the year-back forms
        (
            "Revenue in the three months to June rose against the same quarter a year ago.",
            [
                ("the three months", "P3M"),
                ("June", "2015-06"),
                ("the same quarter a year ago", "2014-Q2"),
            ],
        ),
        (
            "Lending in the three months to March eased from the same period a year earlier.",
            [
                ("the three months", "P3M"),
                ("March", "2015-03"),
                ("the same period a year earlier", "2014-Q1"),
            ],
        ),
        # a month with no quarter in view still steps back one year as a month
        (
            "Car sales in April fell from the same period a year earlier.",
            [("April", "2015-04"), ("the same period a year earlier", "2014-04")],
        ),
    ],
)
def test_same_quarter_a_year_back(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She crashed out of the 17 April race in Monaco.", [("17 April", "2015-04-17")]),
        ("The 3 May vote was delayed.", [("3 May", "2015-05-03")]),
        # an ordinal or "of" keeps "the"
        ("They met on the 17th of April.", [("the 17th of April", "2015-04-17")]),
        ("They met on the 17th April.", [("the 17th April", "2015-04-17")]),
    ],
)
def test_the_before_a_date_and_a_noun_is_the_nouns(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Crowds packed the square for the last night of the carnival.", []),
        ("He spent his last night as mayor at the town hall.", []),
        ("Rebels shelled the port last night.", [("last night", "2015-06-09TNI")]),
    ],
)
def test_the_last_night_of_is_no_yesterday(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Some villages may be cut off for another week.", [("another week", "P1W")]),
        ("The coach will stay another year.", [("another year", "P1Y")]),
        ("The hearing was adjourned for another two days.", [("two days", "P2D")]),
        # a title is no length
        ("The spy film Die Another Day opened in London.", []),
        ("Farming has shrunk over the past half century.", [("the past half century", "P50Y")]),
        ("The feud lasted a half century.", [("a half century", "P50Y")]),
        ("The pact has held for half a century.", [("half a century", "P50Y")]),
        # a half of the year is still a half
        ("Sales rose in the first half of the year.", [("the first half of the year", "2015-H1")]),
    ],
)
def test_another_unit_and_half_a_unit_are_lengths(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The premier will tour Asia next year, his first trip since taking office in March.",
            [("next year", "2014"), ("March", "2013-03")],
        ),
        (
            "She will keep the post she has held since joining the board in December.",
            [("December", "2012-12")],
        ),
        # a future month with no "since" stays ahead
        ("The premier will tour Asia in December.", [("December", "2013-12")]),
    ],
)
def test_since_and_a_gerund_is_past(text, want):
    assert _values(text, NOV_2013) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Union leaders will meet on Tuesday and Wednesday.",
            [("Tuesday", "2014-05-27"), ("Wednesday", "2014-05-28")],
        ),
        (
            "Union leaders met on Tuesday and Wednesday.",
            [("Tuesday", "2014-05-20"), ("Wednesday", "2014-05-21")],
        ),
        # a pair in the past may run backwards
        (
            "Statements issued Wednesday and Tuesday are below.",
            [("Wednesday", "2014-05-21"), ("Tuesday", "2014-05-20")],
        ),
    ],
)
def test_second_weekday_of_a_pair_ahead(text, want):
    assert _values(text, MAY_2014) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "May" and "March" need a word of time before them; "at least", "as soon as" are
        ("Rates will stay on hold until at least March.", [("March", "2014-03")]),
        ("The vote may be held as soon as May.", [("May", "2014-05")]),
        ("A ruling could come as early as March.", [("March", "2014-03")]),
        # the verb stays a verb
        ("Officials said he may resign.", []),
    ],
)
def test_may_and_march_after_at_least_or_as_soon_as(text, want):
    assert _values(text, NOV_2013) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year back from a forecast quarter named in the same sentence
        (
            "Analysts see profit of 9 cents in the second quarter against 4 cents in the same"
            " quarter a year ago.",
            [("the second quarter", "2015-Q2"), ("the same quarter a year ago", "2014-Q2")],
        ),
        (
            "The chain expects fourth-quarter sales to beat the year-ago quarter.",
            [("fourth-quarter", "2015-Q4"), ("the year-ago quarter", "2014-Q4")],
        ),
        # a forecast in another sentence leaves the quarter under report
        (
            "Net rose in the first quarter. It expects a weak third quarter."
            " In the year-ago quarter it lost money.",
            [
                ("the first quarter", "2015-Q1"),
                ("third quarter", "2015-Q3"),
                ("the year-ago quarter", "2014-Q1"),
            ],
        ),
    ],
)
def test_year_back_from_a_forecast_quarter(text, want):
    assert _values(text) == want
