"""The Faust application: its topics, the extraction agent (and the incidents stage), and how
a worker process runs it."""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import faust
from faust.tables import TableManager
from faust.tables.recovery import Recovery

from stream.accounting import build_receipt, extractor_version, receipt_key, worker_name
from stream.admission import AdmissionPolicy, configure
from stream.agents import Counters, ExtractionPool, Outcome, extract_articles
from stream.broker import ensure_pipeline_topics, port_open, sigterm_as_interrupt
from stream.codec import dumps
from stream.config import Settings, ensure_directory
from stream.incidents.stage import IncidentStage, attach_incidents
from stream.ops import Monitor, serve
from stream.security import BrokerRefused, client_security, describe, faust_credentials

log = logging.getLogger("stream.worker")

# Pauses between attempts to check the articles topic after a rebalance (None: give up).
RECREATED_CHECK_RETRIES: tuple[float | None, ...] = (1.0, 2.0, 4.0, 8.0, None)
# Admin and offset requests of that check wait at most this long (ms) for the broker.
CHECK_REQUEST_TIMEOUT_MS = 15_000
# Seconds the log-end watch waits for a partition's position (one being reset has none).
POSITION_TIMEOUT = 5.0


@dataclass
class StreamApp:
    """A Faust app with the pipeline's topics and agent attached."""

    settings: Settings
    app: faust.App
    articles: Any
    events: Any
    dead_letters: Any
    pool: ExtractionPool
    receipts: Any = None
    counters: Counters = field(default_factory=Counters)
    incidents: IncidentStage | None = None
    monitor: Monitor = field(default_factory=Monitor)


class TopicSink:
    """Publishes outcomes to the events and dead-letter topics and waits for the broker's acks.

    Events are keyed by ``event_id`` (so a compacted topic keeps one copy of a re-extracted
    event); dead letters by the original message key, else the article id. With
    ``by_category`` (category → topic) each event also goes to its category's topic.
    With ``receipts``, every outcome also gets its receipt (``stream.accounting``), keyed by
    the input position, acknowledged together with the events.
    """

    def __init__(
        self,
        events: Any,
        dead_letters: Any,
        by_category: dict[str, Any] | None = None,
        receipts: Any = None,
    ) -> None:
        self.events = events
        self.dead_letters = dead_letters
        self.by_category = by_category or {}
        self.receipts = receipts
        self.version = extractor_version()
        self.worker = worker_name()

    async def publish(self, outcomes: Sequence[Outcome]) -> None:
        pending = []
        for outcome in outcomes:
            for (key, value), event in zip(outcome.encoded, outcome.events, strict=True):
                pending.append(await self.events.send(key=key, value=value))
                fanout = self.by_category.get(event["category"])
                if fanout is not None:
                    pending.append(await fanout.send(key=key, value=value))
            if outcome.dead_letter is not None:
                key = outcome.message.key or (outcome.article_id or "").encode("utf-8") or None
                pending.append(
                    await self.dead_letters.send(key=key, value=dumps(outcome.dead_letter))
                )
            if self.receipts is not None:
                receipt = build_receipt(outcome, version=self.version, worker=self.worker)
                pending.append(
                    await self.receipts.send(key=receipt_key(receipt), value=dumps(receipt))
                )
        if pending:
            await asyncio.gather(*pending)


class _Recovery(Recovery):
    """Faust's table recovery, with the stream partitions sought while the flow is stopped.

    After reading the changelogs, Faust seeks the stream partitions to their committed
    offsets and then resumes the flow, which empties the streams' queues. It reads the
    changelogs with the flow running and leaves it running, so records fetched between the
    seek and the resume were queued, marked read and then dropped, and the consumer took the
    offsets it never delivered for a gap and acknowledged them: after a restart the first
    batch of a partition could be skipped for good. Stopping the flow first (as Faust does
    when there is nothing to recover) makes the seek the last word: whatever was queued is
    dropped and read again from the committed offset.
    """

    async def on_recovery_completed(self, generation_id: int = 0) -> None:
        self.app.consumer.stop_flow()
        self.app.flow_control.suspend()
        await super().on_recovery_completed(generation_id)


