"""Political and diplomatic copy: what a threat or promise governs, dates a present "is"
schedules, seasons a promise sets as a deadline, and parts of the day next to a day in view."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JAN_2005 = dt.date(2005, 1, 20)  # a Thursday
JUNE_2008 = dt.date(2008, 6, 4)  # a Wednesday
FEB_2011 = dt.date(2011, 2, 11)  # a Friday
MAR_1999 = dt.date(1999, 3, 25)  # a Thursday


def _values(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The opposition has threatened to call a general strike on June 3.", "2005-06-03"),
        ("The union threatens to walk out on Aug. 1.", "2005-08-01"),
        ("Farmers are threatening to block the roads on Aug. 1.", "2005-08-01"),
        ("The rebels vow to keep fighting until Aug. 1.", "2005-08-01"),
        ("The governor promises to sign the bill on Aug. 1.", "2005-08-01"),
    ],
)
def test_a_date_a_threat_or_promise_governs_lies_ahead(text: str, want: str) -> None:
    (date,) = tag(text, JAN_2005)
    assert date.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a threat made of a thing done on that day, no infinitive: the day gone by
        ("The union threatened a strike on Aug. 1.", "2004-08-01"),
        ("Dockers struck on Aug. 1, as their union had threatened.", "2004-08-01"),
    ],
)
def test_a_threat_without_its_infinitive_keeps_the_past(text: str, want: str) -> None:
    (date,) = tag(text, JAN_2005)
    assert date.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The primaries ended in Montana on Tuesday, and the general election is on Nov. 4.",
            "2008-11-04",
        ),
        ("The runoff is on Nov. 20.", "2008-11-20"),
        ("The filing deadline is Dec. 1, officials said.", "2008-12-01"),
        ("The referendum is in December.", "2008-12"),
        # a day a few weeks back is still this year's
        ("The anniversary is on May 20.", "2008-05-20"),
    ],
)
def test_a_date_a_present_is_schedules_lies_ahead(text: str, want: str) -> None:
    date = tag(text, JUNE_2008)[-1]
    assert date.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The election was on Nov. 20.", "2007-11-20"),
        ("The vote, held on Nov. 20, is still disputed.", "2007-11-20"),
    ],
)
def test_a_date_told_in_the_past_stays_past(text: str, want: str) -> None:
    (date,) = tag(text, JUNE_2008)
    assert date.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The generals, now in charge, promised a free vote by the autumn.", "2011-FA"),
        ("Ministers pledged a new press law before the summer.", "2011-SU"),
        ("The junta vowed to hand over power by the autumn.", "2011-FA"),
        # no promise: a deadline told in the past is the last such season
        ("The strike lasted until the autumn.", "2010-FA"),
        ("The party promised reforms in the autumn.", "2010-FA"),
    ],
)
def test_a_season_a_promise_sets_as_a_deadline(text: str, want: str) -> None:
    season = tag(text, FEB_2011)[-1]
    assert (season.type, season.value) == ("DATE", want)


def test_the_night_before_the_day_in_view() -> None:
    got = _values(
        "Jets bombed the bridges again on Tuesday, after a first wave of raids the night before.",
        MAR_1999,
    )
    assert got == [
        ("Tuesday", "DATE", "1999-03-23"),
        ("the night before", "TIME", "1999-03-22TNI"),
    ]


def test_the_morning_after_the_day_in_view() -> None:
    got = _values("The envoys left Geneva on Friday and flew home the morning after.", MAR_1999)
    assert got[-1] == ("the morning after", "TIME", "1999-03-20TMO")


@pytest.mark.parametrize(
    "text",
    [
        # with an object the part of the day is named by it, not counted from the day
        "Envoys met on Monday. Talks on the night before the vote failed.",
        # a name
        "On Monday the ministry approved the morning after pill.",
        # no day in view
        "Few slept the night before.",
    ],
)
def test_parts_of_day_around_left_alone(text: str) -> None:
    assert not [t for t in tag(text, MAR_1999) if t.text.startswith("the ")]
