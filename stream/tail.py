"""Reading the events topic: filters and printers shared by ``tail``, ``extract`` and ``demo``."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from stream.codec import loads
from stream.config import Settings

FORMATS = ("jsonl", "table")


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep: by type and by country (of an actor, a target or the place)."""

    types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    @classmethod
    def of(cls, types: Sequence[str] = (), countries: Sequence[str] = ()) -> EventFilter:
        return cls(frozenset(types), frozenset(c.upper() for c in countries))

    def __call__(self, event: Mapping[str, Any]) -> bool:
        if self.types and event.get("type") not in self.types:
            return False
        return not self.countries or bool(event_countries(event) & self.countries)


def event_countries(event: Mapping[str, Any]) -> set[str]:
    """ISO 3166-1 alpha-3 codes of the event's actors, targets and location."""
    found = {
        a.get("country")
        for a in [*(event.get("actors") or []), *(event.get("targets") or [])]
        if isinstance(a, Mapping)
    }
    location = event.get("location")
    if isinstance(location, Mapping):
        found.add(location.get("country"))
    return {c for c in found if c}


def _names(actors: Sequence[Mapping[str, Any]] | None) -> str:
    return ", ".join(a.get("name") or a.get("text") or "?" for a in actors or [])


def _event_day(event: Mapping[str, Any]) -> str:
    date = event.get("date") or {}
    if date.get("value"):
        return str(date["value"])
    published = event.get("published_at") or ""
    return f"~{published[:10]}" if published else "?"


class EventPrinter:
    """Prints events as JSON lines (pipe-friendly) or as rows of a readable table."""

    COLUMNS = (
        ("date", 12),
        ("type", 17),
        ("actors", 24),
        ("targets", 22),
        ("where", 14),
        ("evidence", None),
    )

    def __init__(self, fmt: str = "jsonl", *, out: TextIO | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.fmt = fmt
        self.out = out or sys.stdout
        self.console: Console | None = None
        if fmt == "table":
            self.console = Console(file=self.out, soft_wrap=False)
            if not self.console.is_terminal:
                self.console.width = max(self.console.width, 160)
        self.count = 0

    def emit(self, raw: bytes, event: Mapping[str, Any] | None = None) -> None:
        """Print one event given its JSON bytes (and, if at hand, the parsed event)."""
        self.count += 1
        if self.console is None:
            self.out.write(raw.decode("utf-8") + "\n")
            self.out.flush()
            return
        event = event if event is not None else loads(raw)
        table = Table(box=None, show_header=self.count == 1, header_style="bold", pad_edge=False)
        for name, width in self.COLUMNS:
            table.add_column(
                name,
                width=width,
                no_wrap=width is not None,
                overflow="ellipsis" if width else "fold",
            )
        location = event.get("location") or {}
        evidence = (event.get("evidence") or {}).get("sentence", "")
        table.add_row(
            _event_day(event),
            f"{event.get('type')}",
            _names(event.get("actors")),
            _names(event.get("targets")),
            location.get("name") or "",
            " ".join(evidence.split())[:160],
        )
        self.console.print(table)

    def close(self) -> None:
        self.out.flush()


def consume(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool = True,
    timeout: float | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[Any]:
    """Messages of ``topic`` (kafka-python records) until ``timeout`` seconds pass without one,
    or ``stop()`` turns true. Reads without a consumer group; commits nothing."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        group_id=None,
    )
    try:
        idle_since = time.monotonic()
        while stop is None or not stop():
            batches = consumer.poll(timeout_ms=200)
            records = [r for part in batches.values() for r in part]
            if records:
                idle_since = time.monotonic()
            yield from records
            if timeout is not None and time.monotonic() - idle_since > timeout:
                return
    finally:
        consumer.close()


def tail(
    settings: Settings,
    *,
    from_beginning: bool = False,
    max_events: int | None = None,
    timeout: float | None = None,
    fmt: str = "jsonl",
    keep: Callable[[Mapping[str, Any]], bool] | None = None,
    topic: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Print events from the events topic; returns how many were printed.

    Stops after ``max_events`` events, or when no message arrived for ``timeout`` seconds.
    """
    printer = EventPrinter(fmt, out=out)
    keep = keep or EventFilter()
    for record in consume(
        settings,
        topic or settings.events_topic,
        from_beginning=from_beginning,
        timeout=timeout,
        stop=lambda: max_events is not None and printer.count >= max_events,
    ):
        try:
            event = loads(record.value)
        except Exception:
            continue
        if isinstance(event, Mapping) and keep(event):
            printer.emit(record.value, event)
            if max_events is not None and printer.count >= max_events:
                break
    printer.close()
    return printer.count
