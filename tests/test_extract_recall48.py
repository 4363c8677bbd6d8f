"""Right events the filters dropped (round 48): a foreign ministry's words are dealings
abroad even in an article naming one country, and a ceasefire an international body ordered,
told with its date in a background clause, is news."""

from __future__ import annotations

import pytest

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


# ------------------------------------------------------- dealings with rebels are no home politics


def test_a_government_agreeing_to_hand_power_to_rebels_is_an_event(extractor):
    text = (
        "KAMPALA, Jan 20 - Government troops abandoned their positions around the capital "
        "on Sunday, witnesses said. The president agreed to hand power to the rebels, his "
        "aides said. The city was calm."
    )
    assert _doers(extractor, text, "agreement", "1986-01-20") == [["UGA"]]


AIMED_AT_HOME = [
    (  # a foreign secretary answering his own country's opposition
        "Michael Howard said the government had misled voters on Europe. The Tory leader "
        "said Labour would hold no referendum. His claims were denied by Foreign Secretary "
        "Jack Straw, who accused the Tories of running scared of debate.",
        "rejection",
        "2005-04-01",
    ),
    (  # an administration asking its own congress for aid to rebels
        "WASHINGTON, March 3 - The White House said on Monday it would press on with its "
        "policy in the region. The administration would ask Congress for 100 mln dlrs in new "
        "aid for the rebels, a spokesman said. Congress votes next month.",
        "appeal",
        "1986-03-03",
    ),
]


@pytest.mark.parametrize(("text", "etype", "published"), AIMED_AT_HOME)
def test_acts_aimed_at_the_doers_own_state_stay_at_home(extractor, text, etype, published):
    assert _doers(extractor, text, etype, published) == []
