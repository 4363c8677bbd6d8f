"""TIMEX3 tagger, twenty-third round: broadcast and web copy. Clock times in words, "the
hours ahead", "in as many days", bounds counted forward, months and days ahead under a
schedule in the present, a forecast day, the turn of the year under
a past verb, and a verb that is its own past read in its own clause."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

TUE = dt.date(2005, 3, 8)  # a Tuesday
THU_DEC = dt.date(2009, 12, 10)  # a Thursday in December


def _found(text: str, dct: dt.date = TUE) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The evening bulletin starts at half past six.", ("half past six", "2005-03-08T18:30")),
        ("The ferry sails at a quarter to eight.", ("a quarter to eight", "2005-03-08T07:45")),
        ("Guards locked the gates at ten past nine.", ("ten past nine", "2005-03-08T09:10")),
        (
            "Talks went on until three in the morning.",
            ("three in the morning", "2005-03-08T03:00"),
        ),
        ("Here it is eleven o'clock at night.", ("eleven o'clock at night", "2005-03-08T23:00")),
        (
            "Polls close at 8 o'clock in the evening.",
            ("8 o'clock in the evening", "2005-03-08T20:00"),
        ),
    ],
)
def test_clock_times_in_words(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _found(text)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "He named five past winners of the prize.",
        "The bookmakers put the odds at ten to one.",
        "She scored two in the morning session.",
    ],
)
def test_numbers_near_clock_words_are_no_clock_times(text: str) -> None:
    assert not any("T" in v and ":" in v for _, v, _ in _found(text))


def test_the_hours_ahead_is_a_vague_length() -> None:
    assert _found("Rescuers expect more aftershocks in the hours ahead.") == [
        ("the hours ahead", "PTXH", None)
    ]


@pytest.mark.parametrize(
    "text",
    ["Three ferries sank in as many days.", "Two governments fell in as few weeks."],
)
def test_in_as_many_days_counts_events(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The siege lasted as many as 10 days.", ("10 days", "P10D", None)),
        ("The show ran for as many years as the band toured.", ("many years", "PXY", None)),
    ],
)
def test_as_many_as_keeps_the_length(text: str, want: tuple) -> None:
    assert _found(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The dam will be finished more than a year from now.", "AFTER"),
        ("The dam will be finished less than a year from now.", "BEFORE"),
        ("The dam was finished more than a year ago.", "BEFORE"),
    ],
)
def test_bounds_follow_the_direction_of_counting(text: str, want: str) -> None:
    assert [m for _, _, m in _found(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Qatar, which hosts the tournament in November, has built eight stadiums.", "2005-11"),
        ("The museum opens its new wing in September.", "2005-09"),
    ],
)
def test_a_schedule_in_the_present_is_ahead(text: str, want: str) -> None:
    assert _found(text)[0][1] == want


def test_a_report_of_the_past_in_the_present_keeps_the_month_behind() -> None:
    assert _found("The ministry reports that exports fell in September.")[0][1] == "2004-09"


def test_a_forecast_day_is_ahead() -> None:
    assert _found("Roads stayed closed, with more snow forecast on Friday.") == [
        ("Friday", "2005-03-11", None)
    ]


def test_a_forecast_made_on_a_day_is_behind() -> None:
    assert _found("The flood was forecast on Friday by the agency.") == [
        ("Friday", "2005-03-04", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The government has promised a pension rise from January.",
        "The board pledged a price cut from January.",
    ],
)
def test_next_month_under_a_past_verb_across_the_turn_of_the_year(text: str) -> None:
    assert _found(text, THU_DEC)[0][1] == "2010-01"


def test_a_verb_that_is_its_own_past_is_read_in_its_own_clause() -> None:
    text = "The port shut down on Sunday evening, and ferries will stay in harbour today."
    assert _found(text)[0][:2] == ("Sunday evening", "2005-03-06TEV")


def test_a_verb_after_its_subject_is_no_forecast_participle() -> None:
    assert _found("The rebels will lose, the minister predicted Friday.") == [
        ("Friday", "2005-03-04", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rents have doubled since the nineteen seventies.", ("the nineteen seventies", "197")),
        ("Growth was fast in the early nineteen sixties.", ("the early nineteen sixties", "196")),
        ("The plant opened in late nineteen eighty-eight.", ("late nineteen eighty-eight", "1988")),
    ],
)
def test_decades_and_years_read_out(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _found(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The probe lands at 6:05 a.m. Pacific time tomorrow.", "2005-03-09T06:05"),
        ("Markets closed at 4 p.m. Eastern Standard Time.", "2005-03-08T16:00"),
    ],
)
def test_clock_times_with_zones_named_in_words(text: str, want: str) -> None:
    assert [v for _, v, _ in _found(text)] == [want]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        ("Ministers will take up the plan in the new year.", dt.date(2005, 11, 21), "2006"),
        ("Hiring picked up in the new year.", dt.date(2005, 2, 14), "2005"),
    ],
)
def test_the_new_year(text: str, dct: dt.date, want: str) -> None:
    assert _found(text, dct) == [("the new year", want, None)]


@pytest.mark.parametrize(
    "text", ["Crowds gathered for the Chinese new year.", "MPs debated the new year's budget."]
)
def test_a_feast_or_a_budget_year_is_no_new_year(text: str) -> None:
    assert _found(text) == []


def test_a_season_as_subject() -> None:
    assert _found("Hoteliers said the winter had been the quietest in years.")[0][:2] == (
        "the winter",
        "2004-WI",
    )


def test_a_season_naming_a_thing_stays_untagged() -> None:
    assert _found("The summer house was sold.") == []


def test_this_time_last_year() -> None:
    assert _found("This time last year the port was closed.") == [
        ("This time last year", "2004-03-08", None)
    ]


def test_the_fall_as_subject_is_a_drop() -> None:
    assert _found("The fall was due to weaker exports.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Power failed at 06:40 GMT and was back by 09:15.",
            ["2005-03-08T06:40", "2005-03-08T09:15"],
        ),
        ("The last ferry leaves at 22:10.", ["2005-03-08T22:10"]),
    ],
)
def test_a_bare_24_hour_time_after_a_preposition(text: str, want: list[str]) -> None:
    assert [v for _, v, _ in _found(text)] == want


@pytest.mark.parametrize(
    "text", ["See John 3:16 for the verse.", "The score was 21:14 at the break."]
)
def test_other_colon_numbers_are_no_clock_times(text: str) -> None:
    assert _found(text) == []


def test_a_day_ahead_named_before_does_not_date_a_past_clock_time() -> None:
    text = "The summit opens next Monday. Staff worked until three in the morning on the papers."
    assert _found(text)[-1][:2] == ("three in the morning", "2005-03-08T03:00")
