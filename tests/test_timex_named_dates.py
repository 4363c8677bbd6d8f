"""TIMEX3 tagger: 'the September 11 attacks' are those of 2001 in later news, and 'March
Madness' is a name, no month, and 'Super Tuesday' a day of a US election year."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

DCT = dt.date(2011, 5, 3)


def _found(text: str, dct: dt.date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Airlines lost traffic after the September 11 attacks.", ("September 11", "2001-09-11")),
        ("Insurers paid out after the Sept. 11 terrorist attacks.", ("Sept. 11", "2001-09-11")),
        ("Laws passed after the 11 September attacks were reviewed.", "2001-09-11"),
    ],
)
def test_the_attacks_of_september_11_are_those_of_2001(text: str, want) -> None:
    found = _found(text)
    if isinstance(want, str):
        assert want in [v for _, v in found]
    else:
        assert want in found


def test_another_september_11_keeps_its_year() -> None:
    assert _found("The board will vote on September 11.") == [("September 11", "2011-09-11")]
    # before 2002 no attacks of that name were known
    old = _found("Rebels staged the September 11 attacks on two towns.", dt.date(1998, 10, 2))
    assert old == [("September 11", "1998-09-11")]


def test_march_madness_is_no_month() -> None:
    assert _found("Office pools for March Madness are filling up.") == []


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # the coming one, weeks ahead, even under a past verb
        (
            "Rivals spent heavily on ads before Super Tuesday.",
            dt.date(2016, 2, 10),
            "2016-03-01",
        ),
        # held in election years only: a year on, the last one under a past verb ...
        ("She swept the South on Super Tuesday.", dt.date(2013, 5, 2), "2012-03-06"),
        # ... and the next one under a future verb
        ("The contest may be decided on Super Tuesday.", dt.date(2013, 5, 2), "2016-03-01"),
        # ... or after "ahead of" with no past verb (the last one is nearer)
        ("Donors line up ahead of Super Tuesday.", dt.date(2013, 5, 2), "2016-03-01"),
        # with no tense and no cue, the nearer one
        ("Polls for Super Tuesday.", dt.date(2013, 5, 2), "2012-03-06"),
    ],
)
def test_super_tuesday_is_a_day_of_an_election_year(text: str, dct: dt.date, want: str) -> None:
    assert _found(text, dct) == [("Super Tuesday", want)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # in 2008 the primaries moved to 5 February, so a report from late February is
        # already after it (the rule's first Tuesday of March would still be ahead) ...
        ("The senator won nine states on Super Tuesday.", dt.date(2008, 2, 20), "2008-02-05"),
        # ... and a forecast from late January looks to 5 February, not 4 March
        ("Turnout will be high on Super Tuesday.", dt.date(2008, 1, 28), "2008-02-05"),
        # in 1988 it was the second Tuesday of March
        ("The governor did well on Super Tuesday.", dt.date(1988, 3, 20), "1988-03-08"),
        # a named year is read from the table too
        ("Delegates counted after Super Tuesday 1996 were few.", DCT, "1996-03-12"),
        # a year not listed falls back to the first Tuesday of March
        ("Voters go to the polls on Super Tuesday 2032.", DCT, "2032-03-02"),
    ],
)
def test_super_tuesday_is_read_from_the_table_of_its_days(
    text: str, dct: dt.date, want: str
) -> None:
    assert [v for t, v in _found(text, dct) if t.startswith("Super Tuesday")] == [want]
