"""The round-50 speed structures give what the slow paths they stand in front of give.

``docrows.sentence_deps`` reads the dependency labels of a sentence off the doc's arrays once
until a repair moves one; the parse repairs that need a word with some label pass over a
sentence with none (``sentence_has_deps``), and re-hang exactly as they do without the gate.
``events.sentence_lemmas`` reads each word's lemmas from one table per word
(``Lexicon.word_and_lemmas``); ``syntax.any_lemma`` tests disjointness instead of building
intersections. ``actors.story_firms`` runs its pattern of a company's spokesman only on a text
holding 'company'; ``Gazetteer.person`` answers None at once for a name no list of people
holds on any day (``Gazetteer._may_be_person``). Every sentence here is written for these
tests.
"""

from __future__ import annotations

import pytest

from stream.extract import actors, syntax
from stream.extract.docrows import sentence_deps, sentence_has_deps, string_ids
from stream.extract.events import sentence_lemmas
from stream.extract.syntax import any_lemma, rehang

TEXTS = [
    "Carter broke relations with Iran, ordered its diplomats out and imposed an embargo.",
    "Three aid workers held for five weeks in Yemen were freed on Sunday.",
    "Officials said shells fired from Iran landed on Basra on Tuesday.",
    "The deployment follows a security agreement the two countries signed in May.",
    "Police lodged a protest on Monday and proposed talks to settle the dispute.",
    "Protesters in Lima blocked roads.",
    "Sanctions are to be imposed on Libya, the council said.",
    "Ghana accused Pakistan of training and arming rebels in the north.",
    "Talks resumed after Barco spoke by telephone with Lusinchi.",
    "Iran asked for the men to be returned before the talks.",
    "Britain warned the states that Pretoria would retaliate.",
    "Oslo made a pledge on Monday to withdraw its troops from the zone.",
    "Two soldiers were killed and 59 wounded when the bomb went off.",
    "Spain backed a boycott of South Africa and Namibia on Friday.",
    "The army killed 300 rebels in fighting around the town.",
    "Rebels in the hills, officials said, fired rockets at the airport.",
    "The minister - who is in Dublin - said talks would go on.",
    "A spokesman said the embassy, which was attacked, and the consulate were closed.",
]

# every repair with a label gate, in the order the extractor runs them
GATED = [
    "repair_stray_conjuncts",
    "repair_listed_verbs",
    "repair_dash_aside_relatives",
    "repair_battle_gerunds",
    "repair_participle_verbs",
    "repair_reduced_relatives",
    "repair_conjoined_pasts",
    "repair_backshifted_conjuncts",
    "repair_means_of_talking",
    "repair_for_clauses",
    "repair_told_that_clauses",
    "repair_intention_infinitives",
    "repair_double_subjects",
    "repair_contact_relatives",
    "repair_gerund_pairs",
    "repair_of_object_conjuncts",
    "repair_be_to_passives",
    "repair_participle_subjects",
    "repair_casualty_counts",
]


def _tree(doc) -> list[tuple[int, str, str, str]]:
    return [(t.head.i, t.dep_, t.tag_, t.pos_) for t in doc]


def _repaired(extractor, text: str, gated: bool, monkeypatch) -> tuple[list, list[int]]:
    """The tree after the gated repairs, and what each returned, with or without the gates."""
    with monkeypatch.context() as patch:
        if not gated:
            patch.setattr(syntax, "sentence_has_deps", lambda sent, deps: True)
        doc = extractor.nlp(text)
        counts = [getattr(syntax, name)(sent) for sent in doc.sents for name in GATED]
    return _tree(doc), counts


@pytest.mark.parametrize("text", TEXTS)
def test_gated_repairs_re_hang_as_without_gates(extractor, text, monkeypatch):
    assert _repaired(extractor, text, True, monkeypatch) == _repaired(
        extractor, text, False, monkeypatch
    )


def test_the_gated_repairs_fire_on_these_sentences(extractor, monkeypatch):
    fired = 0
    for text in TEXTS:
        fired += sum(_repaired(extractor, text, True, monkeypatch)[1])
    assert fired >= 5  # the sentences exercise the repairs, not only their gates


