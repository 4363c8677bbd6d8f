"""TIMEX3 tagger: financial years read like fiscal years, quarters named by the month that
closes them, and quarters ahead after a forecast or a deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


NOV_2011 = dt.date(2011, 11, 22)  # a Tuesday
FEB_2011 = dt.date(2011, 2, 15)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a financial year is a fiscal year: the year named, not "current" alone
        (
            "The brewer now sees a smaller loss in the current financial year.",
            ("the current financial year", "DATE", "2011"),
        ),
        ("Council tax will rise this financial year.", ("this financial year", "DATE", "2011")),
        (
            "Ministers hope to balance the books next financial year.",
            ("next financial year", "DATE", "2012"),
        ),
        (
            "Its margins improved in the previous financial year.",
            ("the previous financial year", "DATE", "2010"),
        ),
        # the last one is the year before, no length of twelve months
        (
            "The airline carried 30 million passengers in the last financial year.",
            ("the last financial year", "DATE", "2010"),
        ),
        (
            "Writedowns hit the insurer hard over the past fiscal year.",
            ("the past fiscal year", "DATE", "2010"),
        ),
        # nor is the coming one after "for"
        (
            "The assembly approved a spending plan for the coming financial year.",
            ("the coming financial year", "DATE", "2012"),
        ),
        # a financial year that ends on a named day is a twelve-month period, as TimeBank
        # writes "the fiscal year ended Jan. 31"
        (
            "The group earned 40 million in the financial year ended March 31.",
            ("the financial year", "DURATION", "P1Y"),
        ),
    ],
)
def test_a_financial_year_is_a_fiscal_year(text: str, want: tuple) -> None:
    assert want in _found(text, NOV_2011)


def test_current_before_a_financial_year_is_no_present_reference() -> None:
    found = _found("The chain expects flat sales in its current financial year.", NOV_2011)
    assert ("current", "DATE", "PRESENT_REF") not in found
    assert ("current financial year", "DATE", "2011") in found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quarter named by its closing month, as Australian and New Zealand figures are
        (
            "Retail volumes rose 1.2 pct in the December quarter, the bureau said.",
            ("the December quarter", "2010-Q4"),
        ),
        (
            "The trade gap in the September quarter last year was revised down.",
            ("the September quarter last year", "2010-Q3"),
        ),
        (
            "Household debt grew faster in the June 2009 quarter than since.",
            ("the June 2009 quarter", "2009-Q2"),
        ),
        (
            "Mortgage approvals climbed in the October-to-December quarter.",
            ("December quarter", "2010-Q4"),
        ),
        # one ahead, under a forecast
        (
            "The central bank expects inflation to ease in the June quarter.",
            ("the June quarter", "2011-Q2"),
        ),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, want: tuple) -> None:
    assert want in [(t.text, t.value) for t in tag(text, FEB_2011)]


def test_a_month_before_quarter_is_no_month() -> None:
    values = [t.value for t in tag("Exports fell in the March quarter, officials said.", FEB_2011)]
    assert "2011-03" not in values and "2010-03" not in values


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a forecast word after 'was' is still a forecast ('was' is no 'as')
        ("A further drop was forecast for the third quarter.", "2011-Q3"),
        # a deadline outside a past sentence lies ahead
        ("Rates are set to stay near 6 pct until the fourth quarter.", "2011-Q4"),
        ("Brokers see margins holding up through the third quarter.", "2011-Q3"),
    ],
)
def test_a_quarter_ahead_after_a_forecast_or_a_deadline(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, FEB_2011)]


def test_a_quarter_ahead_in_a_past_sentence_stays_last_year() -> None:
    values = [t.value for t in tag("Output had doubled by the third quarter.", FEB_2011)]
    assert values == ["2010-Q3"]


@pytest.mark.parametrize(
    "text",
    [
        "The insurer made a profit of 30m in the year to 31 December.",
        "Sales fell in the financial year ending 30th June 2010.",
        "Turnover for the year ended March 31 was flat.",
    ],
)
def test_a_year_ending_on_a_day_is_a_twelve_month_length(text: str) -> None:
    found = _found(text, FEB_2011)
    assert found[0][1:] == ("DURATION", "P1Y")
