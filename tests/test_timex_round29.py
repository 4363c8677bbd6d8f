"""Obituaries and biographies: a month or season that hangs on the date in view ("that fall",
"the following spring", "that December"), every weekday's part of day as a set, a length
after a date that is no rate, seasons something is planned for, and the movable feasts
around Easter."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JAN_1995 = dt.date(1995, 1, 10)  # a Tuesday
DEC_2011 = dt.date(2011, 12, 20)  # a Tuesday
JAN_2016 = dt.date(2016, 1, 19)  # a Tuesday
MAR_2018 = dt.date(2018, 3, 27)  # a Tuesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mill closed in 1952. That autumn the family moved to Leeds.",
            ("That autumn", "1952-FA"),
        ),
        (
            "She was elected in 1966 and that summer chaired her first committee.",
            ("that summer", "1966-SU"),
        ),
        (
            "They married in 1948, and the following spring their first son was born.",
            ("the following spring", "1949-SP"),
        ),
        (
            "He joined the navy in August 1941; the previous winter he had worked on a farm.",
            ("the previous winter", "1940-WI"),
        ),
        (
            "The paper folded in 1971; that same winter he began the novel.",
            ("that same winter", "1971-WI"),
        ),
    ],
)
def test_an_anaphoric_season_hangs_on_the_date_in_view(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, DEC_2011)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The regime fell in 1989, and that November the wall was opened.",
            ("that November", "1989-11"),
        ),
        (
            "The strike began in 1984. The following March the miners went back.",
            ("The following March", "1985-03"),
        ),
        (
            "The treaty was signed on 4 June 1920; the previous January talks had collapsed.",
            ("the previous January", "1920-01"),
        ),
    ],
)
def test_an_anaphoric_month_hangs_on_the_date_in_view(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, DEC_2011)


def test_a_past_anaphoric_season_skips_a_death_date_it_would_follow() -> None:
    # the obituary's own date (January) comes between: a strike told in the past cannot
    # fall in the autumn after the paper's date, so it hangs on the year named before
    text = (
        "Maria Ortiz, who founded a tenants' union in 1937, died Jan. 4 in Tucson. She led a "
        "rent strike that fall and was evicted the following spring."
    )
    got = _values(text, JAN_1995)
    assert ("that fall", "1937-FA") in got
    assert ("the following spring", "1938-SP") in got


@pytest.mark.parametrize(
    "text",
    [
        "Prices that fall below the floor are bought back.",
        "Complaints that spring from the new rules go to the board.",
        "She said that May would decide.",
    ],
)
def test_that_before_a_verb_or_a_name_is_no_date(text: str) -> None:
    assert _values(text, DEC_2011) == []


def test_that_month_with_no_date_in_view_is_the_month_alone() -> None:
    assert _values("Results were due that December.", DEC_2011) == [("December", "2011-12")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The quartet rehearsed every Thursday evening.",
            ("every Thursday evening", "XXXX-WXX-4TEV"),
        ),
        ("He phoned his mother every Sunday morning.", ("every Sunday morning", "XXXX-WXX-7TMO")),
    ],
)
def test_every_weekday_with_its_part_of_day_is_a_set(text: str, want: tuple[str, str]) -> None:
    got = [(t.text, t.value, t.type) for t in tag(text, DEC_2011)]
    assert got == [(*want, "SET")]


@pytest.mark.parametrize(
    "text",
    [
        "He enlisted in 1942, a month after his brother.",
        "She was sworn in on March 4, a week after the vote.",
        "The firm was founded in 1990 a year after the merger.",
    ],
)
def test_a_length_after_a_date_is_no_rate(text: str) -> None:
    assert any(t.type == "DURATION" for t in tag(text, DEC_2011))


def test_an_amount_before_a_length_is_still_a_rate() -> None:
    assert _values("The plant made 1,500 engines a month.", DEC_2011) == []


@pytest.mark.parametrize(
    "text",
    [
        "A reunion had been planned for the summer.",
        "The festival is scheduled for the autumn.",
    ],
)
def test_a_season_something_is_planned_for_lies_ahead(text: str) -> None:
    (timex,) = tag(text, JAN_2016)
    assert timex.value in ("2016-SU", "2016-FA")


def test_a_season_of_a_past_report_stays_behind() -> None:
    assert _values("Sales slowed in the summer.", JAN_2016) == [("the summer", "2015-SU")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The procession was held on Palm Sunday.", ("Palm Sunday", "2018-03-25")),
        ("Lent began on Ash Wednesday.", ("Ash Wednesday", "2018-02-14")),
        ("The Maundy Thursday service was packed.", ("Maundy Thursday", "2018-03-29")),
    ],
)
def test_movable_feasts_around_easter(text: str, want: tuple[str, str]) -> None:
    assert _values(text, MAR_2018) == [want]


SUN_1999 = dt.date(1999, 10, 24)  # a Sunday
FRI_1999 = dt.date(1999, 10, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # the day before the paper's Sunday is nearer than the Saturday six days ahead
        ("A charity walk planned in the park for Saturday was called off.", SUN_1999, "1999-10-23"),
        # the Monday after the paper's Sunday is nearer than the one six days back
        ("The hearing scheduled for Monday was adjourned.", SUN_1999, "1999-10-25"),
        # on a Friday, Tuesday three days back is nearer than Tuesday four days ahead
        ("A strike set for Tuesday was averted.", FRI_1999, "1999-10-19"),
    ],
)
def test_a_plan_told_of_in_the_past_is_on_the_nearer_day(
    text: str, dct: dt.date, want: str
) -> None:
    (timex,) = tag(text, dct)
    assert timex.value == want


def test_a_plan_still_ahead_keeps_its_day_ahead() -> None:
    (timex,) = tag("A strike planned for Tuesday will go ahead.", FRI_1999)
    assert timex.value == "1999-10-26"
