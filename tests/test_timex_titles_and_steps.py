"""TIMEX3 tagger, eighteenth round: award titles, "the week after" a week named, "the year" a
clause names, a state that lasted "until" a period, a year hoped for, and a year naming a law
(which dates no event)."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract import Article
from stream.extract.timex import tag

MAY_2009 = dt.date(2009, 5, 13)  # a Wednesday


def _values(text: str, dct: dt.date | None = MAY_2009) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # any capitalised noun before "of the year" after another word is an award's title
        ("The shop was voted Online Retailer of the year by readers.", []),
        (
            "Her memoir won the Costa Biography of the Year last night.",
            [("last night", "2009-05-12TNI")],
        ),
        # not a part of the period, nor a numbered weekday
        (
            "Stocks hit a low at the End of the Year.",
            [("the End of the Year", "2008")],  # (the year just ended: a past verb)
        ),
    ],
)
def test_award_titles_are_no_expression(text, want):
    assert _values(text) == want


def test_a_weekday_before_of_the_month_is_no_award_title():
    text = "Markets close early every third Friday of the month."
    assert _values(text)[-1] == ("the month", "2009-05")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the week after", "the month after", "the day before" closing a phrase: one unit on
        # or back from the date named last
        (
            "Envoys gather next week and ministers sign the week after.",
            [("next week", "2009-W21"), ("the week after", "2009-W22")],
        ),
        (
            "The ferry sailed on March 2 and the crew flew home the day after.",
            [("March 2", "2009-03-02"), ("the day after", "2009-03-03")],
        ),
        (
            "Orders slipped in January and recovered the month after, the firm said.",
            [("January", "2009-01"), ("the month after", "2009-02")],
        ),
        (
            "The mill was built in 1961 and sold the year after.",
            [("1961", "1961"), ("the year after", "1962")],
        ),
        # a noun after it: the week of an event, not a step ("after" stays out)
        (
            "The week after the vote was calm.",
            [("The week", "2009-W20")],
        ),
        # a year named before a week: no week to step from ("after" stays out)
        (
            "The dam opened in 1961 and flooded the week after.",
            [("1961", "1961"), ("the week", "2009-W20")],
        ),
    ],
)
def test_a_unit_after_or_before_the_date_named_last(text, want):
    assert _values(text) == want


@pytest.mark.parametrize("dct", [MAY_2009, None])
def test_the_year_a_clause_names_is_unknown(dct):
    assert _values("The year she was elected, the party split.", dct) == [("The year", "XXXX")]
    assert _values("In the year when rents fell, wages rose.", dct) == [("the year", "XXXX")]


def test_the_year_with_a_subject_after_it_in_a_report_stays():
    # "For the year it reported a loss": "it" is the main clause's subject
    assert _values("For the year it reported a loss of 3 mln dlrs.") == [("the year", "2009")]
    # after "during" a subject alone opens the main clause, not a clause naming the year
    assert _values("During the year we cut costs by 9 pct.") == [("the year", "2009")]
    assert _values("During the year we cut costs by 9 pct.", None) == [("the year", "PRESENT_REF")]


def test_a_state_that_lasted_until_the_end_of_the_year_is_over():
    text = "The quarry stayed closed until the end of the year, its owner said."
    assert _values(text) == [("the end of the year", "2008")]
    assert _values(text, None) == [("the end of the year", "PAST_REF")]
    # an act setting a deadline still looks ahead
    text = "The striker was banned until the end of the year."
    assert _values(text) == [("the end of the year", "2009")]
    assert _values(text, None) == [("the end of the year", "FUTURE_REF")]
    assert _values("The quarry will stay closed until the end of the year.", None) == [
        ("the end of the year", "FUTURE_REF")
    ]


def test_a_year_hoped_for_is_not_the_year_told_in_the_past():
    text = "Bonds closed the week firm on hopes of a rebound in 2010. The index rose 4% during the year."
    assert _values(text, None)[-1] == ("the year", "PRESENT_REF")
    assert _values(text, dt.date(2009, 12, 30))[-1] == ("the year", "2009")
    # a year reported on, not hoped for, stays the year in view
    text = "Bonds rallied in 2008. The index rose 4% during the year."
    assert _values(text, None)[-1] == ("the year", "2008")
    # nor when "the year" is not told in the past
    text = "Traders hope for a rebound in 2010. Profits during the year are expected to rise."
    assert _values(text, None)[-1] == ("the year", "2010")


@pytest.mark.parametrize("law", ["the act of 1987", "the treaty of 1990", "the Accord of 1979"])
def test_a_year_naming_a_law_dates_no_accusation(extractor, law):
    text = f"Chile accused Peru of violating {law}."
    events = extractor.extract(Article(id="t", text=text, published_at="2009-05-13T12:00:00Z"))
    accusations = [e for e in events if e["type"] == "accusation"]
    assert accusations and all(e["date"]["value"] is None for e in accusations)


def test_a_year_on_the_act_itself_still_dates_it(extractor):
    text = "Chile accused Peru in 1987 of violating the treaty."
    events = extractor.extract(Article(id="t", text=text, published_at="2009-05-13T12:00:00Z"))
    assert [e["date"]["value"] for e in events if e["type"] == "accusation"] == ["1987"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "a year before" closing a phrase is "a year earlier": the period in view a year back
        (
            "Exports reached 4 billion in March, up 9 pct from a year before.",
            [("March", "2009-03"), ("a year before", "2008-03")],
        ),
        (
            "Profit for 2007 fell. A year before, it had doubled.",
            [("2007", "2007"), ("A year before", "2006")],
        ),
        # before a noun it is a preposition: the length alone
        ("She quit a year before the merger.", [("a year", "P1Y")]),
    ],
)
def test_a_year_before_closing_a_phrase_is_a_date(text, want):
    assert _values(text) == want


@pytest.mark.parametrize("dct", [MAY_2009, None])
def test_the_past_or_next_fortnight_is_two_weeks(dct):
    text = "After two wins over the past fortnight, the side meets twice in the next fortnight."
    assert _values(text, dct) == [("the past fortnight", "P2W"), ("the next fortnight", "P2W")]
    # a fortnight as a calendar period has no value: no expression
    assert _values("Shares slid last fortnight.", dct) == []


def test_a_date_on_the_petition_carrying_the_act_still_dates_it(extractor):
    text = "In a petition filed in January, Chile asked Peru to extradite the banker."
    events = extractor.extract(Article(id="t", text=text, published_at="2009-05-13T12:00:00Z"))
    dates = [e["date"]["value"] for e in events if e["type"] == "appeal"]
    assert dates == ["2009-01"]
