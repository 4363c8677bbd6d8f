"""Plain data types shared by the extractor and the stream layer.

Events are plain ``dict``s shaped exactly like ``schemas/event.schema.json`` so they can be
serialised with orjson without conversion; the TypedDicts below document that shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal, TypedDict

EVENT_SCHEMA_VERSION = "1.0"
EXTRACTOR_VERSION = "0.2.48"

Category = Literal["diplomatic", "military"]
Status = Literal["past", "ongoing", "planned", "possible"]


@dataclass(frozen=True, slots=True)
class Article:
    """What the extractor needs from an article: its id, text and publication time."""

    id: str
    text: str
    published_at: str | None = None  # RFC 3339 (or YYYY-MM-DD); the DCT for relative dates
    title: str | None = None

    @property
    def dct(self) -> date | None:
        """The document creation date (publication day), or None when unknown."""
        return parse_dct(self.published_at)


class Actor(TypedDict):
    text: str
    name: str
    kind: Literal["person", "organization", "country", "group", "military"]
    country: str | None
    role: str | None
    code: str | None


class EventDate(TypedDict):
    value: str | None
    start: str | None
    end: str | None
    granularity: Literal["day", "week", "month", "quarter", "year", "unknown"]
    text: str | None
    basis: Literal["text", "publication"]
    mod: str | None
    status: Status


class Location(TypedDict):
    text: str
    name: str
    country: str | None


class Quantity(TypedDict):
    value: float | int | None
    unit: str | None
    approximate: bool
    text: str


class Evidence(TypedDict):
    sentence: str
    start: int
    end: int


class Event(TypedDict):
    schema_version: str
    event_id: str
    article_id: str
    published_at: str | None
    extracted_at: str
    extractor_version: str
    type: str
    category: Category
    cameo: str
    plover: str | None
    actors: list[Actor]
    targets: list[Actor]
    date: EventDate
    location: Location | None
    quantities: list[Quantity]
    evidence: Evidence
    trigger: str
    negated: bool
    confidence: float


def parse_dct(value: str | None) -> date | None:
    """Parse an RFC 3339 timestamp or bare date into the publication day (UTC as written)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def make_event_id(
    article_id: str, sentence_start: int, event_type: str, actors: list[Actor]
) -> str:
    """Deterministic id: the same article, sentence, type and actors always give the same id."""
    actor_key = "|".join(sorted(a.get("code") or a.get("name") or "" for a in actors))
    raw = f"{article_id}\x1f{sentence_start}\x1f{event_type}\x1f{actor_key}"
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()


def utc_now() -> str:
    """The current time as RFC 3339 UTC with second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def publication_date(status: Status = "past") -> EventDate:
    """The date object for an event whose text gives no date: basis=publication, value=null."""
    return {
        "value": None,
        "start": None,
        "end": None,
        "granularity": "unknown",
        "text": None,
        "basis": "publication",
        "mod": None,
        "status": status,
    }
