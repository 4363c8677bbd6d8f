"""TIMEX3 tagger: the forms of news magazines' features and weekly reviews (round 48): a
weekday in a weekly dated on that day, a past perfect with an irregular participle, a clock
time going on from the clock time before, seasons across two years, holidays counted back
or named with this/last/next, and the middle of the decade."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


MONDAY = dt.date(1987, 10, 26)


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a weekly dated Monday: its own weekday after "last week" is last week's
        (
            "Last week the markets were shaken. On Monday the index fell 508 points.",
            MONDAY,
            ("Monday", "DATE", "1987-10-19"),
        ),
        (
            "The strike ended last week as it had begun. Few saw it coming. Monday's vote "
            "settled it.",
            MONDAY,
            ("Monday", "DATE", "1987-10-19"),
        ),
        (
            "Last week the talks broke down; on Monday night the President answered.",
            MONDAY,
            ("Monday night", "TIME", "1987-10-19TNI"),
        ),
        # a daily's own day: not in the clause of "last week" ...
        (
            "Gold hit a record last week before falling sharply on Monday.",
            MONDAY,
            ("Monday", "DATE", "1987-10-26"),
        ),
        # ... nor in a text that says "today", nor on another day of the week
        (
            "Last week the bill passed. On Monday the House approved it, and today it goes "
            "to the Senate.",
            MONDAY,
            ("Monday", "DATE", "1987-10-26"),
        ),
        (
            "Last week the bill passed. On Tuesday the House approved it.",
            dt.date(1987, 10, 27),
            ("Tuesday", "DATE", "1987-10-27"),
        ),
        # a past perfect with an irregular participle takes the day gone by
        (
            "On Tuesday the market nearly stopped; by Wednesday the index had won back 289 points.",
            MONDAY,
            ("Wednesday", "DATE", "1987-10-21"),
        ),
        # a clock time going on from the clock time of the sentence before
        (
            "Thursday's raid began at 6 a.m. By noon the building was burning.",
            dt.date(1993, 4, 26),
            ("noon", "TIME", "1993-04-22T12:00"),
        ),
        (
            "The men were arrested yesterday at 5 p.m. Their lawyer arrived later. At 9 p.m. "
            "they were freed.",
            dt.date(2001, 3, 8),
            ("9 p.m.", "TIME", "2001-03-07T21:00"),
        ),
        # a season across two years is one expression, named by its first year
        (
            "The talks stalled in the winter of 1983-84 and again later.",
            dt.date(1986, 10, 20),
            ("the winter of 1983-84", "DATE", "1983-WI"),
        ),
        (
            "Prices rose through the summer of 1990-95 in the survey.",
            dt.date(1996, 1, 5),
            ("the summer of 1990", "DATE", "1990-SU"),
        ),
        # holidays and seasons counted back, or named with this/last/next
        (
            "Two Christmases ago the toy everyone wanted was a robot.",
            dt.date(1996, 12, 2),
            ("Two Christmases ago", "DATE", "1994-12-25"),
        ),
        (
            "Three summers ago the river ran dry.",
            dt.date(2009, 4, 27),
            ("Three summers ago", "DATE", "2006-SU"),
        ),
        (
            "The dealers sold trucks last Thanksgiving; this Christmas they are closing.",
            dt.date(2008, 12, 15),
            ("this Christmas", "DATE", "2008-12-25"),
        ),
        (
            "He was found clinging to an inner tube last Thanksgiving.",
            dt.date(2000, 2, 10),
            ("last Thanksgiving", "DATE", "1999-11-25"),
        ),
        (
            "The shop will reopen next Easter.",
            dt.date(1996, 12, 2),
            ("next Easter", "DATE", "1997-03-30"),
        ),
        # the middle of the DCT's decade
        (
            '"By mid-decade," one strategist said, "the party will have to rethink."',
            dt.date(1984, 1, 30),
            ("mid-decade", "DATE", "198"),
        ),
        # a month in a clause of "when" on a year is of that year
        (
            "Since 1961, when the wall went up in August, at least 80 people have died.",
            dt.date(1989, 11, 20),
            ("August", "DATE", "1961-08"),
        ),
        (
            "In 1985, when he met her on June 3, he was 20.",
            dt.date(1989, 11, 20),
            ("June 3", "DATE", "1985-06-03"),
        ),
        # a season read from the DCT is the date later anaphora hang on
        (
            "The winter of 1993-94 was the worst; diplomats hope for a truce before the "
            "winter, and a settlement by the end of the year.",
            dt.date(1995, 9, 18),
            ("the end of the year", "DATE", "1995"),
        ),
        # months of what happens every year, told in the present, are of any year
        (
            "He holds court twice a year, at trade shows in January and June.",
            dt.date(2007, 6, 4),
            ("January", "DATE", "XXXX-01"),
        ),
        # two vague lengths set against each other
        (
            "They speak of a campaign of weeks rather than months.",
            dt.date(2003, 3, 24),
            ("months", "DURATION", "PXM"),
        ),
        (
            "The campaign will take not weeks but years.",
            dt.date(2001, 10, 8),
            ("weeks", "DURATION", "PXW"),
        ),
        # a day counted from the day an operation began, named before or after the count
        (
            "Troops who crossed the border on 20 March reached the river on D+3.",
            dt.date(2003, 3, 23),
            ("D+3", "DATE", "2003-03-23"),
        ),
        (
            "Phase two began on D+4. Since 24 March, aircraft have flown 2,000 sorties.",
            dt.date(1999, 4, 2),
            ("D+4", "DATE", "1999-03-28"),
        ),
    ],
)
def test_magazine_forms(text: str, dct: dt.date, want: tuple[str, str, str]) -> None:
    assert want in _found(text, dct)


def test_clock_in_a_new_paragraph_keeps_the_dct() -> None:
    """A clock time a paragraph after the clock time before is the DCT's."""
    text = "Thursday's raid began at 6 a.m.\n\nBy noon the building was burning."
    assert ("noon", "TIME", "1993-04-26T12:00") in _found(text, dt.date(1993, 4, 26))


def test_yearly_habit_in_the_past_keeps_the_year() -> None:
    """A past habit's month is still a calendar month."""
    found = _found("Every year the fair opened in March.", dt.date(2007, 6, 4))
    assert ("March", "DATE", "2007-03") in found


def test_a_lone_plural_after_of_is_no_length() -> None:
    assert not any(t[0] == "years" for t in _found("A matter of years.", dt.date(2001, 1, 1)))


def test_d_count_needs_a_start_and_a_preposition() -> None:
    """No D-Day named, or no preposition before the count: no date."""
    assert _found("They reached the river on D+3.", dt.date(2003, 3, 23)) == []
    found = _found("The D-2 rocket was launched on 20 March.", dt.date(2003, 3, 23))
    assert [t[0] for t in found] == ["20 March"]
