"""Armed words in other senses (a firm's operations, a promotion campaign), each rule on
sentences written for the test."""

from __future__ import annotations

from test_extract import _brief  # (actor countries, target countries) of each event of a type

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def test_a_firm_beginning_or_stepping_up_operations_is_no_attack(extractor):
    for text in (
        "The Taiwanese shipbuilder has lost money since beginning operations in 1975.",
        "A Saudi bank is expected to step up its London operations.",
        "The new Thai airport should start operation by mid-1992.",
    ):
        assert not _brief(_extract(extractor, text), "attack"), text


def test_a_campaign_with_no_arms_is_no_attack(extractor):
    promotion = "The Australian meat industry launched an aggressive promotion campaign in Japan."
    assert not _brief(_extract(extractor, promotion), "attack")
    against_a_thing = "The Canadian minister will not wage a vigorous campaign against the plan."
    assert not _brief(_extract(extractor, against_a_thing), "attack")


def test_armed_operations_and_campaigns_stay_attacks(extractor):
    cases = {
        "Iraqi troops launched a military operation near Basra.": ["IRQ"],
        "Syrian jets conducted operations over the Bekaa valley.": ["SYR"],
        "The Peruvian army began an operation against the rebels.": ["PER"],
    }
    for text, who in cases.items():
        assert any(a == who for a, _ in _brief(_extract(extractor, text), "attack")), text
