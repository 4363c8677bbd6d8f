"""Pure NLP core: article text in, event dicts out. No Kafka in here.

>>> from stream.extract import Extractor, Article
>>> events = Extractor().extract(Article(id="a1", text="...", published_at="2024-10-29"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stream.extract.model import EXTRACTOR_VERSION, Article, Event

if TYPE_CHECKING:
    from stream.extract.pipeline import Extractor

__all__ = ["EXTRACTOR_VERSION", "Article", "Event", "Extractor"]


def __getattr__(name: str):
    # Extractor (and with it spaCy) loads on first use, so light tools such as
    # `eventstream timex` start fast.
    if name == "Extractor":
        from stream.extract.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
