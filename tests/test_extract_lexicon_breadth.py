"""Lexicon breadth on wording away from the batches (issue #10): headlines whose subject is two
names or more take the verb's base form, which the parser reads as a noun ("Quito, Lima ink
border pact"); scorn or ridicule heaped or poured on something is criticism; interceding
with a party is an appeal to it. Sentences written for the test, each beside one that must
not give the event."""

from __future__ import annotations

from test_extract_lexicon_gaps import _repaired
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
