"""Bytes at the edges: decoding articles, encoding events and dead letters (orjson + JSON Schema).

Everything that reaches the extractor went through :func:`decode_article`; everything that
leaves for the events topic went through :func:`encode_event`. A message that cannot be
decoded raises :class:`Rejected` with a precise, stable reason such as
``invalid_json: unexpected character: line 1 column 2 (char 1)``, ``not_an_object: array`` or
``schema: text: 'text' is a required property``.
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson

from stream.schemas import is_valid, schema_errors, validator

if TYPE_CHECKING:  # the extractor (and spaCy) load only where articles are built
    from stream.extract import Article

DEAD_LETTER_VERSION = "1.0"
MAX_DEAD_LETTER_ORIGINAL = 256_000
"""Bytes of the original message a dead letter carries at most (Kafka's default limit is 1 MB)."""


class Rejected(ValueError):
    """A message that cannot become an article (or an event that breaks the contract)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def kind(self) -> str:
        """The reason's category: the part before the first colon (``invalid_json``...)."""
        return self.reason.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class DecodedArticle:
    """A valid article: the record as sent and what the extractor needs from it."""

    record: dict[str, Any]
    article: Article


def dumps(obj: Any) -> bytes:
    """Serialise to compact JSON bytes (orjson)."""
    return orjson.dumps(obj)


def loads(data: bytes | str) -> Any:
    """Parse JSON bytes (orjson)."""
    return orjson.loads(data)


def article_id(record: Mapping[str, Any]) -> str:
    """The article's id: its ``id``, else a hash of its ``url``, else a hash of its ``text``."""
    given = record.get("id")
    if isinstance(given, str) and given:
        return given
    url = record.get("url")
    if isinstance(url, str) and url.strip():
        return "url-" + _digest(url.strip())
    text = record.get("text")
    return "text-" + _digest(text if isinstance(text, str) else dumps(record).decode("utf-8"))


def _digest(value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8"), digest_size=12).hexdigest()


def timestamp_to_rfc3339(timestamp_ms: float) -> str | None:
    """Milliseconds since the epoch as an RFC 3339 UTC string (second precision).

    None for a timestamp no calendar date can hold (before year 1 or after year 9999).
    """
    try:
        moment = datetime.fromtimestamp(timestamp_ms / 1000.0, tz=UTC).replace(microsecond=0)
    except (ValueError, OverflowError, OSError):
        return None
    return moment.isoformat().replace("+00:00", "Z")


def parse_article(raw: bytes | None) -> dict[str, Any]:
    """Parse and validate raw message bytes as an article record, or raise :class:`Rejected`."""
    if raw is None or len(raw) == 0:
        raise Rejected("empty_message")
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if _is_bad_utf8(raw):
            raise Rejected("invalid_utf8: the message is not UTF-8 text") from exc
        if "depth limit" in str(exc):  # orjson refuses nesting deeper than 1024 levels
            raise Rejected(f"too_deep: {exc}") from exc
        raise Rejected(f"invalid_json: {exc}") from exc
    if not isinstance(obj, dict):
        raise Rejected(f"not_an_object: {_json_kind(obj)}")
    if not is_valid("article", obj):
        raise Rejected("schema: " + "; ".join(article_problems(obj)))
    return obj


def article_problems(record: Any) -> list[str]:
    """Article-schema violations as ``field: message`` (the missing field for ``required``)."""
    out = []
    for err in sorted(validator("article").iter_errors(record), key=lambda e: list(e.path)):
        path = [str(p) for p in err.absolute_path]
        if err.validator == "required" and isinstance(err.validator_value, list):
            missing = [
                p for p in err.validator_value if isinstance(record, dict) and p not in record
            ]
            path += missing[:1]
        where = "/".join(path) or "(root)"
        message = _FRIENDLY.get((where, str(err.validator)), err.message)
        out.append(f"{where}: {message}")
    return out


# Plain-language messages for the violations feeds make most often.
_FRIENDLY = {
    ("text", "pattern"): "must contain a non-space character",
    ("text", "minLength"): "must not be empty",
    ("published_at", "pattern"): "is not an RFC 3339 date or date-time",
}


def decode_article(raw: bytes | None, *, timestamp_ms: float | None = None) -> DecodedArticle:
    """Raw message bytes → a valid article, or :class:`Rejected`.

    The id comes from the record (or a hash of its url or text); a missing ``published_at``
    is taken from the message timestamp.
    """
    record = parse_article(raw)
    return article_from_record(record, timestamp_ms=timestamp_ms)


def article_from_record(
    record: dict[str, Any], *, timestamp_ms: float | None = None
) -> DecodedArticle:
    """Build the extractor's :class:`Article` from an already validated record."""
    from stream.extract import Article

    published = record.get("published_at")
    if not published and timestamp_ms is not None and timestamp_ms > 0:
        published = timestamp_to_rfc3339(timestamp_ms)
    title = record.get("title")
    article = Article(
        id=article_id(record),
        text=record["text"],
        published_at=published or None,
        title=title if isinstance(title, str) else None,
    )
    return DecodedArticle(record=record, article=article)


def check_event(event: Mapping[str, Any]) -> None:
    """Raise :class:`Rejected` (``invalid_event: ...``) if ``event`` breaks the event schema."""
    problems = schema_errors("event", event)
    if problems:
        raise Rejected("invalid_event: " + "; ".join(problems[:5]))


def encode_event(event: Mapping[str, Any], *, validate: bool = True) -> bytes:
    """An event as JSON bytes, checked against the event schema first (unless told not to)."""
    if validate:
        check_event(event)
    return orjson.dumps(event)


def dead_letter(
    raw: bytes | None,
    reason: str,
    *,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    timestamp_ms: float | None = None,
    key: bytes | None = None,
    article_id: str | None = None,
) -> dict[str, Any]:
    """The record written to the dead-letter topic for a message that could not be processed.

    The original bytes travel along: as ``original`` (text) when they are valid UTF-8, else as
    ``original_base64``, so nothing is lost and the message can be repaired and re-sent.
    Originals over :data:`MAX_DEAD_LETTER_ORIGINAL` bytes (which would not fit in one Kafka
    message) keep only their first bytes, with ``original_truncated`` set and their
    ``original_size`` and ``original_sha256`` to match them against the source.
    """
    text: str | None = None
    encoded: str | None = None
    size = len(raw) if raw is not None else 0
    truncated = size > MAX_DEAD_LETTER_ORIGINAL
    digest = hashlib.sha256(raw).hexdigest() if raw is not None and truncated else None
    if raw is not None and truncated:
        raw = raw[:MAX_DEAD_LETTER_ORIGINAL]
        text = raw.decode("utf-8", errors="ignore")  # a cut may split one character
    elif raw is not None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            encoded = base64.b64encode(raw).decode("ascii")
    return {
        "dead_letter_version": DEAD_LETTER_VERSION,
        "reason": reason,
        "kind": reason.split(":", 1)[0],
        "article_id": article_id,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "timestamp": timestamp_to_rfc3339(timestamp_ms) if timestamp_ms else None,
        "key": _bytes_text(key),
        "original": text,
        "original_base64": encoded,
        "original_size": size,
        "original_truncated": truncated,
        "original_sha256": digest,
        "failed_at": timestamp_to_rfc3339(time.time() * 1000.0),
    }


def original_bytes(letter: Mapping[str, Any]) -> bytes | None:
    """The original message bytes carried by a dead letter."""
    if letter.get("original") is not None:
        return letter["original"].encode("utf-8")
    if letter.get("original_base64") is not None:
        return base64.b64decode(letter["original_base64"])
    return None


def _bytes_text(value: bytes | None) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8", errors="backslashreplace")


def _is_bad_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _json_kind(obj: Any) -> str:
    if isinstance(obj, list):
        return "array"
    if isinstance(obj, str):
        return "string"
    if isinstance(obj, bool):
        return "boolean"
    if isinstance(obj, int | float):
        return "number"
    return "null" if obj is None else type(obj).__name__
