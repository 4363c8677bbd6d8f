"""World wire of 2013: the first day of a period one or two days ahead of the report is
ahead even after a past verb ("declared a week of mourning starting Thursday"); "the days and
weeks ahead" is one vague length, like "the days ahead"; "for most of the day", "the rest of
the day" tag "the day" as the day in view (one named close before, else the day of writing);
a clock time after a sentence whose day a past perfect told of is not on that background day
("had issued a warrant on Friday. The plane touched down at 6:40 p.m.": the day of writing)."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

TUE = dt.date(2014, 5, 6)  # a Tuesday
WED = dt.date(2014, 5, 7)  # a Wednesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (
            "The governor declared a week of mourning starting Thursday.",
            TUE,
            ("Thursday", "2014-05-08"),
        ),
        (
            "Dockers announced a 24-hour stoppage beginning Friday.",
            WED,
            ("Friday", "2014-05-09"),
        ),
        (
            "The council said the new fares apply effective Wednesday.",
            TUE,
            ("Wednesday", "2014-05-07"),
        ),
    ],
)
def test_period_start_one_or_two_days_ahead(text: str, dct: dt.date, want) -> None:
    assert want in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a start told in the past that lies well back stays back
        ("A walkout starting Monday shut the port.", ("Monday", "2014-05-05")),
        ("The festival, beginning Saturday, drew large crowds.", ("Saturday", "2014-05-03")),
    ],
)
def test_period_start_far_ahead_stays_back(text: str, want) -> None:
    assert want in _values(text, WED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rescuers will keep searching the hills in the days and weeks ahead.",
            ("the days and weeks ahead", "PXD"),
        ),
        (
            "The party must rebuild its finances in the weeks and months ahead.",
            ("the weeks and months ahead", "PXW"),
        ),
    ],
)
def test_two_units_ahead_one_vague_length(text: str, want) -> None:
    assert want in _values(text, TUE)


def test_most_of_the_day_is_the_day_named_before() -> None:
    text = "Floodwater reached the square on Monday, and the bridge was closed for most of the day."
    assert ("the day", "2014-05-05") in _values(text, WED)


def test_rest_of_the_day_is_the_day_of_writing() -> None:
    text = "Trains were cancelled for the rest of the day, the operator said."
    assert ("the day", "2014-05-07") in _values(text, WED)


def test_part_of_day_far_from_a_named_day_is_the_day_of_writing() -> None:
    filler = "Officials gave no figure for the cost of the repairs to the roads and bridges. " * 6
    text = (
        "The storm struck on Sunday. " + filler + "Crews worked on the lines for much of the day."
    )
    assert ("the day", "2014-05-07") in _values(text, WED)


def test_clock_time_after_a_past_perfect_day_is_the_day_of_writing() -> None:
    text = (
        "The former minister flew out on Wednesday, officials said. Prosecutors had issued a "
        "warrant for him on Monday. His plane touched down in Dubai at 6:40 p.m. local time."
    )
    assert ("6:40 p.m. local time", "2014-05-07T18:40") in _values(text, WED)


def test_clock_time_after_a_simple_past_day_keeps_that_day() -> None:
    text = "The storm reached the coast on Monday. A tornado touched down at 4 p.m."
    assert ("4 p.m.", "2014-05-05T16:00") in _values(text, WED)


AUG = dt.date(2014, 8, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The senator had declared her bid in the state election on Oct. 14.",
            ("Oct. 14", "2014-10-14"),
        ),
        (
            "Campaigners gathered signatures ahead of the Oct. 30 referendum.",
            ("Oct. 30", "2014-10-30"),
        ),
    ],
)
def test_scheduled_event_day_up_to_three_months_ahead(text: str, want) -> None:
    assert want in _values(text, AUG)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no scheduled event: the day gone by
        ("Troops entered the city on Oct. 30.", ("Oct. 30", "2013-10-30")),
        # more than three months ahead: the one gone by
        ("He had registered for the election on Dec. 20.", ("Dec. 20", "2013-12-20")),
    ],
)
def test_past_day_without_a_near_scheduled_event_stays_back(text: str, want) -> None:
    assert want in _values(text, AUG)
