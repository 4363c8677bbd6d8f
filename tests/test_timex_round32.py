"""Sports reports and fixtures: a length after "the final" or "the last" followed by "ago" is
the date that far back; "a day after" set off by a comma after a number is a length, not a
rate; "the weekend" warnings are issued for, or a match is set for, lies ahead; a day named
without a year in a sentence a year frames ("next year's tournament", "Last year the race")
is of that year; a participle of an absolute phrase after "with" tells no tense."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

MON = dt.date(2017, 5, 1)  # a Monday
WED = dt.date(2017, 5, 3)  # a Wednesday
TUE_DEC = dt.date(2016, 12, 6)  # a Tuesday in December


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The club reached the final three years ago and lost.", ("three years ago", "2014")),
        ("She won the last two titles five years ago.", ("five years ago", "2012")),
    ],
)
def test_final_count_before_ago_is_a_date(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, MON)


def test_final_count_without_ago_stays_a_length() -> None:
    assert ("the final three years", "P3Y") in _values(
        "He spent the final three years of his career in Spain.", MON
    )


@pytest.mark.parametrize(
    "text",
    [
        "The striker left the squad with a knee injury after scoring 12, a day after the derby.",
        "The stadium sold 40,000 tickets, a week before the opening game.",
    ],
)
def test_length_after_comma_counts_from_an_event(text: str) -> None:
    values = dict(_values(text, MON))
    assert values.get("a day", values.get("a week")) in ("P1D", "P1W")


def test_rate_stays_a_rate() -> None:
    assert _values("The mine produced 300 tonnes a day last year.", MON) == [("last year", "2016")]


@pytest.mark.parametrize(
    "text",
    [
        "Storm warnings have been issued for the weekend across the north.",
        "The rearranged derby is set for the weekend.",
        "Extra trains have been booked for the weekend.",
    ],
)
def test_weekend_planned_for_lies_ahead(text: str) -> None:
    assert ("the weekend", "2017-W18-WE") in _values(text, WED)


def test_weekend_told_in_the_past_early_in_the_week_is_the_one_gone() -> None:
    assert ("the weekend", "2017-W17-WE") in _values("Two players were hurt over the weekend.", MON)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Officials met to plan next year's regatta, which opens on June 12.", "2018-06-12"),
        ("Last year the rally started on Sept. 20 in Lisbon.", "2016-09-20"),
        ("In 2019 the games open on July 26 in Lima.", "2019-07-26"),
        ("The 2019 congress, which opens on Feb. 9, meets in Oslo.", "2019-02-09"),
    ],
)
def test_day_in_a_sentence_a_year_frames(text: str, want: str) -> None:
    assert want in [v for _, v in _values(text, MON)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bound, not the year the sentence tells of
        ("The coach, in charge since 2009, signed a deal until June 30.", "2017-06-30"),
        # a year of a clause of its own
        ("He flew 40 missions in 1944 and later ran a bank, and died April 20.", "2017-04-20"),
        # a year of a thing named, not of the sentence's time
        ("The utility will redeem its notes due 2025 on Dec. 1.", "2017-12-01"),
        # the period a figure is of
        (
            "The 2016 audited loss was larger than the one the firm reported on Jan. 30.",
            "2017-01-30",
        ),
        (
            "Traders will learn more about next year's crop when a report comes out on July 9.",
            "2017-07-09",
        ),
    ],
)
def test_year_not_framing_the_sentence_leaves_the_day_alone(text: str, want: str) -> None:
    assert want in [v for _, v in _values(text, MON)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The draw will be made on Friday, with the group games played in February.",
            ("February", "2017-02"),
        ),
        (
            "The league will restart next week, with the remaining rounds completed in March.",
            ("March", "2017-03"),
        ),
    ],
)
def test_absolute_participle_after_with_tells_no_tense(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, TUE_DEC)


def test_relative_clause_after_with_keeps_its_past() -> None:
    assert ("Monday", "2017-05-01") in _values(
        "The envoy, with whom the king met Monday, flew home.", WED
    )


THU = dt.date(2017, 5, 4)  # a Thursday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Saturday's derby will be shown live on television.", ("Saturday", "2017-05-06")),
        ("But Monday's hearing is expected to last all day.", ("Monday", "2017-05-08")),
    ],
)
def test_possessive_weekday_opening_a_coming_event_is_ahead(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _values(text, THU)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an event gone by, its consequences ahead
        ("Tuesday's verdict will be appealed, the defence said.", ("Tuesday", "2017-05-02")),
        # the weekday within the subject, not opening it
        ("The defeat in Sunday's election may cost him his job.", ("Sunday", "2017-04-30")),
    ],
)
def test_possessive_weekday_of_an_event_gone_by_stays_behind(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _values(text, THU)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Rams will face Dallas next month after routing Chicago 31-3 on Sunday.",
            ("Sunday", "2017-04-30"),
        ),
        (
            "United, who will host Arsenal in the cup, are third after losing 2-1 Saturday.",
            ("Saturday", "2017-04-29"),
        ),
    ],
)
def test_weekday_after_a_final_score_is_a_game_played(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, THU)


@pytest.mark.parametrize(
    "text",
    [
        "The coach said his side would beat Leeds 2-0 on Saturday.",
        "Fans expect the Rams to beat Dallas 24-10 on Saturday.",
    ],
)
def test_forecast_score_stays_ahead(text: str) -> None:
    assert ("Saturday", "2017-05-06") in _values(text, THU)


JUL = dt.date(2015, 7, 15)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The new term begins Sept. 1 and ends in late May.", ("late May", "2016-05")),
        ("The lease on the training ground expires in June.", ("June", "2016-06")),
    ],
)
def test_month_a_term_ends_in_under_the_present_is_the_next_one(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _values(text, JUL)


def test_month_after_a_plural_noun_like_a_verb_stays_this_year() -> None:
    assert ("June", "2015-06") in _values("Housing starts in June rose 2 percent.", JUL)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The two clubs meet again on Boxing Day.", ("Boxing Day", "2015-12-26")),
        ("The council meets again on Dec. 28.", ("Dec. 28", "2015-12-28")),
        ("The fair opens again in January.", ("January", "2016-01")),
    ],
)
def test_schedule_verb_with_an_adverb_before_the_date(text: str, want: tuple[str, str]) -> None:
    assert want in _values(text, JUL)


APR = dt.date(2013, 4, 16)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Exports rose 3 percent in March from February and 8 percent from a year earlier.",
            ("a year earlier", "2012-03"),
        ),
        (
            "Output fell in January from December but rose 2 percent from a year earlier.",
            ("a year earlier", "2012-01"),
        ),
    ],
)
def test_year_back_is_of_the_period_reported_not_the_one_compared(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _values(text, APR)


def test_year_back_after_a_single_period_is_of_that_period() -> None:
    assert ("a year earlier", "2012-02") in _values(
        "Exports rose 3 percent in February and 8 percent from a year earlier.", APR
    )


def test_quarter_compared_with_is_not_the_quarter_under_report() -> None:
    values = _values(
        "Retail sales fell in the first quarter from the fourth quarter and rose from a year ago.",
        APR,
    )
    assert ("a year ago", "2012-Q1") in values


def test_quarter_alone_is_the_quarter_under_report() -> None:
    values = _values("Retail sales fell in the fourth quarter and rose from a year ago.", APR)
    assert ("a year ago", "2011-Q4") in values