class _TableManager(TableManager):
    """Faust's table manager with :class:`_Recovery`."""

    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            self._recovery = _Recovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery


def faust_app(settings: Settings, app_id: str | None = None) -> faust.App:
    """A Faust app configured from ``settings`` (``app_id`` overrides its id and group).

    Creates the data directory with its parents (``DirectoryError`` in one line if it cannot).

    Faust's recovery consistency check is off. It compares the changelog offsets a worker's
    recovery has read with the broker's end offsets, and crashes the worker when it has read
    further. With tables in memory it can only fire on a running worker, whose table is
    already current, and it does fire there: after a broker restarted empty (the new
    changelog ends before what the worker read from the old one), and on the embedded
    broker, which reports a partition's end as the start of its last record batch.
    """
    ensure_directory(settings.datadir, "the worker's data directory", "set EVENTSTREAM_DATADIR")
    return faust.App(
        app_id or settings.app_id,
        broker=settings.faust_broker,
        autodiscover=False,
        store="memory://",
        datadir=settings.datadir,
        broker_credentials=faust_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.articles_partitions,
        topic_replication_factor=settings.replication_factor,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_commit_interval=settings.commit_interval,
        web_enabled=settings.web_enabled,
        web_port=settings.web_port,
        stream_wait_empty=False,
        recovery_consistency_check=False,
        TableManager=_TableManager,
    )


def create_app(
    settings: Settings, *, pool: ExtractionPool | None = None, monitor: Monitor | None = None
) -> StreamApp:
    """Build the Faust app for ``settings`` with its topics and the extraction agent."""
    app = faust_app(settings)
    raw = {"key_serializer": "raw", "value_serializer": "raw"}
    articles = app.topic(settings.articles_topic, partitions=settings.articles_partitions, **raw)
    events = app.topic(settings.events_topic, partitions=settings.events_partitions, **raw)
    dead_letters = app.topic(settings.dlq_topic, partitions=1, **raw)
    receipts = app.topic(settings.receipts_topic, partitions=settings.articles_partitions, **raw)
    pool = pool or ExtractionPool(batch_size=settings.batch_size, timeout=settings.extract_timeout)
    bundle = StreamApp(
        settings, app, articles, events, dead_letters, pool, receipts, monitor=monitor or Monitor()
    )
    by_category = {
        category: app.topic(name, partitions=settings.events_partitions, **raw)
        for category, name in settings.fanout_topics.items()
    }
    sink = TopicSink(events, dead_letters, by_category, receipts)

    async def extract(stream: Any) -> None:
        await extract_articles(
            stream,
            pool=pool,
            sink=sink,
            batch_size=settings.batch_size,
            within=settings.batch_within,
            counters=bundle.counters,
            monitor=bundle.monitor,
        )

    extract.__name__ = extract.__qualname__ = "extract_articles"
    app.agent(articles, name="extract_articles", concurrency=1)(extract)
    if settings.incidents:
        bundle.incidents = attach_incidents(app, settings)

    recreated = RecreatedTopicCheck(settings)

    @app.on_partitions_assigned.connect
    async def _start_over_when_the_topic_was_recreated(
        sender: Any, assigned: Any, **_: Any
    ) -> None:
        tps = [tp for tp in assigned if tp.topic == settings.articles_topic]
        if tps:
            await recreated.check(app.consumer, tps, stopping=lambda: app.should_stop)

    past_the_end = LogEndWatch(settings)

    @app.timer(interval=2.0)
    async def _consumer_lag() -> None:
        consumer = app.consumer
        owned = {(tp.topic, tp.partition) for tp in consumer.assignment()}
        bundle.monitor.forget_lag_except(owned)
        articles_tps = [tp for tp in consumer.assignment() if tp.topic == settings.articles_topic]
        for tp in articles_tps:
            bundle.monitor.set_lag(tp.topic, tp.partition, consumer.highwater(tp))
        await past_the_end.check(consumer, articles_tps)

    return bundle


