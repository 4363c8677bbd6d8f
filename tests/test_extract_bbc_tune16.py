"""Recall classes of BBC business and sport text: a sale or auction of a firm's assets done by
a state's authorities, courts or police is the state's seizure of property (coercion, CAMEO
1711), told with the verb ('was sold by the authorities') or the noun, whose 'by' the parser
may hang on the verb the noun is the object of ('to halt the auction of its mine, a copper
producer, by the authorities'); a government selling its own stake stays business news. A
minister or treasurer who throws out a bid rejects it (CAMEO 120), named by title alone
('Treasurer Peter Costello') too."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "2005-01-12T12:00:00Z"


def test_assets_sold_by_a_states_authorities_are_seized(extractor):
    events = extract_events(
        extractor,
        "The refinery was sold by the Kazakh authorities to cover the company's tax debts.",
        PUB,
    )
    assert side_countries(events, "coercion") == [(["KAZ"], [])]


def test_a_government_selling_its_own_stake_seizes_nothing(extractor):
    for text in (
        "The Polish government sold its stake in the national airline last year.",
        "The Treasury sold gold reserves in 1999.",
    ):
        assert side_countries(extract_events(extractor, text, PUB), "coercion") == []


def test_the_by_phrase_of_an_auction_may_hang_on_the_verb_above_it(extractor):
    events = extract_events(
        extractor,
        "The miner went to court in a bid to halt the auction of Konkola, its biggest copper "
        "mine, by Zambian authorities.",
        PUB,
    )
    assert [a for a, _ in side_countries(events, "coercion")] == [["ZMB"]]


def test_a_treasurer_who_throws_out_a_bid_rejects_it(extractor):
    events = extract_events(
        extractor,
        "The takeover was thrown out by New Zealand's treasurer on national interest grounds.",
        PUB,
    )
    assert side_countries(events, "rejection") == [(["NZL"], [])]
    titled = extract_events(
        extractor, "The bid was thrown out by Australian Treasurer Peter Costello.", PUB
    )
    assert side_countries(titled, "rejection") == [(["AUS"], [])]
