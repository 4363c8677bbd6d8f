"""Event dates: a date in a participle on another thing (set off by commas, or with its own
doer) tells that thing's history, a deadline still ahead dates no past act, and neither does
the date of a cause, of a debt falling due, in a name or in a "pre-" modifier."""

from __future__ import annotations

from stream.extract import Article

PUBLISHED = "2003-04-16T12:00:00Z"  # a Wednesday


def _dates(extractor, text: str, etype: str) -> list[str | None]:
    events = extractor.extract(Article(id="t", text=text, published_at=PUBLISHED))
    return [e["date"]["value"] for e in events if e["type"] == etype]


def test_a_participle_set_off_by_commas_dates_its_noun_not_the_event(extractor):
    text = "Russia condemned the treaty, signed in 1997, between Georgia and Ukraine."
    assert _dates(extractor, text, "accusation") == [None]


def test_a_date_after_the_closing_comma_is_the_event_s_own(extractor):
    text = "Israeli jets struck the camp, set up in 1982, on Tuesday."
    assert _dates(extractor, text, "airstrike") == ["2003-04-15"]


def test_a_participle_with_its_own_doer_dates_its_noun(extractor):
    text = "Iran rejected the resolution adopted last week by the Security Council."
    assert _dates(extractor, text, "rejection") == [None]
    dated = "Iran on Monday rejected the resolution adopted last week by the Security Council."
    assert _dates(extractor, dated, "rejection") == ["2003-04-14"]


def test_a_deadline_ahead_dates_no_past_agreement(extractor):
    text = (
        "The minister said Spain had agreed with Argentina to reschedule the debt, "
        "accepting that no interest would be paid until 2006."
    )
    assert _dates(extractor, text, "agreement") == [None]


def test_a_postponement_is_not_dated_by_the_new_date(extractor):
    text = "Egypt and Israel postponed until next Tuesday their talks on the border."
    dates = [
        e["date"]["value"]
        for e in extractor.extract(Article(id="t", text=text, published_at=PUBLISHED))
    ]
    assert dates and "2003-04-22" not in dates


def test_a_date_of_a_cause_does_not_date_the_act(extractor):
    text = (
        "Venezuela asked Spain for easier terms because of a 40 pct drop in oil income last year."
    )
    assert _dates(extractor, text, "appeal") == [None]


def test_a_date_in_a_clause_of_cause_is_the_cause_s(extractor):
    text = "Iraq shelled Iranian towns on Monday because Iran had attacked Basra on Sunday."
    assert _dates(extractor, text, "shelling") == ["2003-04-14"]


def test_a_date_a_debt_falls_due_does_not_date_the_act(extractor):
    text = "Peru asked Japan to reschedule 300 mln dlrs of loans due in 2005 and 2006."
    assert _dates(extractor, text, "appeal") == [None]


def test_the_year_in_a_law_s_name_dates_nothing(extractor):
    text = "Congress demanded under the Trade Act of 1974 that Japan open its markets."
    assert _dates(extractor, text, "demand") == [None]


def test_a_pre_year_modifier_dates_nothing(extractor):
    text = "China welcomed a U.S. decision dismissing claims by holders of pre-1949 Chinese bonds."
    assert _dates(extractor, text, "support") == [None]


def test_a_month_of_a_year_still_dates_the_event(extractor):
    text = "In March of 2002, Iraq attacked the island."
    assert _dates(extractor, text, "attack") == ["2002-03"]


def test_hours_after_a_day_s_event_dates_the_act_on_that_day(extractor):
    text = (
        "Hours after Monday's first air raid, rebel gunners shelled the port of Jaffna, "
        "killing 12 civilians, officials said."
    )
    assert _dates(extractor, text, "shelling") == ["2003-04-14"]