class RecreatedTopicCheck:
    """Reads the articles topic from its start when the broker recreated it.

    A broker that lost its state (an in-memory broker restarted) recreates the topic with
    offsets from 0 again. The consumer still holds its positions in the old log and would
    drop every message below them, so after each rebalance the topic's id is compared with
    the one seen before; a new id means commit and seek to the first offsets. The new id is
    remembered once the group has accepted that commit.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        retries: Sequence[float | None] = RECREATED_CHECK_RETRIES,
        read_topic_id: Callable[[Settings, str], str] | None = None,
        firsts: Callable[[Settings, Sequence[Any]], dict[Any, int]] | None = None,
    ) -> None:
        self.settings = settings
        self.retries = retries
        self.read_topic_id = read_topic_id or topic_id
        self.firsts = firsts or first_offsets
        self.known_id: str | None = None

    async def check(
        self, consumer: Any, tps: Sequence[Any], *, stopping: Callable[[], bool] = lambda: False
    ) -> bool:
        """Check once, retrying while the broker is still coming up. True if it was recreated.

        Retrying here rather than at a later rebalance matters: there may be none, and until
        the seek the consumer drops the new log's first messages.
        """
        topic = self.settings.articles_topic
        for delay in self.retries:
            try:
                return await self._start_over_if_recreated(consumer, tps)
            except Exception as exc:  # the broker is still starting, or went away again
                if delay is None or stopping():
                    log.warning(
                        "could not check topic %s after a rebalance (%s); "
                        "the next rebalance checks again",
                        topic,
                        exc,
                    )
                    return False
                log.warning(
                    "could not check topic %s after a rebalance (%s); retrying in %.0f s",
                    topic,
                    exc,
                    delay,
                )
                await asyncio.sleep(delay)
        return False

    async def _start_over_if_recreated(self, consumer: Any, tps: Sequence[Any]) -> bool:
        loop = asyncio.get_running_loop()
        topic = self.settings.articles_topic
        current = await loop.run_in_executor(None, self.read_topic_id, self.settings, topic)
        recreated = self.known_id is not None and self.known_id != current
        if recreated:
            starts = await loop.run_in_executor(None, self.firsts, self.settings, tps)
            log.warning(
                "topic %s was recreated (a broker that lost its state?): reading it from the start",
                topic,
            )
            committed = await start_over(consumer, starts)
            if not committed:
                # The group is rebalancing again. Recovery would seek back to the old
                # positions, so the new id is not remembered: the next assignment, which a
                # refused commit announces, starts over once more.
                log.warning(
                    "topic %s: the group refused the commit of its first offsets; "
                    "starting over again at the next rebalance",
                    topic,
                )
                return True
        # Remembered only once the seek is done, so a check that failed half-way is repeated.
        self.known_id = current
        return recreated


class LogEndWatch:
    """Reads a partition from its first offset when the consumer sits past the end of its log.

    Kafka answers a fetch beyond the end of a log with OFFSET_OUT_OF_RANGE, and the consumer
    starts over as ``auto_offset_reset`` says. The embedded broker answers with no records
    instead, so a consumer holding positions in a log the broker has lost (it restarted empty
    and the topic was created again) would wait there for good, its articles never read. The
    recreated-topic check after each rebalance catches the usual case; this watch, run on a
    timer, catches the rest: a partition whose position lies past the high watermark of its
    latest fetch on ``ticks`` looks in a row starts over at its first offset.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        ticks: int = 2,
        firsts: Callable[[Settings, Sequence[Any]], dict[Any, int]] | None = None,
    ) -> None:
        self.settings = settings
        self.ticks = ticks
        self.firsts = firsts or first_offsets
        self.seen_past_the_end: dict[Any, int] = {}

    async def check(self, consumer: Any, tps: Sequence[Any]) -> list[Any]:
        """Look at ``tps`` once; the partitions started over (none, usually)."""
        beyond = []
        for tp in tps:
            try:
                end = consumer.highwater(tp)
                position = None
                if end is not None and end >= 0:
                    position = await asyncio.wait_for(consumer.position(tp), POSITION_TIMEOUT)
            except Exception:  # the partition was revoked, or its position is being reset
                position = None
            if position is None or position <= end:
                self.seen_past_the_end.pop(tp, None)
                continue
            self.seen_past_the_end[tp] = self.seen_past_the_end.get(tp, 0) + 1
            if self.seen_past_the_end[tp] >= self.ticks:
                beyond.append(tp)
        if not beyond:
            return []
        loop = asyncio.get_running_loop()
        try:
            starts = await loop.run_in_executor(None, self.firsts, self.settings, beyond)
        except Exception as exc:  # the broker is away again: the next tick looks again
            log.warning("could not read the first offsets of %s (%s)", _partitions(beyond), exc)
            return []
        log.warning(
            "%s: read position past the end of the log (a broker that lost its state?): "
            "reading from the first offset",
            _partitions(beyond),
        )
        await start_over(consumer, starts)
        for tp in beyond:
            self.seen_past_the_end.pop(tp, None)
        return beyond


