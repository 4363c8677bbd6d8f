"""Relevance pre-filter: which sentences can hold a diplomatic or military event.

Runs on tokenizer output only (no tagger, parser or NER), so it costs a small fraction of a
parse. A sentence is a candidate when

* its words satisfy some trigger entry of the lexicon (the trigger word plus, for light
  verbs, the object that makes them an event: "held" needs "talks"), and
* it names a political actor or institution: a country, demonym or capital, an institution
  or international organisation, a known leader, or a governmental, military, police,
  rebel or opposition role word ("minister", "troops", "rebels").

Business and sports news share much of the vocabulary ("demand", "offer", "talks",
"attack") but rarely the second condition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc

from stream.extract.actors import Gazetteer
from stream.extract.lexicon import Lexicon

SENTENCE_END = frozenset({".", "!", "?"})
POLITICAL_SOURCES = frozenset(
    {"country", "adjective", "people", "capital", "institution", "organization"}
)
POLITICAL_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "COP",
        "OPP",
        "LEG",
        "JUD",
        "SPY",
        "SEP",
        "INS",
        "UAF",
        "PTY",
        "IGO",
        "REF",
    }
)
COMMON_NAME_WORDS = 3  # a word in this many names ("republic", "united") tells nothing


def political_words(gaz: Gazetteer, generic: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-case single words that name political actors, from the gazetteer."""
    names = [key for key, term in gaz.terms.items() if term.source in POLITICAL_SOURCES]
    names += [key.split()[-1] for key in gaz.leaders]  # surnames, not first names
    counts = Counter(w for name in names for w in set(name.split()))
    words = {
        w
        for name in names
        for w in name.split()
        if counts[w] < COMMON_NAME_WORDS or " " not in name
    }
    words |= {key.lower() for key, term in gaz.cased.items() if term.source in POLITICAL_SOURCES}
    for word, role in gaz.roles.items():
        if role.sector in POLITICAL_SECTORS:
            words.add(word.split()[-1])
            words.add(word.split()[-1] + "s")
    return frozenset(
        w for w in words if (len(w) > 2 and w.isalpha() or "." in w) and w not in generic
    )


class Relevance:
    """Selects candidate sentence spans of a tokenized (unparsed) text."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.actor_words = political_words(
            gazetteer, lexicon.modality.get("not_actor_words", frozenset())
        )

    def is_candidate(self, words: set[str], names: set[str]) -> bool:
        """Trigger words in ``words``; an actor among ``words`` or capitalised ``names``."""
        return bool((words | names) & self.actor_words) and self.lexicon.is_candidate(words)

    def spans(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """Character spans of runs of consecutive candidate sentences."""
        run: tuple[int, int] | None = None
        for start, end, words, names in rough_sentences(doc):
            if not self.is_candidate(words, names):
                continue
            if run is not None and run[1] >= start - 3:
                run = (run[0], end)
                continue
            if run is not None:
                yield run
            run = (start, end)
        if run is not None:
            yield run


def rough_sentences(doc: Doc) -> Iterator[tuple[int, int, set[str], set[str]]]:
    """Cheap sentence split on tokenizer output: (start char, end char, words, names).

    Both sets hold lower-case forms; capitalised words inside a sentence are ``names``, never
    trigger words ("in March", "Desert Storm").
    """
    start_tok = 0
    forms: set[str] = set()
    names: set[str] = set()
    n = len(doc)
    for i, tok in enumerate(doc):
        text = tok.text
        if tok.is_space:
            if "\n\n" in text or ("\n" in text and i > start_tok):
                if forms or names:
                    yield doc[start_tok].idx, tok.idx, forms, names
                start_tok, forms, names = i + 1, set(), set()
            continue
        low = tok.lower_
        if tok.is_title and i > start_tok:
            names.add(low)
        else:
            forms.add(low)
        if i >= 2 and doc[i - 1].text == "-":
            forms.add(doc[i - 2].lower_ + "-" + low)
        if text in SENTENCE_END and (i + 1 >= n or not doc[i + 1].is_lower):
            end = tok.idx + len(text)
            if i + 1 < n and doc[i + 1].text in ('"', "'", ")"):
                end = doc[i + 1].idx + 1
            yield doc[start_tok].idx, end, forms, names
            start_tok, forms, names = i + 1, set(), set()
    if (forms or names) and start_tok < n:
        yield doc[start_tok].idx, len(doc.text), forms, names
