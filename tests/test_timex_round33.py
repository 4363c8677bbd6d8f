"""Science, space and health reports: an anniversary counted back from the day of writing
("ten years ago today", "a century ago this week") is that day, week or month; a quarter
century is 25 years, back or long; half a century back is a year, not the current century;
a modifier before the first part of a two-unit length covers the whole ("up to 3 minutes and
10 seconds"); "a second" after a bound is a length; a frequency adverb before "rather than"
or "instead of" is a set; plural units "away" are a vague length; a year before a two-letter
code with digits is part of a name (asteroid designations such as "2004 MN4")."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

SAT = dt.date(2019, 7, 20)  # a Saturday
WED = dt.date(2021, 3, 10)  # a Wednesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ten years ago today, the dam burst above the town.",
            ("Ten years ago today", "2009-07-20"),
        ),
        (
            "Exactly a century ago this week, women first voted here.",
            ("a century ago this week", "1919-W29"),
        ),
        (
            "Thirty years ago this month the wall came down.",
            ("Thirty years ago this month", "1989-07"),
        ),
    ],
)
def test_anniversary_counted_back_from_today(text: str, want: tuple[str, str]) -> None:
    assert _values(text, SAT) == [want]


def test_ago_without_anniversary_keeps_its_year() -> None:
    assert _values("The plant closed ten years ago, and today it is a museum.", SAT) == [
        ("ten years ago", "2009"),
        ("today", "2019-07-20"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Over the past quarter century the lake has shrunk by half.",
            ("the past quarter century", "P25Y"),
        ),
        ("The firm has made engines for a quarter century.", ("a quarter century", "P25Y")),
        ("The vaccine was first tested a quarter century ago.", ("a quarter century ago", "1994")),
        ("Half a century ago, the first probe reached Venus.", ("Half a century ago", "1969")),
    ],
)
def test_quarter_and_half_century(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, SAT)


def test_past_quarter_of_a_year_stays_a_quarter() -> None:
    assert ("the past quarter", "2019-Q2") in _values(
        "Sales slowed over the past quarter, the company said.", SAT
    )


def test_bound_before_a_two_unit_length_covers_it() -> None:
    got = [
        (t.text, t.value, t.mod)
        for t in tag("The blackout lasted up to 3 minutes and 10 seconds.", SAT)
    ]
    assert got == [("up to 3 minutes and 10 seconds", "PT3M10S", "EQUAL_OR_LESS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The flash lasted less than a second, the team said.", ("less than a second", "PT1S")),
        ("Each pulse lasts about a second.", ("about a second", "PT1S")),
    ],
)
def test_a_second_after_a_bound_is_a_length(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, SAT)


def test_a_second_term_is_no_length() -> None:
    assert _values("She won over a second term in office.", SAT) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The clinic will report cases weekly rather than daily.",
            [("weekly", "P1W"), ("daily", "P1D")],
        ),
        (
            "Tests are now done monthly instead of yearly.",
            [("now", "PRESENT_REF"), ("monthly", "P1M"), ("yearly", "P1Y")],
        ),
    ],
)
def test_frequency_adverb_before_a_comparison(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, WED) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doctors say a cure could still be years away.", ("years", "PXY")),
        ("The launch is now only days away.", ("days", "PXD")),
    ],
)
def test_units_away_are_a_vague_length(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, WED)


def test_year_in_an_asteroid_designation_is_no_date() -> None:
    assert _values("The asteroid 2004 MN4 was found a year ago by a survey.", WED) == [
        ("a year ago", "2020")
    ]


def test_year_before_a_one_letter_code_stays_a_year() -> None:
    assert ("2019", "2019") in _values("Leaders met at the 2019 G20 summit in Osaka.", WED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Most of the mills here were built in the 1800s.", ("the 1800s", "18")),
        ("Cholera was still common in the early 1900s.", ("the early 1900s", "19")),
        ("Phone sales boomed in the 2000s.", ("the 2000s", "200")),
    ],
)
def test_hundreds_are_a_century(text: str, want: tuple[str, str]) -> None:
    assert _values(text, WED) == [want]


def test_mid_century_after_a_preposition() -> None:
    got = [
        (t.text, t.value, t.mod) for t in tag("By mid-century, half the reefs may be gone.", WED)
    ]
    assert got == [("mid-century", "20", "MID")]


def test_mid_century_style_is_no_date() -> None:
    assert _values("She collects mid-century modern lamps.", WED) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Seas could rise a metre by 2100, the panel said.", [("2100", "2100")]),
        (
            "The curfew lasts until 2100 GMT tonight.",
            # (a clock time and "tonight" after it are one TIME, as "1800 hours this evening")
            [("2100 GMT tonight", "2021-03-10T21:00")],
        ),
    ],
)
def test_a_year_of_the_next_century(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, WED) == want


def test_between_two_weekdays_runs_forward() -> None:
    # read on a Saturday: the coming Friday, then the Sunday after it
    got = _values("The old satellite will fall back sometime between Friday and Sunday.", SAT)
    assert got == [("Friday", "2019-07-26"), ("Sunday", "2019-07-28")]


def test_between_two_past_weekdays_is_unchanged() -> None:
    got = _values("The survey was carried out between Monday and Wednesday.", SAT)
    assert got == [("Monday", "2019-07-15"), ("Wednesday", "2019-07-17")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The play opens in Edinburgh on May 3.", ("May 3", "2020-05-03")),
        ("The show opens at the Barbican in May.", ("May", "2020-05")),
        ("The sequel opens nationwide on Christmas Day.", ("Christmas Day", "2019-12-25")),
    ],
)
def test_place_between_a_schedule_verb_and_its_date(text: str, want: tuple[str, str]) -> None:
    assert _values(text, SAT) == [want]


def test_place_after_a_past_verb_keeps_the_past() -> None:
    assert _values("The play opened in Edinburgh on May 3.", SAT) == [("May 3", "2019-05-03")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thirty-five years on, the crater is still bare.", ("Thirty-five years", "P35Y")),
        ("The lab has run for sixty-one years.", ("sixty-one years", "P61Y")),
        ("The repairs take two-three weeks.", ("two-three weeks", "P2W")),
    ],
)
def test_hyphenated_number_word_is_one_count(text: str, want: tuple[str, str]) -> None:
    assert _values(text, WED) == [want]
