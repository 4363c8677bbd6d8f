"""Re-extracting articles already in the articles topic (after an extractor upgrade, say).

A backfill reads the articles topic with manually assigned partitions and no consumer group,
so it never joins, rebalances or commits for the live workers' group: their committed
offsets and assignments stay exactly as they were. It reads from a starting offset or time
up to the end offsets found when it started (articles arriving later are the live workers'
business), runs the same decode → extract → encode steps as a worker, and publishes each
event keyed by its ``event_id`` to the events topic or another one. Every event carries
``extractor_version``, so consumers can tell re-extracted events from older ones; the ids are
deterministic, so an unchanged extractor reproduces the ids already in the topic.

Selection by time uses the message timestamp, which for replayed archives is the article's
publication time: ``--from-time`` starts at the first offset at or after it, and messages
outside ``[from_time, to_time]`` are skipped (timestamps need not be monotonic).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from stream.agents import Inbound, Outcome, process_batch_sync
from stream.extract import Article, Event
from stream.publish import Summary

ExtractMany = Callable[[Sequence[Article]], list[list[Event]]]


class BackfillError(Exception):
    """The backfill cannot start (bad range, missing topic, unreachable broker)."""


@dataclass(frozen=True, slots=True)
class BackfillOptions:
    """Which articles to re-extract and where the events go."""

    topic_in: str = "articles"
    topic_out: str = "events"
    from_offset: int | None = None
    from_time_ms: int | None = None
    to_time_ms: int | None = None
    partitions: tuple[int, ...] = ()
    """Only these partitions of ``topic_in`` (all when empty)."""
    batch_size: int = 16


@dataclass
class BackfillSummary(Summary):
    """Articles read, events published, dead letters by reason (``rejected``)."""

    events: int = 0
    without_events: int = 0
    skipped_by_time: int = 0
    ranges: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Partition → (first offset, end offset) that was read."""
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def high_watermarks(
    bootstrap_servers: list[str],
    parts: Sequence[Any],
    *,
    timeout: float = 10.0,
    security: Mapping[str, Any] | None = None,
) -> dict[Any, int]:
    """The end offset (offset of the next message to be written) of each partition.

    Some Kafka-compatible brokers, the embedded one among them, answer the end-offset request
    with the first offset of the last record batch plus one. The high watermark in a fetch
    response is right, so fetch once from just before the listed end and read it there.
    """
    from kafka import KafkaConsumer

    probe = KafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        group_id=None,
        enable_auto_commit=False,
        **(security or {}),
    )
    try:
        listed = probe.end_offsets(list(parts))
        found = {tp: end for tp, end in listed.items() if end == 0}  # empty partitions
        todo = [tp for tp in parts if tp not in found]
        if todo:
            probe.assign(todo)
            for tp in todo:
                probe.seek(tp, listed[tp] - 1)
            deadline = time.monotonic() + timeout
            while len(found) < len(parts) and time.monotonic() < deadline:
                probe.poll(timeout_ms=200, max_records=1)
                for tp in todo:
                    high = probe.highwater(tp)
                    if high is not None:
                        found[tp] = max(high, listed[tp])
        return {tp: found.get(tp, listed[tp]) for tp in parts}
    finally:
        probe.close()


def plan_ranges(
    consumer: Any,
    opts: BackfillOptions,
    bootstrap_servers: list[str],
    security: Mapping[str, Any] | None = None,
) -> dict[Any, tuple[int, int]]:
    """Per assigned partition, the offsets ``[start, end)`` to read."""
    from kafka import TopicPartition

    available = consumer.partitions_for_topic(opts.topic_in)
    if not available:
        raise BackfillError(f"topic {opts.topic_in!r} does not exist or has no partitions")
    wanted = sorted(opts.partitions) if opts.partitions else sorted(available)
    unknown = [p for p in wanted if p not in available]
    if unknown:
        raise BackfillError(f"topic {opts.topic_in!r} has no partition {unknown[0]}")
    parts = [TopicPartition(opts.topic_in, p) for p in wanted]
    begin = consumer.beginning_offsets(parts)
    end = high_watermarks(bootstrap_servers, parts, security=security)
    if opts.from_time_ms is not None:
        found = consumer.offsets_for_times({tp: opts.from_time_ms for tp in parts})
        start = {tp: (found[tp].offset if found.get(tp) else end[tp]) for tp in parts}
    else:
        wanted_offset = opts.from_offset or 0
        start = {tp: wanted_offset for tp in parts}
    return {tp: (min(max(start[tp], begin[tp]), end[tp]), end[tp]) for tp in parts}


