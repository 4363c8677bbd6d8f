"""Early exits of the sense tests and the actor memory give what the full reads they skip give.

Several sense tests of ``events`` pass over a sentence at once when it holds none of the
words the test needs (``_may_hold``): a near miss ('close to', 'the brink of'), a broken
promise, a story told by a work, a tour of performers or players, a gift to no one; a
refused leave looks at the head's word before its children. ``actors`` makes a Token only
for a proper noun when it reads initialled names, and only for a '(' two tokens before a ')'
when it reads words in brackets. Each test runs the real code twice, with the early exit and
with it patched away. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.parts_of_speech import IDS as POS_IDS

from stream.extract import Article, actors, events

TEXTS = [
    "The two countries came close to war last year, and talks were on the brink of collapse.",
    "Oslo accused Helsinki of breaking its promise to withdraw troops from the border.",
    "The novel tells of a platoon of soldiers that captures a ridge near Kabul.",
    "The Zambian cricket team opened its tour of Kenya with a match in Nairobi.",
    "Minister Banda said Malawi would yield to no one and would give land to nobody.",
    "Peru will not allow Chilean troops to attack the port, and will not tolerate raids.",
    "Rebels of the Somali National Movement (SNM) attacked the town of Hargeisa on Monday.",
    "The SNM said its fighters had seized the airport, the Front for the Liberation of "
    "Mozambique reported.",
    "Chad and Libya signed a ceasefire in Rabat, and Sudan sent troops to the border.",
]

SENSE_TESTS = [
    lambda tok, lex: events._near_miss(tok, lex),
    lambda tok, lex: events._in_broken_pledge(tok),
    lambda tok, lex: events._told_by_a_work(tok, lex),
    lambda tok, lex: events._game_trip(tok, lex),
    lambda tok, lex: events._given_to_no_one(tok),
    lambda tok, lex: events._refused_leave(tok),
]


class _Everything:
    """A word set that holds every word: a membership test that never excludes."""

    def __contains__(self, _word: object) -> bool:
        return True


def _without_early_exits(patched: pytest.MonkeyPatch) -> None:
    """Make every test above read its sentence in full, as before its early exit."""
    patched.setattr(events, "_may_hold", lambda sent, words: True)
    patched.setattr(events, "_LEAVE_FORMS", _Everything())
    patched.setattr(actors, "_NAME_POS_IDS", frozenset(POS_IDS.values()))
    patched.setattr(actors, "_bracket_opens", lambda doc: range(1, len(doc) - 2))


def _both_ways(monkeypatch: pytest.MonkeyPatch, read):
    """What ``read()`` gives with the early exits, and with them patched away."""
    fast = read()
    with monkeypatch.context() as patched:
        _without_early_exits(patched)
        return fast, read()


@pytest.fixture(scope="module")
def docs(extractor):
    return list(extractor.nlp.pipe(TEXTS))


def test_sense_tests_answer_alike_with_and_without_early_exits(extractor, docs, monkeypatch):
    lex = extractor.lexicon
    tokens = [tok for doc in docs for tok in doc]
    fast, full = _both_ways(
        monkeypatch, lambda: [[test(tok, lex) for test in SENSE_TESTS] for tok in tokens]
    )
    assert fast == full
    held = {k for answers in fast for k, answer in enumerate(answers) if answer}
    assert held >= {0, 1, 4, 5}  # the written sentences hold cases each test accepts


def test_initials_and_brackets_read_alike_with_and_without_early_exits(docs, monkeypatch):
    fast, full = _both_ways(
        monkeypatch,
        lambda: [(actors._initialled_names(doc), list(actors._bracket_opens(doc))) for doc in docs],
    )
    assert [names for names, _ in fast] == [names for names, _ in full]
    assert ("SNM", 6) in fast[6][0] and ("FLM", 17) in fast[7][0]
    assert fast[6][1] == [6]
    assert [i for i in full[6][1] if docs[6][i].text == "("] == [6]


def _events(extractor) -> list[list[dict]]:
    articles = [
        Article(id=f"speed40-{k}", text=text, published_at="1990-05-04T10:00:00Z")
        for k, text in enumerate(TEXTS)
    ]
    found = extractor.extract_many(articles)
    return [[{**e, "extracted_at": None} for e in evs] for evs in found]


def test_events_alike_with_and_without_early_exits(extractor, monkeypatch):
    fast, full = _both_ways(monkeypatch, lambda: _events(extractor))
    assert fast == full
    assert sum(map(len, fast)) >= 5
