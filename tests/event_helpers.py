"""Helpers the extraction tests share: run the extractor on written text and read its events."""

from __future__ import annotations

from stream.extract import Article


def extract_events(extractor, text: str, published_at: str = "1987-06-01T12:00:00Z") -> list[dict]:
    """The events ``extractor`` gives for ``text`` as one article published at ``published_at``."""
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def events_of_type(events: list[dict], etype: str) -> list[dict]:
    """The events of one type, in order."""
    return [e for e in events if e["type"] == etype]


def country_codes(parties: list[dict]) -> set[str]:
    """The countries of an event's actors or targets (parties of no country left out)."""
    return {p["country"] for p in parties if p["country"]}


def side_countries(events: list[dict], etype: str) -> list[tuple[list[str], list[str]]]:
    """(actor countries, target countries) of each event of one type."""
    return [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in events
        if e["type"] == etype
    ]
