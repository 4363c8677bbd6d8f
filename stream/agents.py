"""Articles in, events or dead letters out: the worker's processing, independent of Faust.

A batch of raw messages goes through three steps:

1. :func:`decode_batch`: bytes → valid articles; everything else becomes a dead letter.
2. :class:`ExtractionPool`: the spaCy extractor runs in a separate process (one per worker,
   model loaded once) so the event loop — heartbeats, commits, web views — never stalls.
3. :func:`process_batch` packs the outcome of every message: its encoded events (each checked
   against the event schema) or its dead letter. Every message ends in exactly one outcome.

The Faust agent in :func:`extract_articles` feeds batches from ``stream.take_events`` and hands
the outcomes to a :class:`Sink` (see ``stream.app``), which publishes them and waits for the
broker's acknowledgements before the batch's offsets are acknowledged for commit.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from stream.admission import Skipped, check_article, check_message
from stream.broker import die_with_parent
from stream.codec import Rejected, dead_letter, decode_article, encode_event
from stream.extract import Article, Event, Extractor
from stream.ops import Monitor

log = logging.getLogger("stream.worker")

Status = Literal["events", "no_events", "dead_letter"]


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message taken from the articles topic."""

    value: bytes | None
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_ms: float | None = None

    @classmethod
    def from_faust(cls, event: Any) -> Inbound:
        """From a Faust stream event (``stream.take_events``)."""
        msg = event.message
        ts = msg.timestamp
        return cls(
            value=event.value if isinstance(event.value, bytes | None) else bytes(event.value),
            key=msg.key,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            timestamp_ms=ts * 1000.0 if ts else None,
        )


@dataclass(slots=True)
class Outcome:
    """What became of one message: its events (encoded, keyed by event id) or a dead letter."""

    message: Inbound
    article_id: str | None = None
    events: list[Event] = field(default_factory=list)
    encoded: list[tuple[bytes, bytes]] = field(default_factory=list)
    dead_letter: dict[str, Any] | None = None
    skip_reason: str | None = None
    """Why a valid article was deliberately not extracted (its status is ``no_events``)."""

    @property
    def status(self) -> Status:
        if self.dead_letter is not None:
            return "dead_letter"
        return "events" if self.events else "no_events"

    def reject(self, reason: str) -> None:
        """Turn this outcome into a dead letter (dropping any events)."""
        msg = self.message
        self.events, self.encoded = [], []
        self.dead_letter = dead_letter(
            msg.value,
            reason,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            timestamp_ms=msg.timestamp_ms,
            key=msg.key,
            article_id=self.article_id,
        )


ExtractFn = Callable[[Sequence[Article]], Awaitable[list[list[Event]]]]


def decode_batch(messages: Sequence[Inbound]) -> tuple[list[Outcome], list[tuple[int, Article]]]:
    """One outcome per message, plus the valid articles (with their index) to extract."""
    outcomes: list[Outcome] = []
    valid: list[tuple[int, Article]] = []
    for i, msg in enumerate(messages):
        outcome = Outcome(message=msg)
        outcomes.append(outcome)
        try:
            check_message(msg.value)
            decoded = decode_article(msg.value, timestamp_ms=msg.timestamp_ms)
            outcome.article_id = decoded.article.id
            check_article(decoded.record)
        except Skipped as exc:
            outcome.skip_reason = exc.reason
            continue
        except Rejected as exc:
            outcome.reject(exc.reason)
            continue
        except Exception as exc:  # a decoder bug must cost one article, never the worker
            outcome.reject(f"decode_error: {type(exc).__name__}: {exc}")
            continue
        valid.append((i, decoded.article))
    return outcomes, valid


async def process_batch(
    messages: Sequence[Inbound], extract: ExtractFn, *, validate_events: bool = True
) -> list[Outcome]:
    """Decode, extract and encode a batch; every message gets exactly one :class:`Outcome`.

    If extraction of the whole batch fails, articles are retried one at a time so one bad
    article cannot take its neighbours to the dead-letter topic with it.
    """
    outcomes, valid = decode_batch(messages)
    articles = [a for _, a in valid]
    results: list[list[Event] | BaseException] = []
    if articles:
        try:
            results.extend(await extract(articles))
        except Exception:
            results.clear()
            for article in articles:
                try:
                    results.append((await extract([article]))[0])
                except Exception as exc:
                    results.append(exc)
    return complete_batch(outcomes, valid, results, validate_events=validate_events)