def test_sentence_deps_are_the_labels_read_token_by_token(extractor):
    for doc in extractor.nlp.pipe(TEXTS):
        for sent in doc.sents:
            assert sentence_deps(sent) == frozenset(t.dep for t in sent)
            for labels in (("conj",), ("dep", "conj"), ("nsubj", "auxpass"), ("acl",)):
                plain = set(labels) <= {t.dep_ for t in sent}
                assert sentence_has_deps(sent, string_ids(labels)) is plain


def test_sentence_deps_are_read_again_after_a_repair_moves_a_label(extractor):
    doc = extractor.nlp("Rebels fired rockets at the airport on Monday.")
    sent = next(iter(doc.sents))
    assert not sentence_has_deps(sent, string_ids(("oprd",)))
    rockets = next(t for t in doc if t.text == "rockets")
    rehang(rockets, rockets.head, "oprd")
    assert sentence_has_deps(sent, string_ids(("oprd",)))
    assert sentence_deps(sent) == frozenset(t.dep for t in sent)


def _slow_sentence_lemmas(sent, lex) -> set[str]:
    present: set[str] = set()
    for tok in sent:
        present.add(tok.lower_)
        for pos_lemmas in lex.forms.get(tok.lower_, {}).values():
            present |= pos_lemmas
    return present


def test_sentence_lemmas_from_the_word_table_equal_the_union_per_part_of_speech(extractor):
    lex = extractor.lexicon
    for doc in extractor.nlp.pipe(TEXTS):
        for sent in doc.sents:
            assert sentence_lemmas(sent, lex) == _slow_sentence_lemmas(sent, lex)
            assert sentence_lemmas(sent, lex) == _slow_sentence_lemmas(sent, lex)  # kept


def test_any_lemma_by_disjointness_equals_any_lemma_by_intersection(extractor):
    lex = extractor.lexicon
    lists = [frozenset({"attack", "bomb"}), frozenset({"sign"}), frozenset({"free", "release"})]
    for doc in extractor.nlp.pipe(TEXTS):
        for tok in doc:
            for words in lists:
                slow = tok.lower_ in words or any(
                    ls & words for ls in lex.forms.get(tok.lower_, {}).values()
                )
                assert any_lemma(tok, lex, words) is slow


FIRM_TEXTS = [
    "Wartsila Marine said it was in talks with buyers, a company spokesman said.",
    "Nordbank announced cuts on Monday. The company statement gave no figures.",
    "Turkcell's chief operating officer resigned, and BA shares fell.",
    "Talks went on in Geneva, officials said.",
]


def test_story_firms_skip_the_voiced_pattern_only_where_it_cannot_match(extractor):
    for text in FIRM_TEXTS:
        if "company" not in text:
            assert not actors._FIRM_VOICED.search(actors._straight_apostrophes(text))
    voiced = actors.story_firms(FIRM_TEXTS[0], actors.Gazetteer.default())
    assert "Wartsila Marine" in voiced


PERSON_KEYS = [
    "ronald reagan",
    "reagan",
    "paul volcker",
    "mohamed siad barre",
    "margaret thatcher",
    "thatcher",
    "major",
    "santer",
    "ozal",
    "foreign ministry",
    "the talks",
    "geneva",
    "zzyzx quorble",
]


def test_person_passes_over_a_name_no_list_holds_as_the_full_look_up_does(monkeypatch):
    gaz = actors.Gazetteer.default()
    for date in (None, 19870315, 19950601, 20150101):
        for key in PERSON_KEYS:
            for dictionary in (True, False):
                fast = gaz.person(key, date, dictionary=dictionary)
                with monkeypatch.context() as patch:
                    patch.setattr(gaz, "_may_be_person", lambda key: True)
                    slow = gaz.person(key, date, dictionary=dictionary)
                assert fast == slow, (key, date, dictionary)
    assert not gaz._may_be_person("zzyzx quorble")
    assert gaz._may_be_person("ronald reagan")
