"""Replaying article archives into the articles topic, dated by their own publication time.

Order: articles are published in publication order *within windows* of ``window`` records
read (default 10,000): each window is read, sorted by ``published_at`` (ties keep archive
order) and published. Archives that are in order at the scale of a window (daily or monthly
files named so they sort by date, feeds appended as they arrived) therefore come out in
global publication order; an archive shuffled across more than one window comes out sorted
window by window, and the summary counts the messages that went out earlier than one
already sent (``out_of_order``). Memory stays bounded by one window, so archives of tens of
gigabytes stream.

Each message is keyed by the article id (the same derivation as the workers': ``id``, else
a hash of ``url``, else of ``text``), carries the original article bytes, and has its Kafka
timestamp set to ``published_at`` in milliseconds. Articles without ``published_at`` are
skipped unless ``include_undated`` is set (they would otherwise be dated by the replay).

Progress is checkpointed to a small JSON file after every acknowledged batch; ``resume``
continues from it without re-publishing what was acknowledged. Checkpoints are exact for
an interruption by Ctrl-C, SIGTERM or ``limit``; after a hard kill at most one batch
(``checkpoint_every`` messages) is sent again, and consumers de-duplicate by ``event_id``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from stream.archive import STDIN, ArchiveError, ArchiveReader, Record
from stream.codec import Rejected, article_id, parse_article
from stream.config import DirectoryError, Settings, ensure_directory
from stream.publish import Summary, where

CHECKPOINT_VERSION = 1
DEFAULT_WINDOW = 10_000
DEFAULT_CHECKPOINT_EVERY = 2_000
CHECKPOINT_DIR = ".eventstream"

_INSTANT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$"
)
_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(k)?\s*(?:/\s*([smh]))?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}


class ReplayError(Exception):
    """The replay cannot start (bad option, unusable checkpoint, unreadable archive)."""


def parse_instant(value: str) -> tuple[datetime, bool]:
    """Parse an RFC 3339 date-time or a bare date (UTC when no offset is given).

    Returns the instant and whether the value was a bare date.
    """
    m = _INSTANT.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) or RFC 3339 date-time")
    year, month, day, hour, minute, second, frac, _zulu, sign, off_h, off_m = m.groups()
    tz: timezone = UTC
    if sign:
        offset = timedelta(hours=int(off_h), minutes=int(off_m))
        tz = timezone(offset if sign == "+" else -offset)
    micro = int((frac or "0")[:6].ljust(6, "0"))
    moment = datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        micro,
        tzinfo=tz,
    )
    return moment, hour is None


def to_millis(moment: datetime) -> int:
    """Milliseconds since the Unix epoch (a naive datetime counts as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def since_millis(value: str) -> int:
    """Inclusive lower bound in ms: a date means the start of that day (UTC)."""
    return to_millis(parse_instant(value)[0])


def until_millis(value: str) -> int:
    """Exclusive upper bound in ms: a date includes that whole day, a date-time that instant."""
    moment, bare = parse_instant(value)
    return to_millis(moment + (timedelta(days=1) if bare else timedelta(milliseconds=1)))


def parse_rate(value: str) -> float:
    """Articles per second from ``200``, ``200/s``, ``5k/m`` or ``1000/h``."""
    m = _RATE.match(value)
    if not m:
        raise ValueError(f"{value!r} is not a rate such as 200/s, 5k/m or 1000/h")
    number = float(m.group(1)) * (1000 if m.group(2) else 1)
    rate = number / _UNIT_SECONDS[(m.group(3) or "s").lower()]
    if rate <= 0:
        raise ValueError("the rate must be positive")
    return rate


@dataclass(frozen=True, slots=True)
class ReplayOptions:
    """What to replay, where to, and how."""

    paths: tuple[str, ...]
    topic: str = "articles"
    since: str | None = None
    until: str | None = None
    rate: float | None = None
    """Articles per second at most (None: as fast as the broker takes them)."""
    window: int = DEFAULT_WINDOW
    include_undated: bool = False
    resume: bool = False
    checkpoint: str | None = None
    """Checkpoint file; by default ``.eventstream/replay-<fingerprint>.json``."""
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY
    limit: int | None = None
    """Stop after publishing this many articles in this run (resume continues)."""


@dataclass
class ReplaySummary(Summary):
    """Totals over the whole replay (including earlier runs when resumed).

    ``rejected`` counts rejected articles per reason kind (``invalid_json``, ``schema``,
    ``unreadable``, ``before_epoch``, ``broker``...); ``examples`` holds one full reason, with
    its source and line, per kind.
    """

    skipped_by_filter: int = 0
    skipped_undated: int = 0
    out_of_order: int = 0
    first_published_at: str | None = None
    last_published_at: str | None = None
    published_this_run: int = 0
    seconds_this_run: float = 0.0
    resumed: bool = False
    complete: bool = False
    interrupted: bool = False
    checkpoint: str | None = None

    @property
    def rate(self) -> float:
        """Articles per second published in this run."""
        return self.published_this_run / self.seconds_this_run if self.seconds_this_run else 0.0

    def add_counts(self, other: _WindowCounts) -> None:
        self.read += other.read
        self.skipped_by_filter += other.skipped_by_filter
        self.skipped_undated += other.skipped_undated
        self.rejected.update(other.rejected)
        for kind, example in other.examples.items():
            self.examples.setdefault(kind, example)

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["rejected"] = dict(self.rejected)
        data["examples"] = dict(self.examples)
        return data | {"rejected_total": self.rejected_total, "rate": round(self.rate, 1)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReplaySummary:
        names = set(cls.__dataclass_fields__)
        summary = cls(**{k: v for k, v in data.items() if k in names})
        summary.rejected = Counter(summary.rejected)
        return summary


@dataclass
class _WindowCounts(Summary):
    """What one window of records came to before anything of it is published."""

    skipped_by_filter: int = 0
    skipped_undated: int = 0


@dataclass(frozen=True, slots=True)
class _Item:
    """One article ready to publish."""

    sort_key: tuple[int, int, int]
    timestamp_ms: int | None
    key: bytes
    value: bytes
    published_at: str | None


@dataclass(slots=True)
class _Checkpoint:
    fingerprint: str
    file: int = 0
    index: int = 0
    done: int = 0
    counted: bool = False
    complete: bool = False
    totals: dict[str, Any] = field(default_factory=dict)


def fingerprint(files: list[str], opts: ReplayOptions) -> str:
    """Identifies a replay: the same files, filters, window and topic."""
    spec = {
        "files": [os.path.abspath(f) if f != STDIN else f for f in files],
        "since": opts.since,
        "until": opts.until,
        "window": opts.window,
        "topic": opts.topic,
        "include_undated": opts.include_undated,
    }
    return hashlib.blake2b(orjson.dumps(spec), digest_size=10).hexdigest()


def default_checkpoint_path(print_: str) -> str:
    return os.path.join(CHECKPOINT_DIR, f"replay-{print_}.json")


def _load_checkpoint(path: str, expected: str) -> _Checkpoint:
    try:
        data = orjson.loads(Path(path).read_bytes())
    except FileNotFoundError as exc:
        raise ReplayError(f"--resume: no checkpoint at {path} (nothing to resume)") from exc
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ReplayError(f"--resume: cannot read checkpoint {path}: {exc}") from exc
    if data.get("version") != CHECKPOINT_VERSION or data.get("fingerprint") != expected:
        raise ReplayError(
            f"--resume: checkpoint {path} was written for a different replay (other archives, "
            "filters, window or topic); run again without --resume to start over"
        )
    fields = {k: v for k, v in data.items() if k in _Checkpoint.__dataclass_fields__}
    return _Checkpoint(**fields)


def _checkpoint_folder(path: str) -> None:
    """Create the checkpoint's folder now, so a replay that cannot save stops before sending."""
    try:
        ensure_directory(
            Path(path).parent or ".", "the checkpoint folder", "choose another with --checkpoint"
        )
    except DirectoryError as exc:
        raise ReplayError(str(exc)) from exc


def _save_checkpoint(path: str, ckpt: _Checkpoint) -> None:
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    payload = {"version": CHECKPOINT_VERSION, **asdict(ckpt)}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2))
        os.replace(tmp, target)
    except OSError as exc:
        raise ReplayError(
            f"cannot write the checkpoint {path}: {exc.strerror or exc}; "
            "choose another with --checkpoint"
        ) from exc


