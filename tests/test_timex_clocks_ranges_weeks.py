"""TIMEX3 tagger, nineteenth round: a 24-hour clock after a day, "in two years' time", ranges
of days written with one month, numbered weeks of a month, recent and coming quarters, and a
second comparison after "after ... in <month>"."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

MARCH_2005 = dt.date(2005, 3, 2)  # a Wednesday


def _values(text: str, dct: dt.date | None = MARCH_2005) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # four digits after "at"/"from" that follow a day and month are a clock on that day
        (
            "The final is shown on Saturday 12 March, from 1930 on BBC Two.",
            [("Saturday 12 March", "2005-03-12"), ("1930", "2005-03-12T19:30")],
        ),
        (
            "Kick-off is on 6 March at 1945 in Cardiff.",
            [("6 March", "2005-03-06"), ("1945", "2005-03-06T19:45")],
        ),
        # a year after a bare weekday, or one not on the quarter hour, stays a year
        (
            "On Friday, from 2010 onwards the levy doubles.",
            [("Friday", "2005-02-25"), ("2010", "2010")],
        ),
        ("The pact signed on 4 May 1930 still holds.", [("4 May 1930", "1930-05-04")]),
    ],
)
def test_a_24_hour_clock_after_a_day_is_a_time(text, want):
    assert _values(text) == want


def test_a_clock_after_a_day_is_typed_time():
    (_, clock) = tag("The final is shown on Saturday 12 March, from 1930 on BBC Two.", MARCH_2005)
    assert clock.type == "TIME"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bridge should open in three years' time.", [("three years' time", "2008")]),
        ("Fares rise in six months' time.", [("six months' time", "2005-09")]),
        ("The panel reports in a week's time.", [("a week's time", "2005-W10")]),
        ("We vote in ten days' time.", [("ten days' time", "2005-03-12")]),
        ("They hope to be back in a few weeks' time.", [("a few weeks' time", "FUTURE_REF")]),
        # with no DCT the date ahead is unknown
        ("The bridge should open in three years' time.", [("three years' time", "FUTURE_REF")]),
        # a length is still a length
        ("The work took three years.", [("three years", "P3Y")]),
    ],
)
def test_units_time_is_a_date_ahead(text, want):
    dct = None if want == [("three years' time", "FUTURE_REF")] else MARCH_2005
    assert _values(text, dct) == want


def test_units_time_is_a_date():
    (t,) = tag("Fares rise in six months' time.", MARCH_2005)
    assert t.type == "DATE"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ministers meet on 14-15 March in Vienna.",
            [("14", "2005-03-14"), ("15 March", "2005-03-15")],
        ),
        (
            "The festival runs from 8 to 11 April.",
            [("8", "2005-04-08"), ("11 April", "2005-04-11")],
        ),
        (
            "Hearings were set for April 20 and 21 in Denver.",
            [("April 20", "2005-04-20"), ("21", "2005-04-21")],
        ),
        (
            "The envoy toured the region Oct. 3-7, 2003.",
            [("Oct. 3", "2003-10-03"), ("7, 2003", "2003-10-07")],
        ),
        # not an amount, nor a range that runs backwards
        ("Rates rose 2-3 pct in March.", [("March", "2005-03")]),
        (
            "Shares changed hands on April 20 and 15 pct more on April 22.",
            [("April 20", "2004-04-20"), ("April 22", "2004-04-22")],
        ),
        ("The score was 9-4 March 3.", [("March 3", "2005-03-03")]),
    ],
)
def test_a_range_of_days_is_two_dates(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Polls open in the second week of April.", [("the second week of April", "2005-W15")]),
        ("Sales slowed in the last week of January.", [("the last week of January", "2005-W04")]),
        (
            "Sales slowed in the first week of June 2003.",
            [("the first week of June 2003", "2003-W23")],
        ),
        # the week's month is the month "the same month last year" steps back from
        (
            "Deposits rose in the last week of February, 4 pct over the same month last year.",
            [("the last week of February", "2005-W08"), ("the same month last year", "2004-02")],
        ),
    ],
)
def test_a_numbered_week_of_a_month(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Margins narrowed in the most recent quarter.", [("the most recent quarter", "2004-Q4")]),
        (
            "Margins narrowed in the latest fiscal quarter.",
            [("the latest fiscal quarter", "2004-Q4")],
        ),
        ("Margins will widen in the upcoming quarter.", [("the upcoming quarter", "2005-Q2")]),
        ("Margins narrowed in the most recent half.", [("the most recent half", "2004-H2")]),
        # "the past half" is the one before the DCT's, as "the past quarter" is
        ("Margins narrowed in the past half.", [("the past half", "2004-H2")]),
        ("Margins narrowed in the past quarter.", [("the past quarter", "2004-Q4")]),
    ],
)
def test_recent_and_coming_quarters(text, want):
    assert _values(text) == want


def test_a_second_comparison_steps_back_from_the_period_under_report():
    text = (
        "Wages rose 0.3 pct in July, after rising 0.5 pct in June, and rents rose 0.2 pct, "
        "compared with a 0.7 pct rise the month before."
    )
    assert _values(text, dt.date(2004, 8, 20))[-1] == ("the month before", "2004-06")
    # with no comparison before it, "the month before" steps back from the month named last
    text = "Wages rose 0.5 pct in June, compared with a 0.7 pct rise the month before."
    assert _values(text, dt.date(2004, 8, 20))[-1] == ("the month before", "2004-05")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the day a quarter closed on tells which quarter, whatever quarter was named before
        (
            "Output grew in the first quarter. In the quarter ended Sept. 30, the mill lost money.",
            "2004-Q3",
        ),
        # a fiscal quarter closing at the end of January ran November to January
        ("Sales rose in the first quarter. For the quarter ended Jan. 31, sales fell.", "2003-Q4"),
        # one closing early in a month ran to the end of the month before
        ("Sales rose in the third quarter. For the quarter ended May 3, sales fell.", "2004-Q1"),
        ("In the quarter ended June 28, 2003, sales fell.", "2003-Q2"),
        # "ended" a little after the DCT: the quarter about to close
        ("The group will report on the quarter ended Dec. 31 next month.", "2004-Q4"),
    ],
)
def test_the_quarter_ended_a_day_is_the_quarter_that_day_closes(text, want):
    quarters = [v for t, v in _values(text, dt.date(2004, 12, 10)) if t == "the quarter"]
    assert quarters == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two days offered as alternatives are two dates too
        ("The board meets on 9 or 10 May.", [("9", "2005-05-09"), ("10 May", "2005-05-10")]),
        ("Results are due on May 9 or 10.", [("May 9", "2005-05-09"), ("10", "2005-05-10")]),
        ("Prices rose 9 or 10 pct in May.", [("May", "2004-05")]),
    ],
)
def test_alternative_days_are_two_dates(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the past" closing on a number leaves out the unit named before it
        ("Exports fell for the third month in the past four.", [("the past four", "P4M")]),
        ("It was the wettest year in the past ten, she said.", [("the past ten", "P10Y")]),
        # with no unit named there is no length to tell, nor a vague past
        ("He has lost in the past three.", []),
        ("In the past, he lost.", [("the past", "PAST_REF")]),
    ],
)
def test_the_past_and_a_number_with_its_unit_left_out(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year's number before "year" names that year, not a length of 1986 years
        ("Profit for the 1998 year fell.", [("the 1998 year", "1998")]),
        ("The 2003 full year should be better.", [("The 2003 full year", "2003")]),
        # ages are no lengths
        ("Staff who reach 60 years of age may retire.", []),
    ],
)
def test_year_numbers_and_ages(text, want):
    assert _values(text) == want


def test_the_week_before_with_no_date_in_view_steps_back_from_the_dct():
    text = "Notes in circulation rose 40 mln dlrs from the week before."
    assert _values(text) == [("the week before", "2005-W08")]
    # with a week in view it steps back from that week
    text = "Reserves fell in the week to March 16, after rising the week before."
    assert _values(text)[-1] == ("the week before", "2005-W10")


def test_a_clock_after_a_day_with_no_dct_keeps_the_day_it_knows():
    text = "The final is shown on Saturday 12 March, from 1930 on BBC Two."
    assert _values(text, None)[-1] == ("1930", "XXXX-03-12T19:30")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the latest <unit>" in apposition to a period of that unit is that period (not the
        # one before the DCT's, 2004-11)
        ("Orders rose in October, the latest month on record.", "2004-10"),
        ("Exports fell in the second quarter, the latest quarter with data.", "2004-Q2"),
        ("In 2002, the latest year for which tallies exist, 40 died.", "2002"),
        # not in apposition: the one before the DCT's
        ("Orders rose in the latest month.", "2004-11"),
        ("Orders rose in 2002. In the latest month they fell.", "2004-11"),
    ],
)
def test_the_latest_unit_in_apposition_is_the_period_named(text, want):
    latest = [
        v
        for t, v in _values(text, dt.date(2004, 12, 10))
        if t.startswith(("the latest", "In the latest"))
    ]
    assert latest == [want]


def test_the_latest_month_in_apposition_to_an_older_month():
    text = "Orders rose in September, the latest month on record."
    assert _values(text, dt.date(2004, 12, 10))[-1] == ("the latest month", "2004-09")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a numbered quarter or half takes the calendar year of the day it closes on
        ("The group books the gain in the fourth fiscal quarter ending in June.", "2005-Q4"),
        ("Profit rose in the third quarter ended Jan. 31.", "2005-Q3"),
        ("It lost money in the second quarter ended March 30, 2003.", "2003-Q2"),
        ("Sales fell in the first half ended Dec. 31.", "2004-H1"),
    ],
)
def test_a_numbered_fiscal_period_takes_the_year_it_closes_in(text, want):
    periods = [v for t, v in _values(text) if "quarter" in t or "half" in t]
    assert periods == [want]