def backfill(
    opts: BackfillOptions,
    bootstrap_servers: list[str],
    extract_many: ExtractMany,
    *,
    progress: Callable[[BackfillSummary, int], None] | None = None,
    security: Mapping[str, Any] | None = None,
) -> BackfillSummary:
    """Re-extract the selected articles and publish their events; returns the totals.

    ``security``: TLS/SASL arguments of the clients (``stream.security.client_security``).
    """
    from kafka import KafkaConsumer, KafkaProducer

    if opts.from_offset is None and opts.from_time_ms is None:
        raise BackfillError("give a starting point: --from-offset N or --from-time T")
    if opts.from_offset is not None and opts.from_offset < 0:
        raise BackfillError("--from-offset must be 0 or more")
    summary = BackfillSummary()
    started = time.monotonic()
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        group_id=None,
        enable_auto_commit=False,
        client_id="eventstream-backfill",
        **(security or {}),
    )
    try:
        producer = KafkaProducer(
            bootstrap_servers=bootstrap_servers,
            acks="all",
            linger_ms=20,
            client_id="eventstream-backfill",
            **(security or {}),
        )
    except BaseException:
        consumer.close()
        raise
    try:
        ranges = plan_ranges(consumer, opts, bootstrap_servers, security)
        summary.ranges = {tp.partition: span for tp, span in ranges.items()}
        todo = {tp: span for tp, span in ranges.items() if span[0] < span[1]}
        consumer.assign(list(todo))
        for tp, (start, _) in todo.items():
            consumer.seek(tp, start)
        batch: list[Inbound] = []
        while todo:
            for tp, records in consumer.poll(timeout_ms=500, max_records=500).items():
                end = todo.get(tp, (0, -1))[1]
                for record in records:
                    if record.offset >= end:
                        break
                    if _outside(record.timestamp, opts):
                        summary.skipped_by_time += 1
                        continue
                    batch.append(_inbound(record))
                    if len(batch) >= opts.batch_size:  # a poll brings up to 500 records
                        _process(batch, extract_many, producer, opts.topic_out, summary)
                        if progress is not None:
                            progress(summary, summary.read + summary.skipped_by_time)
            for tp, (_, end) in list(todo.items()):
                if consumer.position(tp) >= end:
                    del todo[tp]
                    consumer.pause(tp)
        if batch:
            _process(batch, extract_many, producer, opts.topic_out, summary)
        producer.flush()
    finally:
        summary.seconds = time.monotonic() - started
        consumer.close()
        producer.close(timeout=10)
    if progress is not None:
        progress(summary, summary.read + summary.skipped_by_time)
    return summary


def _outside(timestamp_ms: int, opts: BackfillOptions) -> bool:
    if opts.from_time_ms is not None and timestamp_ms < opts.from_time_ms:
        return True
    return opts.to_time_ms is not None and timestamp_ms > opts.to_time_ms


def _inbound(record: Any) -> Inbound:
    return Inbound(
        value=record.value,
        key=record.key,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=float(record.timestamp) if record.timestamp and record.timestamp > 0 else None,
    )


def _process(
    batch: list[Inbound],
    extract_many: ExtractMany,
    producer: Any,
    topic_out: str,
    summary: BackfillSummary,
) -> None:
    """Extract a batch, send its events (waiting for acks), count the outcomes."""
    outcomes: list[Outcome] = process_batch_sync(batch, extract_many)
    futures = []
    for outcome in outcomes:
        summary.read += 1
        if outcome.dead_letter is not None:
            msg = outcome.message
            summary.reject(
                outcome.dead_letter["reason"], f"{msg.topic}/{msg.partition}@{msg.offset}"
            )
            continue
        summary.published += 1
        if not outcome.events:
            summary.without_events += 1
        for key, value in outcome.encoded:
            futures.append(producer.send(topic_out, key=key, value=value))
    producer.flush()
    for future in futures:
        future.get(timeout=0)  # raises if the broker refused an event
    summary.events += len(futures)
    batch.clear()


def run(
    *,
    broker: str | None = None,
    topic_in: str | None = None,
    topic_out: str | None = None,
    from_offset: int | None = None,
    from_time: str | None = None,
    to_time: str | None = None,
    partitions: Sequence[int] = (),
    batch_size: int = 16,
    progress: bool = True,
    connection: Mapping[str, Any] | None = None,
) -> int:
    """The ``eventstream backfill`` command: returns the exit code.

    ``connection``: TLS/SASL settings given as flags (they override the environment).
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from stream.config import Settings
    from stream.extract import Extractor
    from stream.replay import connect, since_millis, until_millis
    from stream.security import SecurityConfigError, check, client_security

    err = Console(stderr=True)
    try:
        settings = Settings.from_env(broker=broker, **(connection or {}))
        check(settings)
    except (SecurityConfigError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        return 2
    if (from_offset is None) == (from_time is None):
        err.print("[red]error:[/] give exactly one of --from-offset N and --from-time T")
        return 2
    try:
        opts = BackfillOptions(
            topic_in=topic_in or settings.articles_topic,
            topic_out=topic_out or settings.events_topic,
            from_offset=from_offset,
            from_time_ms=since_millis(from_time) if from_time else None,
            to_time_ms=until_millis(to_time) - 1 if to_time else None,
            partitions=tuple(partitions),
            batch_size=batch_size,
        )
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        return 2
    probe = connect(settings, opts.topic_out, settings.events_partitions, err)
    if probe is None:
        return 1
    probe.close()
    extractor = Extractor(batch_size=batch_size)
    bar = Progress(
        TextColumn("[bold]backfill"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles · {task.fields[events]:,} events"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not progress,
    )
    task = bar.add_task("backfill", total=None, events=0)

    def update(summary: BackfillSummary, done: int) -> None:
        total = sum(end - start for start, end in summary.ranges.values())
        bar.update(task, total=total, completed=done, events=summary.events)

    try:
        with bar:
            summary = backfill(
                opts,
                settings.bootstrap_servers,
                extractor.extract_many,
                progress=update,
                security=client_security(settings),
            )
    except BackfillError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        return 2
    except KeyboardInterrupt:
        err.print("interrupted: events published so far stay in the topic")
        return 130
    table = summary.table("articles re-extracted")
    table.add_row(
        "events published",
        str(summary.events),
        f"to {opts.topic_out}, extractor_version {extractor.version}",
    )
    table.add_row("articles without events", str(summary.without_events), "")
    table.add_row("skipped by time", str(summary.skipped_by_time), "")
    spans = ", ".join(f"{p}:{a}-{b}" for p, (a, b) in sorted(summary.ranges.items()))
    table.add_row("offsets read", "", spans)
    table.add_row("rate", f"{summary.rate:.1f}/s", f"{summary.seconds:.1f} s")
    Console().print(table)
    return 0