def process_batch_sync(
    messages: Sequence[Inbound],
    extract: Callable[[Sequence[Article]], list[list[Event]]],
    *,
    validate_events: bool = True,
) -> list[Outcome]:
    """:func:`process_batch` for an in-process extractor (offline use, no event loop)."""

    async def run(articles: Sequence[Article]) -> list[list[Event]]:
        return extract(articles)

    return asyncio.run(process_batch(messages, run, validate_events=validate_events))


def complete_batch(
    outcomes: list[Outcome],
    valid: Sequence[tuple[int, Article]],
    results: Sequence[list[Event] | BaseException],
    *,
    validate_events: bool = True,
) -> list[Outcome]:
    """Attach each article's extraction result (events, or the error) to its outcome."""
    for (i, _), result in zip(valid, results, strict=True):
        outcome = outcomes[i]
        if isinstance(result, BaseException):
            outcome.reject(f"extraction_error: {type(result).__name__}: {result}")
            continue
        try:
            outcome.encoded = [
                (ev["event_id"].encode("utf-8"), encode_event(ev, validate=validate_events))
                for ev in result
            ]
        except Rejected as exc:
            outcome.reject(exc.reason)
            continue
        outcome.events = list(result)
    return outcomes


class Sink(Protocol):
    """Where outcomes go. ``publish`` returns once the broker has acknowledged everything."""

    async def publish(self, outcomes: Sequence[Outcome]) -> None: ...


# --- the extraction process -------------------------------------------------------------

_extractor: Extractor | None = None
_load_seconds: float = 0.0


def _init_extraction_process(batch_size: int) -> None:
    """Pool initializer: load the model once for the life of the process."""
    global _extractor, _load_seconds
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    die_with_parent()  # a killed worker must not leave its NLP process running
    started = time.monotonic()
    _extractor = Extractor(batch_size=batch_size)
    _load_seconds = time.monotonic() - started


def _loaded() -> float:
    return _load_seconds


def _extract_in_process(articles: Sequence[Article]) -> list[list[Event]]:
    if _extractor is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("extraction process was not initialised")
    return _extractor.extract_many(list(articles))


class ExtractionCrashed(RuntimeError):
    """The extraction process died while working on a batch (it is restarted)."""


class ExtractionTimeout(RuntimeError):
    """Extraction of a batch took longer than allowed (the process is replaced)."""


class ExtractionPool:
    """One child process holding one loaded :class:`Extractor`, used from asyncio.

    A batch that takes longer than ``timeout`` seconds gets its process killed and replaced,
    so an article that sends the NLP into a spin cannot stall the worker.
    """

    def __init__(self, batch_size: int = 16, timeout: float | None = 120.0) -> None:
        self.batch_size = batch_size
        self.timeout = timeout
        self._executor: ProcessPoolExecutor | None = None
        self._warming: Future[float] | None = None

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_extraction_process,
            initargs=(self.batch_size,),
        )

    def warm_up(self) -> None:
        """Start the process and its model load now, without waiting (no event loop needed).

        Called before the worker joins its group, so loading the model overlaps the join.
        """
        if self._executor is None:
            self._executor = self._new_executor()
            self._warming = self._executor.submit(_loaded)

    async def start(self) -> float:
        """Start the process and load the model; returns the model load time in seconds."""
        self.warm_up()
        warming, self._warming = self._warming, None
        if warming is not None:
            return await asyncio.wrap_future(warming)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, _loaded)

    async def extract(self, articles: Sequence[Article]) -> list[list[Event]]:
        """Events per article, computed in the extraction process."""
        if self._executor is None:
            await self.start()
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(self._executor, _extract_in_process, list(articles))
        try:
            return await asyncio.wait_for(work, self.timeout)
        except TimeoutError as exc:
            log.error(
                "extraction of %d articles exceeded %.0f s; restarting", len(articles), self.timeout
            )
            self.close(kill=True)
            raise ExtractionTimeout(f"extraction took longer than {self.timeout:.0f} s") from exc
        except BrokenProcessPool as exc:
            log.error("the extraction process died; starting a new one")
            self.close(kill=True)
            raise ExtractionCrashed("the extraction process died") from exc

    def close(self, *, kill: bool = False) -> None:
        """Shut the process down (``kill``: at once, abandoning the work in hand)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if kill:
            # The executor offers no way to stop a running task; end its process directly,
            # then wait for its manager thread to notice, so that nothing of the pool is left
            # for the interpreter's exit hook to trip over.
            for process in list(getattr(executor, "_processes", {}).values()):
                process.kill()
            executor.shutdown(wait=True, cancel_futures=True)
            return
        executor.shutdown(wait=False, cancel_futures=True)


# --- the agent --------------------------------------------------------------------------


@dataclass(slots=True)
class Counters:
    """Running totals of a worker (logged; exposed as metrics by the web views)."""

    articles: int = 0
    events: int = 0
    no_events: int = 0
    dead_letters: int = 0
    batches: int = 0

    def add(self, outcomes: Sequence[Outcome]) -> None:
        self.batches += 1
        for o in outcomes:
            self.articles += 1
            if o.status == "dead_letter":
                self.dead_letters += 1
            elif o.status == "no_events":
                self.no_events += 1
            else:
                self.events += len(o.events)


async def publish_with_retry(
    sink: Sink, outcomes: Sequence[Outcome], *, attempts: int = 6, first_delay: float = 0.5
) -> None:
    """``sink.publish`` with exponential backoff; re-sent events keep their ids."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            await sink.publish(outcomes)
            return
        except Exception as exc:
            if attempt == attempts:
                raise
            log.warning("publishing failed (%s); retry %d in %.1f s", exc, attempt, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)


