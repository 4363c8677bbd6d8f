"""Recall classes of wire news: whom an event noun's 'of' phrase hits, parties named only in
a participle phrase, and planned visits."""

from __future__ import annotations

from event_helpers import side_countries

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
        assert want in side_countries(_extract(extractor, text), "attack") + side_countries(
            _extract(extractor, text), "shelling"
        ), text
    moved = _extract(extractor, "The deployment of Russian troops began on Monday.")
    assert (["RUS"], []) in side_countries(moved, "deployment")  # a force that moves is the doer
    assert not side_countries(
        _extract(extractor, "Iraq ordered the destruction of documents."), "attack"
    )


def test_an_ordered_act_in_a_clause_of_its_own_is_an_event_apart(extractor):
    text = (
        "Riots broke out after four Greek sailors were killed and Prime Minister Costas "
        "Simitis ordered the destruction of Turkey's patrol boats."
    )
    attacks = side_countries(_extract(extractor, text), "attack")
    assert (["GRC"], ["TUR"]) in attacks  # not taken as what the killing was about


def test_a_country_a_participle_says_holds_people_frees_them(extractor):
    cases = {
        "All six Danes held by Russia in Chechnya were returned to Denmark on Monday.": (
            ["RUS"],
            ["DNK"],
        ),
        "The journalists detained by Iran were freed on Monday.": (["IRN"], []),
    }
    for text, want in cases.items():
        assert want in side_countries(_extract(extractor, text), "concession"), text
    shares = "The shares held by the bank were returned to investors on Monday."
    assert not side_countries(_extract(extractor, shares), "concession")  # no country holds them
    grip = "The army released its hold on the capital on Monday."
    assert not side_countries(_extract(extractor, grip), "concession")


def test_an_official_due_in_a_place_is_a_planned_visit(extractor):
    events = _extract(extractor, "The German chancellor is due in Moscow next week.")
    visits = [e for e in events if e["type"] == "visit"]
    assert [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]]) for e in visits
    ] == [(["DEU"], ["RUS"])]
    assert visits[0]["date"]["status"] == "planned"
    for text in (
        "The minister is due in court on Monday.",
        "The payment is due in March.",
        "Growth is expected in China next year.",
    ):
        assert not side_countries(_extract(extractor, text), "visit"), text


def test_forces_put_on_standby_before_a_purpose_clause_are_deployed(extractor):
    text = "The Dutch have already put their forces on standby to evacuate their nationals."
    assert [a for a, _ in side_countries(_extract(extractor, text), "deployment")] == [["NLD"]]