def _partitions(tps: Sequence[Any]) -> str:
    return ", ".join(f"{tp.topic}[{tp.partition}]" for tp in tps)


async def start_over(consumer: Any, starts: dict[Any, int]) -> bool:
    """Read each partition of ``starts`` again from the offset given. False if the group
    refused the commit of those offsets (it is rebalancing).

    The old read and ack marks go first, so no periodic commit writes old-log positions after
    these. The starts are committed before the seeks: table recovery (incidents) seeks to
    committed offsets when it completes, possibly after the seeks below.
    """
    for tp in starts:
        forget_partition_progress(consumer, tp)
    committed = await consumer._commit(dict(starts))
    for tp, offset in starts.items():
        await consumer.seek(tp, offset)
    return bool(committed)


def topic_id(settings: Settings, topic: str) -> str:
    """The broker's id of ``topic``: a topic deleted and created again gets a new one."""
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers,
        request_timeout_ms=CHECK_REQUEST_TIMEOUT_MS,
        **client_security(settings),
    )
    try:
        (described,) = admin.describe_topics([topic])
    finally:
        admin.close()
    return str(described.get("topic_id") or "")


def first_offsets(settings: Settings, tps: Sequence[Any]) -> dict[Any, int]:
    """The first offset of each partition in ``tps``.

    A recreated topic is read from its beginning. Committed offsets cannot be trusted then:
    the consumer may already have committed positions of the old log into the new one.
    Without the seek it would resume at its position in the old log and skip the new log's
    first messages (a restarted in-memory broker starts its offsets at 0 again).
    """
    from kafka import KafkaConsumer
    from kafka import TopicPartition as KafkaTP

    consumer = KafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        request_timeout_ms=CHECK_REQUEST_TIMEOUT_MS,
        **client_security(settings),
    )
    try:
        firsts = consumer.beginning_offsets([KafkaTP(tp.topic, tp.partition) for tp in tps])
    finally:
        consumer.close()
    by_key = {(tp.topic, tp.partition): tp for tp in tps}
    return {by_key[(tp.topic, tp.partition)]: offset for tp, offset in firsts.items()}


def forget_partition_progress(consumer: Any, tp: Any) -> None:
    """Drop Faust's in-memory read/ack/commit marks of a partition that starts over."""
    for name in ("_committed_offset", "_read_offset", "_acked", "_acked_index", "_gap"):
        marks = getattr(consumer, name, None)
        if marks is not None:
            marks.pop(tp, None)


def wait_for_broker(settings: Settings, *, timeout: float | None = None) -> None:
    """Create the pipeline's topics, retrying with backoff until the broker answers.

    A broker that refuses the TLS or SASL settings raises ``BrokerRefused`` at once: waiting
    would not change its answer.
    """
    delay, started = 0.5, time.monotonic()
    while True:
        try:
            if not any(port_open(*_host_port(s), timeout=1.0) for s in settings.bootstrap_servers):
                raise ConnectionRefusedError("no connection on any bootstrap server")
            created = ensure_pipeline_topics(settings)
        except BrokerRefused:
            raise
        except Exception as exc:  # kafka-python raises several kinds while the broker is away
            if timeout is not None and time.monotonic() - started > timeout:
                raise
            log.warning(
                "broker %s not reachable (%s); retrying in %.1f s", settings.broker, exc, delay
            )
            time.sleep(delay)
            delay = min(delay * 2, 5.0)
            continue
        if created:
            log.info("created topics %s", ", ".join(created))
        return


def _host_port(server: str) -> tuple[str, int]:
    host, _, port = server.rpartition(":")
    return host.strip("[]") or "localhost", int(port or 9092)


