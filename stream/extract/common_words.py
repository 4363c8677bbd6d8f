"""The words a feed uses most, kept in spaCy's vocabulary and tokenizer cache.

The extractor works inside ``nlp.memory_zone()`` so that a long-running worker's memory stays
flat: every word the zone meets is forgotten when it closes, and inside a zone spaCy's
tokenizer caches nothing. Every batch would tokenize "the", "said" and "Iran" from scratch
(affix rules, a new lexeme each), which costs about as much as all the rest of the
pre-filter. So the extractor counts the chunks (whitespace-separated strings) of the text it
tokenizes during its first articles and, at a few points of that warm-up, tokenizes the most
frequent ones outside any zone: their lexemes and cache entries stay for good. The number of
kept chunks is capped, and counting stops after the last point, so memory stays bounded.

Tokenization itself is unchanged (the cache only remembers what the rules produced), so the
docs, and the events, are the same.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language

# after this many articles, keep the frequent chunks seen so far (then stop counting)
CHECKPOINTS = (32, 64, 128, 256, 512, 1024)
MAX_KEPT = 20_000  # chunks kept at most (about 10 MB of lexemes, strings and cache entries)
MIN_COUNT = 2  # a chunk seen once is as likely a name of one story as a common word


class CommonWords:
    """Counts the chunks of the texts given to the tokenizer and keeps the frequent ones."""

    def __init__(
        self,
        nlp: Language,
        checkpoints: tuple[int, ...] = CHECKPOINTS,
        max_kept: int = MAX_KEPT,
    ) -> None:
        self.nlp = nlp
        self.checkpoints = list(checkpoints)
        self.max_kept = max_kept
        self.articles = 0
        self.kept: set[str] = set()
        self.counts: Counter[str] | None = Counter() if self.checkpoints else None

    def count(self, text: str) -> None:
        """Note the chunks of one article's text to tokenize."""
        if self.counts is not None:
            self.articles += 1
            self.counts.update(text.split())

    def keep_due(self) -> None:
        """At a checkpoint, tokenize the most frequent chunks not kept yet, outside any
        memory zone (call it between batches, never inside a zone)."""
        if self.counts is None or self.articles < self.checkpoints[0]:
            return
        while self.checkpoints and self.articles >= self.checkpoints[0]:
            self.checkpoints.pop(0)
        room = self.max_kept - len(self.kept)
        new = [
            chunk
            for chunk, n in self.counts.most_common()
            if n >= MIN_COUNT and chunk not in self.kept
        ][:room]
        for start in range(0, len(new), 1000):  # docs of moderate length
            self.nlp.make_doc(" ".join(new[start : start + 1000]))
        self.kept.update(new)
        if not self.checkpoints or len(self.kept) >= self.max_kept:
            self.counts = None  # warm-up over: no more counting, the counts are freed
