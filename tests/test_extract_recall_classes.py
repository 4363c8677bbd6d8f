"""Recall classes of wire news: whom an event noun's 'of' phrase hits, parties named only in
a participle phrase, and planned visits."""

from __future__ import annotations

from test_extract import _brief

from stream.extract import Article


def _extract(extractor, text: str, published: str = "2004-11-10T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def test_the_of_phrase_of_a_destroying_noun_names_whom_it_hits(extractor):
    cases = {
        "President Vicente Fox ordered the destruction of Guatemala's air force.": (
            ["MEX"],
            ["GTM"],
        ),
        "Greece ordered the destruction of Turkish warplanes.": (["GRC"], ["TUR"]),
        "The shelling of Armenian troops continued on Monday.": ([], ["ARM"]),
    }
    for text, want in cases.items():
        assert want in _brief(_extract(extractor, text), "attack") + _brief(
            _extract(extractor, text), "shelling"
        ), text
    moved = _extract(extractor, "The deployment of Russian troops began on Monday.")
    assert (["RUS"], []) in _brief(moved, "deployment")  # a force that moves is the doer
    assert not _brief(_extract(extractor, "Iraq ordered the destruction of documents."), "attack")


def test_an_ordered_act_in_a_clause_of_its_own_is_an_event_apart(extractor):
    text = (
        "Riots broke out after four Greek sailors were killed and Prime Minister Costas "
        "Simitis ordered the destruction of Turkey's patrol boats."
    )
    attacks = _brief(_extract(extractor, text), "attack")
    assert (["GRC"], ["TUR"]) in attacks  # not taken as what the killing was about
