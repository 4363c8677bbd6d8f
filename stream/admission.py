"""What a worker admits to the NLP: size, nesting, dates and language checks on articles.

The codec decides whether bytes are a schema-valid article; these checks decide whether the
worker should spend NLP time on it. Each refusal raises :class:`~stream.codec.Rejected` with a
precise reason (the article is dead-lettered) or :class:`Skipped` (the article is accounted
for as ``no_events`` with the reason on its receipt):

- ``oversize: message of N bytes exceeds M`` — checked before parsing, bounds parse cost;
- ``oversize: text of N bytes exceeds M``;
- ``too_deep: JSON nested more than M levels``;
- ``schema: published_at: not a valid date (…)`` — matches the pattern but is no real date;
- ``non_english: declared language 'fr'`` or ``non_english: 3% English function words …``.

Language detection is deliberately cheap: the share of English function words among the
lower-cased words of the first few thousand characters, and the share of Latin letters
(so Chinese, Arabic or Cyrillic text is caught without counting words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any, Literal

from stream.codec import Rejected

NonEnglishPolicy = Literal["dead_letter", "skip", "accept"]
NON_ENGLISH_POLICIES: tuple[str, ...] = ("dead_letter", "skip", "accept")


class Skipped(Rejected):
    """An article deliberately not processed (accounted for as ``no_events`` with a reason)."""


@dataclass(frozen=True, slots=True)
class AdmissionPolicy:
    """Limits for articles a worker processes."""

    max_message_bytes: int = 8_000_000
    """Raw message size refused before parsing (JSON escapes can make text up to 6× longer)."""
    max_text_bytes: int = 1_000_000
    """UTF-8 size of ``text`` (and of ``title``) beyond which an article is refused."""
    max_json_depth: int = 32
    """Deepest nesting of arrays/objects accepted anywhere in the record."""
    non_english: NonEnglishPolicy = "dead_letter"
    """What to do with text that is not English: dead-letter it, skip it, or process it anyway."""
    min_english_share: float = 0.12
    """Share of English function words below which text counts as not English."""
    min_words: int = 12
    """Texts with fewer words are given the benefit of the doubt (too short to judge)."""
    sample_chars: int = 4000

    def __post_init__(self) -> None:
        if self.non_english not in NON_ENGLISH_POLICIES:
            raise ValueError(
                f"non_english must be one of {', '.join(NON_ENGLISH_POLICIES)}, "
                f"not {self.non_english!r}"
            )

    @classmethod
    def from_settings(cls, settings: Any) -> AdmissionPolicy:
        """The policy configured by :class:`stream.config.Settings`."""
        return cls(
            max_message_bytes=settings.max_message_bytes,
            max_text_bytes=settings.max_text_bytes,
            max_json_depth=settings.max_json_depth,
            non_english=settings.non_english,
        )


_policy = AdmissionPolicy()


def configure(policy: AdmissionPolicy) -> None:
    """Set the policy this process applies (the worker does this once at start)."""
    global _policy
    _policy = policy


def current_policy() -> AdmissionPolicy:
    return _policy


def check_message(raw: bytes | None, policy: AdmissionPolicy | None = None) -> None:
    """Refuse messages too big to parse."""
    policy = policy or _policy
    if raw is not None and len(raw) > policy.max_message_bytes:
        raise Rejected(f"oversize: message of {len(raw)} bytes exceeds {policy.max_message_bytes}")


def check_article(record: Mapping[str, Any], policy: AdmissionPolicy | None = None) -> None:
    """Refuse (or skip) a schema-valid article record the NLP should not see."""
    policy = policy or _policy
    depth = json_depth(record, policy.max_json_depth)
    if depth > policy.max_json_depth:
        raise Rejected(f"too_deep: JSON nested more than {policy.max_json_depth} levels")
    for name in ("text", "title"):
        value = record.get(name)
        if isinstance(value, str) and len(value) > policy.max_text_bytes // 4:
            size = len(value.encode("utf-8", errors="surrogatepass"))
            if size > policy.max_text_bytes:
                raise Rejected(f"oversize: {name} of {size} bytes exceeds {policy.max_text_bytes}")
    published = record.get("published_at")
    if isinstance(published, str) and published:
        problem = date_problem(published)
        if problem:
            raise Rejected(f"schema: published_at: not a valid date ({problem})")
    if policy.non_english != "accept":
        reason = non_english_reason(record, policy)
        if reason:
            if policy.non_english == "skip":
                raise Skipped(reason)
            raise Rejected(reason)


def json_depth(obj: Any, limit: int) -> int:
    """Nesting depth of ``obj`` (a scalar is 0), counting no further than ``limit + 1``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(obj, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


def date_problem(value: str) -> str | None:
    """Why ``value`` is not a real RFC 3339 date or date-time (``None`` if it is one)."""
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        return str(exc)
    return None


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@cache
def _word_list(name: str) -> frozenset[str]:
    path = resources.files("stream").joinpath("data", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def english_function_words() -> frozenset[str]:
    """The English function words of ``stream/data/english_function_words.txt``."""
    return _word_list("english_function_words.txt")


def foreign_function_words() -> frozenset[str]:
    """Common function words of other Latin-script languages (``foreign_function_words.txt``)."""
    return _word_list("foreign_function_words.txt")


def non_english_reason(record: Mapping[str, Any], policy: AdmissionPolicy) -> str | None:
    """Why this article looks not English (``None`` when it is, or is too short to tell)."""
    declared = record.get("language")
    if isinstance(declared, str) and declared.strip():
        primary = declared.strip().lower().replace("_", "-").split("-", 1)[0]
        if primary not in ("en", "eng"):
            return f"non_english: declared language {declared!r}"
    text = record.get("text")
    if not isinstance(text, str):
        return None
    sample = text[: policy.sample_chars]
    letters = len(_LETTER.findall(sample))
    if letters >= 20:
        latin = len(_LATIN.findall(sample))
        if latin / letters < 0.5:
            return f"non_english: {100 * latin // letters}% Latin letters"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < policy.min_words:
        return None
    english = sum(w in english_function_words() for w in words) / len(words)
    foreign = sum(w in foreign_function_words() for w in words) / len(words)
    # Headlines full of names and tables of figures have few function words of any
    # language: it takes more of another language's function words than English ones.
    if english < policy.min_english_share and foreign > max(english, 0.05):
        return (
            f"non_english: {100 * english:.0f}% English and {100 * foreign:.0f}% other-language "
            f"function words in {len(words)} words"
        )
    return None
