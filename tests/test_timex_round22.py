"""TIMEX3 tagger, twenty-second round: "present" without its preposition, "just over" and
"a little more than" inside a length, clock times in another zone in brackets and clock
times on the day the sentence before told of, a modal's tense through its verb, "the 1998
fiscal year" and "the same period in 1997" as one expression, "the whole year" as a year."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

WED = dt.date(1999, 6, 16)  # a Wednesday
MON = dt.date(1997, 3, 3)  # a Monday


def _found(text: str, dct: dt.date = WED) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "At present, the mine employs 900 workers.",
        "The port handles 12 ships a week at present.",
    ],
)
def test_at_present_leaves_the_preposition_out(text: str) -> None:
    assert _found(text) == [("present", "PRESENT_REF", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The strike lasted just over three weeks.", ("just over three weeks", "P3W", "MORE_THAN")),
        ("Repairs took just under two months.", ("just under two months", "P2M", "LESS_THAN")),
        (
            "The loan runs for a little more than five years.",
            ("a little more than five years", "P5Y", "MORE_THAN"),
        ),
        ("It took slightly less than a day.", ("slightly less than a day", "P1D", "LESS_THAN")),
    ],
)
def test_a_hedged_bound_belongs_to_the_length(text: str, want: tuple) -> None:
    assert _found(text) == [want]


def test_a_time_in_brackets_in_another_zone_is_on_the_day_of_the_time_before() -> None:
    text = "The launch is set for 9:15 p.m. on June 25 (1315 GMT), the agency said."
    assert _found(text)[-1] == ("1315 GMT", "1999-06-25T13:15", None)
    # hours more than 12 apart: the evening before in the other zone
    text = "The tremor hit at 3 a.m. on June 12 (1900 GMT), officials said."
    assert _found(text)[-1] == ("1900 GMT", "1999-06-11T19:00", None)
    # and the night after, westward
    text = "Polls close at 10 p.m. EDT on June 22 (0200 GMT)."
    assert _found(text)[-1] == ("0200 GMT", "1999-06-23T02:00", None)


def test_a_time_in_brackets_with_its_own_day_keeps_it() -> None:
    text = "The storm reached the coast at 5 a.m. Saturday (6 p.m. EDT Friday)."
    assert [v for _, v, _ in _found(text)] == ["1999-06-12T05:00", "1999-06-11T18:00"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police said the van was stolen early Saturday. It was found shortly after 4 a.m. "
            "near the border.",
            "1999-06-12T04:00",
        ),
        (
            "The referendum is set for June 27. Polling stations open at 7 a.m. and close at "
            "9 p.m.",
            "1999-06-27T07:00",
        ),
    ],
)
def test_a_clock_time_is_on_the_day_the_sentence_before_told_of(text: str, value: str) -> None:
    assert _found(text)[1][1] == value


def test_a_clock_time_after_an_event_of_a_named_day_stays_on_the_dct() -> None:
    text = "Counting began after Sunday's poll. The winner was announced at 3 a.m."
    assert _found(text)[-1][1] == "1999-06-16T03:00"
    # nor does a day two sentences back carry over
    text = "The fire broke out on Saturday. Crews left. Roads reopened at 6 a.m."
    assert _found(text)[-1][1] == "1999-06-16T06:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hearings could go on through the weekend.", "1999-W24-WE"),
        ("The siege may continue over the weekend.", "1999-W24-WE"),
        ("Fighting could break out again at the weekend.", "1999-W24-WE"),
    ],
)
def test_a_bare_verb_after_a_modal_looks_ahead(text: str, value: str) -> None:
    assert _found(text)[0][1] == value


def test_a_verb_in_the_past_still_looks_back() -> None:
    assert _found("The hearings ran through the weekend.")[0][1] == "1999-W23-WE"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The state closed the 1996 fiscal year with a deficit.", "the 1996 fiscal year", "1996"),
        ("Profit for the 1998 financial year doubled.", "the 1998 financial year", "1998"),
        ("The 1995 budget year ended in September.", "The 1995 budget year", "1995"),
    ],
)
def test_a_year_before_fiscal_year_is_one_expression(text: str, span: str, value: str) -> None:
    assert _found(text, MON)[0][:2] == (span, value)


def test_the_same_period_of_a_year_after_a_count_of_months_is_that_year() -> None:
    text = "Exports in the first eight months rose 6 percent over the same period in 1995."
    assert _found(text, MON) == [
        ("the first eight months", "P8M", None),
        ("the same period in 1995", "1995", None),
    ]
    # after a quarter it is that quarter of the year, as before
    text = "First-quarter sales rose from the same period of 1995."
    assert _found(text, MON)[-1] == ("the same period of 1995", "1995-Q1", None)


@pytest.mark.parametrize("phrase", ["the whole year", "the entire year"])
def test_the_whole_year_is_the_year_in_view(phrase: str) -> None:
    text = f"Steel output is forecast to reach 90 million tons for {phrase}."
    assert _found(text, MON) == [(phrase, "1997", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a day long before the DCT names an event, not the story's day
        "The jet's debut was delayed by the 4 July 1996 blast. It was unveiled at 2100 GMT.",
        # a clock time as an attribute ("his 2200 GMT curfew") tells of no event
        "The court sat on Monday. He must keep his 2200 GMT curfew.",
        # a possessive of a relative day ("last night's close") is what is compared with
        "Futures held near last night's close. Losses grew to 11 points by 1030 GMT.",
    ],
)
def test_a_clock_time_keeps_the_dct_after_other_days(text: str) -> None:
    assert _found(text)[-1][1].startswith("1999-06-16T")


def test_a_hedged_bound_before_ago_keeps_its_direction() -> None:
    assert _found("The rules came in just over two years ago.") == [
        ("just over two years ago", "1997", "BEFORE")
    ]


def test_a_single_unit_keeps_its_article() -> None:
    assert _found("Reserves fell by $2 billion in a single week.") == [
        ("a single week", "P1W", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The levy was brought in no more than two years ago.",
            ("no more than two years ago", "1997", "ON_OR_AFTER"),
        ),
        (
            "The levy was brought in no less than two years ago.",
            ("no less than two years ago", "1997", "ON_OR_BEFORE"),
        ),
        (
            "The levy was brought in less than two years ago.",
            ("less than two years ago", "1997", "AFTER"),
        ),
    ],
)
def test_a_bound_before_ago_is_read_as_a_whole_phrase(text: str, want: tuple) -> None:
    assert _found(text) == [want]


def test_a_month_count_in_the_sentence_before_leaves_a_quarter_alone() -> None:
    found = _found(
        "Group sales for the first nine months were higher. Fourth-quarter earnings "
        "climbed from the same period of 1995."
    )
    assert found[-1] == ("the same period of 1995", "1995-Q4", None)


def test_a_quarter_named_after_the_month_count_is_the_period_compared() -> None:
    found = _found(
        "Turnover in the first nine months rose and fourth-quarter earnings climbed from "
        "the same period of 1995."
    )
    assert found[-1] == ("the same period of 1995", "1995-Q4", None)


def test_a_capitalised_preposition_puts_a_clock_time_on_the_day_before() -> None:
    found = _found("The van was taken late Friday. At 3 a.m. police found it abandoned.")
    assert found[-1] == ("3 a.m.", "1999-06-11T03:00", None)
