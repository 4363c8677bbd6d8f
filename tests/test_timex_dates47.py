"""TIMEX3 tagger: the forms of official press releases, briefings and situation reports
(round 47): military and zone-marked clock times, a clock time before a full date, the day
of a bare clock time, terms extended until a day, budget periods and fiscal years, and
counted sets."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a Zulu time, with the date after it: one time on that date
        (
            "Tanker aircraft took off at 0915Z on 3 June to refuel the patrol.",
            dt.date(1995, 6, 4),
            ("0915Z on 3 June", "TIME", "1995-06-03T09:15"),
        ),
        # a four-digit time read with "hours" and a zone, after "as of" or any word
        (
            "As of 1200 hours GMT, 3,400 people had reached the transit centre.",
            dt.date(1997, 4, 2),
            ("1200 hours GMT", "TIME", "1997-04-02T12:00"),
        ),
        (
            "The convoy was reported crossing at 0730 hours GMT by the observers.",
            dt.date(1997, 4, 2),
            ("0730 hours GMT", "TIME", "1997-04-02T07:30"),
        ),
        # "hrs" as well as "hours"
        (
            "The figures are valid up to 31 August at 1600 hrs (Geneva).",
            dt.date(2001, 8, 31),
            ("1600 hrs", "TIME", "2001-08-31T16:00"),
        ),
        # a one-digit bare clock time before "on" and a full date
        (
            "The minister died of a stroke at 4:30 on March 2, 1989, the ministry said.",
            dt.date(1989, 3, 3),
            ("4:30 on March 2, 1989", "TIME", "1989-03-02T04:30"),
        ),
    ],
)
def test_clock_times_of_official_releases(text: str, dct: dt.date, want: tuple) -> None:
    assert want in _found(text, dct)


def test_one_digit_clock_needs_a_date_after_it() -> None:
    # "at 2:1" / "at 3:45" with no date after it stays untagged as a bare time
    assert not any(
        t[0].startswith("3:45") for t in _found("He led at 3:45 of the final.", dt.date(1990, 5, 1))
    )


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a day a span began on ("since") dates no later clock time
        (
            "Since 12 May, the mission has flown 400 relief flights. At the briefing at 1100 "
            "hours, the spokesman gave new figures.",
            dt.date(1999, 5, 20),
            ("1100 hours", "TIME", "1999-05-20T11:00"),
        ),
        # a past day told before a clock time in a clause about the future
        (
            "Shops were looted on Tuesday and Wednesday. A curfew will be in force from 2100 "
            "hours.",
            dt.date(2004, 3, 19),
            ("2100 hours", "TIME", "2004-03-19T21:00"),
        ),
    ],
)
def test_day_of_a_bare_clock_time(text: str, dct: dt.date, want: tuple) -> None:
    assert want in _found(text, dct)


def test_term_extended_until_a_day_runs_ahead() -> None:
    found = _found(
        "The Council extended until 15 June the mandate of the observer mission.",
        dt.date(1996, 12, 20),
    )
    assert ("15 June", "DATE", "1997-06-15") in found


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        (
            "It approved the budget for the biennium 2006-2007 on Friday.",
            ("2006-2007", "DATE", "2006"),
            "2007",
        ),
        (
            "Spending in the 2000-2001 biennium rose 4 percent.",
            ("2000-2001", "DATE", "2000"),
            "2001",
        ),
    ],
)
def test_biennium_is_one_split_year(text: str, want: tuple, absent: str) -> None:
    found = _found(text, dct=dt.date(2005, 12, 1))
    assert want in found
    assert all(t[0] != absent for t in found)


def test_fiscal_year_in_two_digits() -> None:
    found = _found(
        "For FY07, the department expects a surplus; FY98 was the last.", dt.date(2006, 10, 2)
    )
    assert ("FY07", "DATE", "2007") in found
    assert ("FY98", "DATE", "1998") in found


def test_year_inside_a_document_number_is_no_date() -> None:
    found = _found("NATO Press Release (2002)071, Brussels, 6 June 2002.", dt.date(2002, 6, 6))
    assert all(t[0] != "2002" for t in found)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bulletins will be issued twice daily until the floods recede.",
            ("twice daily", "SET", "P1D"),
        ),
        (
            "The panel meets at least once every three years.",
            ("once every three years", "SET", "P3Y"),
        ),
    ],
)
def test_counted_sets(text: str, want: tuple) -> None:
    assert want in _found(text, dt.date(2000, 1, 10))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day of the month before a preposition or a verb in -s/-ed
        ("Farmers marched on the 14th against the new quotas.", ("the 14th", "DATE", "1991-06-14")),
        (
            "A law passed on the 11th requires all parties to register.",
            ("the 11th", "DATE", "1991-06-11"),
        ),
    ],
)
def test_day_of_month_before_a_preposition_or_verb(text: str, want: tuple) -> None:
    assert want in _found(text, dt.date(1991, 6, 20))


@pytest.mark.parametrize(
    "text",
    ["The lift stopped on the 14th floor.", "The men of the 14th reached the town."],
)
def test_ordinal_before_a_noun_or_after_of_stays_untagged(text: str) -> None:
    assert not _found(text, dt.date(1991, 6, 20))


def test_incident_told_again_carries_its_day_to_a_clock_time() -> None:
    from stream.extract.timex import tag_article

    text = (
        "PARIS, June 4 (Reuters) - Police questioned three youths yesterday after a blast "
        "wrecked a cafe in the old town. The owner said the cafe had been closed for a week. "
        "The blast ripped through the building at about 11.20 pm, police said."
    )
    found = [(t.text, t.value) for t in tag_article(text, dt.date(1992, 6, 4))[0]]
    assert ("about 11.20 pm", "1992-06-03T23:20") in found
    # no incident told again: a day two sentences back still dates no clock time
    text = "PARIS, June 4 (Reuters) - The fire broke out on Wednesday. Crews left. Roads reopened at 6 a.m."
    found = [(t.text, t.value) for t in tag_article(text, dt.date(1992, 6, 4))[0]]
    assert ("6 a.m.", "1992-06-04T06:00") in found


@pytest.mark.parametrize(
    "text",
    [
        "Pensions are paid on the 10th and 15th of each month.",
        "Wages are usually paid on the 28th, the union said.",
    ],
)
def test_day_of_any_month_is_no_calendar_day(text: str) -> None:
    assert all(t[1] != "DATE" for t in _found(text, dt.date(1991, 6, 20)))
