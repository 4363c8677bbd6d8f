"""A cheap replacement for spaCy's attribute ruler: coarse POS straight from the tagger.

The English attribute ruler maps fine-grained tags (plus a few words: auxiliaries, "that",
"which") to universal POS with a token matcher, which costs about a tenth of the pipeline.
The same table is applied here with array reads and writes: one look-up per distinct tag, and
one per token of the few words with rules of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc
from spacy.util import minibatch


def tag_pos_mapping(ruler) -> dict[str, str]:
    """``"TAG"`` or ``"TAG word"`` → POS, from an attribute ruler's tag (and word) rules."""
    mapping: dict[str, str] = {}
    for rule in ruler.patterns:
        pattern = rule["patterns"][0]
        pos = rule["attrs"].get("POS")
        if not pos or len(pattern) != 1 or not set(pattern[0]) <= {"TAG", "LOWER"}:
            continue
        tag, lower = pattern[0].get("TAG"), pattern[0].get("LOWER")
        if not isinstance(tag, str):
            continue
        if lower is None:
            mapping[tag] = pos
        else:
            words = lower.get("IN", []) if isinstance(lower, dict) else [lower]
            for word in words:
                mapping[f"{tag} {word}"] = pos
    return mapping


class TagToPos:
    """Sets ``Token.pos`` from ``Token.tag`` (and a few words) through a fixed table."""

    def __init__(self, nlp: Language, mapping: dict[str, str]) -> None:
        strings = nlp.vocab.strings
        self.by_tag = {strings.add(k): IDS[v] for k, v in mapping.items() if " " not in k}
        self.by_word = {
            (strings.add(k.split(" ", 1)[0]), strings.add(k.split(" ", 1)[1])): IDS[v]
            for k, v in mapping.items()
            if " " in k
        }
        self.unknown = IDS["X"]
        self.words = np.array(sorted({w for _, w in self.by_word}), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        self._set_pos([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The docs of a stream, a batch at a time: the table look-ups of a whole batch run
        as one array operation (per doc they cost more than the look-ups themselves)."""
        for batch in minibatch(docs, size=batch_size):
            self._set_pos(batch)
            yield from batch

    def _set_pos(self, docs: list[Doc]) -> None:
        """Set the POS of every token of ``docs``."""
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        arr = np.concatenate([doc.to_array([TAG, LOWER]) for doc in docs])
        # one table look-up per distinct tag, then the few words that have rules of their own
        tags, index = np.unique(arr[:, 0], return_inverse=True)
        by_tag, unknown = self.by_tag, self.unknown
        table = np.fromiter(
            (by_tag.get(int(t), unknown) for t in tags), dtype="uint64", count=len(tags)
        )
        pos = table[index.reshape(-1)]
        by_word = self.by_word
        for i in np.flatnonzero(np.isin(arr[:, 1], self.words)):
            found = by_word.get((int(arr[i, 0]), int(arr[i, 1])))
            if found:
                pos[i] = found
        start = 0
        for doc in docs:
            end = start + len(doc)
            doc.from_array([POS], pos[start:end].reshape(-1, 1))
            start = end


@Language.factory("tag_to_pos", default_config={"mapping": {}})
def make_tag_to_pos(nlp: Language, name: str, mapping: dict[str, str]) -> TagToPos:
    return TagToPos(nlp, mapping)
