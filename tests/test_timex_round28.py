"""Press releases: a count since the start of the year runs to the story's day, a day before
"weekend" is that weekend, a clock time on a holiday is one time, a split year written in
full before "season", frequency adverbs before a preposition, and rates of things whose
plural has no "s"."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

FEB_2011 = dt.date(2011, 2, 7)  # a Monday
JUL_2004 = dt.date(2004, 7, 8)  # a Thursday
DEC_1997 = dt.date(1997, 12, 15)  # a Monday
JUN_2001 = dt.date(2001, 6, 20)  # a Wednesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "Storms hit the coast in late December. Since the start of the year, 40 towns have "
        "asked for aid.",
        "Prices slid through November. Since the beginning of the year they have recovered "
        "most of the loss.",
    ],
)
def test_since_the_start_of_the_year_is_the_year_running_at_the_dct(text: str) -> None:
    assert _values(text, FEB_2011)[-1][1] == "2011"


def test_since_the_start_of_the_year_in_the_past_perfect_keeps_the_year_in_view() -> None:
    text = "Output fell in 2009. Since the beginning of the year, the plant had cut 300 jobs."
    assert _values(text, FEB_2011)[-1] == ("the beginning of the year", "2009")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beaches were crowded over the July 4 weekend.", ("July 4 weekend", "2004-W27-WE")),
        (
            "Police made 30 arrests over the Fourth of July holiday weekend.",
            ("the Fourth of July holiday weekend", "2004-W27-WE"),
        ),
        (
            "Traffic deaths rose over the 4th of July weekend.",
            ("the 4th of July weekend", "2004-W27-WE"),
        ),
    ],
)
def test_a_day_before_weekend_is_the_weekend_by_that_day(text: str, want: tuple[str, str]) -> None:
    assert _values(text, JUL_2004) == [want]


def test_a_day_alone_stays_a_day() -> None:
    assert _values("The parade on July 4 drew big crowds.", JUL_2004) == [("July 4", "2004-07-04")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The bars may stay open until midnight on New Year's Eve.",
            ("midnight on New Year's Eve", "1997-12-31T24:00"),
        ),
        (
            "A carol service will begin at 11 p.m. on Christmas Eve.",
            ("11 p.m. on Christmas Eve", "1997-12-24T23:00"),
        ),
    ],
)
def test_a_clock_time_on_a_holiday_is_one_time_on_that_day(
    text: str, want: tuple[str, str]
) -> None:
    assert _values(text, DEC_1997) == [want]


def test_a_holiday_with_its_year_after_a_clock_time_is_left_to_the_holiday() -> None:
    got = _values("Sales end at midnight on New Year's Eve 1998.", DEC_1997)
    assert got[-1] == ("New Year's Eve 1998", "1998-12-31")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The theatre unveiled its 2001-2002 season on Monday.", ("2001-2002", "2001")),
        ("Tuition rose for the 1999-2000 school year.", ("1999-2000", "1999")),
    ],
)
def test_a_split_year_in_full_before_a_season_noun_is_one_year(
    text: str, want: tuple[str, str]
) -> None:
    assert _values(text, JUN_2001)[0] == want


def test_two_full_years_without_a_season_noun_stay_two_years() -> None:
    got = _values("Imports doubled in 1996-1999, the report said.", JUN_2001)
    assert [v for _, v in got] == ["1996", "1999"]


@pytest.mark.parametrize(
    "text",
    [
        "The gallery is open daily except on public holidays.",
        "Ferries sail daily between the two islands.",
        "Buses leave weekly via the border town.",
    ],
)
def test_a_frequency_adverb_before_a_preposition_is_a_set(text: str) -> None:
    (t,) = tag(text, JUN_2001)
    assert t.type == "SET"


def test_a_frequency_adjective_before_a_noun_is_still_none() -> None:
    assert tag("Its average daily volume fell.", JUN_2001) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anglers may land six salmon a day during the run.",
        "The yard slaughters 300 head of cattle a week.",
    ],
)
def test_a_rate_of_things_whose_plural_has_no_s_is_no_expression(text: str) -> None:
    assert tag(text, JUN_2001) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The exhibition runs from Nov. 3 to Feb. 20, the museum said.",
            [("Nov. 3", "2001-11-03"), ("Feb. 20", "2002-02-20")],
        ),
        (
            "Classes run from September through June.",
            [("September", "2001-09"), ("June", "2002-06")],
        ),
    ],
)
def test_a_range_without_years_runs_forward(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, JUN_2001) == want


def test_a_range_whose_end_has_its_year_keeps_it() -> None:
    got = _values("Output fell from March to January 2001.", JUN_2001)
    assert got == [("March", "2000-03"), ("January 2001", "2001-01")]


def test_a_frequency_adverb_before_an_amount_is_still_a_rate() -> None:
    assert tag("The aim is to build annually between 500 and 700 homes.", JUN_2001) == []


def test_a_month_abbreviation_running_into_a_word_is_no_month() -> None:
    # "25 Marks" is an amount, not the 25th of March
    got = _values("Barley was quoted at 25 Marks, and the Jan contract at 26 Marks.", JUN_2001)
    assert got == []