class _Classifier:
    """Decides for each record: publish (with key, timestamp), filter out, or reject."""

    def __init__(self, opts: ReplayOptions) -> None:
        self.since = since_millis(opts.since) if opts.since else None
        self.until = until_millis(opts.until) if opts.until else None
        self.include_undated = opts.include_undated

    def classify(self, record: Record, seq: int, counts: _WindowCounts) -> _Item | None:
        counts.read += 1
        if record.error:
            counts.reject(f"unreadable: {record.error}", where(record))
            return None
        try:
            article = parse_article(record.raw)
        except Rejected as exc:
            counts.reject(exc.reason, where(record))
            return None
        published = article.get("published_at")
        key = article_id(article).encode("utf-8")
        if not published:
            if self.include_undated and self.since is None and self.until is None:
                return _Item((1, 0, seq), None, key, record.raw, None)
            counts.skipped_undated += 1
            return None
        try:
            ts = to_millis(parse_instant(published)[0])
        except ValueError:
            counts.reject(
                f"bad_date: published_at {published!r} is not a valid date", where(record)
            )
            return None
        if ts < 0:
            counts.reject(
                f"before_epoch: published_at {published} is before 1970 and cannot be a "
                "Kafka timestamp",
                where(record),
            )
            return None
        if (self.since is not None and ts < self.since) or (
            self.until is not None and ts >= self.until
        ):
            counts.skipped_by_filter += 1
            return None
        return _Item((0, ts, seq), ts, key, record.raw, published)


