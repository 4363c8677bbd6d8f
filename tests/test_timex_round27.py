"""2013 web news: fiscal quarters ahead of the calendar, years said inside dated quotes,
clock times that name their day, three-month periods written as month spans, records
compared "since" a period, short past forms before a weekday, years before 1800, ranked
seasons, holiday weekends and the shopping days after Thanksgiving."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

AUG_2013 = dt.date(2013, 8, 14)  # a Wednesday
JAN_2013 = dt.date(2013, 1, 4)  # a Friday
JUL_2013 = dt.date(2013, 7, 8)  # a Monday
OCT_2013 = dt.date(2013, 10, 25)  # a Friday
DEC_2013 = dt.date(2013, 12, 9)  # a Monday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_a_fiscal_quarter_past_the_calendar_one_is_in_the_dcts_year() -> None:
    text = (
        "The router maker posted fiscal fourth-quarter earnings of $1.9 billion. Sales in the "
        "quarter climbed 4% from a year earlier."
    )
    assert _values(text, AUG_2013) == [
        ("fiscal fourth-quarter", "2013-Q4"),
        ("the quarter", "2013-Q4"),
        ("a year earlier", "2012-Q4"),
    ]


def test_a_calendar_quarter_not_begun_is_still_last_years() -> None:
    # without "fiscal" the reported fourth quarter in August is the one of last year
    (q,) = tag("The retailer reported fourth-quarter sales well below forecasts.", AUG_2013)
    assert q.value == "2012-Q4"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'In November, the mayor had warned that "this year will end with a deficit".',
            "2012",
        ),
        (
            'In a speech in 2011, the governor said the state had balanced its books "last year".',
            "2010",
        ),
    ],
)
def test_a_year_inside_a_dated_quote_counts_from_when_it_was_said(text: str, want: str) -> None:
    assert _values(text, JAN_2013)[-1][1] == want


def test_a_year_inside_a_quote_without_a_past_date_stays_the_dcts() -> None:
    text = 'The mayor said on Thursday that "this year will end with a deficit".'
    assert _values(text, JAN_2013)[-1] == ("this year", "2013")


def test_a_clock_time_that_names_its_day_dates_the_next_day() -> None:
    text = (
        "The levee gave way at about 3:40 a.m. Saturday. Crews were still pumping water out "
        "of the streets the next day."
    )
    assert _values(text, JUL_2013)[-1] == ("the next day", "2013-07-07")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The carrier signed up 410,000 customers in the July-September period.", "2013-Q3"),
        ("Exports fell in the April-June period, the agency said.", "2013-Q2"),
    ],
)
def test_a_span_of_three_months_called_a_period_is_their_quarter(text: str, want: str) -> None:
    (q,) = tag(text, OCT_2013)
    assert q.value == want


def test_a_span_of_months_that_is_no_quarter_keeps_its_months() -> None:
    values = _values("Sales rose in the June-August period.", OCT_2013)
    assert values == [("June", "2013-06"), ("August", "2013-08")]


def test_a_record_since_a_quarter_is_no_quarter_the_story_moves_to() -> None:
    text = (
        "Output rose 0.9%, its strongest gain since the first quarter of 2011. Growth in the "
        "previous quarter was 0.6%."
    )
    assert _values(text, OCT_2013) == [
        ("the first quarter of 2011", "2011-Q1"),
        ("the previous quarter", "2013-Q3"),
    ]


def test_a_date_since_which_something_ran_still_anchors_what_follows() -> None:
    text = "The plant has been closed since March 2011. It reopened the following month."
    assert _values(text, OCT_2013)[-1] == ("the following month", "2011-04")


@pytest.mark.parametrize("verb", ["died", "sued", "tied"])
def test_a_short_past_form_before_a_weekday_looks_back(verb: str) -> None:
    text = f"The singer, who {verb} Wednesday, will be remembered at a concert on Saturday."
    assert _values(text, DEC_2013) == [("Wednesday", "2013-12-04"), ("Saturday", "2013-12-14")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cathedral was begun in 1220 and finished a century later.", "1220"),
        ("No such vote had been lost since 1782, the clerk noted.", "1782"),
        ("The town kept its charter until 1689.", "1689"),
    ],
)
def test_a_year_before_1800_after_in_since_or_until(text: str, want: str) -> None:
    assert want in [v for _, v in _values(text, DEC_2013)]


@pytest.mark.parametrize(
    "text",
    [
        "The mill employed 1500 people in 1900.",
        "Talks resumed at 1600 GMT.",
        "The archive holds records in 1500 boxes.",
        "Flights rose since 1650 seats were added.",
    ],
)
def test_four_figures_that_are_no_early_year(text: str) -> None:
    values = [v for _, v in _values(text, DEC_2013)]
    assert not any(v.startswith(("15", "16")) and len(v) == 4 for v in values)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The region had the coldest winter on record.", ("winter", "2012-WI")),
        ("Farmers blamed the driest summer in 50 years.", ("summer", "2013-SU")),
    ],
)
def test_a_ranked_season_is_the_latest_one(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, OCT_2013)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Thanksgiving 2013 was Thursday 28 November: the weekend of its week
        (
            "Traffic deaths rose over the Thanksgiving weekend.",
            ("the Thanksgiving weekend", "2013-W48-WE"),
        ),
        # Memorial Day 2013 was Monday 27 May: the weekend before it
        (
            "Beaches were crowded during the Memorial Day weekend.",
            ("the Memorial Day weekend", "2013-W21-WE"),
        ),
    ],
)
def test_a_holiday_weekend_is_the_weekend_next_to_it(text: str, want: tuple[str, str]) -> None:
    assert _values(text, DEC_2013) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Online sales jumped on Cyber Monday.", "2013-12-02"),
        ("Shoppers queued for Black Friday.", "2013-11-29"),
    ],
)
def test_the_shopping_days_after_thanksgiving(text: str, want: str) -> None:
    assert [v for _, v in _values(text, DEC_2013)] == [want]


def test_a_record_since_a_year_leaves_the_year_in_view() -> None:
    text = (
        "The last poor crop was in 2009, the smallest since 1994. Good weather the following "
        "year produced a record harvest."
    )
    assert _values(text, OCT_2013)[-1] == ("the following year", "2010")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # US federal years begin on Oct. 1 and are named by the year they end in
        ("Agencies may spend $1 trillion in the budget year that began Oct. 1.", "2014"),
        # in December, the one that begins next July 1 ends in 2015
        ("Schools face cuts in the fiscal year that begins July 1.", "2015"),
        # a year begun on April 1 has most of its months in the year it begins in
        ("Tokyo forecasts 2% growth in the fiscal year starting April 1.", "2014"),
        ("The fiscal year that began Jan. 1 has gone well.", "2013"),
    ],
)
def test_a_fiscal_year_named_by_its_first_day_is_the_year_most_of_it_falls_in(
    text: str, want: str
) -> None:
    assert _values(text, DEC_2013)[0][1] == want
