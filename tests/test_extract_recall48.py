"""Right events the filters dropped (round 48): a foreign ministry's words are dealings
abroad even in an article naming one country, and a ceasefire an international body ordered,
told with its date in a background clause, is news."""

from __future__ import annotations

from stream.extract import Article


def _doers(extractor, text: str, etype: str, published: str = "1989-06-01") -> list[list[str]]:
    """The doers' countries (or codes, for a body with none) of each event of ``etype``."""
    events = extractor.extract(Article(id="t", text=text, published_at=published))
    return [[a["country"] or a["code"] for a in e["actors"]] for e in events if e["type"] == etype]


# ------------------------------------------------------------ foreign offices act abroad


def test_a_foreign_ministry_rejecting_a_report_is_no_politics_at_home(extractor):
    text = (
        "ANKARA, June 3 - A human rights group said on Friday that torture was still common "
        "in Turkish police stations. The report said detainees were beaten and given electric "
        "shocks. In Ankara, the Foreign Ministry rejected the report as biased. The government "
        "has promised to reform the police."
    )
    assert _doers(extractor, text, "rejection") == [["TUR"]]


def test_a_foreign_office_spokesman_protesting_is_an_event(extractor):
    text = (
        "PARIS, Oct 12 - French fishermen blocked the port of Boulogne on Wednesday. "
        "Fishing boats stayed in harbour for a second day. In Paris, a Foreign Ministry "
        "spokesman protested at what he called an unjustified measure. The fishermen said "
        "they would go on with the blockade."
    )
    assert ["FRA"] in _doers(extractor, text, "protest")


def test_a_foreign_secretary_denying_his_own_rivals_stays_at_home(extractor):
    text = (
        "Michael Howard said the government had misled voters on Europe. The Tory leader "
        "said Labour would hold no referendum. His claims were denied by Foreign Secretary "
        "Jack Straw, who accused the Tories of running scared of debate."
    )
    assert _doers(extractor, text, "rejection", "2005-04-01") == []


# ------------------------------------------------- a ceasefire ordered by an international body


def test_a_ceasefire_ordered_by_the_security_council_in_a_dated_clause_is_news(extractor):
    text = (
        "NICOSIA, July 24 - A ceasefire ordered by the U.N. Security Council took hold "
        "across Cyprus late on Monday after three days of fighting. Turkish troops held "
        "their positions."
    )
    assert ["IGOUNO"] in _doers(extractor, text, "ceasefire", "1974-07-24")


# ------------------------------------------------- a plan told of the subject is no aim of its verb


def test_a_meeting_planned_in_a_clause_on_the_subject_is_not_the_aim_of_its_verb(extractor):
    text = (
        "COLOMBO, March 2 - Tamil rebels attacked an army camp in the north on Tuesday, "
        "killing 12 soldiers, the army said. Indian Prime Minister Rajiv Gandhi, who is due "
        "to meet President Jayewardene in Colombo next week, has urged both sides to end "
        "the fighting."
    )
    events = extractor.extract(Article(id="t", text=text, published_at="1988-03-02"))
    met = [e for e in events if e["type"] == "meeting"]
    assert [[t["country"] for t in e["targets"]] for e in met] == [["LKA"]]
