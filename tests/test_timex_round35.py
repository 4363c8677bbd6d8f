"""TIMEX3 tagger: habits told under a past verb of saying, forecasts for a period
ending on a day, a year back from the month reported on rather than the one compared with,
and a weekday in the subject of a past expectation."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

FRIDAY = dt.date(2018, 2, 2)
MONDAY = dt.date(2014, 9, 29)
THURSDAY = dt.date(2013, 11, 14)


def _found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Doctors said the outbreak, which usually peaks in February, could go on for weeks.",
            "February",
            "XXXX-02",
        ),
        ("The ministry said the monsoon typically reaches the city in June.", "June", "XXXX-06"),
        ("Officials said the fair is normally held in September.", "September", "XXXX-09"),
    ],
)
def test_a_habit_in_the_present_under_a_past_verb_of_saying_is_any_year(
    text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in _found(text, FRIDAY)


def test_a_past_habit_stays_a_dated_month() -> None:
    text = "Prices usually rose in December, the report said."
    assert ("December", "DATE", "2017-12") in _found(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The carmaker raised its profit forecast for the year ending March 31 on Friday.",
            "March 31",
            "2018-03-31",
        ),
        (
            "The retailer cut its sales outlook for the fiscal year ending in June.",
            "June",
            "2018-06",
        ),
        (
            "It kept its guidance for the quarter ending April 30 unchanged, the company said.",
            "April 30",
            "2018-04-30",
        ),
    ],
)
def test_a_forecast_for_a_period_ending_on_a_date_looks_ahead(
    text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in _found(text, FRIDAY)


def test_a_result_for_a_period_ending_on_a_date_stays_in_the_past() -> None:
    text = "Profit rose 4 percent in the year ending March 31, the bank said."
    assert ("March 31", "DATE", "2017-03-31") in _found(text, FRIDAY)


def test_a_year_earlier_is_the_month_reported_on_not_the_month_compared_with() -> None:
    text = (
        "Car sales fell in October, figures showed on Thursday. Sales dropped 2 per cent"
        " from September but were 4 per cent higher than a year earlier."
    )
    assert ("a year earlier", "DATE", "2012-10") in _found(text, THURSDAY)


def test_a_year_earlier_after_the_month_reported_on_alone_is_that_month() -> None:
    text = "Car sales rose in September from August and were 4 per cent up on a year earlier."
    assert ("a year earlier", "DATE", "2012-09") in _found(text, THURSDAY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rallies on Wednesday were expected to draw bigger crowds.", "2014-10-01"),
        ("A march on Tuesday, a public holiday, was expected to block the centre.", "2014-09-30"),
    ],
)
def test_a_weekday_in_the_subject_of_a_past_expectation_one_or_two_days_off_is_ahead(
    text: str, value: str
) -> None:
    (found,) = [t for t in tag(text, MONDAY) if t.type == "DATE"]
    assert found.value == value


def test_a_weekday_in_the_subject_of_a_past_expectation_days_back_stays_behind() -> None:
    text = "Talks on Friday were expected to focus on trade, officials said."
    (found,) = tag(text, MONDAY)
    assert found.value == "2014-09-26"


@pytest.mark.parametrize(
    "text",
    [
        "The typhoon hit the coast with winds of 250 km per hour.",
        "Gusts of 90 miles per hour tore roofs off homes.",
    ],
)
def test_a_speed_is_no_set(text: str) -> None:
    assert _found(text, MONDAY) == []


def test_a_wage_per_hour_is_still_a_set() -> None:
    assert _found("Cleaners are paid 9 dollars per hour.", MONDAY) == [("per hour", "SET", "PT1H")]


def test_recently_in_as_recently_as_is_no_expression_of_its_own() -> None:
    text = "The bank had backed the cap as recently as Friday."
    assert _found(text, MONDAY) == [("Friday", "DATE", "2014-09-26")]


def test_a_quarter_told_of_after_after_is_no_quarter_under_report() -> None:
    text = (
        "Acme Corp. posted a 20% gain in third-quarter net income. After a flat second quarter,"
        " the company credited higher prices for the gain. Results in the year-earlier period"
        " included a $9 million charge."
    )
    found = _found(text, dt.date(1989, 11, 1))
    assert found[-1] == ("the year-earlier period", "DATE", "1988-Q3")


def test_a_quarter_after_after_with_none_reported_before_is_under_report() -> None:
    text = "After a weak second quarter, profit in the year-ago period was restated."
    found = _found(text, dt.date(1989, 8, 1))
    assert found[-1] == ("the year-ago period", "DATE", "1988-Q2")


def test_this_quarters_result_after_a_quarter_reported_on_is_that_quarter() -> None:
    text = (
        "The publisher reported a net loss of $8.1 million for the third quarter ended Sept. 30."
        " This quarter's loss includes charges of $4.9 million."
    )
    found = _found(text, dt.date(1989, 11, 1))
    assert found[-1] == ("This quarter", "DATE", "1989-Q3")


def test_this_quarter_ahead_of_a_quarter_reported_on_is_the_current_one() -> None:
    text = (
        "The publisher reported a net loss for the third quarter ended Sept. 30. It expects"
        " to return to profit this quarter."
    )
    found = _found(text, dt.date(1989, 11, 1))
    assert found[-1] == ("this quarter", "DATE", "1989-Q4")
