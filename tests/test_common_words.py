"""The feed's frequent words kept in the vocabulary: bounded, and the same tokens and events."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.common_words import CommonWords

TEXTS = [
    "Iran said on Monday its forces shelled Iraqi positions near Basra, state radio said.",
    "Iraq said its warplanes struck an Iranian oil platform in the Gulf on Monday.",
    "The ministers said talks on the Gulf war would resume in Geneva on Monday.",
]


def _tokens(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """What a doc made inside a memory zone holds, with the lexeme features the models read."""
    with nlp.memory_zone():
        return [(t.text, t.whitespace_, t.norm_, t.shape_) for t in nlp.make_doc(text)]


def test_kept_chunks_tokenize_as_before(nlp):
    before = [_tokens(nlp, text) for text in TEXTS]
    words = CommonWords(nlp, checkpoints=(2,), max_kept=1_000)
    for text in TEXTS:
        words.count(text)
    words.keep_due()
    assert {"said", "Gulf", "on", "its"} <= words.kept  # seen in two texts or more
    assert "Basra," not in words.kept  # seen once
    assert [_tokens(nlp, text) for text in TEXTS] == before


def test_warm_up_is_bounded_and_then_stops(nlp):
    words = CommonWords(nlp, checkpoints=(1, 2), max_kept=3)
    words.count(TEXTS[0])
    words.keep_due()  # first checkpoint: no chunk is seen twice yet ('said', 'said.')
    assert words.kept == set() and words.counts is not None
    words.count(TEXTS[1])
    words.keep_due()  # last checkpoint: at most three chunks, then counting stops
    assert len(words.kept) == 3
    assert words.counts is None
    words.count(TEXTS[2])
    words.keep_due()
    assert len(words.kept) == 3 and words.articles == 2


def test_events_are_the_same_after_the_warm_up(extractor, seed_article):
    from stream.extract import Extractor

    article = Article(
        id=seed_article["id"],
        text=seed_article["text"],
        published_at=seed_article.get("published_at"),
    )
    fresh = Extractor(extractor.nlp)
    fresh.common_words = CommonWords(extractor.nlp, checkpoints=(1,))
    before = fresh.extract(article)  # counted
    after = fresh.extract(article)  # its chunks kept first, then extracted
    assert fresh.common_words.kept and fresh.common_words.counts is None

    def strip(events):
        return [{k: v for k, v in e.items() if k != "extracted_at"} for e in events]

    assert before and strip(after) == strip(before)
