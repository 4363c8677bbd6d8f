"""TIMEX3 tagger, sixteenth round: expectations point ahead, year ends under a past verb,
lengths counted from a day, periods after an unnamed day, a quarter's year from its report
month, hedged quarter centuries."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import event_date, tag

MARCH_2009 = dt.date(2009, 3, 12)  # a Thursday


def _values(text: str, dct: dt.date = MARCH_2009) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an expectation or schedule points ahead, whatever the present tense says
        ("A judgment is expected in November.", [("November", "2009-11")]),
        ("The new terminal is due in September, the airport says.", [("September", "2009-09")]),
        (
            "Its report, expected to appear in October, will be read closely.",
            [("October", "2009-10")],
        ),
        ("The hearing is slated on December 4.", [("December 4", "2009-12-04")]),
        # told in the past: either side of the DCT, up to seven months ahead
        ("The union said a vote was expected in October.", [("October", "2009-10")]),
        # not a result compared with a forecast, nor when a forecast was made
        ("Orders fell more than expected in October.", [("October", "2008-10")]),
        ("Growth, forecast in November at 2 pct, looks too high.", [("November", "2008-11")]),
    ],
)
def test_an_expectation_points_ahead(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "to" before a determiner is a level reached, no aim
        ("Stocks sank to their weakest level by year end.", "2008"),
        ("Unemployment climbed to a peak by the end of the year.", "2008"),
        # an aim or a modal after it in the sentence keeps the DCT's year
        ("The bank planned to sell the unit by year end.", "2009"),
        ("By the end of the year, she said, every branch will have closed.", "2009"),
        ("Any loss between now and the end of the year could cut the payout.", "2009"),
        # the modal right after it counts too
        ("Everything they had saved by the end of the year could be lost.", "2009"),
    ],
)
def test_a_year_end_under_a_past_verb(text: str, want: str) -> None:
    ends = [t for t in tag(text, MARCH_2009) if t.mod == "END"]
    assert [t.value for t in ends] == [want]


def test_a_length_counted_from_a_day_reaches_its_day() -> None:
    got = tag(
        "The strike ends a week from Monday, and the vote is ten days from May 2.", MARCH_2009
    )
    assert [(t.text, t.type, t.value, t.anchor) for t in got] == [
        ("a week", "DURATION", "P1W", "2009-03-23"),
        ("Monday", "DATE", "2009-03-16", None),
        ("ten days", "DURATION", "P10D", "2009-05-12"),
        ("May 2", "DATE", "2009-05-02", None),
    ]
    # a length from a year is no anchored length
    (length, _year) = tag("She led the party for six years from 1990.", MARCH_2009)
    assert length.anchor is None
    # (that one is also a span, "for"; with none, a month is still no day)
    (length, _month) = tag("The fund closes three months from June.", MARCH_2009)
    assert (length.value, length.anchor) == ("P3M", None)


def test_the_day_a_length_from_a_day_reaches_dates_the_event(nlp) -> None:
    text = "The ministers will meet again two weeks from Friday."
    doc = nlp(text)
    timexes = tag(text, MARCH_2009, doc=doc)
    meet = next(t for t in doc if t.text == "meet")
    date = event_date(timexes, 0, len(text), meet, "planned", MARCH_2009)
    assert (date["value"], date["text"]) == ("2009-03-27", "two weeks")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # after no day named before, under a past verb: some week the text does not give
        ("The hostage was freed the following week.", "XXXX-WXX"),
        ("The two men were charged the next day.", "XXXX-XX-XX"),
        # with a day named before: the week after it
        ("He was detained on January 6 and freed the following week.", "2009-W03"),
        # ahead: from the DCT
        ("The envoy will return the following week.", "2009-W12"),
    ],
)
def test_a_period_after_no_named_day(text: str, want: str) -> None:
    assert _values(text)[-1][1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the last such quarter before the month its figures came out in
        ("The airline posted first-quarter profits in August 2006.", "2006-Q1"),
        ("Its fourth-quarter loss, reported in February 2001, shocked investors.", "2000-Q4"),
        ("The second quarter ending in June 2004 was weak.", "2004-Q2"),
        # a month and year compared with is no report month
        ("Third-quarter sales rose, up from a low in May 2005.", "2008-Q3"),
    ],
)
def test_a_quarter_takes_the_year_it_was_reported_in(text: str, want: str) -> None:
    assert tag(text, MARCH_2009)[0].value == want


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("The dispute dragged on for nearly a quarter of a century.", "LESS_THAN"),
        ("In almost quarter of a century in office he never lost.", "LESS_THAN"),
        ("They had been apart more than half of a century.", "MORE_THAN"),
        ("A quarter of a century has passed.", None),
    ],
)
def test_a_hedged_quarter_century_keeps_its_modifier(text: str, mod: str | None) -> None:
    (t,) = tag(text, MARCH_2009)
    assert t.type == "DURATION" and t.mod == mod
    assert t.text.lower().endswith("of a century")


def test_a_span_from_a_day_is_no_point_it_reaches() -> None:
    got = tag("Output will be capped for six months from July 1.", MARCH_2009)
    assert [(t.text, t.anchor) for t in got] == [("six months", None), ("July 1", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a length finer than the year named last reaches no known day or month
        ("The club was founded in 1988. It moved grounds three months later.", None),
        ("Talks stalled in May 1996 and resumed two weeks later.", None),
        # as coarse as the year: a year on
        ("The club was founded in 1988. It won the cup a year later.", "1989"),
    ],
)
def test_later_than_a_year_named_counts_only_in_years(text: str, want: str | None) -> None:
    later = [
        t
        for t in tag(text, MARCH_2009)
        if t.text.endswith("later") or t.type == "DURATION" or t.value == want
    ]
    calendar = [t.anchor if t.type == "DURATION" else t.value for t in later]
    assert calendar[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no DCT: the period in view is present, one back past, the same as an unnamed one unknown
        ("Profits for the year rose sharply.", "PRESENT_REF"),
        ("Growth slowed in the last quarter.", "PAST_REF"),
        ("Turnover for the quarter was up 4%.", "PAST_REF"),
        ("Margins will narrow in the quarter, the firm says.", "PRESENT_REF"),
        ("Both rallies were held on the same day.", "XXXX-XX-XX"),
        ("The film took $20m over the weekend.", "PAST_REF"),
        ("The board will meet over the weekend.", "FUTURE_REF"),
        ("The plant is set to close by the end of the decade, and it will be sold.", "FUTURE_REF"),
    ],
)
def test_a_period_with_no_dct(text: str, want: str) -> None:
    (t,) = tag(text, None)
    assert t.value == want


@pytest.mark.parametrize(
    "text",
    [
        "The story ran in the Observer and Sunday Telegraph.",
        "A poll in yesterday's Sunday Times put Labour ahead.",
        "She writes for Sunday Mirror readers.",
    ],
)
def test_sunday_papers_are_names(text: str) -> None:
    assert not [t for t in tag(text, MARCH_2009) if t.text == "Sunday"]


def test_a_length_from_a_day_past_the_calendar_reaches_none() -> None:
    # (it raised ValueError: year 11009 is out of range)
    got = tag(
        "The spent fuel stays hot, and 9,000 years from today it is still unsafe.", MARCH_2009
    )
    assert [(t.value, t.anchor) for t in got if t.type == "DURATION"] == [("P9000Y", None)]
