"""Late-1990s wire copy: a month a "will" sentence schedules, "May" as the subject of its
sentence, year-back comparisons after a year, a quarter named by the day it ended, a clock
time something is set for, and fixtures plural teams play."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

APR_1996 = dt.date(1996, 4, 18)  # a Thursday
JULY_1997 = dt.date(1997, 7, 2)  # a Wednesday
FEB_1999 = dt.date(1999, 2, 10)  # a Wednesday
MAY_2000 = dt.date(2000, 5, 9)  # a Tuesday


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The appeals panel will take up the dispute in February.", "1998-02"),
        ("Voters will go back to the polls in early March.", "1998-03"),
        ("The airline will also resume flights to Havana in February.", "1998-02"),
    ],
)
def test_a_month_a_will_sentence_schedules_is_the_next_one(text: str, want: str) -> None:
    (month,) = tag(text, dt.date(1997, 4, 22))
    assert month.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # figures of a month gone by stay that month's
        ("The agency will revise its export figures in February, officials said.", "1997-02"),
        ("The chain will report sales for February.", "1997-02"),
        # a month ahead is this year's, as before
        ("The appeals panel will take up the dispute in June.", "1997-06"),
    ],
)
def test_figures_and_months_ahead_keep_their_year(text: str, want: str) -> None:
    (month,) = tag(text, dt.date(1997, 4, 22))
    assert month.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rain fell on Sunday. May was the wettest month since 1987.", "2000-05"),
        ("Storms hit the coast. March is usually calmer.", "2000-03"),
        ('"May has been a good month for us," the dealer said.', "2000-05"),
    ],
)
def test_may_or_march_opening_a_sentence_before_a_verb_is_the_month(text: str, want: str) -> None:
    values = [v for _, v in _values(text, MAY_2000)]
    assert want in values


@pytest.mark.parametrize(
    "text",
    [
        "May I add one thing?",
        "March on, the general told them.",
        "Theresa May spoke to reporters. May was firm on the point.",
    ],
)
def test_may_or_march_as_modal_verb_or_person_is_no_date(text: str) -> None:
    assert _values(text, MAY_2000) == []


def test_a_year_earlier_after_a_year_in_its_sentence_is_the_year_before() -> None:
    text = (
        "Exports climbed 3 percent in the third quarter, the bureau said. For the whole of "
        "1998, exports fell 1.2 percent, after a 4 percent rise a year earlier."
    )
    assert _values(text, FEB_1999)[-1] == ("a year earlier", "1997")


def test_a_year_earlier_in_a_quarter_report_stays_the_quarter() -> None:
    text = "Exports climbed 3 percent in the third quarter from a year earlier."
    assert _values(text, FEB_1999)[-1] == ("a year earlier", "1997-Q3")


def test_the_quarter_ended_on_a_day_is_the_one_a_year_back_counts_from() -> None:
    text = (
        "The retailer will post results for the quarter that ended Jan. 31 next week. "
        "Analysts expect it will earn 40 cents a share, against 31 cents in the same period a "
        "year earlier."
    )
    values = dict(_values(text, FEB_1999))
    assert values["the quarter"] == "1998-Q4"
    assert values["the same period a year earlier"] == "1997-Q4"


def test_a_fiscal_quarter_named_first_stays_the_one_under_report() -> None:
    text = (
        "The maker earned $4 million in its fiscal second quarter. Sales for the quarter "
        "ended Sept. 30 rose 12% from a year earlier."
    )
    values = dict(_values(text, dt.date(1989, 10, 25)))
    assert values["a year earlier"] == "1988-Q2"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The probe is to leave its launch pad early Saturday. The firing, set for 6:12 a.m., "
            "was put off twice last month.",
            "1996-04-20T06:12",
        ),
        (
            "The rocket goes up on Saturday. Liftoff, scheduled for 11 p.m. EDT, was moved once.",
            "1996-04-20T23:00",
        ),
    ],
)
def test_a_clock_time_something_is_set_for_is_on_the_day_named_before(text: str, want: str) -> None:
    clocks = [v for _, v in _values(text, APR_1996) if "T" in v and ":" in v]
    assert clocks == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Rangers play Boston on Saturday night at the Garden.", "1997-07-05TNI"),
        ("The two unbeaten sides face each other on Sunday.", "1997-07-06"),
        ("The Bears host Detroit on Monday night.", "1997-07-07TNI"),
    ],
)
def test_a_fixture_plural_teams_play_lies_ahead(text: str, want: str) -> None:
    (day,) = tag(text, JULY_1997)
    assert day.value == want


def test_a_fixture_not_played_stays_behind() -> None:
    (day,) = tag("The Rangers did not play Boston on Saturday.", JULY_1997)
    assert day.value == "1997-06-28"


def test_a_firm_called_may_is_no_month() -> None:
    text = "May Department Stores Co. lifted its sales. May had a gain of 9 pct."
    assert _values(text, MAY_2000) == []


@pytest.mark.parametrize(
    "text",
    [
        # a part or a point of a year is no whole year compared with
        "Exports climbed in the fourth quarter. Sales for the last three months of 1998 were "
        "$2 billion, up from $1.8 billion a year earlier.",
        "Exports climbed in the fourth quarter. Reserves stood at $9 billion, against $8 billion "
        "at end-1998 and $7 billion a year earlier.",
    ],
)
def test_a_year_earlier_after_a_part_of_a_year_stays_the_quarter(text: str) -> None:
    assert _values(text, FEB_1999)[-1] == ("a year earlier", "1997-Q4")
