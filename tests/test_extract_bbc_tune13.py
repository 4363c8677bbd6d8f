"""Precision classes of BBC business text: a concession that is a licence to trade ('a mining
concession') yields nothing, a resignation the text schedules for a date is a term's end and
no pledge to yield, destroying crops or herds is no attack (nor is agreeing to it a threat),
control over a state's own banks or sector is economic management, no coercion, and not ruling
out an option ('did not rule out', 'refused to rule out') keeps it open, no rejection."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-12T12:00:00Z"))


def test_a_licence_to_trade_is_no_concession(extractor):
    for text in (
        "The Chilean government awarded a mining concession to a Canadian firm.",
        "Bolivia cancelled the water concession held by a French group.",
    ):
        assert _extract(extractor, text) == [], text
    yielded = _extract(extractor, "Peru made concessions to Ecuador in the border talks.")
    assert side_countries(yielded, "concession") == [(["PER"], ["ECU"])]


def test_a_resignation_scheduled_for_a_date_is_no_pledge(extractor):
    dated = _extract(extractor, "Japan's central bank governor will step down in March next year.")
    assert dated == []
    promised = _extract(extractor, "Pakistan's prime minister said he would resign next month.")
    assert side_countries(promised, "pledge") == [(["PAK"], [])]


def test_destroying_crops_is_no_attack_and_agreeing_to_it_no_threat(extractor):
    vines = _extract(
        extractor, "The Spanish government agreed that surplus vines can be destroyed."
    )
    assert [e["type"] for e in vines] == ["agreement"]
    assert side_countries(vines, "agreement") == [(["ESP"], [])]
    bridge = _extract(extractor, "Ethiopian troops destroyed a bridge near the border.")
    assert side_countries(bridge, "attack") == [(["ETH"], [])]


def test_control_over_the_economy_is_no_coercion(extractor):
    banks = _extract(extractor, "Brazil agreed to tighten control of its state banks.")
    assert [e["type"] for e in banks] == ["agreement"]
    sector = _extract(extractor, "The Russian government tightened its grip on the banking sector.")
    assert sector == []
    tibet = _extract(extractor, "China tightened control over Tibet.")
    assert side_countries(tibet, "coercion") == [(["CHN"], [])]


def test_not_ruling_out_keeps_an_option_open(extractor):
    for text, actors in (
        ("Spain refused to rule out an interest in the oil firm.", ["ESP"]),
        ("Chile's mining minister did not rule out the possibility of new royalties.", ["CHL"]),
    ):
        events = _extract(extractor, text)
        assert [(e["type"], e["cameo"], e["negated"]) for e in events] == [
            ("statement", "014", False)
        ], text
        assert side_countries(events, "statement") == [(actors, [])]
    refused = _extract(extractor, "Japan ruled out talks with North Korea.")
    assert side_countries(refused, "rejection") == [(["JPN"], ["PRK"])]
