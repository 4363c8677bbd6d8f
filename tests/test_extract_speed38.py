"""Early exits and kept results of the repairs and game tests give what the full reads give.

The repairs and the game tests skip a sentence none of whose words their rule needs
(``docrows.sentence_has``, ``Lexicon.inflections``); the actor memory reuses the gazetteer
matches of a token's phrase for its war-name test. Every sentence here is written for these
tests.
"""

from __future__ import annotations

from stream.extract import Article, Extractor, actors, events, syntax
from stream.extract.docrows import remember_sentences, sentence_has
from stream.extract.lexicon import load_lexicon
from stream.extract.syntax import (
    BACKSHIFT_SPEECH,
    CALENDAR_NAMES,
    DATIVE_VERBS,
    any_lemma,
)

TEXTS = [
    "The Foreign Ministry called in the Malian ambassador on Friday and handed him a note.",
    "Police closed down the opposition weekly Sentinel after it printed the report.",
    "Lisbon handed the enclave back to China in a ceremony attended by both premiers.",
    "The bishops appealed for the two armies to stop shelling the villages.",
    "The premier spoke by telephone with his Chilean counterpart about the border.",
    "In April Zambia accused Zaire of closing the frontier to its copper trucks.",
    "Canberra warned the island states that Australia would cut its aid.",
    "Bolivia filed a complaint on Tuesday and proposed talks to end the quarrel.",
    "Radio Havana said Panama had broken its promise and accused Washington of meddling.",
    "Paris agreed to sell Morocco combat helicopters, the defence ministry said.",
    "Brazil beat Uruguay 3-1 in the final, and the fans later attacked the referee.",
    "The Indian bowlers attacked the England batsmen before lunch on the second day.",
    "The Pakistani hockey team flew to Seoul for its tour after the federation met.",
    "Kenya's anti Somalia war stance drew protests, and Somalia recalled its envoy.",
    "Thailand and Laos clashed on the border; Vientiane said three soldiers were killed.",
    "",
]


def _tree(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.dep_, t.head.i) for t in doc]


def _plain(monkeypatch) -> None:
    """Undo the round's early exits and kept matches: every sentence is read in full (a
    sentence word test that is the rule itself, 'names a player', reads token by token)."""
    lex = load_lexicon()
    early_exits = (
        lex.inflections(events.WIN_VERBS),
        lex.inflections(events.OUTCOME_VERBS),
        events.GAME_TRIP_WORDS,
    )

    def read_in_full(sent, words: frozenset[str]) -> bool:
        if any(words is cue for cue in early_exits):
            return True
        return any(t.lower_ in words for t in sent)

    monkeypatch.setattr(syntax, "sentence_has", lambda sent, words: True)
    monkeypatch.setattr(events, "sentence_has", read_in_full)
    full = actors.DocumentActors._names_wars_only
    monkeypatch.setattr(
        actors.DocumentActors, "_names_wars_only", lambda self, h, found=None: full(self, h)
    )


def _events_of(extractor: Extractor) -> list[list[dict]]:
    articles = [
        Article(id=f"speed38-{i}", text=text, published_at="1988-04-12")
        for i, text in enumerate(TEXTS)
    ]
    found = extractor.extract_many(articles)
    for article_events in found:
        for event in article_events:
            event.pop("extracted_at")
    return found


def test_sentence_has_is_a_lower_cased_word_of_the_sentence(nlp):
    word_sets = [
        CALENDAR_NAMES,
        BACKSHIFT_SPEECH,
        frozenset({"for"}),
        frozenset({"by", "in"}),
        frozenset({"Brazil", "brazil"}),  # a capitalised spelling never matches lower_
    ]
    for doc in nlp.pipe(TEXTS):
        remember_sentences(doc)
        for sent in doc.sents:
            for words in word_sets:
                assert sentence_has(sent, words) == any(t.lower_ in words for t in sent)


def test_inflections_hold_every_word_any_lemma_accepts(nlp):
    lex = load_lexicon()
    word_sets = [DATIVE_VERBS, events.WIN_VERBS, events.OUTCOME_VERBS, BACKSHIFT_SPEECH]
    accepted = 0
    for doc in nlp.pipe(TEXTS):
        for tok in doc:
            for words in word_sets:
                if any_lemma(tok, lex, words):
                    accepted += 1
                    assert tok.lower_ in lex.inflections(words)
    assert accepted >= 3  # 'sell', 'beat', 'accused' at least
    assert lex.inflections(DATIVE_VERBS) is lex.inflections(DATIVE_VERBS)  # built once
    assert "sold" in lex.inflections(DATIVE_VERBS)


def test_repairs_with_early_exits_leave_the_trees_of_full_reads(nlp, monkeypatch):
    repairs = [
        syntax.repair_called_in,
        syntax.repair_closed_down,
        syntax.repair_stranded_particles,
        syntax.repair_for_clauses,
        syntax.repair_means_of_talking,
        syntax.repair_opening_dates,
        syntax.repair_told_that_clauses,
        syntax.repair_conjoined_pasts,
        syntax.repair_backshifted_conjuncts,
        syntax.repair_dative_names,
    ]

    def repaired() -> tuple[list, list]:
        trees, counts = [], []
        for doc in nlp.pipe(TEXTS):
            remember_sentences(doc)
            for sent in doc.sents:
                counts.append([repair(sent) for repair in repairs])
            trees.append(_tree(doc))
        return trees, counts

    fast_trees, fast_counts = repaired()
    with monkeypatch.context() as m:
        _plain(m)
        full_trees, full_counts = repaired()
    assert fast_trees == full_trees
    assert fast_counts == full_counts
    assert sum(map(sum, fast_counts)) >= 3  # the texts give the repairs work to do


def test_events_with_early_exits_are_those_of_full_reads(extractor, monkeypatch):
    fast = _events_of(extractor)
    with monkeypatch.context() as m:
        _plain(m)
        full = _events_of(extractor)
    assert fast == full
    assert sum(map(len, fast)) >= 5
