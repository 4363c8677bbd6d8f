"""Pure NLP core: article text in, event dicts out. No Kafka in here.

>>> from stream.extract import Extractor, Article
>>> events = Extractor().extract(Article(id="a1", text="...", published_at="2024-10-29"))
"""

from stream.extract.model import EXTRACTOR_VERSION, Article, Event
from stream.extract.pipeline import Extractor

__all__ = ["EXTRACTOR_VERSION", "Article", "Event", "Extractor"]
