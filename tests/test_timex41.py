"""TIMEX3 tagger: deadlines before a relative or participial clause, quarters described by
", which ends in", approximate clock times after a day named before, vague minutes, "through
the night" and clock times given a part of day instead of a.m./p.m."""

from __future__ import annotations

import datetime as dt

from stream.extract.timex import tag_article


def _triples(text: str, dct: dt.date) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_article(text, dct)[0]]


def test_deadline_month_is_not_dated_by_a_participial_clause_after_it() -> None:
    text = (
        "The council voted Monday to extend the lease through the end of October, "
        "ending a standoff that had lasted five months."
    )
    got = _triples(text, dt.date(2003, 4, 16))
    assert ("the end of October", "DATE", "2003-10", "END") in got


def test_deadline_month_is_not_dated_by_a_relative_clause_after_it() -> None:
    text = (
        "Lawmakers agreed Tuesday to fund the agency until September, which upset members "
        "who had demanded cuts."
    )
    got = _triples(text, dt.date(2007, 3, 21))
    assert ("September", "DATE", "2007-09", None) in got


def test_quarter_described_by_which_ends_in_takes_that_months_year() -> None:
    text = "For its third quarter, which ends in October, the retailer expects flat sales."
    got = _triples(text, dt.date(2004, 6, 2))
    assert ("third quarter", "DATE", "2004-Q3", None) in got


def test_which_ended_does_not_replace_the_fiscal_quarter_named_before() -> None:
    text = (
        "The chipmaker reported fiscal fourth-quarter profit of $1.1 billion. Sales for the "
        "quarter, which ended Aug. 29, rose 4%."
    )
    got = _triples(text, dt.date(2009, 9, 15))
    assert ("the quarter", "DATE", "2009-Q4", None) in got


def test_approximate_clock_time_is_on_the_day_the_sentence_before_named() -> None:
    text = (
        "Firefighters reached the warehouse early Sunday. Officials said the roof collapsed "
        "around 4:10 a.m."
    )
    got = _triples(text, dt.date(2001, 2, 13))
    assert ("around 4:10 a.m.", "TIME", "2001-02-11T04:10", "APPROX") in got


def test_minutes_after_is_a_vague_length_but_not_the_minutes_of_a_meeting() -> None:
    text = "The ferry sank minutes after leaving port; the minutes of the inquiry were sealed."
    got = _triples(text, dt.date(1994, 9, 29))
    assert got == [("minutes", "DURATION", "PTXM", None)]


def test_through_the_night_is_the_night_before_a_past_report() -> None:
    text = "Volunteers stacked sandbags through the night as the river kept rising."
    got = _triples(text, dt.date(1997, 4, 19))
    assert got == [("the night", "TIME", "1997-04-18TNI", None)]


def test_through_the_night_after_a_named_day_is_that_days_night() -> None:
    text = "The storm reached the coast on Thursday. Crews worked into the night to clear roads."
    got = _triples(text, dt.date(2004, 9, 18))
    assert ("the night", "TIME", "2004-09-16TNI", None) in got


def test_the_night_of_a_date_or_a_noun_is_left_to_other_rules() -> None:
    text = "Guards worked during the night shift."
    assert _triples(text, dt.date(2004, 9, 18)) == []


def test_clock_time_with_a_part_of_day_for_am_or_pm() -> None:
    text = (
        "The train left at 9:40 Friday night and arrived at about 6:15 Saturday morning; "
        "the mayor will speak at 7:30 tonight."
    )
    got = _triples(text, dt.date(1999, 11, 8))
    assert got == [
        ("9:40 Friday night", "TIME", "1999-11-05T21:40", None),
        ("about 6:15 Saturday morning", "TIME", "1999-11-06T06:15", "APPROX"),
        ("7:30 tonight", "TIME", "1999-11-08T19:30", None),
    ]


def test_length_adjective_with_thousands_separator_but_not_an_age() -> None:
    text = "The temple's 1,200-year history ended when a 1,000-year-old beam gave way."
    got = _triples(text, dt.date(2011, 6, 3))
    assert got == [("1,200-year", "DURATION", "P1200Y", None)]
