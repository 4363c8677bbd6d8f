"""Weather and disaster bulletins: a participle after "stay" or "remain" is no past verb; a
deadline weekday after "until at least" or "before" is read as one after "until" or "by";
an expectation told in the past of a day one or two days off is that day ahead; "the
weekend" something is forecast or planned for lies ahead; "May" or "March" a thing lasts
into is a month; a clock time with no day is on the day the sentence before told of even
when a year of history was named after that day; "the same day" expected after a month
gone by is the day ahead named before it; "in minutes", "within minutes" are a vague
length."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

MON = dt.date(2015, 3, 2)  # a Monday
WED = dt.date(2015, 3, 4)  # a Wednesday
THU = dt.date(2015, 3, 5)  # a Thursday
SAT = dt.date(2015, 3, 7)  # a Saturday
TUE = dt.date(2015, 3, 3)  # a Tuesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        ("The ferry port will remain closed through Friday.", SAT, ("Friday", "2015-03-13")),
        ("Schools in the county will stay shut on Tuesday.", WED, ("Tuesday", "2015-03-10")),
        (
            "Officials said the bridge would remain blocked until Monday.",
            THU,
            ("Monday", "2015-03-09"),
        ),
    ],
)
def test_a_participle_after_stay_or_remain_leaves_the_tense_to_the_modal(
    text: str, dct: dt.date, want: tuple[str, str]
) -> None:
    assert want in _values(text, dct)


def test_a_participle_after_a_past_linking_verb_stays_past() -> None:
    assert ("Tuesday", "2015-03-03") in _values("The ferry port stayed closed on Tuesday.", THU)


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (
            "The airport would stay closed until at least Saturday, the operator said.",
            THU,
            ("Saturday", "2015-03-07"),
        ),
        (
            "Rail services would be suspended until at least 0800 GMT on Friday.",
            THU,
            ("0800 GMT on Friday", "2015-03-06T08:00"),
        ),
        (
            "Forecasters said the flood was not likely to peak before Sunday.",
            THU,
            ("Sunday", "2015-03-08"),
        ),
    ],
)
def test_until_at_least_and_before_a_weekday_are_deadlines(
    text: str, dct: dt.date, want: tuple[str, str]
) -> None:
    assert want in _values(text, dct)


def test_before_a_weekday_in_a_past_perfect_stays_behind() -> None:
    got = _values("The river had already burst its banks before Sunday.", THU)
    assert ("Sunday", "2015-03-01") in got


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (
            "Relief convoys were expected to reach the valley Thursday.",
            WED,
            ("Thursday", "2015-03-05"),
        ),
        ("The storm was due to make landfall on Sunday.", SAT, ("Sunday", "2015-03-08")),
        ("The typhoon was expected to weaken early Tuesday.", MON, ("early Tuesday", "2015-03-03")),
    ],
)
def test_a_past_expectation_of_a_day_just_ahead_is_that_day(
    text: str, dct: dt.date, want: tuple[str, str]
) -> None:
    assert want in _values(text, dct)


def test_a_past_expectation_of_a_day_further_off_is_the_one_past() -> None:
    # three days ahead or four back: the report tells of an expectation already overtaken
    assert ("Friday", "2015-02-27") in _values("The talks were expected to end Friday.", TUE)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("More snow is forecast for the weekend across the Alps.", "2015-W10-WE"),
        ("A second round of voting has been scheduled for the weekend.", "2015-W10-WE"),
    ],
)
def test_the_weekend_something_is_forecast_for_lies_ahead(text: str, want: str) -> None:
    assert ("the weekend", want) in _values(text, MON)


def test_the_weekend_just_past_early_in_the_week_stays_past() -> None:
    assert ("the weekend", "2015-W09-WE") in _values("Heavy snow fell over the weekend.", MON)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cleanup could drag on into March, the council warned.", ("March", "2015-03")),
        ("Aftershocks continued well into May.", ("May", "2014-05")),
        ("The drought dragged on into March before the rains came.", ("March", "2014-03")),
    ],
)
def test_may_or_march_a_thing_lasts_into_is_a_month(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, dt.date(2014, 11, 20))


def test_a_person_run_into_is_no_month() -> None:
    assert _values("Reporters ran into May outside the ministry.", MON) == []


def test_a_clock_time_is_on_the_day_told_of_past_a_year_of_history() -> None:
    text = (
        "A landslide buried the village on Tuesday, the worst in the region since 1998. "
        "It came down at 4:20 a.m., witnesses said."
    )
    assert ("4:20 a.m.", "2015-03-03T04:20") in _values(text, THU)


def test_a_clock_time_after_a_year_alone_is_on_the_dct() -> None:
    text = "The dam was built in 1962. The gates were opened at 6 a.m., officials said."
    assert ("6 a.m.", "2015-03-05T06:00") in _values(text, THU)


def test_the_same_day_expected_after_a_month_gone_by_is_the_day_ahead_named() -> None:
    text = (
        "The tribunal will sit again on April 14. The first verdict, given in June 2012, "
        "was quashed on appeal. A decision is expected the same day."
    )
    assert ("the same day", "2013-04-14") in _values(text, dt.date(2013, 2, 5))


def test_the_same_day_told_in_the_past_stays_a_day_of_the_month_named() -> None:
    text = (
        "The tribunal will sit again on April 14. The fire broke out in June 2012, "
        "and the owner was arrested the same day."
    )
    assert ("the same day", "2012-06-XX") in _values(text, dt.date(2013, 2, 5))


@pytest.mark.parametrize(
    "text",
    [
        "The levee gave way and the street flooded in minutes.",
        "Firefighters reached the site within minutes.",
        "The ground shook for minutes.",
    ],
)
def test_minutes_after_in_within_or_for_are_a_vague_length(text: str) -> None:
    assert ("minutes", "PTXM") in _values(text, THU)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to publish minutes of the meeting.",
        "Reporters asked for minutes of the closed session.",
    ],
)
def test_minutes_of_a_meeting_are_no_length(text: str) -> None:
    assert _values(text, THU) == []
