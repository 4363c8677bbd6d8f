"""Court and legal reporting: a deadline under a present verb lies ahead, as does the month a
thing lasts into; a part of day every day is a set on every day; "the week of" a day is its
week; a clock time right before "the next day" is on that day."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

NOV_2011 = dt.date(2011, 11, 8)  # a Tuesday
AUG_2017 = dt.date(2017, 8, 15)  # a Tuesday
APR_2014 = dt.date(2014, 4, 23)  # a Wednesday
SEP_2020 = dt.date(2020, 9, 17)  # a Thursday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (
            "The appeals panel is expected to issue its opinion by the end of May.",
            NOV_2011,
            ("the end of May", "2012-05"),
        ),
        (
            "Final judgments are expected by late April.",
            NOV_2011,
            ("late April", "2012-04"),
        ),
        (
            "Under the settlement the shelter keeps its doors open through Easter.",
            AUG_2017,
            ("Easter", "2018-04-01"),
        ),
        (
            "The agency is required to publish the rules by June.",
            NOV_2011,
            ("June", "2012-06"),
        ),
    ],
)
def test_a_deadline_under_a_present_verb_lies_ahead(
    text: str, dct: dt.date, want: tuple[str, str]
) -> None:
    assert want in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        ("The court was closed for repairs until September.", NOV_2011, ("September", "2011-09")),
        ("Talks dragged on through July, the mediator said.", NOV_2011, ("July", "2011-07")),
    ],
)
def test_a_deadline_under_a_past_verb_stays_behind(
    text: str, dct: dt.date, want: tuple[str, str]
) -> None:
    assert want in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hearings in the fraud case are likely to run into February.", ("February", "2018-02")),
        ("The inquiry could stretch well into January.", ("January", "2018-01")),
        ("Witness statements will continue into early March.", ("early March", "2018-03")),
    ],
)
def test_the_month_a_thing_lasts_into_lies_ahead(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, AUG_2017)


def test_the_month_a_thing_lasted_into_stays_behind() -> None:
    assert ("February", "2017-02") in _values("The hearings ran into February.", AUG_2017)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Guards check the cells every night.", ("every night", "XXXX-XX-XXTNI")),
        ("The clerk posts the docket each morning.", ("each morning", "XXXX-XX-XXTMO")),
    ],
)
def test_a_part_of_every_day_is_a_set_on_every_day(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, APR_2014)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Closing arguments are scheduled for the week of Oct. 5.",
            ("the week of Oct. 5", "2020-W41"),
        ),
        (
            "The tribunal will sit in the week of 12 October.",
            ("the week of 12 October", "2020-W42"),
        ),
        (
            "Filings rose in the week of Aug. 31, 2020, the clerk said.",
            ("the week of Aug. 31, 2020", "2020-W36"),
        ),
    ],
)
def test_the_week_of_a_day_is_its_week(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, SEP_2020)


def test_a_day_alone_keeps_its_day() -> None:
    assert ("Oct. 5", "2020-10-05") in _values("Closing arguments are set for Oct. 5.", SEP_2020)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The jurors retired on Tuesday and came back at 11 a.m. the next day.",
            # one expression since round 46 ("noon the next day", as TimeML writes a clock
            # time with its day)
            ("11 a.m. the next day", "2020-09-16T11:00"),
        ),
        (
            "Police searched the house on Monday, and at noon the following day the suspect "
            "was charged.",
            ("noon the following day", "2020-09-15T12:00"),
        ),
    ],
)
def test_a_clock_before_the_next_day_is_on_that_day(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, SEP_2020)


def test_a_clock_before_a_day_named_later_keeps_its_own_day() -> None:
    values = _values("The jurors retired at 3 p.m. on Tuesday and returned Wednesday.", SEP_2020)
    assert values[0][1] == "2020-09-15T15:00"
