"""TIMEX3 tagger: 'agreed to' before a noun phrase is no plan ahead, a pronoun before
'forecast' makes it a past verb, a week counted back after a year is the DCT's, and 'earlier
in the day' after another sentence is the latest day named."""

from __future__ import annotations

import datetime as dt

from stream.extract.timex import tag

JUNE_2010 = dt.date(2010, 6, 9)  # a Wednesday


def _values(text: str, dct: dt.date = JUNE_2010) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_agreed_to_a_noun_phrase_is_no_plan_ahead() -> None:
    text = "Brazil agreed to a rescue package at a meeting of creditors in February."
    assert ("February", "2010-02") in _values(text)


def test_agreed_to_a_verb_still_plans_ahead() -> None:
    assert ("February", "2011-02") in _values("The creditors agreed to meet again in February.")


def test_a_pronoun_makes_forecast_a_past_verb() -> None:
    text = "The deficit will reach 4 pct, the level she forecast in the January budget."
    assert ("January", "2010-01") in _values(text)


def test_a_week_counted_back_after_a_year_is_the_dct_s() -> None:
    text = "Sales for the 2009/10 season rose to 310,000 tonnes from 250,000 the previous week."
    assert ("the previous week", "2010-W22") in _values(text)


def test_a_week_counted_back_after_a_day_keeps_the_day() -> None:
    text = "The envoys met on May 5. The previous week, they had spoken by phone."
    assert ("The previous week", "2010-W17") in _values(text)


def test_earlier_in_the_day_after_another_sentence_is_the_latest_day_named() -> None:
    text = (
        "The minister said Tuesday that troops shelled the border post in reply to a raid "
        "on Saturday. Rebels had warned the army earlier in the day."
    )
    assert ("earlier in the day", "2010-06-08") in _values(text)


def test_earlier_in_the_day_after_a_day_of_its_own_sentence_keeps_it() -> None:
    text = (
        "Sterling firmed this morning. The bonds were sold on Monday, soon after the rate "
        "cut earlier in the day."
    )
    assert ("earlier in the day", "2010-06-07") in _values(text)
