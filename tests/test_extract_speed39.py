"""Kept word sets and label ids of the tree helpers give what the plain reads they replace give.

``children`` and ``prep_children`` compare a child's label and word by string id
(``docrows.string_ids``); ``sentence_has`` reads a sentence's words once per token range;
``repair_double_subjects`` looks only at the tokens that head two subjects. Every sentence
here is written for these tests.
"""

from __future__ import annotations

import pytest

from stream.extract import syntax
from stream.extract.docrows import sentence_has, string_ids
from stream.extract.syntax import (
    ANY_SUBJECT_DEPS,
    OBJECT_DEPS,
    children,
    prep_children,
    rehang,
    repair_double_subjects,
)

TEXTS = [
    "Zambian jets bombed rebel camps near the border today, officials in Lusaka said.",
    "Chilean gunboats seized two trawlers off the coast, the navy reported on Monday.",
    "Ecuador recalled its envoy from Lima and accused Peru of massing troops.",
    "The treaty signed by Oslo and Moscow was welcomed by Sweden, diplomats said.",
    "Rebels fired rockets at the airport, and troops returned fire from the hills.",
]

LABELS = [
    ("nsubj",),
    ("dobj", "prep"),
    OBJECT_DEPS,
    ANY_SUBJECT_DEPS,
    ["conj", "cc"],  # a list: ids worked out anew
    {"pobj", "amod"},
]
WORDS = [None, ("at", "from"), frozenset({"by", "of", "near"}), ["in", "off"]]


@pytest.fixture(scope="module")
def docs(extractor):
    return list(extractor.nlp.pipe(TEXTS))


def test_string_ids_are_kept_only_for_hashable_lists():
    assert string_ids(("prep", "agent")) is string_ids(("prep", "agent"))
    assert string_ids(["prep", "agent"]) == string_ids(frozenset({"agent", "prep"}))


def test_children_by_label_id_equal_children_by_label(docs):
    for doc in docs:
        for tok in doc:
            for labels in LABELS:
                plain = [c.i for c in tok.children if c.dep_ in set(labels)]
                assert [c.i for c in children(tok, labels)] == plain


def test_prep_children_by_id_equal_prep_children_by_word(docs):
    for doc in docs:
        for tok in doc:
            for words in WORDS:
                plain = [
                    c.i
                    for c in tok.children
                    if c.dep_ in ("prep", "agent", "dative")
                    and (words is None or c.lower_ in set(words))
                ]
                assert [c.i for c in prep_children(tok, words)] == plain


def test_sentence_has_equals_a_read_of_every_word(docs):
    lists = [frozenset({"said", "reported"}), frozenset({"rockets"}), frozenset({"tanks"})]
    for doc in docs:
        for sent in doc.sents:
            for words in lists:
                for _ in range(2):  # the second answer comes from the kept word set
                    assert sentence_has(sent, words) == any(t.lower_ in words for t in sent)


def _repair_every_token(sent, lex, monkeypatch: pytest.MonkeyPatch) -> int:
    """``repair_double_subjects`` made to visit every token of the sentence, as it did before
    it read only the verbs ``_shared_subject_heads`` names."""
    with monkeypatch.context() as patched:
        patched.setattr(syntax, "_shared_subject_heads", lambda s: set(range(s.start, s.end)))
        return repair_double_subjects(sent, lex)


def _tree(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.dep_, t.head.i) for t in doc]


def _misparsed(nlp, text: str):
    """``text`` ('X planes bombed … , officials said') with the misparse the repair mends:
    the participle 'bombed' hung on 'planes', both nouns subjects of 'said'."""
    doc = nlp(text)
    said, bombed, planes = doc[8], doc[2], doc[1]
    rehang(said, said, "ROOT")
    rehang(bombed, planes, "acl")
    rehang(planes, said, "nsubj")
    bombed.tag_ = "VBN"
    return doc


def test_double_subjects_read_only_where_two_subjects_share_a_verb(extractor, monkeypatch):
    lex = extractor.lexicon
    for text in TEXTS:
        fast, plain = extractor.nlp(text), extractor.nlp(text)
        for a, b in zip(fast.sents, plain.sents, strict=True):
            assert repair_double_subjects(a, lex) == _repair_every_token(b, lex, monkeypatch)
        assert _tree(fast) == _tree(plain)
    text = "Zambian planes bombed rebel bases today, officials said."
    fast, plain = _misparsed(extractor.nlp, text), _misparsed(extractor.nlp, text)
    assert syntax._shared_subject_heads(fast[:]) == {8}
    assert (
        repair_double_subjects(fast[:], lex) == _repair_every_token(plain[:], lex, monkeypatch) == 1
    )
    assert _tree(fast) == _tree(plain)
    assert (fast[1].dep_, fast[1].head.i, fast[2].dep_, fast[2].head.i) == (
        "nsubj",
        2,
        "ccomp",
        8,
    )


def test_shared_subject_heads_are_the_verbs_with_two_subjects(docs):
    for doc in docs:
        for sent in doc.sents:
            expected = {t.i for t in sent if len(children(t, ("nsubj",))) >= 2}
            assert syntax._shared_subject_heads(sent) == expected
