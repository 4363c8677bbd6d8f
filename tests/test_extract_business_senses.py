"""Business and labour senses of event words in wire leads (labour strikes, market demand,
takeover battles), each rule on sentences written for the test beside a true event of the same
word."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types

ARMED = {"attack", "airstrike", "clash", "threat"}


def test_a_strike_of_workers_is_no_attack(extractor):
    for text in (
        "The dockers said their strike had closed 30 of the country's ports.",
        "Most of the country's seamen stayed on strike on Monday.",
        "The rail unions launched two-day strikes to protest against the new pay rules.",
        "Bus drivers and nurses joined strikes against the government's spending cuts.",
    ):
        assert not _types(extractor, text) & ARMED, text
    kept = "Israeli jets launched strikes on a Syrian army camp on Monday."
    assert (["ISR"], ["SYR"]) in side_countries(
        _extract(extractor, kept), "airstrike"
    ) + side_countries(_extract(extractor, kept), "attack")
    retaliatory = "The retaliatory strike by Iraq killed 30 workers at the Iranian refinery."
    assert _types(extractor, retaliatory) & {"attack", "airstrike"}


def test_a_strike_of_given_length_is_still_a_labour_dispute(extractor):
    """A strike's length ('two-day', '48-hour') is no date of an armed strike, and a strike
    against pay rules, price rises or job losses is against a policy, not a place."""
    for text in (
        "South Korean dock unions launched two-day strikes to protest against the new pay rules.",
        "Polish miners staged a one-week strike against the government's price rises.",
        "Dock workers began a 48-hour strike against job losses on Monday.",
        "The congress of trade unions called three-day strikes against the new pay rules.",
    ):
        assert not _types(extractor, text) & ARMED, text
    for text in (
        "Iraqi warplanes staged a three-day strike against Iranian oil terminals.",
        "Israeli jets carried out a two-hour strike on a Syrian army camp.",
    ):
        assert _types(extractor, text) & {"attack", "airstrike"}, text


def test_meeting_market_demand_is_no_concession_or_meeting(extractor):
    for text in (
        "Japanese brokers bought more bonds to meet demand from pension funds.",
        "Near-term wheat demand has been met by recent Egyptian purchases, the minister said.",
        "Iraq told the banks it could not meet the loan repayments due this year.",
    ):
        assert not _types(extractor, text) & {"concession", "meeting"}, text
    kept = "Iraq met the demand of the Kurdish rebels and freed 40 prisoners on Sunday."
    assert "concession" in _types(extractor, kept)
    met = "The Egyptian president met the Israeli prime minister in Cairo on Monday."
    assert (["EGY"], ["ISR"]) in side_countries(_extract(extractor, met), "meeting")


def test_a_takeover_or_price_battle_is_no_clash(extractor):
    for text in (
        "The bank won last year's takeover battle for the Scottish brewer.",
        "Two French groups are fighting for control of the insurance company.",
        "Analysts expect a price war between the two Italian airlines this summer.",
    ):
        assert not _types(extractor, text) & ARMED, text
    kept = "Iraqi troops fought Iranian forces for control of the border town on Sunday."
    assert (["IRQ"], ["IRN"]) in side_countries(_extract(extractor, kept), "clash")
