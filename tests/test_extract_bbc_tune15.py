"""Recall classes of BBC business text: a charge pleaded guilty to is the state's charge of the
pleader, no act of the pleader: coercion (CAMEO 173) with the pleader for target ('the insurer
pleaded guilty to fraud charges'), a plea of innocence none; a firm's agreement to settle a
claim a state body brought, or a settlement agreed with one, is a deal with that body, no
business news; an active agreement's object names its partner after 'with'."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "2005-01-12T12:00:00Z"


def test_a_charge_pleaded_guilty_to_has_the_pleader_for_target(extractor):
    events = extract_events(
        extractor, "Two Canadian bankers have pleaded guilty to fraud charges in Toronto.", PUB
    )
    assert side_countries(events, "coercion") == [([], ["CAN"])]
    assert side_countries(events, "accusation") == []


def test_a_plea_of_innocence_makes_no_charge_of_the_pleader(extractor):
    for plea in ("pleaded not guilty", "will plead not guilty", "pleaded innocent"):
        text = f"LONDON - The eight Greenpeace protesters {plea} to the charges on Monday."
        assert side_countries(extract_events(extractor, text, PUB), "coercion") == []


def test_a_firm_settling_a_claim_a_regulator_brought_agrees_with_that_regulator(extractor):
    events = extract_events(
        extractor,
        "The bank agreed to pay dollars 10m to settle charges brought by the Securities and "
        "Exchange Commission.",
        PUB,
    )
    assert side_countries(events, "agreement") == [([], ["USA"])]
    probe = extract_events(
        extractor,
        "The lender agreed to pay a fine to settle the investigation by the Financial Services "
        "Authority.",
        PUB,
    )
    assert side_countries(probe, "agreement") == [([], ["GBR"])]


def test_settlements_agreed_with_a_regulator_of_the_firms_own_state_are_an_event(extractor):
    events = extract_events(
        extractor, "Three former US fund managers agreed settlements with the SEC.", PUB
    )
    assert side_countries(events, "agreement") == [(["USA"], ["USA"])]


def test_the_partner_of_an_agreement_may_stand_on_its_object(extractor):
    events = extract_events(extractor, "Britain agreed a trade package with China.", PUB)
    assert side_countries(events, "agreement") == [(["GBR"], ["CHN"])]


def test_a_firms_settlement_with_its_creditors_stays_business_news(extractor):
    events = extract_events(
        extractor, "The Argentine firm agreed a settlement with its bank creditors.", PUB
    )
    assert side_countries(events, "agreement") == []