def _windows(
    reader: ArchiveReader, start_file: int, skip: int, size: int, classifier: _Classifier
) -> Iterator[tuple[tuple[int, int], tuple[int, int], list[_Item], _WindowCounts]]:
    """Yield (start position, next position, sorted items, counts) per window of records."""
    items: list[_Item] = []
    counts = _WindowCounts()
    start: tuple[int, int] = (start_file, skip)
    position = start
    for record in reader.records(start_file, skip):
        file_no = reader.current_file
        if counts.read == 0:
            start = (file_no, record.index)
        item = classifier.classify(record, counts.read, counts)
        if item is not None:
            items.append(item)
        position = (file_no, record.index + 1)
        if counts.read >= size:
            items.sort(key=lambda it: it.sort_key)
            yield start, position, items, counts
            items, counts = [], _WindowCounts()
    if counts.read:
        items.sort(key=lambda it: it.sort_key)
        yield start, position, items, counts


class _Pacer:
    """Keeps the publishing rate at or below ``rate`` articles per second."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.start = time.monotonic()
        self.sent = 0

    def wait(self) -> None:
        if self.rate:
            due = self.start + self.sent / self.rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self.sent += 1


class _HeldInterrupts:
    """Ctrl-C and SIGTERM as ``KeyboardInterrupt``, held back inside :meth:`hold`.

    Sending a record and writing it into the checkpoint must happen together, or a resumed
    replay sends that record twice. A signal that arrives inside ``hold()`` is raised when the
    block ends; a second one is raised at once (the user insists). Signals can only be handled
    in the main thread: elsewhere the guard changes nothing.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.holding = False
        self.held = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _HeldInterrupts:
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._on_signal)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _on_signal(self, signum: int, frame: object) -> None:
        if self.holding and not self.held:
            self.held = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Within the block, the first Ctrl-C or SIGTERM waits for the block to end."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
            held, self.held = self.held, False
        if held:
            raise KeyboardInterrupt


ProgressHook = Callable[[ReplaySummary, int, int], None]
"""Called now and then with the totals, the archive bytes done and the articles sent."""


PRODUCER_CONFIG: dict[str, Any] = {
    "acks": "all",
    "linger_ms": 20,
    "batch_size": 256 * 1024,
    "max_in_flight_requests_per_connection": 1,
    "retries": 5,
    "client_id": "eventstream-replay",
}
"""How replay and backfill produce: every record acknowledged by all in-sync replicas, in order."""


def make_producer(bootstrap_servers: list[str], **security: Any) -> Any:
    """A kafka-python producer that waits for all in-sync replicas (``acks=all``).

    ``security``: TLS/SASL arguments (``stream.security.client_security``).
    """
    from kafka import KafkaProducer

    return KafkaProducer(
        bootstrap_servers=bootstrap_servers,
        bootstrap_timeout_ms=10_000,
        **PRODUCER_CONFIG,
        **security,
    )


def connect(settings: Settings, topic: str, partitions: int, console: Any) -> Any:
    """A producer (:func:`make_producer`) once ``topic`` exists (created with ``partitions`` if
    missing); None, after saying why in one line, when the broker cannot be reached or refuses
    the TLS/SASL settings. Refusal to create the topic (no admin rights on a shared cluster)
    only warns."""
    from kafka import KafkaProducer

    from stream.broker import ensure_topics
    from stream.security import (
        BrokerUnavailable,
        SecurityConfigError,
        client_security,
        open_client,
    )

    try:
        producer = open_client(KafkaProducer, settings, **PRODUCER_CONFIG)
    except (BrokerUnavailable, SecurityConfigError) as exc:
        console.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        return None
    try:
        ensure_topics(
            settings.bootstrap_servers, {topic: partitions}, security=client_security(settings)
        )
    except Exception as exc:
        console.print(f"[yellow]warning:[/] could not check topic {topic!r}: {exc}")
    return producer


