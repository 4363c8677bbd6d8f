"""TIMEX3 tagger, twenty-first round: "at the time" on its own as a past reference, the
first hour of a day after "after midnight", a quarter whose figures are to be published
already over, and a month under a word of habit as any year's."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

FEB_2013 = dt.date(2013, 2, 27)  # a Wednesday
OCT_2013 = dt.date(2013, 10, 23)  # a Wednesday


def _values(text: str, dct: dt.date = FEB_2013) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who was 41 at the time, denied any wrongdoing.",
        "Aides said at the time the talks had stalled.",
        "He quit in June, saying at the time he needed a rest.",
        "At the time, few traders expected a default.",
        "The plan was praised at the time by union leaders.",
        "The mill, which at the time was losing money, closed.",
    ],
)
def test_at_the_time_alone_is_a_past_reference(text: str) -> None:
    assert ("the time", "PAST_REF") in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was high at the time of the referendum.",
        "At the time the dam burst, most villagers were asleep.",
        "Nobody was home at the time when the fire started.",
        "Guests can order breakfast at the time they choose.",
        "Prices were steady at the time the deal closed.",
        "Demand at the time will set the price.",
        "He asked for more time to prepare.",
    ],
)
def test_the_time_of_an_event_is_no_expression(text: str) -> None:
    assert all(value != "PAST_REF" for _, value in _values(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gunmen stormed the hotel just after midnight Saturday.", "2013-10-19T00:00"),
        ("The blast went off shortly after midnight on Sunday.", "2013-10-20T00:00"),
    ],
)
def test_after_midnight_is_the_start_of_the_day(text: str, want: str) -> None:
    assert [v for _, v in _values(text, OCT_2013)] == [want]


def test_a_deadline_at_midnight_is_still_the_end_of_the_day() -> None:
    assert _values("Talks must end by midnight Friday.", OCT_2013) == [
        ("midnight Friday", "2013-10-25T24:00")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The retailer is due to report fourth-quarter earnings next week.", "2012-Q4"),
        ("The bank will publish its second-half results on Thursday.", "2012-H2"),
        # a quarter already under way is this year's, reported once it ends
        ("The airline will report first-quarter results in April.", "2013-Q1"),
    ],
)
def test_a_quarter_whose_figures_are_published_is_over(text: str, want: str) -> None:
    assert _values(text)[0][1] == want


def test_a_forecast_for_a_quarter_ahead_stays_ahead() -> None:
    assert _values("Demand should pick up in the fourth quarter.") == [
        ("the fourth quarter", "2013-Q4")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The rainy season normally runs from June to October.",
            [("June", "XXXX-06"), ("October", "XXXX-10")],
        ),
        ("Parliament usually breaks for the summer in late July.", [("late July", "XXXX-07")]),
    ],
)
def test_a_month_under_a_habit_is_any_years(text: str, want: list[tuple[str, str]]) -> None:
    assert [tv for tv in _values(text) if tv[0] != "the summer"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the habit in another clause, or a past habit, leaves the month dated
        ("Exports, which usually peak in spring, fell in January.", ("January", "2013-01")),
        ("Sales typically slowed in December.", ("December", "2012-12")),
    ],
)
def test_a_month_outside_the_habit_is_dated(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text)


def test_that_quarter_after_a_year_ago_quarter_is_the_year_ago_one() -> None:
    text = (
        "The insurer lost $9 million in the year-ago quarter. Results for that quarter "
        "included storm claims."
    )
    assert _values(text, OCT_2013) == [
        ("the year-ago quarter", "2012-Q3"),
        ("that quarter", "2012-Q3"),
    ]


def test_that_quarter_after_the_quarter_reported_stays_on_it() -> None:
    text = "Margins widened in the third quarter. That quarter also brought a tax gain."
    assert _values(text, OCT_2013) == [
        ("the third quarter", "2013-Q3"),
        ("That quarter", "2013-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("For the growers, 2011 was another year when frost ruined the crop.", "2011"),
        ("The coach wants to make 2014 another year to remember.", "2014"),
    ],
)
def test_another_year_said_of_a_named_year_is_that_year(text: str, want: str) -> None:
    assert ("another year", want) in _values(text)


def test_another_year_as_a_wait_stays_a_length() -> None:
    assert _values("The bridge will stay shut for another year.") == [("another year", "P1Y")]


def test_a_month_most_people_expect_is_dated() -> None:
    text = "Dealers generally expect a rebound in March."
    assert _values(text) == [("March", "2013-03")]