async def publish_and_ack(
    stream: Any,
    batch: Sequence[Any],
    outcomes: Sequence[Outcome],
    *,
    sink: Sink,
    counters: Counters,
    monitor: Monitor,
    started: float,
) -> None:
    """Publish a batch's outcomes (retrying until the broker takes them), then acknowledge it."""
    finished: Sequence[Outcome] | None = None
    try:
        while True:
            try:
                await publish_with_retry(sink, outcomes)
                break
            except Exception as exc:
                monitor.publish_failed()
                log.error("cannot publish a batch (%s); holding it and retrying", exc)
        for event in batch:
            await stream.ack(event)
        finished = outcomes
    finally:
        monitor.batch_finished(finished, time.monotonic() - started)
    counters.add(outcomes)
    log.info(
        "batch of %d articles: %d events, %d dead letters in %.2f s",
        len(outcomes),
        sum(len(o.events) for o in outcomes),
        sum(o.status == "dead_letter" for o in outcomes),
        time.monotonic() - started,
    )


async def extract_articles(
    stream: Any,
    *,
    pool: ExtractionPool,
    sink: Sink,
    batch_size: int,
    within: float,
    counters: Counters | None = None,
    validate_events: bool = True,
    monitor: Monitor | None = None,
) -> None:
    """The agent body: batches of article messages → events and dead letters.

    Messages of a batch are acknowledged (so their offsets can be committed) only after
    ``sink.publish`` has returned, that is after the broker acknowledged every event and dead
    letter of the batch. A batch interrupted before that (a crash, a shutdown) is not
    acknowledged and is delivered again: at-least-once, with the same event ids.

    While one batch is being published, the next one is already extracting, so the extraction
    process does not wait for the broker. At most one batch runs ahead, and batches are
    published and acknowledged strictly in the order they were taken.

    Publishing is retried for as long as it takes (a broker outage holds the batch, it never
    drops it). Once ``monitor.draining`` is set (SIGTERM), no new batch is started; the
    batches in hand are still finished.
    """
    counters = counters if counters is not None else Counters()
    monitor = monitor if monitor is not None else Monitor()
    load_seconds = await pool.start()
    log.info("extraction process ready (model loaded in %.2f s)", load_seconds)
    publishing: asyncio.Task[None] | None = None  # the previous batch, on its way out
    try:
        # noack_take yields the stream's events and leaves acknowledging to us.
        async for batch in stream.noack_take(batch_size, within=within):
            if monitor.draining:  # stopping: leave the batch unacknowledged, it is redelivered
                await asyncio.Event().wait()
            started = time.monotonic()
            monitor.batch_started(len(batch))
            try:
                messages = [Inbound.from_faust(ev) for ev in batch]
                outcomes = await process_batch(
                    messages, pool.extract, validate_events=validate_events
                )
                if publishing is not None:
                    await publishing  # in order: the previous batch is acknowledged first
            except BaseException:
                monitor.batch_finished(None, time.monotonic() - started)
                raise
            publishing = asyncio.create_task(
                publish_and_ack(
                    stream,
                    batch,
                    outcomes,
                    sink=sink,
                    counters=counters,
                    monitor=monitor,
                    started=started,
                )
            )
        if publishing is not None:
            await publishing
    finally:
        if publishing is not None and not publishing.done():
            publishing.cancel()  # unacknowledged: the batch is delivered again
