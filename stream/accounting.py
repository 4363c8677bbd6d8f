"""Accounting: one receipt per message taken from the articles topic, and reconciling them.

Every message a worker takes ends in exactly one outcome — ``events`` (its events were
published), ``no_events`` (processed, nothing found, or skipped with a reason) or
``dead_letter`` (sent to the dead-letter topic with a reason). The worker publishes a
receipt for it on the receipts topic (``schemas/receipt.schema.json``) together with its
events, and commits the message's offset only once both are acknowledged. A downstream job
(or a test) reconciles the receipts against the input offsets with :func:`reconcile`.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stream.codec import timestamp_to_rfc3339

if TYPE_CHECKING:
    from stream.agents import Outcome

RECEIPT_VERSION = "1.0"

Position = tuple[str, int, int]
"""Where a message was: (topic, partition, offset)."""


def extractor_version() -> str:
    """The version of the extractor this process runs (stamped on every receipt)."""
    from stream.extract.model import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def worker_name() -> str:
    """This process as ``HOST:PID`` (stamped on receipts: who processed what)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def build_receipt(outcome: Outcome, *, version: str, worker: str | None = None) -> dict[str, Any]:
    """The receipt for one outcome (valid against the receipt schema)."""
    msg = outcome.message
    reason = None
    if outcome.dead_letter is not None:
        reason = outcome.dead_letter["reason"]
    elif outcome.skip_reason is not None:
        reason = outcome.skip_reason
    return {
        "receipt_version": RECEIPT_VERSION,
        "article_id": outcome.article_id,
        "topic": msg.topic or "",
        "partition": msg.partition if msg.partition is not None else 0,
        "offset": msg.offset if msg.offset is not None else 0,
        "outcome": outcome.status,
        "n_events": len(outcome.events),
        "event_ids": [ev["event_id"] for ev in outcome.events],
        "extractor_version": version,
        "reason": reason,
        "processed_at": timestamp_to_rfc3339(time.time() * 1000.0),
        "worker": worker or worker_name(),
    }


def receipt_key(receipt: Mapping[str, Any]) -> bytes:
    """Receipts are keyed by the input position, so a compacted topic keeps one per message."""
    return f"{receipt['topic']}/{receipt['partition']}/{receipt['offset']}".encode()


@dataclass
class Reconciliation:
    """Receipts matched against the input positions they should cover."""

    expected: int = 0
    receipts: int = 0
    missing: list[Position] = field(default_factory=list)
    """Input positions without any receipt."""
    unexpected: list[Position] = field(default_factory=list)
    """Receipts for positions that were not in the input."""
    redelivered: dict[Position, int] = field(default_factory=dict)
    """Positions with more than one receipt (at-least-once), and how many."""
    conflicting: list[Position] = field(default_factory=list)
    """Positions whose receipts disagree (outcome or event ids): never expected."""
    outcomes: dict[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every input position has a receipt, and repeated receipts agree."""
        return not self.missing and not self.unexpected and not self.conflicting


def position(receipt: Mapping[str, Any]) -> Position:
    return (receipt["topic"], receipt["partition"], receipt["offset"])


def reconcile(
    expected: Iterable[Position], receipts: Iterable[Mapping[str, Any]]
) -> Reconciliation:
    """Check that every expected input position has exactly one (or identical repeated) receipts."""
    wanted = set(expected)
    seen: dict[Position, Mapping[str, Any]] = {}
    result = Reconciliation(expected=len(wanted))
    for receipt in receipts:
        result.receipts += 1
        where = position(receipt)
        if where not in wanted:
            result.unexpected.append(where)
            continue
        first = seen.get(where)
        if first is None:
            seen[where] = receipt
            result.outcomes[receipt["outcome"]] = result.outcomes.get(receipt["outcome"], 0) + 1
            continue
        result.redelivered[where] = result.redelivered.get(where, 1) + 1
        if (first["outcome"], first["event_ids"]) != (receipt["outcome"], receipt["event_ids"]):
            result.conflicting.append(where)
    result.missing = sorted(wanted - set(seen))
    return result