def setup_logging(level: int = logging.INFO) -> None:
    """Send the worker's own log lines (start-up timings, batches) to stderr at ``level``.

    Faust's log level (``EVENTSTREAM_LOG_LEVEL``) is separate and applies to everything else.
    """
    logger = logging.getLogger("stream")
    if not any(getattr(h, "_eventstream", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s] %(levelname)s %(name)s: %(message)s"))
        handler._eventstream = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


class DrainingWorker(faust.Worker):
    """A Faust worker that, on SIGTERM or SIGINT, lets the batches in hand finish first.

    The agent takes no new batch once draining; when the batches in hand are published and
    acknowledged (or ``drain_timeout`` passed), the normal shutdown runs, and the consumer
    commits the acknowledged offsets as it stops.
    """

    def __init__(self, *args: Any, monitor: Monitor, drain_timeout: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.monitor = monitor
        self.drain_timeout = drain_timeout

    def _on_sigterm(self) -> None:
        self._drain_then_stop(signal.SIGTERM)

    def _on_sigint(self) -> None:
        self._drain_then_stop(signal.SIGINT)

    def _drain_then_stop(self, signum: signal.Signals) -> None:
        if self.monitor.draining:  # a second signal: stop now
            self._schedule_shutdown(signum)
            return
        self.monitor.set_state("draining")
        if self.monitor.in_batch:
            log.info("%s: finishing the batches in hand, then stopping", signum.name)
        else:
            log.info("%s: no batch in hand, stopping", signum.name)

        async def drain() -> None:
            if not await self.monitor.wait_idle(self.drain_timeout):
                log.warning(
                    "batches still in hand after %.0f s; stopping anyway", self.drain_timeout
                )
            self._schedule_shutdown(signum)

        asyncio.ensure_future(drain(), loop=self.loop)


def run_worker(settings: Settings, *, process_started: float | None = None) -> None:
    """Run one worker in this process until it is stopped (SIGINT / SIGTERM).

    Raises ``DirectoryError`` when the data directory cannot be created,
    ``SecurityConfigError`` for TLS/SASL settings that cannot work, and ``BrokerRefused``
    when the broker refuses them; each says in one line what to change.
    """
    setup_logging()
    started = process_started if process_started is not None else time.monotonic()
    ensure_directory(settings.datadir, "the worker's data directory", "set EVENTSTREAM_DATADIR")
    faust_credentials(settings)  # settings that cannot work stop the worker here, not in Faust
    log.info("worker starting, %.2f s after process start (imports)", time.monotonic() - started)
    configure(AdmissionPolicy.from_settings(settings))
    monitor = Monitor()
    serve(monitor, settings.metrics_port)
    # Start loading the model first: it overlaps waiting for the broker and joining the group.
    pool = ExtractionPool(batch_size=settings.batch_size, timeout=settings.extract_timeout)
    pool.warm_up()
    monitor.set_state("waiting_for_broker")
    try:
        with sigterm_as_interrupt():
            wait_for_broker(settings)
    except KeyboardInterrupt:
        log.info("stopped while waiting for the broker")
        monitor.set_state("stopped")
        pool.close(kill=True)
        return
    except BrokerRefused:
        monitor.set_state("stopped")
        pool.close(kill=True)
        raise
    monitor.set_state("starting")
    log.info(
        "broker reachable (%s), topics ready, %.2f s after process start",
        describe(settings),
        time.monotonic() - started,
    )
    bundle = create_app(settings, pool=pool, monitor=monitor)

    @bundle.app.on_partitions_assigned.connect
    async def _assigned(sender: Any, assigned: Any, **_: Any) -> None:
        log.info(
            "joined group %s: %d partitions assigned, %.2f s after process start",
            settings.app_id,
            len(assigned),
            time.monotonic() - started,
        )

    worker = DrainingWorker(
        bundle.app,
        monitor=monitor,
        drain_timeout=settings.drain_timeout,
        loglevel=settings.log_level,
        redirect_stdouts=False,
        quiet=True,
    )
    worker.spinner = None  # log lines only, no terminal animation
    try:
        worker.execute_from_commandline()
    finally:
        bundle.pool.close()
