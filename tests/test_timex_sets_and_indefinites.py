"""TIMEX3 tagger, fourteenth round: a count of units 'a week' is a frequency (a SET); 'on a
Sunday' and 'a midnight crash' name no day of the calendar; 'the Autumn Statement' is a
name; 'the year before that' steps back once more; a month something is made ready 'for
presentation in' lies ahead; number words with 'hundred'/'thousand' count lengths; 'the
previous Friday', 'this coming Sunday' keep their words in the span; a candidate a rule
cannot resolve leaves the anchor as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from stream.extract import timex
from stream.extract.timex import tag

THURSDAY = dt.date(2013, 3, 14)


def _found(text: str, dct: dt.date = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The nurse covers four nights a week on the ward.", "four nights a week", "P1W"),
        ("Guards patrol the depot 18 hours a day.", "18 hours a day", "P1D"),
        ("The mine shuts two months a year for repairs.", "two months a year", "P1Y"),
        ("Pupils get 90 minutes per week of sport.", "90 minutes per week", "P1W"),
    ],
)
def test_a_count_of_units_per_larger_unit_is_a_set(text: str, span: str, value: str) -> None:
    assert (span, "SET", value) in _found(text)


def test_a_length_before_a_year_ago_stays_a_length() -> None:
    found = _found("Stocks covered five weeks of demand, against four weeks a year ago.")
    assert ("four weeks", "DURATION", "P4W") in found
    assert ("a year ago", "DATE", "2012") in found


def test_a_length_that_is_no_frequency_is_unchanged() -> None:
    assert _found("The strike lasted three days.") == [("three days", "DURATION", "P3D")]


@pytest.mark.parametrize(
    "text",
    [
        "The museum is shut on a Monday.",
        "Most fans travel on a Saturday morning.",
    ],
)
def test_an_indefinite_weekday_in_the_present_is_every_such_day(text: str) -> None:
    (found,) = _found(text)
    assert found[1] == "SET" and found[2].startswith("XXXX-WXX-")


def test_an_indefinite_weekday_in_a_story_is_no_calendar_day() -> None:
    text = (
        "The ferry left on May 3. Years ago it sank on a Tuesday, and the next day it was raised."
    )
    found = _found(text)
    assert ("Tuesday", "DATE", "XXXX-WXX-2") in found
    # the anchor stays on May 3 (not on a Tuesday of the calendar)
    assert ("the next day", "DATE", "2012-05-04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crowds gather on a Friday or Saturday night in the square.",
            [("Friday", "SET", "XXXX-WXX-5"), ("Saturday night", "SET", "XXXX-WXX-6TNI")],
        ),
        (
            "The vote was held on a Saturday and Sunday.",
            [("Saturday", "DATE", "XXXX-WXX-6"), ("Sunday", "DATE", "XXXX-WXX-7")],
        ),
    ],
)
def test_both_weekdays_of_an_indefinite_pair_name_no_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


def test_an_indefinite_clock_word_opening_a_sentence_names_no_day() -> None:
    found = _found("An 8 p.m. curfew was imposed, officials said.")
    assert found == [("8 p.m.", "TIME", "XXXX-XX-XXT20:00")]


def test_a_weekday_before_a_noun_after_a_is_still_that_day() -> None:
    assert ("Monday", "DATE", "2013-03-11") in _found("Shares rose after a Monday ruling.")


@pytest.mark.parametrize(
    "text", ["He broke a leg in a midnight scooter crash.", "Troops staged a midnight raid."]
)
def test_an_indefinite_clock_word_names_no_day(text: str) -> None:
    assert ("midnight", "TIME", "XXXX-XX-XXT24:00") in _found(text)


def test_a_definite_midnight_is_still_the_days() -> None:
    found = _found("The offer ends at midnight on Friday.")
    assert found and found[0][2] == "2013-03-15T24:00"


@pytest.mark.parametrize(
    "text",
    [
        "The minister will unveil the cuts in the Autumn Statement.",
        "Cuts were set out in the Spring Statement last year.",
    ],
)
def test_a_capitalised_season_before_a_capitalised_word_is_a_name(text: str) -> None:
    assert all(t[2][-2:] not in ("FA", "SP") for t in _found(text))


def test_a_season_is_still_a_season() -> None:
    assert ("the autumn", "DATE", "2012-FA") in _found("Prices fell in the autumn.")


def test_the_year_before_that_steps_back_again() -> None:
    found = _found("Output rose 3% in 2010, 2% the year before and 1% the year before that.")
    assert ("the year before", "DATE", "2009") in found
    assert ("the year before that", "DATE", "2008") in found


def test_the_year_before_a_clause_keeps_before_out() -> None:
    found = _found("The year before that law passed, prices fell.")
    assert all(t[0] != "The year before that" for t in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A draft is being written for presentation in October.", "2013-10"),
        ("The treaty was sent to parliament for ratification in May.", "2013-05"),
        # after a past verb either side: a day already gone stays this year's (not next)
        ("The single was due for release on 28 January.", "2013-01-28"),
    ],
)
def test_a_month_something_is_made_ready_for(text: str, value: str) -> None:
    assert any(t[2] == value for t in _found(text))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The abbey has stood for four hundred years.", "four hundred years", "P400Y"),
        ("The craft has lasted three thousand years.", "three thousand years", "P3L"),
        ("The feud went on for a thousand years.", "a thousand years", "P1L"),
        ("Some 2,000 years passed.", "2,000 years", "P2000Y"),
        ("The abbey has stood for fifteen hundred years.", "fifteen hundred years", "P1500Y"),
        ("The ice took twelve thousand years to melt.", "twelve thousand years", "P12L"),
        ("Rivers cut it over two hundred thousand years.", "two hundred thousand years", "P200L"),
    ],
)
def test_hundreds_and_thousands_count_lengths(text: str, span: str, value: str) -> None:
    assert any(t[0].endswith(span) and t[2] == value for t in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Farmers settled the valley ten thousand years ago.",
        "The glacier took several thousand years to form.",
        "It lasted a few thousand years.",
        "The rock took 10 thousand years to form.",
    ],
)
def test_thousand_after_another_count_is_no_length_of_its_own(text: str) -> None:
    assert all(
        t[2] not in ("P1L", "1013") and not t[0].startswith("thousand") for t in _found(text)
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "He flew in on March 7, having left the previous Friday.",
            "the previous Friday",
            "2013-03-01",
        ),
        ("The poll is set for this coming Sunday.", "this coming Sunday", "2013-03-17"),
        (
            "They met on March 7 and again the following Monday.",
            "the following Monday",
            "2013-03-11",
        ),
    ],
)
def test_relative_weekday_words_are_in_the_span(text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize("how", ["raises", "returns None"])
def test_a_candidate_that_cannot_be_resolved_leaves_the_anchor(monkeypatch, how: str) -> None:
    text = "The talks opened on June 4. A deal came on June 9, and the next day they left."

    def moving_then_failing(handler):
        def run(m, ctx, s, e):
            if ctx.text[s:e] == "June 9":
                ctx.anchor = dt.date(2013, 12, 25)
                if how == "raises":
                    raise ValueError("unresolvable")
                return None  # skipped by the handler itself, after it moved the anchor
            return handler(m, ctx, s, e)

        return run

    rules = tuple(
        dataclasses.replace(r, handler=moving_then_failing(r.handler)) for r in timex._RULES
    )
    monkeypatch.setattr(timex, "_RULES", rules)
    found = _found(text)
    assert all(t[0] != "June 9" for t in found)
    assert ("the next day", "DATE", "2012-06-05") in found


# ----------------------------------------------------------------- from the news-mix study


@pytest.mark.parametrize(
    "text",
    [
        "She later married the future prince of Monaco.",
        "Investors worry about the future ownership of the mill.",
        "The plan sets the future direction of the bank.",
        "He spoke at the Institute for the Future in Palo Alto.",
    ],
)
def test_future_as_an_adjective_or_in_a_name_is_no_expression(text: str) -> None:
    assert all(t[2] != "FUTURE_REF" for t in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The future looks grim for the mill.",
        "In the future drivers will pay by the mile.",
        "Nobody can say what lies in the future, she said.",
    ],
)
def test_the_future_as_a_noun_is_still_future_ref(text: str) -> None:
    assert any(t[2] == "FUTURE_REF" for t in _found(text))


def test_a_capitalised_award_period_is_a_title() -> None:
    assert _found("Her debut won the Whitbread First Novel of the Year prize.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rig pumps nearly 40,000 barrels of crude a day.",
        "The smelter turns out 90,000 tonnes of zinc a year.",
    ],
)
def test_a_rate_of_a_named_good_is_no_expression(text: str) -> None:
    assert _found(text) == []


def test_money_market_tomorrow_next_and_a_paper_named_today_are_no_days() -> None:
    text = "Tomorrow-next funds eased. A survey in the Today newspaper was cited. The vote is tomorrow."
    assert _found(text) == [("tomorrow", "DATE", "2013-03-15")]


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("The mine should reopen early in 2015.", "early in 2015", "2015", "START"),
        ("Output fell late in 2011.", "late in 2011", "2011", "END"),
    ],
)
def test_early_in_and_late_in_are_part_of_the_span(
    text: str, span: str, value: str, mod: str
) -> None:
    (found,) = tag(text, THURSDAY)
    assert (found.text, found.value, found.mod) == (span, value, mod)


def test_a_term_ending_in_a_month_after_a_past_verb_looks_ahead() -> None:
    text = "He said the accord was an extension of the standstill ending in June."
    assert ("June", "DATE", "2013-06") in _found(text)


def test_a_period_reported_on_ending_in_a_month_stays_in_the_past() -> None:
    text = "Credit grew 9 pct in the year ending in November, the bank said."
    assert ("November", "DATE", "2012-11") in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Credit grew 9 pct in the month ending in June, the bank said.", "June", "2012-06"),
        ("Sales rose 4 pct in the 12 weeks ending on June 2, it said.", "June 2", "2012-06-02"),
    ],
)
def test_any_period_reported_on_ending_in_a_month_stays_in_the_past(
    text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in _found(text)


def test_a_term_expiring_in_a_quarter_not_yet_begun_lies_ahead() -> None:
    text = "The loan expiring in the third quarter is no help to the firm."
    assert ("the third quarter", "DATE", "2013-Q3") in _found(text)


def test_a_second_comparison_with_the_previous_year_is_the_compared_year() -> None:
    text = (
        "Revenue last year rose to 9.1 billion from 8.7 billion in 2011, while costs were "
        "4.2 billion against 3.9 billion the previous year."
    )
    assert ("the previous year", "DATE", "2011") in _found(text)


def test_a_list_of_past_figures_still_steps_back() -> None:
    text = "Revenue was 9.1 billion against 8.7 billion in 2011 and 8.2 billion the previous year."
    assert ("the previous year", "DATE", "2010") in _found(text)


def test_the_year_after_last_year_in_its_sentence_is_that_year() -> None:
    text = "Turnover stayed high last year, despite only small gains in the year."
    assert ("the year", "DATE", "2012") in _found(text)


def test_a_near_contract_month_lies_ahead() -> None:
    assert ("July", "DATE", "2013-07") in _found("Near July traded at 1,520 stg, dealers said.")


def test_later_counts_from_a_year_named_in_its_sentence() -> None:
    text = "Voters choose a mayor next year and a council a year later, officials said."
    assert ("a year later", "DATE", "2015") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She took up painting in her late forties.",
        "In his twenties he sailed round the world.",
        "Most of the members are in their sixties.",
    ],
)
def test_a_decade_word_after_a_possessive_is_an_age(text: str) -> None:
    assert _found(text) == []


def test_a_decade_after_a_possessive_with_digits_is_still_a_decade() -> None:
    assert ("1980s", "DATE", "198") in _found("Her 1980s albums sold well.")


def test_a_number_in_a_dimension_is_no_year() -> None:
    assert _found("The panel shows 1920 x 1080 pixels.") == []


@pytest.mark.parametrize(
    "text", ["The Italian daily ANSA carried the story.", "Sales fell in its weekly EC auction."]
)
def test_a_frequency_word_before_a_capitalised_name_is_no_set(text: str) -> None:
    assert _found(text) == []
