"""Lexicon breadth on wording away from the batches (issue #10): headlines whose subject is two
names or more take the verb's base form, which the parser reads as a noun ("Quito, Lima ink
border pact"); scorn or ridicule heaped or poured on something is criticism; interceding
with a party is an appeal to it. Sentences written for the test, each beside one that must
not give the event."""

from __future__ import annotations

from test_extract_lexicon_gaps import _codes, _repaired
from test_extract_precision import _extract, _types

from stream.extract.syntax import objects, subjects


def test_a_headline_of_two_names_takes_the_verb_in_its_base_form(nlp):
    doc, count = _repaired(nlp, "Oslo, Bern ink fishing accord")
    verb = doc[3]
    assert count == 1 and verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    assert [t.text for t in subjects(verb)] == ["Oslo", "Bern"]
    assert [t.text for t in objects(verb)] == ["accord"]
    doc, count = _repaired(nlp, "Lisbon and New Delhi seal shipping pact")
    assert count == 1 and [t.text for t in subjects(doc[4])] == ["Lisbon", "Delhi"]


def test_a_pair_before_a_word_with_a_noun_entry_or_a_plural_stays_as_parsed(nlp):
    assert _repaired(nlp, "Oslo and Bern trade talks stall")[1] == 0  # 'trade' is a noun entry
    assert _repaired(nlp, "Oslo, Bern inks fishing accord")[1] == 0  # a pair takes no '-s'
    assert _repaired(nlp, "Oslo and Bern fishing accord.")[1] == 0  # no verb; a closing stop


def test_headline_pairs_give_their_agreement(extractor):
    events = _extract(extractor, "Tirana, Skopje ink border accord")
    signed = [e for e in events if e["type"] == "agreement"]
    assert signed and {a["country"] for a in signed[0]["actors"]} == {"ALB", "MKD"}
    assert "agreement" in _types(extractor, "Dublin and Lisbon seal fishing pact")


def test_scorn_heaped_or_poured_on_something_is_criticism(extractor):
    assert "111" in _codes(
        extractor, "Lisbon heaped scorn on the Spanish fishing offer.", "accusation"
    )
    assert "111" in _codes(
        extractor, "The Kremlin poured ridicule upon the Polish reform plan.", "accusation"
    )
    assert "accusation" not in _types(extractor, "Critics heaped praise on the new opera.")


def test_interceding_with_a_party_is_an_appeal(extractor):
    assert "appeal" in _types(
        extractor, "Norway interceded with Tehran for the detained Danish sailors."
    )
    assert "appeal" not in _types(extractor, "The coach interceded before the match began.")


def test_floating_the_idea_of_a_penalty_is_a_threat_not_the_penalty(extractor):
    types = _types(extractor, "Wellington floated the idea of sanctions against Suva.")
    assert "threat" in types and "sanction" not in types
    assert "threat" in _types(
        extractor, "Brussels raised the prospect of trade reprisals against Seoul."
    )
    assert "threat" not in _types(
        extractor, "The slump in copper prices raised the prospect of a recession."
    )
    assert "threat" not in _types(extractor, "Traders fretted about the idea of new tariffs.")


def test_gathering_evidence_against_someone_is_an_investigation(extractor):
    assert "090" in _codes(
        extractor, "Dutch police are gathering evidence against two Libyan diplomats.", "accusation"
    )
    assert "accusation" not in _types(
        extractor, "The film crew gathered evidence for a documentary on whales."
    )


def test_drumming_up_or_rallying_support_is_rallying_support_on_behalf(extractor):
    assert "053" in _codes(
        extractor,
        "Niger has been drumming up support among its neighbours for the Malian plan.",
        "statement",
    )
    rallied = _types(extractor, "Jordan mobilized Arab opinion behind the Lebanese government.")
    assert "statement" in rallied and "deployment" not in rallied
    assert "statement" not in _types(extractor, "The army mobilized reservists along the border.")
