"""TIMEX3 tagger: a market's move 'to close at' a level is what happened, not a plan; a
present 'is due to' looks ahead to the month it names; 'the coming year' in January is the
year begun; 'the second half of the year' after a year named in its sentence is that
year's; 'month by month', 'year on year' are comparisons, no periods."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

WEDNESDAY = dt.date(2011, 4, 13)


def _found(text: str, dct: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "Rolls shares, up 4% to close at 610p on Monday, led the index higher.",
        "The Dax is 0.8% higher to end at 7,100 points on Monday.",
        "Copper is down 2% to end at a record low on Monday.",
        # ("to settle" is no future cue: the past verb alone dates it)
        "Copper slipped to settle at a record low on Monday.",
    ],
)
def test_a_move_to_a_closing_level_is_the_last_such_day(text: str) -> None:
    assert ("Monday", "2011-04-11") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a schedule or a forecast before the same words still looks ahead
        "The exchange is due to close at 1 p.m. on Monday.",
        "Dealers expect the index to close at 7,200 on Monday.",
    ],
)
def test_a_scheduled_or_forecast_close_is_the_next_such_day(text: str) -> None:
    assert [v[:10] for _, v in _found(text)] == ["2011-04-18"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The inquiry is due to report in March.", "2012-03"),
        ("The hearings are scheduled to resume in early February.", "2012-02"),
        # the current month stays this year's
        ("The firm is due to publish its accounts in April.", "2011-04"),
        # a schedule reported in the past may be over
        ("The inquiry was due to report in March.", "2011-03"),
    ],
)
def test_a_present_schedule_names_the_next_such_month(text: str, want: str) -> None:
    assert [v for _, v in _found(text)] == [want]


def test_the_coming_year_in_january_is_the_year_begun() -> None:
    text = "Retailers fear the coming year will bring more closures."
    assert _found(text, dt.date(2011, 1, 9)) == [("the coming year", "2011")]
    assert _found(text, dt.date(2011, 11, 9)) == [("the coming year", "2012")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rents rose 9% across 2010, but only 1% in the second half of the year.",
            "2010-H2",
        ),
        ("Exports grew in 2010 and slowed in the last quarter of the year.", "2010-Q4"),
    ],
)
def test_a_part_of_the_year_after_a_year_named_in_its_sentence_is_of_that_year(
    text: str, want: str
) -> None:
    assert _found(text)[-1][1] == want


def test_a_part_of_the_year_with_no_year_named_keeps_the_dct_s_year() -> None:
    text = "Orders are expected to pick up in the second half of the year."
    assert _found(text) == [("the second half of the year", "2011-H2")]


@pytest.mark.parametrize(
    "text",
    [
        "The month by month swings in the survey are large.",
        "The year on year rise in rents was 4%.",
        "The quarter on quarter figure was weak.",
    ],
)
def test_a_unit_compared_with_itself_is_no_period(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her cover of Three Nights reached number two.",
        "He told the programme 48 Hours that the case was closed.",
        "Fans of Sunday Night Quiz wrote in.",
        # (a listed name, names_with_date_words, before the title rule)
        "Viewers of Friday Night Lights were angry.",
    ],
)
def test_a_capitalised_unit_mid_sentence_is_a_title(text: str) -> None:
    assert _found(text) == []


def test_a_length_or_night_in_lower_case_is_still_tagged() -> None:
    text = "The siege lasted three nights and ended on Friday night."
    assert [t for t, _ in _found(text)] == ["three nights", "Friday night"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The new engine is scheduled for the third quarter.", "2011-Q3"),
        ("Deliveries are planned for the second half.", "2011-H2"),
        # a result reported for a quarter not yet begun is still last year's
        ("Margins widened in the third quarter.", "2010-Q3"),
    ],
)
def test_a_half_or_quarter_something_is_scheduled_for_lies_ahead(text: str, want: str) -> None:
    assert [v for _, v in _found(text)] == [want]


def test_the_studio_20th_century_fox_is_no_century() -> None:
    assert _found("The rights went to 20th Century Fox in May.") == [("May", "2011-05")]
    assert _found("Art of the 20th century filled the hall.") == [("the 20th century", "19")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Attendance fell in the 2009-10 season.", "2009-10"),
        ("Cane output for fiscal 2009/10 rose.", "fiscal 2009/10"),
        # the second year's number is no day or length of its own
        ("In the first four 2009/10 months sales rose.", "2009/10"),
    ],
)
def test_a_split_year_is_one_expression_valued_as_its_first_year(text: str, span: str) -> None:
    assert _found(text)[0] == (span, "2009")


def test_two_years_apart_are_no_split_year() -> None:
    assert _found("Output rose in 2006-09 on new mines.") == [("2006", "2006")]


@pytest.mark.parametrize(
    "text",
    [
        "On March 2 the host was sacked. Fans of Sunday Night Quiz were angry. "
        "The next day she resigned.",
        "On March 2 the host was sacked. Fans of Sunday Night Quiz wrote in the next day.",
    ],
)
def test_a_title_moves_no_anchor(text: str) -> None:
    # the title's "Sunday" is no date: "the next day" still follows March 2
    assert [v for _, v in _found(text)] == ["2011-03-02", "2011-03-03"]
