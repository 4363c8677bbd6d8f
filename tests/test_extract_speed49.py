"""The cheap tests of round 49 in front of costlier work: each still lets its rule fire where
it should, and turns away at once, before the costly part, where the rule's word is missing.
The outputs are those of the code without the tests (``benchmarks/events_digest.py`` over the
whole mixed corpus gives the same hash)."""

from __future__ import annotations

import re

from stream.extract import relevance
from stream.extract.actors import Gazetteer
from stream.extract.lexicon import load_lexicon


class CountedPattern:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


def _relevance() -> relevance.Relevance:
    return relevance.Relevance(load_lexicon(), Gazetteer.default())


def test_signed_it_gate_still_joins_the_sentence_before():
    rel = _relevance()
    counted = CountedPattern(rel.signs_it)
    rel.signs_it = counted  # type: ignore[assignment]
    text = "The treaty bans the hunting of whales. Kenya and Uganda signed it on Friday."
    signing = text.index("Kenya")
    assert not rel.is_candidate(text[signing:])  # no candidate alone: 'it' is the treaty
    runs = rel.runs(text)
    assert counted.searches  # the sentence holds ' it': the signing forms are searched
    assert [(r.start, r.end) for r in runs] == [(0, len(text))]  # parsed with the one before


def test_signed_it_gate_skips_a_sentence_without_it():
    rel = _relevance()
    counted = CountedPattern(rel.signs_it)
    rel.signs_it = counted  # type: ignore[assignment]
    assert not rel._signed_before("A cat sat. The dog ran home.", (0, 10), 28, False)
    assert counted.searches == 0  # no 'it' after a space: the alternation is never tried
    assert relevance._SPACED_IT.search("Kenya signed\tIT") is not None  # same flags as signs_it


def test_warship_gate_still_reads_a_ship_named_again(nlp):
    from stream.extract.actors import DocumentActors

    doc = nlp(
        "WASHINGTON (AP) - The U.S. cruiser Vincennes shot down an airliner on Sunday. Admiral"
        " William Crowe said the Vincennes had been fighting gunboats."
    )
    actors = DocumentActors(doc, date="1987-06-01")
    assert actors._names_warships  # 'cruiser'
    again = [t for t in doc if t.text == "Vincennes"][-1]
    assert [(a["kind"], a["country"]) for a in actors.resolve(again)] == [("military", "USA")]


def test_warship_gate_leaves_a_doc_without_warship_nouns_at_once(nlp):
    from stream.extract.actors import DocumentActors

    doc = nlp("PARIS (Reuter) - The Vincennes said on Monday that the talks had failed.")
    actors = DocumentActors(doc, date="1987-06-01")
    name = next(t for t in doc if t.text == "Vincennes")
    assert not actors._names_warships
    assert actors._warship_named(name) is None


def test_counted_states_reads_the_count_alone_only_for_a_count_word(nlp):
    from stream.extract.actors import _counted_states

    doc = nlp("The three signed the accord. The three European powers met. The others left.")
    first, powers, others = (
        next(t for t in doc if t.text == w) for w in ("three", "powers", "others")
    )
    assert _counted_states(first) == 3  # 'the three' alone
    assert _counted_states(powers) == 3  # 'the three European powers'
    assert _counted_states(others) == 0  # no count word: its children are not read
