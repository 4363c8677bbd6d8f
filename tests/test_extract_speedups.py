"""The extractor's speed-ups read the same values as the plain token reads they replace."""

from __future__ import annotations

import datetime as dt
from functools import partial

from stream.extract import timex
from stream.extract.actors import DocumentActors, _acronym, _TokenTable
from stream.extract.docrows import (
    LOWER_COL,
    ORTH_COL,
    POS_COL,
    forget_parse,
    remember_sentences,
    sentence_starts,
    word_rows,
)
from stream.extract.events import _for_clauses, _words_present, match_token, sentence_lemmas
from stream.extract.lexicon import load_lexicon
from stream.extract.pipeline import event_noun_ids
from stream.extract.syntax import (
    objects,
    repair_attributions,
    repair_be_to_passives,
    repair_headline_verbs,
    repair_noun_roots,
    repair_number_particles,
    repair_participle_verbs,
    repair_stray_conjuncts,
    subjects,
)

TEXTS = [
    "The Kenyan foreign minister met his Ugandan counterpart in Kampala on Tuesday.",
    "ACCRA, May 2 - Ghana accused Togo's army of shelling a border post, officials said. \"Is "
    'this peace?" asked one.',
    "INA said the U.S.-flagged tanker was hit; Mr. Brown's aides denied it.\n\nTalks resume.",
    "",
]


def _docs(nlp):
    return [nlp(text) for text in TEXTS]


def test_word_rows_hold_each_tokens_lower_orth_and_pos(nlp):
    for doc in _docs(nlp):
        rows = word_rows(doc)
        assert rows is word_rows(doc)  # read once per doc
        strings = doc.vocab.strings
        assert [strings[r[LOWER_COL]] for r in rows] == [t.lower_ for t in doc]
        assert [strings[r[ORTH_COL]] for r in rows] == [t.text for t in doc]
        assert [r[POS_COL] for r in rows] == [t.pos for t in doc]


def test_token_table_says_what_the_tokens_say(nlp):
    for doc in _docs(nlp):
        table = _TokenTable(doc)
        assert table.text == [t.text for t in doc]
        assert table.spaced == [bool(t.whitespace_) for t in doc]
        assert table.space == [t.is_space for t in doc]
        assert table.proper == [t.tag_ == "NNP" for t in doc]
        assert table.never_starts == [
            t.is_punct or t.tag_ in ("POS", "DT") or (t.pos_ in ("DET", "PRON") and not _acronym(t))
            for t in doc
        ]
        assert table.never_ends == [t.is_punct or t.tag_ == "POS" for t in doc]


def test_gazetteer_matches_of_a_whole_doc_are_those_of_its_token_list(nlp):
    doc = nlp("Kenya and Uganda signed a pact; the Red Cross and the United Nations welcomed it.")
    actors = DocumentActors(doc)
    found = list(actors._matches(list(doc)))
    assert found == list(actors._matches_at(list(range(len(doc)))))
    assert {term.country for _, _, term in found} >= {"KEN", "UGA"}
    assert actors.owners_named(doc) == actors.owners_named(doc[0 : len(doc)])


def test_pos_of_a_batch_is_the_pos_of_each_doc_alone(nlp):
    texts = [t for t in TEXTS if t] + ["That is what he said, which was not true."]
    batched = [[t.pos_ for t in doc] for doc in nlp.pipe(texts, batch_size=3)]
    alone = [[t.pos_ for t in nlp(text)] for text in texts]
    assert batched == alone


def test_a_tokens_sentence_is_spacys_once_the_doc_remembers_its_sentences(nlp):
    for doc in _docs(nlp):
        alone = [(t.sent.start, t.sent.end) for t in doc]
        cut = len(doc) // 2
        part = [(t.sent.start, t.sent.end) for t in doc[cut:].as_doc()]
        remember_sentences(doc)
        assert [(t.sent.start, t.sent.end) for t in doc] == alone
        # a doc made from a part of it shares spaCy's hooks, and still gets its own sentences
        assert [(t.sent.start, t.sent.end) for t in doc[cut:].as_doc()] == part


