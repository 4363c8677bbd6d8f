"""Doers nobody could resolve: the party behind a plan, offer or promise whose infinitive
says what it means to do; each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str, published: str = "1987-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def test_the_party_named_before_a_plan_or_offer_does_what_its_infinitive_says(extractor):
    sold = _extract(
        extractor, "The talks centred on U.S. plans to sell fighter jets to Saudi Arabia."
    )
    assert (["USA"], ["SAU"]) in side_countries(sold, "arms_transfer")
    offered = _extract(
        extractor, "Officials described the Syrian offer to mediate between Jordan and the PLO."
    )
    assert [a["country"] for e in offered if e["type"] == "mediation" for a in e["actors"]] == [
        "SYR"
    ]
    banned = _extract(extractor, "Exporters fear an EC plan to ban imports of beef from America.")
    assert (["IGOEUREEC"], ["USA"]) in [
        ([a["code"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in banned
        if e["type"] in ("threat", "sanction")
    ]  # not the exporters America holds


def test_no_plan_owner_for_a_passive_infinitive(extractor):
    studied = _extract(extractor, "A Kuwaiti plan to be studied by the council was shelved.")
    assert studied
    assert not any(a["country"] == "KWT" for e in studied for a in e["actors"])