def replay(
    opts: ReplayOptions,
    producer: Any,
    *,
    progress: ProgressHook | None = None,
    reader: ArchiveReader | None = None,
) -> ReplaySummary:
    """Publish the archives in ``opts`` with ``producer`` (kafka-python-like: ``send``,
    ``flush``); returns the totals. A KeyboardInterrupt stops it cleanly after saving an
    exact checkpoint (``summary.interrupted``)."""
    if opts.window < 1 or opts.checkpoint_every < 1:
        raise ReplayError("window and checkpoint interval must be at least 1")
    try:
        reader = reader or ArchiveReader(opts.paths)
    except ArchiveError as exc:
        raise ReplayError(str(exc)) from exc
    print_ = fingerprint(reader.files, opts)
    path = opts.checkpoint or default_checkpoint_path(print_)
    reading_stdin = STDIN in reader.files
    if opts.resume and reading_stdin:
        raise ReplayError("--resume cannot be used when reading standard input")
    ckpt = _load_checkpoint(path, print_) if opts.resume else _Checkpoint(print_)
    if not reading_stdin:
        _checkpoint_folder(path)
    summary = ReplaySummary.from_json(ckpt.totals) if ckpt.totals else ReplaySummary()
    summary.resumed = opts.resume
    summary.checkpoint = None if reading_stdin else path
    summary.published_this_run = 0
    summary.seconds_this_run = 0.0
    summary.interrupted = False
    if ckpt.complete:
        return summary
    try:
        classifier = _Classifier(opts)
    except ValueError as exc:
        raise ReplayError(str(exc)) from exc

    started = time.monotonic()
    pacer = _Pacer(opts.rate)
    latest_ts = -1
    pending: deque[tuple[Any, _Item]] = deque()

    def settle() -> None:
        """Wait for the broker to acknowledge what was sent; count outcomes."""
        nonlocal latest_ts
        producer.flush()
        while pending:
            future, item = pending.popleft()
            exc = future.exception if future.failed() else None
            if exc is not None:
                summary.reject(f"broker: {exc}", f"article {item.key.decode()}")
                continue
            summary.published += 1
            summary.published_this_run += 1
            if item.timestamp_ms is not None:
                if item.timestamp_ms < latest_ts:
                    summary.out_of_order += 1
                latest_ts = max(latest_ts, item.timestamp_ms)
            if item.published_at:
                if summary.first_published_at is None:
                    summary.first_published_at = item.published_at
                summary.last_published_at = item.published_at

    def save() -> None:
        summary.seconds_this_run = time.monotonic() - started
        if not reading_stdin:
            ckpt.totals = summary.to_json()
            _save_checkpoint(path, ckpt)

    def report(n: int, of: int) -> None:
        if progress is not None:
            done = bytes_from + (reader.bytes_read - bytes_from) * n // max(of, 1)
            progress(summary, done, summary.published + len(pending))

    windows = _windows(reader, ckpt.file, ckpt.index, opts.window, classifier)
    bytes_from = 0
    with _HeldInterrupts() as interrupts:
        try:
            for start, after, items, counts in windows:
                resuming_here = (ckpt.file, ckpt.index) == start and (ckpt.done or ckpt.counted)
                first = ckpt.done if resuming_here else 0
                if not resuming_here:
                    summary.add_counts(counts)
                ckpt.file, ckpt.index, ckpt.done, ckpt.counted = start[0], start[1], first, True
                for n, item in enumerate(items[first:], start=first + 1):
                    if opts.limit is not None and summary.published_this_run + len(pending) >= (
                        opts.limit
                    ):
                        settle()
                        save()
                        return summary
                    pacer.wait()
                    with interrupts.hold():  # a sent record is always a checkpointed one
                        try:
                            future = producer.send(
                                opts.topic,
                                value=item.value,
                                key=item.key,
                                timestamp_ms=item.timestamp_ms,
                            )
                        except Exception as exc:  # raised before sending: too large, bad topic...
                            summary.reject(f"broker: {exc}", f"article {item.key.decode()}")
                        else:
                            pending.append((future, item))
                        ckpt.done = n
                    if len(pending) >= opts.checkpoint_every:
                        settle()
                        save()
                    if n % 256 == 0:
                        report(n, len(items))
                settle()
                ckpt.file, ckpt.index, ckpt.done, ckpt.counted = after[0], after[1], 0, False
                save()
                report(1, 1)
                bytes_from = reader.bytes_read
            summary.complete = True
            ckpt.complete = True
            save()
        except KeyboardInterrupt:
            summary.interrupted = True
            settle()
            save()
    return summary


