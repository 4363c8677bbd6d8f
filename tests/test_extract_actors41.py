"""Actors of BBC and wire copy: companies a trade's title names, each rule on sentences
written for the test, with the event of like words it must leave alone kept beside it."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

from stream.extract.actors import _default_gazetteer, story_firms

PUB = "2004-11-12T12:00:00Z"


def _types(extractor, text: str) -> set[str]:
    return {e["type"] for e in extract_events(extractor, text, PUB)}


def test_a_trade_title_marks_the_name_after_it_as_a_company():
    text = (
        "Dutch retailer Ahold cut prices. The oil giant Varnex said so. Water firm Aguas"
        " Delmar, owned by Suez, agreed. The militant group Hamas said no. The carrier"
        " Independence sailed. The airline Air France said yes."
    )
    assert story_firms(text, _default_gazetteer()) == {"Ahold", "Varnex", "Aguas Delmar"}


def test_a_state_dealing_with_a_titled_firm_is_business_news(extractor):
    lead = (
        "A conflict between the Chilean State and water firm Aguas Chilenas, owned by a French"
        " group, is casting doubt on its future. Planning Minister Jorge Ramos said the"
        " government is in discussions with Aguas Chilenas about what role it might take."
    )
    firm = " In May 2004, Aguas Chilenas and the government signed an agreement on water."
    assert not _types(extractor, lead + firm) & {"meeting", "agreement"}
    state = " In May 2004, the government signed an agreement with Peru."
    assert side_countries(extract_events(extractor, lead + state, PUB), "agreement") == [
        (["CHL"], ["PER"])
    ]
