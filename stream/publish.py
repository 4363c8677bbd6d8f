"""Publishing articles from files (or stdin) to the articles topic, and offline extraction.

Both read the same inputs through :mod:`stream.archive`: ``.json`` (one article or a list),
``.jsonl`` / ``.ndjson`` (optionally gzip), folders of them or of ``.txt`` files, and ``-``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from stream.archive import ArchiveReader, Record
from stream.codec import Rejected, article_id, parse_article
from stream.config import Settings


class PublishError(RuntimeError):
    """The broker could not be reached or refused the articles."""


@dataclass
class Summary:
    """What happened to the records read from the inputs."""

    read: int = 0
    published: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def reject(self, reason: str, where: str) -> None:
        kind = reason.split(":", 1)[0]
        self.rejected[kind] += 1
        self.examples.setdefault(kind, f"{where}: {reason}")

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def table(self, verb: str = "published") -> Table:
        table = Table(title=None, show_header=True, header_style="bold")
        table.add_column("outcome")
        table.add_column("count", justify="right")
        table.add_column("first example", overflow="fold")
        table.add_row("read", str(self.read), "")
        table.add_row(verb, str(self.published), "")
        for kind, count in self.rejected.most_common():
            table.add_row(f"rejected: {kind}", str(count), self.examples.get(kind, ""))
        return table


def where(record: Record) -> str:
    """``file:line`` (or ``file#index``) of a record, for messages."""
    if record.line is not None:
        return f"{record.source}:{record.line}"
    return record.source if record.index == 0 else f"{record.source}#{record.index}"


def read_with_progress(
    reader: ArchiveReader, console: Console, description: str
) -> Iterator[Record]:
    """The reader's records, with a progress bar (by bytes read) when ``console`` is a terminal."""
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[records]} records"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    count = 0
    with progress:
        task = progress.add_task(description, total=reader.total_bytes, records=0)
        for record in reader.records():
            count += 1
            yield record
            if count % 64 == 0:
                progress.update(task, completed=reader.bytes_read, records=count)
        progress.update(task, completed=reader.bytes_read, records=count)


def publish_records(
    records: Iterable[Record],
    settings: Settings,
    *,
    topic: str | None = None,
    validate: bool = True,
) -> Summary:
    """Send records to ``topic`` (default: the articles topic) with ``acks=all``.

    With ``validate`` (the default) records that are not valid articles are counted as
    rejected and not sent; without it every readable record is sent as it is (the worker then
    dead-letters what it cannot use). Keys are article ids where they can be derived.
    """
    from kafka import KafkaProducer

    from stream.security import BrokerUnavailable, SecurityConfigError, open_client

    target = topic or settings.articles_topic
    summary = Summary()
    try:
        producer = open_client(KafkaProducer, settings, acks="all", linger_ms=5)
    except (BrokerUnavailable, SecurityConfigError) as exc:
        raise PublishError(str(exc)) from exc
    failures: list[str] = []
    try:
        for record in records:
            summary.read += 1
            if record.error:
                summary.reject(f"unreadable: {record.error}", where(record))
                continue
            key: bytes | None = None
            try:
                obj = parse_article(record.raw)
                key = article_id(obj).encode("utf-8")
            except Rejected as exc:
                if validate:
                    summary.reject(exc.reason, where(record))
                    continue
            location = where(record)
            future = producer.send(target, value=record.raw, key=key)
            future.add_errback(lambda exc, w=location: failures.append(f"{w}: {exc}"))
            summary.published += 1
        producer.flush()
    finally:
        producer.close()
    for failure in failures:
        summary.published -= 1
        summary.reject(f"send_failed: {failure.split(': ', 1)[-1]}", failure.split(": ", 1)[0])
    return summary


def publish_paths(
    paths: Sequence[str],
    settings: Settings,
    *,
    topic: str | None = None,
    validate: bool = True,
    console: Console | None = None,
) -> Summary:
    """Publish every article in ``paths`` (raises ``ArchiveError`` on a bad path)."""
    console = console or Console(stderr=True)
    reader = ArchiveReader(paths)
    return publish_records(
        read_with_progress(reader, console, "publishing"),
        settings,
        topic=topic,
        validate=validate,
    )


def timestamp_ms_of(day: str) -> float:
    """An RFC 3339 time or bare date as milliseconds since the epoch (UTC)."""
    text = day.strip().replace("z", "Z")
    if len(text) == 10:
        moment = datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
    else:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() * 1000.0


def extract_paths(
    paths: Sequence[str],
    *,
    published_at: str | None = None,
    batch_size: int = 16,
    out: TextIO | None = None,
    console: Console | None = None,
    fmt: str = "jsonl",
) -> Summary:
    """Offline extraction (no Kafka): events of every article in ``paths``, printed to ``out``.

    ``published_at`` is the publication date used for articles that carry none.
    """
    from stream.agents import Inbound, process_batch_sync
    from stream.extract import Extractor
    from stream.tail import EventPrinter

    out = out or sys.stdout
    console = console or Console(stderr=True)
    fallback_ts = timestamp_ms_of(published_at) if published_at else None
    reader = ArchiveReader(paths)
    extractor = Extractor(batch_size=batch_size)
    printer = EventPrinter(fmt, out=out)
    summary = Summary()
    batch: list[tuple[Record, Inbound]] = []

    def flush() -> None:
        outcomes = process_batch_sync([m for _, m in batch], extractor.extract_many)
        for (record, _), outcome in zip(batch, outcomes, strict=True):
            if outcome.dead_letter is not None:
                summary.reject(outcome.dead_letter["reason"], where(record))
                continue
            summary.published += len(outcome.events)
            for (_, value), event in zip(outcome.encoded, outcome.events, strict=True):
                printer.emit(value, event)
        batch.clear()

    records = reader.records()
    if fmt != "live" and not out.isatty():  # events go to a file or a pipe: show progress
        records = read_with_progress(reader, console, "extracting")
    try:
        for record in records:
            summary.read += 1
            if record.error:
                summary.reject(f"unreadable: {record.error}", where(record))
                continue
            batch.append((record, Inbound(record.raw, timestamp_ms=fallback_ts)))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
    finally:
        printer.close()
    return summary
