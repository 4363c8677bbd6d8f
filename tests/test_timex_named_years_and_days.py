"""TIMEX3 tagger, seventeenth round: "the year" after a year named (no DCT), deadlines ahead
("until the end of the year", "within the month"), a weekday with its day's number, whole
years counted in months, and the vague "weeks or months"."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

JUNE_2011 = dt.date(2011, 6, 14)  # a Tuesday


def _values(text: str, dct: dt.date | None = JUNE_2011) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # with no DCT, "the year" after a year named is that year, as it is with one
        (
            "The brewer lost money in 2008. Turnover for the year slipped 4%.",
            [("2008", "2008"), ("the year", "2008")],
        ),
        # not a year named as a target, to compare with, or before a month of unknown year
        (
            "Costs may fall 3% by 2013. During the year the group sold two mills.",
            [("2013", "2013"), ("the year", "PRESENT_REF")],
        ),
        (
            "Turnover for the year rose to 9m from 7m in 2008.",
            [("the year", "PRESENT_REF"), ("2008", "2008")],
        ),
        (
            "Rents eased in late 2008, then climbed in February and in the second month of"
            " the year.",
            [("late 2008", "2008"), ("February", "XXXX-02"), ("the year", "PRESENT_REF")],
        ),
        # nor "the year" told by what follows it (a year the text does not give: round 18)
        (
            "She was born in 1961. The year she turned ten, the mill shut.",
            [("1961", "1961"), ("The year", "XXXX")],
        ),
        (
            "The band formed in 1999. It is the biggest hit of the year so far.",
            [("1999", "1999"), ("the year", "PRESENT_REF")],
        ),
    ],
)
def test_the_year_after_a_year_named_without_dct(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, None) == want


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a deadline ahead: not the year just ended, not the present period
        (
            "The striker was banned from playing until the end of the year.",
            JUNE_2011,
            [("the end of the year", "2011")],
        ),
        (
            "The striker was banned from playing until the end of the year.",
            None,
            [("the end of the year", "FUTURE_REF")],
        ),
        (
            "The carrier said it hoped to resume flights within the month.",
            None,
            [("the month", "FUTURE_REF")],
        ),
        # a past-perfect sentence may still tell of a year over
        (
            "Rents had kept rising until the end of the year.",
            JUNE_2011,
            [("the end of the year", "2010")],
        ),
        # and with no DCT the year named before stays the year in view
        (
            "Rents rose in 2008. They had kept rising until the end of the year.",
            None,
            [("2008", "2008"), ("the end of the year", "2008")],
        ),
    ],
)
def test_a_deadline_ahead(text: str, dct: dt.date | None, want: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == want


def test_the_end_of_the_year_under_until_keeps_its_mod() -> None:
    (t,) = tag("Talks were put off until the end of the year.", None)
    assert (t.value, t.mod) == ("FUTURE_REF", "END")


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # "Thursday 16": the weekday with its day's number is one date
        (
            "The inquiry reports on Thursday 16, a spokesman said.",
            JUNE_2011,
            [("Thursday 16", "2011-06-16")],
        ),
        (
            "The gates closed on Friday 10 at noon.",
            JUNE_2011,
            [("Friday 10", "2011-06-10"), ("noon", "2011-06-10T12:00")],
        ),
        ("The fair opens on Friday 1.", JUNE_2011, [("Friday 1", "2011-07-01")]),
        (
            "The inquiry reports on Thursday 16, a spokesman said.",
            None,
            [("Thursday 16", "XXXX-XX-16")],
        ),
        # no Sunday 28 within weeks of it: the number is left out
        ("The vote was held on Sunday 28, officials said.", JUNE_2011, [("Sunday", "2011-06-12")]),
        # a count after the weekday is no day number
        ("On Thursday 16 people were hurt.", JUNE_2011, [("Thursday", "2011-06-09")]),
    ],
)
def test_a_weekday_with_its_day_number(
    text: str, dct: dt.date | None, want: list[tuple[str, str]]
) -> None:
    assert _values(text, dct) == want


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The club went bust in 2003. Twelve months later it was reborn.", "2004"),
        ("The club went bust in 2003. 24 months earlier it had been sold.", "2001"),
        ("The club went bust in May 2003. 12 months later it was reborn.", "2004-05"),
        # months that make no whole year reach no known month of a year
        ("The club went bust in 2003. Six months later it was reborn.", None),
    ],
)
def test_months_counted_from_a_year(text: str, anchor: str | None) -> None:
    length = [t for t in tag(text, JUNE_2011) if t.type == "DURATION"]
    assert [t.anchor for t in length] == [anchor]


@pytest.mark.parametrize("dct", [JUNE_2011, None])
def test_weeks_or_months_is_one_vague_length(dct: dt.date | None) -> None:
    # as TimeBank writes it: one expression in its first unit
    assert _values("Repairs could take weeks or months.", dct) == [("weeks or months", "PXW")]


def test_days_are_not_counted_from_a_year_named_far_back() -> None:
    text = (
        "Rowers had a mixed 2008. "
        + "The crew won the opening regatta and then lost the next two in heavy weather. " * 5
        + "Just three days later the crew won again."
    )
    (length,) = [t for t in tag(text, JUNE_2011) if t.type == "DURATION"]
    assert (length.value, length.anchor) == ("P3D", None)


@pytest.mark.parametrize("dct", [JUNE_2011, None])
def test_a_second_comparison_with_the_year_compared(dct: dt.date | None) -> None:
    text = (
        "Profit rose to 40m in 2009, against 25m in 2008. Revenue climbed to 900m, from"
        " 700m a year earlier."
    )
    assert _values(text, dct)[-1] == ("a year earlier", "2008")


def test_no_length_counted_past_a_date_of_unknown_digits() -> None:
    # with no DCT, "in June" has no year: "two days later" counts from it, not from 3 May
    text = (
        "She won the seat on 3 May 1998. In June's elections the party came third."
        " Two days later its leader quit."
    )
    (length,) = [t for t in tag(text, None) if t.type == "DURATION"]
    assert (length.value, length.anchor) == ("P2D", None)


def test_months_are_not_counted_from_a_year_named_far_back() -> None:
    text = (
        "She has held the seat since 1998. "
        + "The party gained ground in the city and lost it again in the suburbs. " * 5
        + "A month later it won a council seat."
    )
    (length,) = [t for t in tag(text, JUNE_2011) if t.type == "DURATION"]
    assert (length.value, length.anchor) == ("P1M", None)


def test_a_year_later_from_a_year_named() -> None:
    text = "The mill opened in 1998. A year later it doubled its staff."
    assert _values(text)[-1] == ("A year later", "1999")


def test_the_year_so_far_is_the_running_year() -> None:
    text = "Output fell in 2010. It is the best-selling single of the year so far."
    assert _values(text)[-1] == ("the year", "2011")


def test_a_year_named_with_as_in_is_a_comparison() -> None:
    text = (
        "Entries doubled, twice as many as in 2008. Prizes handed out during the year went north."
    )
    assert _values(text, None)[-1] == ("the year", "PRESENT_REF")
