"""benchmarks/events_digest.py: one hash per article's events, blind to ``extracted_at`` and
to key order, and a last line over all articles."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from events_digest import digest_lines, events_hash, spread_sample  # noqa: E402


def test_hash_ignores_extraction_time_and_key_order() -> None:
    one = {"type": "attack", "trigger": "shelled", "extracted_at": "2026-01-01T00:00:00Z"}
    two = {"extracted_at": "2027-05-05T10:00:00Z", "trigger": "shelled", "type": "attack"}
    assert events_hash([one]) == events_hash([two])


def test_hash_tells_events_apart() -> None:
    base = {"type": "attack", "trigger": "shelled"}
    assert events_hash([base]) != events_hash([{**base, "trigger": "bombed"}])
    assert events_hash([]) != events_hash([base])
    assert events_hash([base, base]) != events_hash([base])


def test_digest_lines_end_with_the_whole() -> None:
    lines = list(digest_lines(["a1", "a2"], ["00ff", "ff00"]))
    assert lines[:2] == ["a1 00ff", "a2 ff00"]
    assert lines[2].startswith("ALL ") and lines[2].endswith("(2 articles)")
    assert lines[2] != list(digest_lines(["a1", "a2"], ["00ff", "ff01"]))[2]


def test_spread_sample_as_throughput_takes_it() -> None:
    records = [{"id": str(i), "text": "x"} for i in range(10)]
    assert [r["id"] for r in spread_sample(records, 3)] == ["0", "3", "6"]
    assert spread_sample(records, 0) == records