def test_subjects_and_objects_are_read_once_until_the_tree_changes(nlp):
    doc = nlp("Rebels attacked the convoy near the river.")
    verb = next(t for t in doc if t.lower_ == "attacked")
    assert [t.text for t in subjects(verb)] == ["Rebels"]
    assert [t.text for t in objects(verb)] == ["convoy"]
    subjects(verb).append(doc[0])  # each caller gets a list of its own
    assert [t.text for t in subjects(verb)] == ["Rebels"]
    doc[0].dep_ = "npadvmod"  # a repair moves the tree, then says so
    assert [t.text for t in subjects(verb)] == ["Rebels"]
    forget_parse(doc)
    assert subjects(verb) == []


def test_a_doc_made_from_part_of_another_reads_its_own_words_parse_and_sentences(nlp):
    doc = nlp("The police in the capital arrested two men. Rebels attacked the convoy.")
    for tok in doc:  # every token's subjects and objects kept, by their index in this doc
        subjects(tok), objects(tok)
    word_rows(doc)
    remember_sentences(doc)
    sentences = [(t.sent.start, t.sent.end) for t in doc]
    cut = next(t for t in doc if t.text == "Rebels").i
    part = doc[cut:].as_doc(copy_user_data=True)  # copies what doc.user_data keeps
    attacked = next(t for t in part if t.text == "attacked")
    assert [t.text for t in subjects(attacked)] == ["Rebels"]
    assert [t.text for t in objects(attacked)] == ["convoy"]
    strings = part.vocab.strings
    assert [strings[r[ORTH_COL]] for r in word_rows(part)] == [t.text for t in part]
    assert sentence_starts(doc) == [0, cut] and sentence_starts(part) == [0]
    remember_sentences(part)  # the part's hook is no longer the whole doc's
    assert doc.user_token_hooks["sent"] is not part.user_token_hooks["sent"]
    assert [(t.sent.start, t.sent.end) for t in doc] == sentences
    assert [(t.sent.start, t.sent.end) for t in part] == [(0, len(part))] * len(part)


def test_the_repairs_keep_the_sentences_and_forget_the_tree_they_moved(nlp):
    for text, repair, moves_roles in (
        (
            "Rain fell. Nicaraguan troops entered Honduran territory, Honduras charged on "
            "Monday. It was cold.",
            partial(repair_attributions, lex=load_lexicon()),
            False,  # who does what stays: 'troops' entered, 'Honduras' charged
        ),
        (
            "Rain fell. Egypt has said it will not let Libya send troops and offered jets to "
            "Sudan. It was cold.",
            repair_stray_conjuncts,
            True,  # 'offered' is Egypt's, no longer Libya's
        ),
        (
            "Rain fell. The Egyptian-led coalition bombed Tobruk on Sunday. It was cold.",
            repair_noun_roots,
            True,  # 'bombed' has the coalition for its subject
        ),
        (
            "Rain fell. Demonstrators in Kutaisi hurled bottles at riot police. It was cold.",
            repair_participle_verbs,
            True,  # 'hurled' has the demonstrators for its subject, the bottles for object
        ),
        (
            "Tehran frees detained British sailors",  # a headline: no closing stop
            partial(repair_headline_verbs, lex=load_lexicon()),
            True,  # 'frees' has Tehran for its subject and the sailors for its object
        ),
        (
            "Rain fell. Sanctions are to be imposed on Libya. It was cold.",
            partial(repair_be_to_passives, lex=load_lexicon()),
            True,  # 'Sanctions' is what 'imposed' acts on, no longer its doer
        ),
    ):
        doc = nlp(text)
        remember_sentences(doc)
        remembered = [(t.sent.start, t.sent.end) for t in doc]
        before = [(subjects(t), objects(t)) for t in doc]  # kept, from the parser's tree
        assert sum(repair(sent) for sent in list(doc.sents)) == 1, text
        fresh = [(subjects.__wrapped__(t), objects.__wrapped__(t)) for t in doc]
        assert (fresh != before) == moves_roles, text
        assert [(subjects(t), objects(t)) for t in doc] == fresh, text
        # spaCy sets each sentence's start anew from the moved heads
        assert [(s.start, s.end) for s in doc.sents for _ in s] == remembered, text
        assert [(t.sent.start, t.sent.end) for t in doc] == remembered, text


