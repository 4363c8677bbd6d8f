"""TIMEX3 tagger: what "the year" hangs on, month ranges and contract months."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


FEB_2011 = dt.date(2011, 2, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year named only to compare with: the year under report is the one after it
        (
            "Net profit reached 210 million dollars, against 180 million in 2009. "
            "Sales for the year rose 8 pct.",
            [("2009", "2009"), ("the year", "2010")],
        ),
        (
            "Turnover climbed to 3.1 billion euros from 2.7 billion in 2009, and costs fell "
            "during the year.",
            [("2009", "2009"), ("the year", "2010")],
        ),
        # never later than the DCT's year
        (
            "Output was well below the levels of 2010, and it may not recover during the year.",
            [("2010", "2010"), ("the year", "2011")],
        ),
        # a year a record counts from is no period under report: the month in view is the
        # December the record is about
        (
            "Shops had their weakest December since 1995. Prices slipped 0.4 pct on the month.",
            [("December", "2010-12"), ("1995", "1995"), ("the month", "2010-12")],
        ),
        # a year in apposition is the year meant
        (
            "Lending has shrunk since 2008, the year the crisis broke.",
            [("2008", "2008"), ("the year", "2008")],
        ),
        # a range from a date to the end of the year is no comparison
        (
            "Inventories were run down from October 2010 to the end of the year.",
            [("October 2010", "2010-10"), ("the end of the year", "2010")],
        ),
        # "the year before" still counts from the year named
        (
            "In 2009 the group earned 40 million, down from 55 million the year before.",
            [("2009", "2009"), ("the year before", "2008")],
        ),
        # a year named with no comparison stays the anchor
        (
            "The plant opened in 2007. During the year it hired 300 workers.",
            [("2007", "2007"), ("the year", "2007")],
        ),
    ],
)
def test_the_year_after_a_compared_or_counted_from_year(text: str, want: list) -> None:
    assert _values(text, FEB_2011) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one expression, a year before the year named last
        (
            "Exports reached 9.2 million tonnes in 2009, up from 8.7 million the year before.",
            [("2009", "2009"), ("the year before", "2008")],
        ),
        (
            "Its debt shrank last year after growing sharply the year earlier.",
            [("last year", "2010"), ("the year earlier", "2009")],
        ),
        # with no year in view, a year before the DCT's
        (
            "Margins were thinner than the year before, the chairman said.",
            [("the year before", "2010")],
        ),
        # "before" opening a clause or a noun phrase is no part of it
        (
            "It was well into the year before we signed the contract.",
            [("the year", "2011")],
        ),
        (
            "Demand may slip next year before picking up again in 2013.",
            [("next year", "2012"), ("2013", "2013")],
        ),
    ],
)
def test_the_year_before_is_a_year_back_from_the_year_in_view(text: str, want: list) -> None:
    assert _values(text, FEB_2011) == want


MARCH_1990 = dt.date(1990, 3, 14)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a slash or a dash joins two months into one range: the year written once is both's
        (
            "Coffee exports in January/November 1989 came to 1.4 mln bags.",
            [("January", "1989-01"), ("November 1989", "1989-11")],
        ),
        (
            "Earnings for April-September 1988 were restated.",
            [("April", "1988-04"), ("September 1988", "1988-09")],
        ),
        # a range across New Year starts in the year before
        (
            "Rainfall in November/February 1989 was scant.",
            [("November", "1988-11"), ("February 1989", "1989-02")],
        ),
    ],
)
def test_a_month_range_takes_the_year_written_after_it(text: str, want: list) -> None:
    assert _values(text, MARCH_1990) == want


def test_a_split_year_or_a_new_sentence_is_no_year_of_the_range() -> None:
    got = _values("Reserves rose in April/March 1989/90 on aid inflows.", MARCH_1990)
    assert got[0][0] == "April" and got[0][1] != "1988-04"  # not a range crossing New Year
    got = _values("Growth will slow in July/Sept. Last year it rose.", MARCH_1990)
    assert got[0] == ("July", "1990-07")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month before a traded good or a trading position is a contract month: ahead
        ("A refiner bought two cargoes of January Brent on Tuesday.", "1991-01"),
        ("February loading traded at 18.20 dlrs a barrel.", "1991-02"),
        ("December/January butter changed hands at 2,150 dlrs.", "1990-12"),
        ("Old crop July/new crop November soybeans firmed.", "1990-11"),
        # figures of the good are reported, not traded: the month just past
        ("January wheat exports totalled 310,000 tonnes.", "1990-01"),
        ("In its February cocoa market report the trader saw a deficit.", "1990-02"),
    ],
)
def test_contract_months_before_traded_goods_look_ahead(text: str, want: str) -> None:
    months = [t.value for t in tag(text, MARCH_1990) if len(t.value) == 7]
    assert want in months


def test_no_expression_runs_across_a_blank_line() -> None:
    text = "Rovers v United\n\nSaturday, 4 March\n\n1500 GMT\n\nThe hosts are unbeaten at home."
    got = [(t.text, t.type) for t in tag(text, dt.date(2006, 3, 1))]
    assert got == [("Saturday, 4 March", "DATE"), ("1500 GMT", "TIME")]
    assert all("\n" not in t.text for t in tag("Net profit for the year\n\n1988 figures", None))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a date something is put off or extended to lies ahead, whatever the verb's tense
        ("The bank extended the closing date of its bid to Tuesday.", ("Tuesday", "1990-03-20")),
        ("The council postponed the vote to Monday.", ("Monday", "1990-03-19")),
        ("The firm has delayed its annual meeting to May 3 from April 2.", ("May 3", "1990-05-03")),
        # without such a verb a past "to" is no deadline
        ("Shares rose to a record on Monday.", ("Monday", "1990-03-12")),
    ],
)
def test_a_date_put_off_or_extended_to_lies_ahead(text: str, want: tuple) -> None:
    assert want in _values(text, MARCH_1990)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the previous year" after "last year" (which sets no anchor) is the year before it
        (
            "Farm incomes fell again last year, but less than in the previous year.",
            [("last year", "2010"), ("the previous year", "2009")],
        ),
        (
            "In 2008 revenue reached 7.1 billion, against 6.4 billion the prior year.",
            [("2008", "2008"), ("the prior year", "2007")],
        ),
    ],
)
def test_the_previous_year_counts_back_from_the_year_named_last(text: str, want: list) -> None:
    assert _values(text, FEB_2011) == want


WED = dt.date(1990, 3, 21)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Guerrillas are said to have blown up a fuel depot on Monday.", ("Monday", "1990-03-19")),
        (
            "The rebels are reported to have withdrawn their units on Monday.",
            ("Monday", "1990-03-19"),
        ),
        (
            "The minister is believed to have flown to Geneva on Tuesday night.",
            ("Tuesday night", "1990-03-20TNI"),
        ),
        ("Both sides are understood to have drawn up a truce on Monday.", ("Monday", "1990-03-19")),
    ],
)
def test_an_irregular_participle_after_have_is_past(text: str, want: tuple) -> None:
    assert want in _values(text, WED)


def test_a_regular_future_is_not_read_back_by_the_participle_rule() -> None:
    assert ("Monday", "1990-03-26") in _values("The envoy will fly to Lagos on Monday.", WED)


def test_gone_is_left_out_of_the_past_participles() -> None:
    # "have gone well" says how things stand, not when: the weekend ahead stays ahead
    found = _values("Things have gone well, but this weekend the squad rests.", WED)
    assert ("this weekend", "1990-W12-WE") in found
