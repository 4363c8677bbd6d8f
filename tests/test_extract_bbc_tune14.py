"""Recall classes of BBC business text: a regulator named by its own name is its country's
government ('the Securities and Exchange Commission', 'the Financial Services Authority (FSA)'),
a state's charge of a firm is an event, no business news ('US regulators accused the bank of
hiding losses'), and legal acts on firms are triggered (a restraining order or an injunction
against one, an order to pay a fine, a court throwing out a merger, a regulator barring a
firm from a market), also where the court's capitalised name is what the entry needs ('was
thrown out by the Australian Competition Tribunal'). A firm's acts on firms stay no event."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "2005-01-12T12:00:00Z"


def test_a_regulator_named_by_its_name_is_its_countrys_government(extractor):
    sec = extract_events(
        extractor,
        "The Securities and Exchange Commission accused the mortgage lender of fraud.",
        PUB,
    )
    assert side_countries(sec, "accusation") == [(["USA"], [])]
    assert [a["code"] for a in sec[0]["actors"]] == ["USAGOV"]
    fined = extract_events(extractor, "The Financial Services Authority fined the insurer.", PUB)
    assert side_countries(fined, "sanction") == [(["GBR"], [])]


def test_an_acronym_spelled_out_in_brackets_is_that_body(extractor):
    text = (
        "Nine firms will pay compensation, the Financial Services Authority (FSA) said. "
        "The FSA accused two of the banks of mis-selling."
    )
    events = extract_events(extractor, text, PUB)
    assert side_countries(events, "accusation") == [(["GBR"], [])]
    rebels = extract_events(extractor, "The FSA attacked an army base near Aleppo.", PUB)
    assert [a["code"] for e in rebels for a in e["actors"]] == ["SYRREB"]


def test_a_states_charge_of_a_firm_is_an_event(extractor):
    banks = extract_events(extractor, "US regulators accused the bank of hiding losses.", PUB)
    assert [(e["type"], e["cameo"]) for e in banks] == [("accusation", "110")]
    assert side_countries(banks, "accusation") == [(["USA"], [])]
    rival = extract_events(extractor, "The carmaker accused its rival of copying its designs.", PUB)
    assert rival == []


def test_legal_acts_on_firms_are_triggered(extractor):
    for text, etype, country in (
        ("A Spanish judge issued a restraining order against the oil company.", "coercion", "ESP"),
        ("A French court granted an injunction against the airline.", "coercion", "FRA"),
        ("The US regulator barred the bank from selling shares.", "coercion", "USA"),
    ):
        events = extract_events(extractor, text, PUB)
        assert [e["type"] for e in events] == [etype], text
        assert [a["country"] for a in events[0]["actors"]] == [country], text


def test_a_court_throwing_out_a_merger_is_coercion(extractor):
    events = extract_events(
        extractor, "The merger was thrown out by the Australian Competition Tribunal.", PUB
    )
    assert [(e["type"], e["cameo"]) for e in events] == [("coercion", "172")]
    assert side_countries(events, "coercion") == [(["AUS"], [])]
    assert (
        extract_events(extractor, "Shareholders threw out the deal at the annual meeting.", PUB)
        == []
    )
