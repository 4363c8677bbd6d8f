"""Reading the events topic: filters and printers shared by ``tail``, ``extract`` and ``demo``."""

from __future__ import annotations

import csv
import re
import sys
import textwrap
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from stream.codec import loads
from stream.config import Settings

FORMATS = ("jsonl", "table", "csv", "live")


class BrokerUnreachable(ConnectionError):
    """No broker answered at the configured address."""


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep. Every given criterion must hold; within one, any value may match.

    - ``types`` / ``categories``: the event's ``type`` / ``category``;
    - ``countries``: ISO3 of an actor, a target or the place;
    - ``actors``: a name (case-insensitive, part of a name is enough) of an actor or target;
    - ``since`` / ``until`` (ISO dates, inclusive): the event's own date range
      (``date.start``..``date.end``; the publication day when the text gives no date)
      overlaps them. This is the date of the event, not of the message.
    """

    types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(
        cls,
        types: Sequence[str] = (),
        countries: Sequence[str] = (),
        *,
        categories: Sequence[str] = (),
        actors: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> EventFilter:
        for bound in (since, until):
            if bound and not _ISO_DAY.match(bound):
                raise ValueError(f"{bound!r} is not a date (YYYY-MM-DD)")
        return cls(
            frozenset(types),
            frozenset(c.upper() for c in countries),
            frozenset(c.lower() for c in categories),
            tuple(a.casefold() for a in actors),
            since[:10] if since else None,
            until[:10] if until else None,
        )

    def __call__(self, event: Mapping[str, Any]) -> bool:
        if self.types and event.get("type") not in self.types:
            return False
        if self.categories and event.get("category") not in self.categories:
            return False
        if self.countries and not event_countries(event) & self.countries:
            return False
        if self.actors and not _names_match(event, self.actors):
            return False
        if self.since or self.until:
            start, end = event_span(event)
            if start is None or end is None:
                return False
            if (self.since and end < self.since) or (self.until and start > self.until):
                return False
        return True


def event_span(event: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """First and last day (ISO) the event may fall on: ``date.start``..``date.end``, one of
    them when the other is open, else the publication day."""
    date = event.get("date") or {}
    start, end = date.get("start"), date.get("end")
    if start or end:
        return (start or end)[:10], (end or start)[:10]
    published = event.get("published_at")
    day = published[:10] if isinstance(published, str) and published else None
    return day, day


def _names_match(event: Mapping[str, Any], wanted: Sequence[str]) -> bool:
    names = [
        str(a.get(k) or "").casefold()
        for a in [*(event.get("actors") or []), *(event.get("targets") or [])]
        if isinstance(a, Mapping)
        for k in ("name", "text")
    ]
    return any(w in n for w in wanted for n in names)


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


CSV_COLUMNS = (
    "event_id",
    "published_at",
    "date_value",
    "date_start",
    "date_end",
    "type",
    "category",
    "cameo",
    "actors",
    "actor_countries",
    "targets",
    "target_countries",
    "location",
    "location_country",
    "quantities",
    "trigger",
    "negated",
    "confidence",
    "sentence",
    "article_id",
    "extractor_version",
)


def csv_row(event: Mapping[str, Any]) -> list[Any]:
    """One event flattened into the ``CSV_COLUMNS`` (lists joined with ``; ``)."""
    date = event.get("date") or {}
    location = event.get("location") or {}
    actors, targets = event.get("actors") or [], event.get("targets") or []

    def countries(group: Sequence[Mapping[str, Any]]) -> str:
        return "; ".join(str(a.get("country")) for a in group if a.get("country"))

    return [
        event.get("event_id"),
        event.get("published_at"),
        date.get("value"),
        date.get("start"),
        date.get("end"),
        event.get("type"),
        event.get("category"),
        event.get("cameo"),
        "; ".join(a.get("name") or a.get("text") or "" for a in actors),
        countries(actors),
        "; ".join(a.get("name") or a.get("text") or "" for a in targets),
        countries(targets),
        location.get("name"),
        location.get("country"),
        "; ".join(q.get("text") or "" for q in event.get("quantities") or []),
        event.get("trigger"),
        event.get("negated"),
        event.get("confidence"),
        " ".join(((event.get("evidence") or {}).get("sentence") or "").split()),
        event.get("article_id"),
        event.get("extractor_version"),
    ]


def table_row(event: Mapping[str, Any]) -> list[str]:
    """One event as the cells of ``EventPrinter.COLUMNS``."""
    location = event.get("location") or {}
    evidence = (event.get("evidence") or {}).get("sentence", "")
    return [
        _event_day(event),
        f"{event.get('type')}",
        _names(event.get("actors")),
        _names(event.get("targets")),
        location.get("name") or "",
        textwrap.shorten(evidence, 160, placeholder=" …"),
    ]


def incident_row(incident: Mapping[str, Any]) -> list[str]:
    """One incident as the cells of ``IncidentPrinter.COLUMNS``."""
    date = incident.get("date") or {}
    day = date.get("value") or f"~{(incident.get('first_published_at') or '?')[:10]}"
    actors, targets = incident.get("actor_countries") or [], incident.get("target_countries") or []
    if incident.get("symmetric"):  # order-insensitive: one set of parties
        parties = " + ".join(dict.fromkeys([*actors, *targets])) or "?"
    else:
        parties = f"{' + '.join(actors) or '?'} → {' + '.join(targets) or '?'}"
    evidence = (incident.get("evidence") or {}).get("sentence", "")
    return [
        str(day),
        f"{incident.get('type')}" + ("" if incident.get("status") == "open" else " (closed)"),
        parties,
        str(incident.get("mentions", 0)),
        str(len(incident.get("articles") or [])),
        textwrap.shorten(evidence, 160, placeholder=" …"),
    ]


INCIDENT_CSV_COLUMNS = (
    "incident_id",
    "status",
    "date_value",
    "date_start",
    "date_end",
    "type",
    "category",
    "actor_countries",
    "target_countries",
    "location",
    "mentions",
    "articles",
    "first_published_at",
    "last_published_at",
    "sentence",
)


def incident_csv_row(incident: Mapping[str, Any]) -> list[Any]:
    """One incident flattened into the ``INCIDENT_CSV_COLUMNS``."""
    date = incident.get("date") or {}
    location = incident.get("location") or {}
    return [
        incident.get("incident_id"),
        incident.get("status"),
        date.get("value"),
        date.get("start"),
        date.get("end"),
        incident.get("type"),
        incident.get("category"),
        "; ".join(incident.get("actor_countries") or []),
        "; ".join(incident.get("target_countries") or []),
        location.get("name"),
        incident.get("mentions"),
        len(incident.get("articles") or []),
        incident.get("first_published_at"),
        incident.get("last_published_at"),
        " ".join(((incident.get("evidence") or {}).get("sentence") or "").split()),
    ]


class EventPrinter:
    """Prints events as JSON lines (pipe-friendly), rows of a readable table, or CSV."""

    COLUMNS = (
        ("date", 12),
        ("type", 17),
        ("actors", 24),
        ("targets", 22),
        ("where", 14),
        ("evidence", None),
    )

    CSV_COLUMNS: Sequence[str] = CSV_COLUMNS
    table_row = staticmethod(table_row)
    csv_row = staticmethod(csv_row)

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
        self.csv = csv.writer(self.out) if fmt == "csv" else None
        self.live = LiveBoard(Console(file=self.out)) if fmt == "live" else None
        self.count = 0

    def emit(self, raw: bytes, event: Mapping[str, Any] | None = None) -> None:
        """Print one event given its JSON bytes (and, if at hand, the parsed event)."""
        self.count += 1
        if self.live is not None:
            self.live.add(event if event is not None else loads(raw))
            return
        if self.csv is not None:
            if self.count == 1:
                self.csv.writerow(self.CSV_COLUMNS)
            self.csv.writerow(self.csv_row(event if event is not None else loads(raw)))
            self.out.flush()
            return
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
        table.add_row(*self.table_row(event))
        self.console.print(table)

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        self.out.flush()


class IncidentPrinter(EventPrinter):
    """Prints incidents (``schemas/incident.schema.json``); ``live`` prints the table."""

    COLUMNS = (
        ("date", 12),
        ("type", 17),
        ("actors → targets", 24),
        ("mentions", 8),
        ("articles", 8),
        ("evidence", None),
    )
    CSV_COLUMNS = INCIDENT_CSV_COLUMNS
    table_row = staticmethod(incident_row)
    csv_row = staticmethod(incident_csv_row)

    def __init__(self, fmt: str = "jsonl", *, out: TextIO | None = None) -> None:
        super().__init__("table" if fmt == "live" else fmt, out=out)


class LiveBoard:
    """A screen that redraws in place: running counts and the most recent events."""

    def __init__(self, console: Console, rows: int = 15) -> None:
        from collections import Counter, deque

        from rich.live import Live

        self.recent: deque[Mapping[str, Any]] = deque(maxlen=rows)
        self.by_category: Counter[str] = Counter()
        self.by_type: Counter[str] = Counter()
        self.by_country: Counter[str] = Counter()
        self._live = Live(self._render(), console=console, refresh_per_second=4)
        self._live.start()

    def add(self, event: Mapping[str, Any]) -> None:
        self.recent.appendleft(event)
        self.by_category[str(event.get("category"))] += 1
        self.by_type[str(event.get("type"))] += 1
        self.by_country.update(event_countries(event))
        self._live.update(self._render())

    def stop(self) -> None:
        self._live.update(self._render(), refresh=True)
        self._live.stop()

    def _render(self) -> Table:
        def top(counts: Any) -> str:
            return "  ".join(f"{k} {n}" for k, n in counts.most_common(8)) or "-"

        total = sum(self.by_category.values())
        table = Table(
            title=f"{total} events · {top(self.by_category)}",
            caption=f"types: {top(self.by_type)}\ncountries: {top(self.by_country)}",
            header_style="bold",
            expand=True,
        )
        for name, width in EventPrinter.COLUMNS:
            fixed = {"min_width": min(width, 10), "max_width": width} if width else {"ratio": 1}
            table.add_column(name, no_wrap=True, overflow="ellipsis", **fixed)
        for event in self.recent:
            table.add_row(*table_row(event))
        return table


def consume(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool = True,
    timeout: float | None = None,
    stop: Callable[[], bool] | None = None,
    group: str | None = None,
) -> Generator[Any, None, None]:
    """Messages of ``topic`` (kafka-python records) until ``timeout`` seconds pass without one,
    or ``stop()`` turns true (checked after each message).

    Without ``group`` it reads without a consumer group and commits nothing. With ``group`` it
    joins that consumer group (sharing partitions with its other members), starts where the
    group left off (``from_beginning`` only matters for a new group), and commits the offsets
    of messages once the caller has taken them: after each poll and when stopping.
    """
    from kafka import KafkaConsumer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    from stream.security import BrokerUnavailable, SecurityConfigError, open_client

    try:
        consumer = open_client(
            KafkaConsumer,
            settings,
            topic,
            auto_offset_reset="earliest" if from_beginning else "latest",
            enable_auto_commit=False,
            group_id=group,
            **(_group_timings(settings) if group else {}),
        )
    except (BrokerUnavailable, SecurityConfigError) as exc:
        raise BrokerUnreachable(str(exc)) from exc
    taken: dict[Any, int] = {}

    def commit() -> None:
        if group and taken:
            consumer.commit({tp: OffsetAndMetadata(n, "", -1) for tp, n in taken.items()})
            taken.clear()

    try:
        idle_since = time.monotonic()
        while stop is None or not stop():
            batches = consumer.poll(timeout_ms=200)
            records = [r for part in batches.values() for r in part]
            if records or (group and not consumer.assignment()):  # joining is not idling
                idle_since = time.monotonic()
            for record in records:
                yield record
                taken[TopicPartition(record.topic, record.partition)] = record.offset + 1
                if stop is not None and stop():
                    return
            commit()
            if timeout is not None and time.monotonic() - idle_since > timeout:
                return
    finally:
        try:
            commit()
        finally:
            consumer.close()


def _group_timings(settings: Settings) -> dict[str, int]:
    """Consumer-group timings for kafka-python from the settings (session capped at 10 s)."""
    session = min(settings.session_timeout, 10.0)
    heartbeat = min(settings.heartbeat_interval, session / 3)
    return {
        "session_timeout_ms": int(session * 1000),
        "heartbeat_interval_ms": int(heartbeat * 1000),
    }


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
    group: str | None = None,
) -> int:
    """Print events from the events topic (or incidents from the incidents topic); returns
    how many were printed.

    Stops after ``max_events`` events, or when no message arrived for ``timeout`` seconds.
    With ``group`` it reads as a member of that consumer group and commits what it printed
    (and what it filtered out); without, it commits nothing.
    """
    topic = topic or settings.events_topic
    incidents = topic == settings.incidents_topic
    printer = (IncidentPrinter if incidents else EventPrinter)(fmt, out=out)
    keep = keep or EventFilter()
    if incidents:  # filter incidents on what they share with events: type and category
        keep = EventFilter(types=keep.types, categories=keep.categories)
    records = consume(
        settings,
        topic,
        from_beginning=from_beginning,
        timeout=timeout,
        stop=lambda: max_events is not None and printer.count >= max_events,
        group=group,
    )
    try:
        for record in records:
            try:
                event = loads(record.value)
            except Exception:
                continue
            if isinstance(event, Mapping) and keep(event):
                printer.emit(record.value, event)
    finally:  # Ctrl-C too: commit, close the consumer, give the terminal back (live)
        records.close()
        printer.close()
    return printer.count
