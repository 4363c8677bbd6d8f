"""Senses with no lexicon entry before (issue #10: a missed event whose family no word of the
sentence had an entry of): headline verbs the parser read as plural nouns, headline verbs of
cancelling, rejecting and rebuking, restoring a cut-off internet, a particle with 'home', going
on alert, fanning out, mutilating, proclaiming martial law and a counteroffensive. Each on
sentences written for the test, beside one that must not give the event."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types

from stream.extract.lexicon import load_lexicon
from stream.extract.syntax import objects, repair_headline_verbs, subjects


def _codes(extractor, text: str, etype: str) -> set[str]:
    return {e["cameo"] for e in _extract(extractor, text) if e["type"] == etype}


def _repaired(nlp, text: str):
    doc = nlp(text)
    count = sum(repair_headline_verbs(sent) for sent in list(doc.sents))
    return doc, count


def test_a_headline_verb_read_as_a_plural_noun_is_the_verb(nlp):
    doc, count = _repaired(nlp, "Minsk scraps visa talks with Vilnius")
    verb = doc[1]
    assert count == 1 and verb.tag_ == "VBZ" and verb.dep_ == "ROOT"
    assert [t.text for t in subjects(verb)] == ["Minsk"]  # tagged JJ: capitalised is enough
    assert [t.text for t in objects(verb)] == ["talks"]
    doc, count = _repaired(nlp, "Tehran frees detained British sailors")
    assert count == 1 and [t.text for t in objects(doc[1])] == ["sailors"]
    assert doc[2].dep_ == "amod"  # 'detained' no longer the verb


def test_a_headline_word_with_a_noun_entry_stays_a_noun(nlp):
    assert _repaired(nlp, "Sudan clashes kill 20")[1] == 0  # 'clashes' is an event noun
    assert _repaired(nlp, "Kenya hopes rise")[1] == 0  # no noun phrase after it


def test_headline_verbs_give_their_events(extractor):
    assert "sanction" in _types(extractor, "Accra axes trade talks with Lome")
    freed = side_countries(
        _extract(extractor, "Tehran frees detained British sailors"), "concession"
    )
    assert (["IRN"], ["GBR"]) in freed


def test_axing_flights_nixing_a_proposal_and_a_rap_over_a_thing(extractor):
    assert "sanction" in _types(extractor, "Quito axed its flights to Caracas after the vote.")
    assert "rejection" in _types(
        extractor, "Warsaw nixed the Lithuanian proposal for a joint commission."
    )
    assert "111" in _codes(
        extractor, "Madrid rapped Rabat over the treatment of Spanish fishermen.", "accusation"
    )
    assert "accusation" not in _types(extractor, "The singer rapped about his childhood in Lagos.")


def test_restoring_the_internet_is_easing_a_restriction(extractor):
    assert "081" in _codes(
        extractor, "Iran restored internet access in Zahedan on Friday.", "concession"
    )
    assert "concession" not in _types(extractor, "Engineers restored power to the town on Friday.")


def test_bringing_troops_or_an_envoy_home(extractor):
    assert "withdrawal" in _types(
        extractor, "Britain brought home 300 troops from Basra on Friday."
    )
    assert "166" in _codes(
        extractor, "Ottawa brought its ambassador home from Minsk after the election.", "sanction"
    )
    assert not _types(extractor, "The coach brought back the veteran striker for the final.")


def test_going_on_alert_and_fanning_out_are_deployments(extractor):
    assert "152" in _codes(
        extractor,
        "Indian forces along the Pakistani border went on high alert on Sunday.",
        "deployment",
    )
    fanned = _extract(extractor, "Gendarmes fanned out across Abidjan after the curfew began.")
    assert "153" in {e["cameo"] for e in fanned}  # a show of police force, whatever its type
    troops = _extract(extractor, "Troops fanned out across Abidjan after the curfew began.")
    assert {(e["type"], e["cameo"]) for e in troops} == {("deployment", "154")}  # armed forces
    assert not _types(extractor, "The reporters fanned out across the hall.")


def test_mutilating_and_proclaiming_martial_law(extractor):
    assert "attack" in _types(extractor, "Rebels mutilated farmers in a village near Freetown.")
    assert "172" in _codes(
        extractor, "The Thai army proclaimed martial law in Bangkok on Tuesday.", "coercion"
    )


def test_a_counteroffensive_is_an_attack_noun():
    lex = load_lexicon()
    for word in ("counteroffensive", "counterattack"):
        assert "attack" in {e.type for e in lex.entries_for(word, "noun")}, word
