"""Business and markets copy: rates per period, fiscal and budget years, quarters in
comparisons, parts of a trading day, clock times of a market and counted lengths ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag, tag_article

JUNE_2005 = dt.date(2005, 6, 15)  # a Wednesday
AUG_2006 = dt.date(2006, 8, 9)  # a Wednesday


def _values(text: str, dct: dt.date = JUNE_2005) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_a_length_counted_forward_from_now_ignores_the_quarter_in_view() -> None:
    got = tag(
        "Second-quarter sales slipped. The chain says stores will not reopen until more "
        "than a year from now.",
        JUNE_2005,
    )
    ahead = got[-1]
    assert (ahead.text, ahead.value, ahead.mod) == ("more than a year from now", "2006", "AFTER")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The board last raised dividends in November.", "2004-11"),
        ("Regulators last inspected plants in October, the report says.", "2004-10"),
    ],
)
def test_last_after_a_subject_is_an_adverb_of_the_past_verb(text: str, want: str) -> None:
    (month,) = tag(text, JUNE_2005)
    assert month.value == want


def test_the_last_before_a_participle_is_still_an_adjective() -> None:
    (month,) = tag("The last listed bonds in December will mature.", JUNE_2005)
    assert month.value == "2005-12"


def test_a_quarter_compared_with_under_a_forecast_is_this_years() -> None:
    got = _values("Analysts expect margins of 4.1%, up from 3.5% in the first quarter.", AUG_2006)
    assert got == [("the first quarter", "DATE", "2006-Q1")]
    # with no comparison the forecast still reads ahead
    got = _values("Analysts expect margins to widen in the first quarter.", AUG_2006)
    assert got == [("the first quarter", "DATE", "2007-Q1")]


def test_the_year_ago_period_counts_back_from_the_current_quarter() -> None:
    got = _values(
        "Acme reported second-quarter net of $3 million. It sees sales of $50 million in the "
        "current quarter, against $41 million in the year-ago period.",
        AUG_2006,
    )
    assert got[-2:] == [
        ("the current quarter", "DATE", "2006-Q3"),
        ("the year-ago period", "DATE", "2005-Q3"),
    ]


def test_a_year_earlier_after_a_count_of_months_is_the_year_before() -> None:
    got = _values(
        "Acme posted a third-quarter loss. In the first ten months, deliveries rose 8% from "
        "a year earlier.",
        dt.date(2005, 11, 20),
    )
    assert got[-1] == ("a year earlier", "DATE", "2004")
    # a comparison in the quarter's own sentence keeps the quarter
    got = _values("Acme posted a third-quarter loss against a profit a year earlier.", AUG_2006)
    assert got[-1] == ("a year earlier", "DATE", "2005-Q3")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The state closed fiscal 2004 with a gap. Revenue in the budget year fell 2%.", "2004"),
        ("Spending in the current budget year will rise.", "2005"),
        ("Outlays rose in the last budget year.", "2004"),
    ],
)
def test_a_budget_year_is_a_fiscal_year(text: str, want: str) -> None:
    year = tag(text, JUNE_2005)[-1]
    assert (year.type, year.value) == ("DATE", want)
    assert "budget year" in year.text


def test_a_fiscal_year_opening_its_sentence_keeps_ended_as_its_verb() -> None:
    got = _values("The state posted a surplus. The budget year ended June 30.")
    assert got[0] == ("The budget year", "DATE", "2005")
    # a year "ended" on a day after a preposition is still the twelve months
    got = _values("Profit for the year ended March 31 rose 4%.")
    assert got[0] == ("the year", "DURATION", "P1Y")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wages are rising 3% a year.", ("a year", "SET", "P1Y")),
        ("The fee climbs 2 percent a month under the deal.", ("a month", "SET", "P1M")),
        ("Prices grew 1.5 per cent a year.", ("a year", "SET", "P1Y")),
    ],
)
def test_a_percentage_per_period_is_a_set(text: str, want: tuple[str, str, str]) -> None:
    assert _values(text) == [want]


def test_an_amount_per_period_and_a_percentage_a_year_back_are_no_sets() -> None:
    assert _values("The plant saves $40 million a year.") == []
    assert _values("Output was up 4% a year earlier.") == [("a year earlier", "DATE", "2004")]


def test_a_clock_time_in_a_places_time_is_one_expression() -> None:
    got = _values("Voting closes at 8 p.m. Paris time.")
    assert got == [("8 p.m. Paris time", "TIME", "2005-06-15T20:00")]
    got = _values("Trading resumes at 9 a.m. Hong Kong time on Friday.")
    assert got == [("9 a.m. Hong Kong time on Friday", "TIME", "2005-06-17T09:00")]
    # a capitalised word opening the next sentence is no place
    got = _values("Talks resume at 10 a.m. The time is short.")
    assert got == [("10 a.m.", "TIME", "2005-06-15T10:00")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The index had recovered by late morning.", ("late morning", "2005-06-15TMO", "END")),
        ("Bonds slid in early afternoon trading.", ("early afternoon", "2005-06-15TAF", "START")),
        ("Volumes thinned by mid-afternoon.", ("mid-afternoon", "2005-06-15TAF", "MID")),
    ],
)
def test_early_and_late_parts_of_a_trading_day(text: str, want: tuple[str, str, str]) -> None:
    (t,) = tag(text, JUNE_2005)
    assert (t.text, t.value, t.mod) == want


def test_the_end_of_a_quarter_is_that_quarter_with_its_end() -> None:
    (t,) = tag("The sale should close by the end of the third quarter of 2006.", JUNE_2005)
    assert (t.text, t.value, t.mod) == ("the end of the third quarter of 2006", "2006-Q3", "END")
    (t,) = tag("Cash rose at the beginning of the fourth quarter.", JUNE_2005)
    assert (t.text, t.mod) == ("the beginning of the fourth quarter", "START")


def test_the_end_of_the_day_before_a_market_level_is_that_day() -> None:
    got = _values(
        "The yen weakened late on Monday. At the end of the day the currency stood at 109.2 "
        "to the dollar."
    )
    assert got == [
        ("late on Monday", "DATE", "2005-06-13"),
        ("the end of the day", "DATE", "2005-06-13"),
    ]
    # the idiom stays no expression
    assert _values("At the end of the day, voters want lower taxes.") == []
    assert _values("But at the end of the day we were at a loss.") == []


def test_a_clock_time_after_the_is_on_the_day_the_sentence_before_told_of() -> None:
    got = _values("Stocks sank on Monday. The index lost 80 points at the 4 p.m. close.")
    assert got[-1] == ("4 p.m.", "TIME", "2005-06-13T16:00")


def test_a_deadline_under_the_present_is_not_in_a_year_gone_by() -> None:
    got = _values(
        "Prices fell in November, and traders are betting on a rebound by the end of the year.",
        dt.date(2006, 5, 10),
    )
    assert got == [
        ("November", "DATE", "2005-11"),
        ("the end of the year", "DATE", "2006"),
    ]


def test_a_market_report_reads_its_day_end_with_tag_article() -> None:
    text = (
        "NEW YORK, June 14 - The dollar ended mixed late Tuesday. At the end of the day it was "
        "quoted at 1.23 euros."
    )
    got = [(t.text, t.value) for t in tag_article(text, JUNE_2005)[0]]
    assert ("the end of the day", "2005-06-14") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Acme posted a third-quarter profit. For the first nine months, it lost $2 million, "
            "against year-ago net income of $1 million.",
            ("year-ago", "DATE", "2004"),
        ),
        (
            "Acme posted a third-quarter profit. In the first nine months, net was $8 million, "
            "compared with a loss in the 2004 period.",
            ("the 2004 period", "DATE", "2004"),
        ),
        (
            "Imports fell 8% in the first eight months of 2003, while exports rose 5% from the "
            "year-ago level.",
            ("year-ago", "DATE", "2002"),
        ),
    ],
)
def test_year_back_periods_after_a_count_of_months_are_years(
    text: str, want: tuple[str, str, str]
) -> None:
    assert _values(text, dt.date(2005, 10, 27))[-1] == want