def _progress_display(console: Any, total_bytes: int | None) -> tuple[Any, ProgressHook]:
    """A Rich progress bar over the archive bytes, with articles/s and the time left."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("[bold]replay"),
        BarColumn(bar_width=24),
        DownloadColumn(),
        TextColumn("{task.fields[sent]:,} sent · {task.fields[rate]:,.0f}/s · ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    task = bar.add_task("replay", total=total_bytes, sent=0, rate=0.0)
    started = time.monotonic()
    sent_before: int | None = None

    def update(summary: ReplaySummary, bytes_done: int, sent: int) -> None:
        nonlocal sent_before
        if sent_before is None:  # what earlier runs of a resumed replay sent
            sent_before = summary.published - summary.published_this_run
        elapsed = time.monotonic() - started
        rate = (sent - sent_before) / elapsed if elapsed > 0 else 0.0
        bar.update(task, completed=bytes_done, sent=sent, rate=rate)

    return bar, update


def render_summary(summary: ReplaySummary, console: Any) -> None:
    """Print the totals as a small table, then one example per rejection reason."""
    from rich.table import Table

    state = (
        "complete"
        if summary.complete
        else "interrupted"
        if summary.interrupted
        else "stopped (resume with --resume)"
    )
    table = Table(title=f"Replay {state}", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("read", f"{summary.read:,}"),
        ("published", f"{summary.published:,}"),
        ("skipped by --since/--until", f"{summary.skipped_by_filter:,}"),
        ("skipped (no published_at)", f"{summary.skipped_undated:,}"),
        ("rejected", f"{summary.rejected_total:,}"),
        *((f"  {kind}", f"{n:,}") for kind, n in sorted(summary.rejected.items())),
        ("published out of order", f"{summary.out_of_order:,}"),
        ("publication dates", f"{summary.first_published_at} … {summary.last_published_at}"),
        (
            "this run",
            f"{summary.published_this_run:,} in {summary.seconds_this_run:.1f} s "
            f"({summary.rate:,.0f} articles/s)",
        ),
    ]
    if summary.checkpoint:
        rows.append(("checkpoint", summary.checkpoint))
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    for kind, example in sorted(summary.examples.items()):
        console.print(f"[yellow]rejected[/] {kind}: {example}", highlight=False, soft_wrap=True)


def run(
    paths: list[str],
    *,
    broker: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    rate: str | None = None,
    resume: bool = False,
    checkpoint: str | None = None,
    window: int = DEFAULT_WINDOW,
    include_undated: bool = False,
    limit: int | None = None,
    progress: bool = True,
    connection: Mapping[str, Any] | None = None,
) -> int:
    """The ``eventstream replay`` command: returns the exit code (0 done, 130 interrupted).

    ``connection``: TLS/SASL settings given as flags (they override the environment).
    """
    from rich.console import Console

    from stream.broker import sigterm_as_interrupt

    err = Console(stderr=True)
    try:
        settings = Settings.from_env(broker=broker, articles_topic=topic, **(connection or {}))
        opts = ReplayOptions(
            paths=tuple(paths),
            topic=settings.articles_topic,
            since=since,
            until=until,
            rate=parse_rate(rate) if rate else None,
            window=window,
            include_undated=include_undated,
            resume=resume,
            checkpoint=checkpoint,
            limit=limit,
        )
        for bound in (since, until):
            if bound:
                parse_instant(bound)
        reader = ArchiveReader(opts.paths)
    except (ValueError, ArchiveError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        return 2
    producer = connect(settings, opts.topic, settings.articles_partitions, err)
    if producer is None:
        return 1

    bar, hook = _progress_display(err, reader.total_bytes) if progress else (None, None)
    try:
        with sigterm_as_interrupt():
            if bar is not None:
                bar.start()
            summary = replay(opts, producer, progress=hook, reader=reader)
    except ReplayError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        return 2
    finally:
        if bar is not None:
            bar.stop()
        producer.close(timeout=10)
    render_summary(summary, Console())
    return 130 if summary.interrupted else 0
