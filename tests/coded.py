"""What the extractor codes in one sentence written for a test: its events, their (type,
CAMEO code) pairs and types, negated events left out."""

from __future__ import annotations

from collections.abc import Callable

from stream.extract import Article


def sentence_readers(
    published_at: str,
) -> tuple[
    Callable[..., list[dict]],
    Callable[..., set[tuple[str, str]]],
    Callable[..., set[str]],
]:
    """``extract``, ``codes`` and ``types`` of a sentence published at ``published_at``."""

    def extract(extractor, text: str) -> list[dict]:
        return extractor.extract(Article(id="t", text=text, published_at=published_at))

    def codes(extractor, text: str) -> set[tuple[str, str]]:
        return {(e["type"], e["cameo"]) for e in extract(extractor, text) if not e["negated"]}

    def types(extractor, text: str) -> set[str]:
        return {t for t, _ in codes(extractor, text)}

    return extract, codes, types
