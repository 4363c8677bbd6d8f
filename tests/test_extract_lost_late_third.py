"""Events matched by a trigger entry and then lost later (issue 10), third round: a relative
clause the parser made the root over the act it tells of, a joint act read as a participle on
the noun the sentence opens with, 'side by side' read as a passive's agent, and a ban or its
lifting that a state itself puts on one of its parties, and a show of force around a foreign
mission, which leaves the place's authorities its doers. Sentences of our own wording."""

from __future__ import annotations

import pytest

from stream.extract import Article
from stream.extract.syntax import repair_noun_roots, repair_relative_roots, subjects


def _events(extractor, text: str) -> list[dict]:
    found = extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))
    return [e for e in found if not e["negated"]]


def _of_type(extractor, text: str, etype: str) -> list[dict]:
    return [e for e in _events(extractor, text) if e["type"] == etype]


def _countries(actors: list[dict]) -> set[str | None]:
    return {a["country"] for a in actors}


def test_a_relative_clause_read_as_the_root_hangs_on_the_object(extractor, nlp):
    text = (
        "Britain on Tuesday vetoed a U.N. Security Council draft, drafted by the African "
        "members, that demanded an arms embargo on Rhodesia."
    )
    doc = nlp(text)
    sent = next(iter(doc.sents))
    if sent.root.lower_ == "demanded":  # the parse this repairs (a model may parse it right)
        assert repair_relative_roots(sent) == 1
        assert sent.root.lower_ == "vetoed"
        demanded = next(t for t in doc if t.lower_ == "demanded")
        assert demanded.dep_ == "relcl" and demanded.head.lower_ == "draft"
    vetoes = _of_type(extractor, text, "rejection")
    assert vetoes and _countries(vetoes[0]["actors"]) == {"GBR"}


def test_a_relative_clause_on_its_own_is_left_alone(nlp):
    doc = nlp("Brazil said on Monday that it would send troops to Haiti.")
    assert repair_relative_roots(next(iter(doc.sents))) == 0


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Moroccan commandos drilled alongside Malian units near Gao.", "MAR"),
        ("Syrian and Iraqi commandos trained side by side in the desert near Palmyra.", "SYR"),
    ],
)
def test_a_joint_act_read_as_a_participle_is_the_verb(extractor, text, country):
    found = _of_type(extractor, text, "cooperation")
    assert found and country in _countries(found[0]["actors"])


def test_a_participle_with_no_partner_stays_a_headline_passive(nlp):
    doc = nlp("Tankers damaged near the strait.")
    assert repair_noun_roots(next(iter(doc.sents))) == 0


def test_side_by_side_is_no_agent(extractor, nlp):
    text = "Egyptian and Saudi pilots trained side by side over the Red Sea."
    trained = next(t for t in nlp(text) if t.lower_ == "trained")
    assert [s.lower_ for s in subjects(trained)] == ["pilots"]
    found = _of_type(extractor, text, "cooperation")
    assert found and _countries(found[0]["actors"]) == {"EGY", "SAU"}
    doc = nlp("The tanker was hit by a missile.")
    hit = next(t for t in doc if t.lower_ == "hit")
    assert [s.lower_ for s in subjects(hit)] == ["missile"]


@pytest.mark.parametrize(
    "text",
    [
        "Lusaka lifted the ban on the United National Independence Party.",
        "Seoul rescinded the ban on the Unification Party.",
    ],
)
def test_a_state_lifting_a_ban_on_its_party_is_reported(extractor, text):
    assert _of_type(extractor, text, "concession")


def test_a_party_lifting_a_ban_stays_politics_at_home(extractor):
    # the doer is itself a party: a contest of parties, as before
    text = "The ruling party lifted its ban on talks with the Tories."
    assert not _of_type(extractor, text, "concession")


def test_a_show_of_force_guarding_a_foreign_mission_is_the_place_s(extractor):
    text = "Police tightened security around the Israeli embassy in Bangkok."
    shows = _of_type(extractor, text, "military_exercise")
    assert shows and _countries(shows[0]["actors"]) == {"THA"}


def test_a_foreign_party_beside_a_show_of_force_still_leaves_it_unowned(extractor):
    # British troops named as doers of another clause: whose show it is stays open
    text = "Police tightened security in Lima after British troops arrived."
    assert not _of_type(extractor, text, "military_exercise")