def test_a_text_that_cannot_open_with_a_dateline_has_no_dateline_day():
    day = dt.date(2024, 5, 3)
    assert timex.dateline_day("ACCRA, May 2 - Ghana said on Friday ...", day) == dt.date(2024, 5, 2)
    assert timex.dateline_day("The talks in Accra on May 2 - the first in years", day) is None
    assert timex.dateline_day("  Ghana said on May 2 it would ...", day) is None


ARTICLES = [
    "NAIROBI, June 4 - Kenya's defence minister said on Tuesday that troops had shelled rebel "
    "positions near the Somali border. Somalia condemned the attack and recalled its "
    "ambassador. The two governments agreed to hold talks in Addis Ababa next week.",
    "Brazil and Argentina signed a trade pact on Monday, their foreign ministers said. "
    "Shares in Sao Paulo rose 2 percent. Chile's president welcomed the accord and offered "
    "to mediate in the fishing dispute with Peru.",
    "The United Nations Security Council imposed an arms embargo on the junta. Washington "
    "threatened further sanctions if the generals did not release the jailed opposition "
    "leader, a State Department spokesman said.",
]


def _with_blis(nlp):
    """The same pipeline multiplying matrices with thinc's blis, as spaCy does by default."""
    from thinc.api import NumpyOps

    from stream.extract.pipeline import set_model_ops

    set_model_ops(nlp, NumpyOps())
    return nlp


def test_the_extractors_models_multiply_with_numpy(nlp):
    models = [c.model for _, c in nlp.pipeline if getattr(c, "model", None) is not None]
    assert models
    assert all(node.ops.use_blis is False for m in models for node in m.walk())


