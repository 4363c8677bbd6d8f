"""Frames whose structural tests turned away a word of the right sense for a reason of the
parse, not of the entry (issue #10, round of the structural trace): a pronoun subject of a
report whose speaker is of the kind the entry asks for, the object of a bare clause ('let
inspectors visit'), an answer word read as an interjection ('said no to'), a past verb read
as a modifier in a verbless parse, a 'that' clause hung on the verb's object noun. Each on
sentences written for the test, beside one that must keep (or not give) the event."""

from __future__ import annotations

from event_helpers import side_countries
from spacy.tokens import Doc
from test_extract_precision import _extract, _types

from stream.extract.syntax import objects, repair_participle_verbs, subjects


def _codes(extractor, text: str, etype: str) -> set[str]:
    return {e["cameo"] for e in _extract(extractor, text) if e["type"] == etype}


def test_a_pronoun_subject_of_a_report_takes_the_speakers_kind(extractor):
    text = "A tribunal in Oslo said it had found the two Danish skippers guilty of overfishing."
    assert "116" in _codes(extractor, text, "accusation")
    # the speaker is no court: 'it' stays a newspaper, no verdict
    text = "The Danish newspaper said it had found the two skippers guilty of overfishing."
    assert "116" not in _codes(extractor, text, "accusation")


def test_the_subject_of_a_bare_clause_is_the_verbs_object(extractor):
    text = "Cairo let the Red Cross inspectors tour the camp on Monday."
    assert "086" in _codes(extractor, text, "concession")
    text = "Amman let United Nations observers into the border zone."
    assert "086" in _codes(extractor, text, "concession")
    # a clause with its own 'that' or auxiliary is no object
    text = "Cairo said the inspectors would tour the camp on Monday."
    assert "concession" not in _types(extractor, text)


def test_no_read_as_an_interjection_is_the_answer_given(extractor):
    text = "Lisbon said no to a Spanish plan for a joint fishing zone."
    assert (["PRT"], ["ESP"]) in side_countries(_extract(extractor, text), "rejection")


def _built(nlp, words, tags, heads, deps) -> Doc:
    """A parse given word by word (heads as indices), as the parser sometimes reads it."""
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    return doc


def test_a_past_verb_read_as_a_modifier_is_the_verb_of_a_verbless_parse(nlp):
    words = ["Rome", "relaxed", "curbs", "on", "wine", "exports", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "NN", "NNS", "."]
    deps = ["npadvmod", "amod", "ROOT", "prep", "compound", "pobj", "punct"]
    doc = _built(nlp, words, tags, [2, 2, 2, 2, 5, 3, 2], deps)
    assert repair_participle_verbs(doc[:]) == 1
    relaxed = doc[1]
    assert relaxed.dep_ == "ROOT"
    assert [t.text for t in subjects(relaxed)] == ["Rome"]
    assert [t.text for t in objects(relaxed)] == ["curbs"]
    # another tensed verb: the past word stays a modifier ('said relaxed rules would …')
    words = ["Rome", "said", "relaxed", "curbs", "would", "help", "."]
    tags = ["NNP", "VBD", "VBD", "NNS", "MD", "VB", "."]
    deps = ["nsubj", "ROOT", "amod", "nsubj", "aux", "ccomp", "punct"]
    doc = _built(nlp, words, tags, [1, 1, 3, 5, 5, 1, 1], deps)
    assert repair_participle_verbs(doc[:]) == 0


def test_a_that_clause_on_the_object_is_the_verbs_complement(extractor):
    text = "Ottawa served notice that it could impose duties on Norwegian salmon."
    assert "threat" in _types(extractor, text)
    assert "threat" not in _types(extractor, "The landlord served notice on the tenants.")
