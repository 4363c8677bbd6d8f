"""Sentence-level rules of the event grammar, each on sentences written for the test."""

from __future__ import annotations

from test_extract import _brief  # (actor countries, target countries) of each event of a type

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1995-06-01T12:00:00Z"))


def test_ruling_out_an_act_is_a_rejection_aimed_at_its_party(extractor):
    talks = _extract(extractor, "The Greek premier ruled out any negotiations with Albania.")
    assert (["GRC"], ["ALB"]) in _brief(talks, "rejection")
    assert not _brief(
        _extract(extractor, "Army planners ruled out the bridge as a target."), "rejection"
    )