def test_numpy_matrix_products_give_the_parse_entities_and_events_of_blis(extractor):
    from stream.extract import Article, Extractor
    from stream.extract.pipeline import load_nlp

    blis = Extractor(_with_blis(load_nlp()))
    for ours, theirs in zip(extractor.nlp.pipe(ARTICLES), blis.nlp.pipe(ARTICLES), strict=True):
        assert [(t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in ours] == [
            (t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in theirs
        ]
    articles = [
        Article(id=f"own-{i}", text=text, published_at="2024-06-04")
        for i, text in enumerate(ARTICLES)
    ]
    ours, theirs = extractor.extract_many(articles), blis.extract_many(articles)
    for events in (*ours, *theirs):
        for event in events:
            event.pop("extracted_at")
    assert ours == theirs
    assert sum(map(len, ours)) >= 3, ours


def test_event_noun_spellings_are_the_forms_with_noun_entries(nlp, extractor):
    lex = load_lexicon()
    ids = event_noun_ids(lex)
    assert extractor.event_noun_ids == ids  # worked out once, when the Extractor starts
    doc = nlp("Kenya eased its curbs on Monday ahead of talks and a summit planned for June.")
    rows = word_rows(doc)
    found = [t.text for t in doc if rows[t.i][LOWER_COL] in ids]
    assert found == [t.text for t in doc if lex.entries_for(t.lower_, "noun")]
    assert "talks" in found and "Kenya" not in found


def test_a_date_of_an_awaited_event_noun_is_left_out_and_only_that(extractor, nlp):
    doc = nlp("Kenya eased its curbs on Monday ahead of talks planned for June.")
    remember_sentences(doc)
    sent = next(iter(doc.sents))
    timexes = timex.tag(doc.text, dt.date(2024, 5, 3), doc=doc)
    eased = next(t for t in doc if t.lower_ == "eased")
    kept = extractor._outside_awaited(timexes, sent, eased)
    assert [t.text for t in timexes] == ["Monday", "June"]
    assert [t.text for t in kept] == ["Monday"]


def test_over_read_as_more_than_after_a_verb_of_handing_becomes_its_particle(nlp):
    lex = load_lexicon()
    doc = nlp("Rain fell. Kenya hands over 40 captured soldiers to Uganda. Over 40 died.")
    over = [t for t in doc if t.lower_ == "over"]
    before = [t.dep_ for t in over]
    assert before[0] == "quantmod"  # the parse this repairs
    assert [repair_number_particles(sent, lex) for sent in doc.sents] == [0, 1, 0]
    assert [t.dep_ for t in over] == ["prt", before[1]]  # a sentence's first word stays
    assert over[0].head.lower_ == "hands"


def test_for_clauses_need_a_party_speaking_and_a_clause_with_its_own_subject(nlp):
    lex = load_lexicon()
    for text, wanted in (
        ("Kenya called for Uganda to free the soldiers.", ["free"]),
        ("The plan calls for the buyers to pay in May.", []),  # no party speaks
        ("Kenya called for calm.", []),  # no clause
    ):
        doc = nlp(text)
        called = next(t for t in doc if t.lower_ in ("called", "calls"))
        assert [c.text for c in _for_clauses(called, lex)] == wanted, text


SCREENED_TEXTS = [
    "The envoy said no to the offer from Lima, and Chile said the talks were over.",
    "Two frigates were on alert off the coast while Peru had talks with Bolivia.",
    "Warships took up positions near the strait; Oman gave the refugees tents and food.",
    "Kenya handed over twelve captured soldiers to Uganda, whose troops were in Busia.",
    "The minister made a brief stop in Quito and set conditions for a new round of talks.",
]


def test_sentence_lemmas_hold_each_word_and_every_lemma_it_inflects(nlp):
    lex = load_lexicon()
    for text in SCREENED_TEXTS:
        for sent in nlp(text).sents:
            present = sentence_lemmas(sent, lex)
            for tok in sent:
                assert tok.lower_ in present
                for pos_lemmas in lex.forms.get(tok.lower_, {}).values():
                    assert pos_lemmas <= present, tok.text


def test_an_entry_missing_a_listed_word_is_not_tried_and_nothing_else_changes(extractor):
    lex = extractor.lexicon
    screened = 0
    for text in SCREENED_TEXTS:
        doc = extractor.nlp(text)
        for sent in doc.sents:
            present = sentence_lemmas(sent, lex)
            for tok in sent:
                plain, fast = match_token(tok, lex), match_token(tok, lex, present)
                assert (plain and (plain.entry, plain.words)) == (
                    fast and (fast.entry, fast.words)
                ), tok.text
                pos = "verb" if tok.tag_.startswith("VB") else "noun"
                screened += any(
                    not _words_present(e, present) for e in lex.entries_for(tok.lower_, pos)
                )
    assert screened >= 5  # 'said' without 'no', 'were' without a force or 'alert', …


def test_words_present_reads_each_list_an_entry_needs(nlp):
    lex = load_lexicon()
    say_no = next(e for e in lex.entries_for("said", "verb") if e.object == {"no"})
    assert not _words_present(say_no, {"say", "said", "to", "lima"})
    assert _words_present(say_no, {"say", "said", "no", "to"})
    assert not _words_present(say_no, {"say", "said", "no"})  # its preposition 'to' too


def test_unparsed_sentences_are_read_for_actors_only_once_a_sentence_holds_an_event(
    extractor, monkeypatch
):
    from stream.extract import Article

    calls: list[int] = []
    noted = extractor._note_context
    monkeypatch.setattr(extractor, "_note_context", lambda *a: (calls.append(1), noted(*a))[1])
    before = "Sales rose in March. The company gave figures. "
    for last, wanted in (
        ("The minister attacked inflation in a speech on Tuesday.", []),  # parsed, no event
        ("Kenya accused Uganda of shelling a border post on Monday.", ["accusation"]),
    ):
        calls.clear()
        article = Article(id="t", text=before + last, published_at="2011-03-02T12:00:00Z")
        assert [p.context for p in extractor._prepare(article).pieces] == [
            ["Sales rose in March.", "The company gave figures."]
        ]
        assert [e["type"] for e in extractor.extract(article)] == wanted
        assert len(calls) == len(wanted)
