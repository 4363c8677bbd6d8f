"""TIMEX3 tagger, fifteenth round: quarters of a match are no quarters of the year; 'a
Sunday Telegraph poll' and 'the Mail on Sunday' are names; 'every few years' is a set; 'a
night out' is no length; 'midnight of 31 December' is one time; 'compared unfavourably
with 2003' is a comparison; 'tipped for May' lies ahead; 'a Monday is' is any Monday; 'a
month later' after 'last year' counts from no known day; vague hundreds and thousands of
years are PXY; a kick-off time under a date line is on that day; 'the year ending in June'
is P1Y; a quarter of a century is P25Y; 'year end' under a past verb is the last one; 'a
year later' counts from a year named in the sentence before; 'more than expected in
October' is past; 'One day you will' is FUTURE_REF; 'three quarters of all' is a share."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract import timex
from stream.extract.timex import tag

THURSDAY = dt.date(2013, 3, 14)


def _found(text: str, dct: dt.date = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "The hosts led at half-time and the substitute scored twice in the final quarter.",
        "Both sides kicked in the first quarter before the visitors won a penalty and the lead.",
    ],
)
def test_a_quarter_of_a_match_is_no_quarter_of_the_year(text: str) -> None:
    assert all(not t[2].endswith(("Q1", "Q4")) for t in _found(text))


def test_a_quarter_beside_a_company_figure_stays_a_quarter() -> None:
    text = (
        "The club won the league, played well and saw fourth-quarter profits rise in the cup run."
    )
    assert ("fourth-quarter", "DATE", "2012-Q4") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Sunday Telegraph poll gave the party a lead.",
        "The minister told the Mail on Sunday he would stay.",
        "Figures in the Independent on Sunday differ.",
    ],
)
def test_a_paper_named_after_a_weekday_is_no_day(text: str) -> None:
    assert _found(text) == []


def test_a_paper_title_after_a_capitalised_article_is_no_day() -> None:
    # the check before this round read "the " in any case; the title rule keeps doing so
    assert _found("THE Sunday Courier ran the story.") == []


def test_a_weekday_before_an_ordinary_noun_is_still_that_day() -> None:
    assert ("Sunday", "DATE", "2013-03-10") in _found("Voters were polled on Sunday in Leeds.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The choir tours abroad every few years.", "every few years", "PXY"),
        ("Nurses check the ward every few hours.", "every few hours", "PTXH"),
    ],
)
def test_every_few_units_is_a_set(text: str, span: str, value: str) -> None:
    assert (span, "SET", value) in _found(text)


def test_a_night_out_is_no_length() -> None:
    assert _found("The striker was hurt on a night out with his team-mates.") == []


def test_a_night_out_of_town_is_still_a_length() -> None:
    assert ("a night", "DURATION", "P1D") in _found("The crew spent a night out of town.")


def test_midnight_of_a_date_is_that_dates_midnight() -> None:
    found = _found("The quota scheme will lapse at midnight of 31 December.")
    assert found == [("midnight of 31 December", "TIME", "2013-12-31T24:00")]


def test_the_year_after_a_year_compared_with_an_adverb_is_the_next() -> None:
    text = (
        "Margins compared poorly with 2010's level and fell short of forecasts. "
        "For the year as a whole, profit fell."
    )
    assert ("the year", "DATE", "2011") in _found(text, dt.date(2012, 2, 20))


def test_a_month_tipped_for_lies_ahead() -> None:
    assert ("May", "DATE", "2013-05") in _found("The poll is widely tipped for May.")


def test_a_weekday_as_a_subject_is_any_such_day() -> None:
    assert ("Monday", "SET", "XXXX-WXX-1") in _found("A Monday is a poor day for a launch.")


def test_a_month_later_after_last_year_reaches_no_known_month() -> None:
    (_, later) = tag("Work halted last year. It restarted a month later.", THURSDAY)
    assert (later.text, later.value, later.anchor) == ("a month", "P1M", None)


def test_quarters_later_after_last_year_reach_no_known_quarter() -> None:
    # a quarter is finer than a year as a month is (was the DCT's quarter two on, 2013-Q3)
    (_, later) = tag("Work halted last year. It restarted two quarters later.", THURSDAY)
    assert (later.text, later.value, later.anchor) == ("two quarters", "P2Q", None)


def test_a_month_later_after_a_named_month_still_reaches_its_month() -> None:
    (_, later) = tag("Work halted in May 2011. It restarted a month later.", THURSDAY)
    assert later.anchor == "2011-06"


def test_one_apposition_pattern_serves_both_readers() -> None:
    # "Oct. 12, the day before": the full stop of an abbreviation may sit in the apposition
    assert timex._APPOSITION.fullmatch("Oct. 12, ") is not None
    found = _found("Prices peaked on Oct. 12, the day before the crash.")
    assert ("the day", "DATE", "2012-10-12") in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The shrine stood for several hundred years.", "several hundred years"),
        ("Herders have grazed the valley for thousands of years.", "thousands of years"),
    ],
)
def test_a_vague_count_of_hundreds_or_thousands_is_a_vague_length(text: str, span: str) -> None:
    assert (span, "DURATION", "PXY") in _found(text)


def test_a_kick_off_time_under_a_date_line_is_on_that_day() -> None:
    text = "Home Park\n\nSaturday, 2 March\n\n1500 GMT\n\nReferee: J Smith"
    assert ("1500 GMT", "TIME", "2013-03-02T15:00") in _found(text)


def test_a_clock_time_in_a_later_paragraph_of_prose_keeps_the_dct() -> None:
    text = "Talks ended on Saturday, 2 March, he said.\n\n1500 GMT: shares rose."
    assert ("1500 GMT", "TIME", "2013-03-14T15:00") in _found(text)


def test_the_year_ending_in_a_month_is_a_twelve_month_length() -> None:
    assert ("the year", "DURATION", "P1Y") in _found("Sales rose 4% in the year ending in June.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Rents doubled over the past quarter of a century.",
            "the past quarter of a century",
            "P25Y",
        ),
        ("It took a quarter of a century to finish the canal.", "a quarter of a century", "P25Y"),
    ],
)
def test_a_quarter_of_a_century_is_25_years(text: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Launched in November, the phone had sold a million units by year end.", "2012"),
        ("The bank forecast growth of 2.5 pct by year-end, it said.", "2013"),
        ("The firm said the plan would add three branches by year-end.", "2013"),
        ("If talks are not resumed by year's end, output will fall.", "2013"),
        ("Stocks stood at 4.2 mln tonnes at yearend 2011.", "2011"),
        ("The chairman said 2010 year-end results were weak.", "2010"),
    ],
)
def test_year_end_under_a_past_verb_is_the_last_one(text: str, value: str) -> None:
    ends = [t for t in _found(text) if "end" in t[0]]
    assert ends and ends[0][2] == value


@pytest.mark.parametrize(
    "text",
    [
        "Stocks were 4.2 mln tonnes at year-end March 31.",  # a fiscal year's end
        "The group said its financial year-end had moved.",
    ],
)
def test_a_fiscal_year_end_under_a_past_verb_stays_the_dcts_year(text: str) -> None:
    ends = [t for t in _found(text) if "end" in t[0]]
    assert ends and ends[0][2] == "2013"


def test_a_year_later_counts_from_a_year_named_in_the_sentence_before() -> None:
    found = _found("Output fell last year. A year later it recovered.", dt.date(2013, 1, 10))
    assert ("A year later", "DATE", "2013") in found


@pytest.mark.parametrize(
    "text",
    [
        "Exports grew by more than expected in October, officials said.",
        "The firm hired fewer staff than forecast in October.",
    ],
)
def test_a_result_compared_with_a_forecast_is_in_the_past(text: str) -> None:
    assert ("October", "DATE", "2012-10") in _found(text)


def test_a_month_expected_ahead_still_lies_ahead() -> None:
    assert ("October", "DATE", "2013-10") in _found("Profits will beat forecasts in October.")
    # "expected" after no "than"/"as" still looks ahead
    assert ("October", "DATE", "2013-10") in _found("The ruling, expected in October, slipped.")


@pytest.mark.parametrize(
    "text", ['"One day you will tell your grandchildren," she said.', "One day we'll be back."]
)
def test_one_day_opening_a_clause_with_a_modal_is_some_day_ahead(text: str) -> None:
    assert _found(text)[0][1:] == ("DATE", "FUTURE_REF")


def test_one_day_of_talks_is_still_a_length() -> None:
    assert ("One day", "DURATION", "P1D") in _found("One day of talks will follow.")


def test_three_quarters_of_a_whole_is_a_share() -> None:
    assert _found("The fault hit almost three quarters of all units sold.") == []


def test_the_first_three_quarters_of_the_year_stay_a_length() -> None:
    found = _found("Banks earned more in the first three quarters of the year.")
    assert ("the first three quarters", "DURATION", "P3Q") in found
