"""Sentence-level rules of the event grammar, each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1995-06-01T12:00:00Z"))


def _brief(events: list[dict], etype: str) -> list[tuple[list[str], list[str]]]:
    """(actor countries, target countries) of each event of one type."""
    return [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in events
        if e["type"] == etype
    ]


def test_ruling_out_an_act_is_a_rejection_aimed_at_its_party(extractor):
    talks = _extract(extractor, "The Greek premier ruled out any negotiations with Albania.")
    assert (["GRC"], ["ALB"]) in _brief(talks, "rejection")
    assert not _brief(
        _extract(extractor, "Army planners ruled out the bridge as a target."), "rejection"
    )
