"""The incidents stage in Faust: events → (repartitioned by family) → table → incidents topic.

The matching itself is :mod:`stream.incidents.matching`; this module only wires it:

- the agent reads the events topic and repartitions the events the engine would look at
  (:func:`~stream.incidents.matching.worth_matching`, about a third of them) with
  ``group_by`` on their family (:func:`~stream.incidents.matching.partition_key`), so every
  incident an event could join is on the partition that handles it;
- incident state lives in a Faust table (``<app id>-incident-state-changelog``), one entry
  per incident; the block and seen-event indexes are rebuilt from it after a restart;
- each changed incident is sent to the incidents topic, keyed by its id.

Delivery is at-least-once end to end: Faust flushes the producer (changelog and incidents
topic) before it commits the offsets of what it read, and a redelivered event id is
recognised from the recovered table, so counts stay exact after a crash. An event applied
before a crash has its incident's record sent again: the crash may have lost that record
while the changelog writes after it survived.

The table also records, per partition, the offset of the last repartitioned event it
applied. After a restart the first event of each partition is checked against that mark:
an event beyond the mark + 1 means the changelog lost writes the committed offsets had
counted on (a broker that lost the changelog's tail). The stage then reads the gap with a
consumer of its own and applies it before that event. A partition with no mark at all whose
first event is not the first the topic holds lost its whole state (or its recovery read none
of the changelog): it is read again from its beginning.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import faust
from faust.exceptions import Skip

from stream.codec import dumps, loads
from stream.config import Settings
from stream.incidents.matching import IncidentEngine, MatchRules, partition_key, worth_matching

log = logging.getLogger("stream.incidents")

TABLE_NAME = "incident-state"
PROGRESS = "__applied_offset__:"
"""Table key prefix of the per-partition mark: the offset of the last event applied."""
TOPIC_ID = "__topic_id__:"
"""Table key prefix of the id of the repartition topic the mark was taken on."""


def repartition_topic(settings: Settings) -> str:
    """The topic the events are repartitioned into (by family)."""
    return f"{settings.app_id}-incident-blocks-repartition"


def changelog_topic(settings: Settings) -> str:
    """The changelog topic of the incident table (Faust's ``<app id>-<table>-changelog``)."""
    return f"{settings.app_id}-{TABLE_NAME}-changelog"


def internal_topics(settings: Settings) -> dict[str, int]:
    """The stage's own topics and their partitions, created with the pipeline's topics (a
    broker that lost its state gets them back when its topics are created again)."""
    return {
        repartition_topic(settings): settings.articles_partitions,
        changelog_topic(settings): settings.articles_partitions,
    }


def rules_from(settings: Settings) -> MatchRules:
    """The matching thresholds of ``settings``."""
    return MatchRules(
        day_tolerance=settings.incident_day_tolerance,
        publication_window=settings.incident_publication_window,
        bucket_days=settings.incident_bucket_days,
        quiet_days=settings.incident_quiet_days,
        dedup_grace_days=settings.incident_dedup_grace_days,
    )


class _Incidents:
    """The table seen by the engine: incidents only, progress marks hidden."""

    def __init__(self, table: Any) -> None:
        self.table = table

    def __getitem__(self, key: str) -> Any:
        return self.table[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[key] = value

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(key, default)

    def __len__(self) -> int:
        return sum(1 for _ in self.keys())

    def __iter__(self) -> Any:
        return iter(self.keys())

    def keys(self) -> list[str]:
        return [k for k in self.table if not _internal(k)]

    def values(self) -> list[Any]:
        return [v for k, v in self.table.items() if not _internal(k)]

    def items(self) -> list[tuple[str, Any]]:
        return [(k, v) for k, v in self.table.items() if not _internal(k)]


def _internal(key: Any) -> bool:
    return str(key).startswith((PROGRESS, TOPIC_ID))


@dataclass
class IncidentStage:
    """The stage's Faust objects and its engine (for metrics and tests)."""

    engine: IncidentEngine
    table: Any
    topic: Any
    checked: set[int] = field(default_factory=set)
    """Partitions whose first event after an assignment was checked against their mark."""
    repaired: int = 0
    """Times a lost changelog tail was found and its gap read again."""
    sent_again: set[str] = field(default_factory=set)
    """Incidents sent again since the last assignment (for events applied before a crash)."""


def attach_incidents(app: faust.App, settings: Settings) -> IncidentStage:
    """Add the incidents agent, its table and the incidents topic to ``app``."""
    raw = {"key_serializer": "raw", "value_serializer": "raw"}
    events = app.topic(settings.events_topic, partitions=settings.events_partitions, **raw)
    out = app.topic(settings.incidents_topic, partitions=settings.events_partitions, **raw)
    blocks = app.topic(
        repartition_topic(settings),
        partitions=settings.articles_partitions,
        internal=True,
        **raw,
    )
    table = app.Table(
        TABLE_NAME,
        default=None,
        partitions=settings.articles_partitions,
        schema=faust.Schema(key_serializer="json", value_serializer="json"),
    )
    rules = rules_from(settings)
    engine = IncidentEngine(_Incidents(table), rules)  # type: ignore[arg-type]
    stage = IncidentStage(engine, table, out)

    def family(value: bytes) -> bytes:
        try:
            return partition_key(loads(value)).encode("utf-8")
        except Exception:  # not an event (the filter below does not let it through)
            return b""

    def worth_forwarding(value: bytes) -> bytes:
        """``value``, if the engine would look at its event; else Faust's ``Skip``."""
        try:
            event = loads(value)
        except Exception:
            event = None
        if not isinstance(event, dict) or not worth_matching(event, rules):
            raise Skip()
        return value

    async def apply(value: bytes, partition: int, offset: int) -> None:
        """Add one repartitioned event to its incident and move the partition's mark."""
        try:
            event = loads(value)
        except Exception:
            event = None
        if isinstance(event, dict) and event.get("event_id"):
            for record in engine.add(event, partition, offset):
                await out.send(key=record["incident_id"].encode("utf-8"), value=dumps(record))
        table[f"{PROGRESS}{partition}"] = offset

    async def incidents(stream: Any) -> None:
        grouped = stream.group_by(family, name="incident-blocks", topic=blocks)
        # faust-streaming #553: a filter() before group_by() runs after the repartitioning;
        # a processor put first on the source stream runs before it, so the events the engine
        # would ignore are never forwarded.
        stream._processors.insert(0, worth_forwarding)
        async for current in grouped.events():
            message = current.message
            partition = message.partition
            if partition not in stage.checked:
                stage.checked.add(partition)
                await _forget_marks_of_a_recreated_topic(settings, table, message)
                mark = table.get(f"{PROGRESS}{partition}")
                log.info(
                    "incidents: partition %d starts at offset %d; its state holds %d entries, "
                    "applied up to offset %s",
                    partition,
                    message.offset,
                    len(table),
                    mark,
                )
                if message.offset > (-1 if mark is None else mark) + 1:
                    # events before this one that the state does not hold: the changelog
                    # lost its tail, or all of it (or its recovery read none of it)
                    await _repair(settings, stage, message, mark, apply)
            mark = table.get(f"{PROGRESS}{partition}")
            if mark is not None and message.offset <= mark:
                # Applied before a crash, delivered again. Its changelog writes survived the
                # crash; the incident record it sent may not have (another broker may lead
                # the incidents topic), so the incident's record is sent again, once.
                await _send_again(stage, current.value, partition)
                continue
            await apply(current.value, partition, message.offset)

    incidents.__name__ = incidents.__qualname__ = "build_incidents"
    app.agent(events, name="build_incidents", concurrency=1)(incidents)

    @app.on_partitions_revoked.connect
    async def _forget(sender: Any, revoked: Any, **_: Any) -> None:
        engine.forget_partitions()
        stage.checked.clear()
        stage.sent_again.clear()

    @app.on_partitions_assigned.connect
    async def _reindex(sender: Any, assigned: Any, **_: Any) -> None:
        engine.forget_partitions()
        stage.checked.clear()
        stage.sent_again.clear()

    return stage


async def _send_again(stage: IncidentStage, value: bytes, partition: int) -> None:
    """Send again the record of the incident a redelivered, already applied event is in."""
    try:
        event = loads(value)
    except Exception:
        return
    if not isinstance(event, dict) or not event.get("event_id"):
        return
    record = stage.engine.record_of(str(event["event_id"]), partition)
    if record is None or record["incident_id"] in stage.sent_again:
        return
    stage.sent_again.add(record["incident_id"])
    await stage.topic.send(key=record["incident_id"].encode("utf-8"), value=dumps(record))


async def _forget_marks_of_a_recreated_topic(settings: Settings, table: Any, message: Any) -> None:
    """Drop the partition's applied-offset mark when its topic is not the one it was taken on.

    A broker that lost its state (the embedded one keeps none) recreates the repartition topic
    with offsets from 0 again: the old mark would make the stage skip the new events.
    """
    from stream.app import RECREATED_CHECK_RETRIES, topic_id

    loop = asyncio.get_running_loop()
    for delay in RECREATED_CHECK_RETRIES:  # right after a restart the broker may be slow
        try:
            current = await loop.run_in_executor(None, topic_id, settings, message.topic)
            break
        except Exception as exc:
            if delay is None:  # the broker is away again: the next assignment checks
                log.warning("could not check topic %s (%s)", message.topic, exc)
                return
            log.warning(
                "could not check topic %s (%s); retrying in %.0f s", message.topic, exc, delay
            )
            await asyncio.sleep(delay)
    key = f"{TOPIC_ID}{message.partition}"
    known = table.get(key)
    if known is not None and known != current:
        log.warning(
            "topic %s was recreated: incident marks of partition %d start over",
            message.topic,
            message.partition,
        )
        if f"{PROGRESS}{message.partition}" in table:
            del table[f"{PROGRESS}{message.partition}"]
    if known != current:
        table[key] = current


async def _repair(
    settings: Settings,
    stage: IncidentStage,
    message: Any,
    mark: int | None,
    apply: Callable[[bytes, int, int], Awaitable[None]],
) -> None:
    """Apply again the events of the partition of ``message`` after ``mark`` and before it.

    The changelog lost their writes while the committed offsets count them as done. They are
    read with a consumer of their own, not by seeking the stage's: Faust's consumer would drop
    the records it had already passed on. With no ``mark`` the state kept nothing of the
    partition, which is read again from its first offset (when this event is not that one).
    """
    loop = asyncio.get_running_loop()
    where = f"{message.topic}[{message.partition}]"
    try:
        start = None if mark is None else mark + 1
        reader = await loop.run_in_executor(None, _Reader, settings, message, start)
    except Exception as exc:
        log.error("could not read %s again (%s): earlier events may stay uncounted", where, exc)
        return
    try:
        if reader.position >= message.offset:
            return  # a partition read from its start: nothing came before this event
        if mark is None:
            log.warning(
                "incident state of %s holds nothing applied but the next event is %d: "
                "the changelog was lost; reading the partition again from offset %d",
                where,
                message.offset,
                reader.position,
            )
        else:
            log.warning(
                "incident state of %s ends at offset %d but the next event is %d: "
                "the changelog lost its tail; reading the gap again",
                where,
                mark,
                message.offset,
            )
        stage.repaired += 1
        read = 0
        while records := await loop.run_in_executor(None, reader.read, message.offset):
            for offset, value in records:
                await apply(value, message.partition, offset)
            read += len(records)
        log.info("incidents: %d events of %s applied again", read, where)
    except Exception as exc:
        log.error(
            "could not read %s again from offset %d (%s): %d events stay uncounted",
            where,
            reader.position,
            exc,
            message.offset - reader.position,
        )
    finally:
        await loop.run_in_executor(None, reader.close)


class _Reader:
    """A consumer of one partition of its own, from ``start`` (``None``: its first offset)."""

    def __init__(self, settings: Settings, message: Any, start: int | None) -> None:
        from kafka import KafkaConsumer, TopicPartition

        from stream.security import client_security

        self.tp = TopicPartition(message.topic, message.partition)
        self.consumer = KafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers,
            group_id=None,
            enable_auto_commit=False,
            **client_security(settings),
        )
        self.consumer.assign([self.tp])
        if start is None:
            self.consumer.seek_to_beginning(self.tp)
        else:
            self.consumer.seek(self.tp, start)

    @property
    def position(self) -> int:
        """The offset of the next record to read."""
        return self.consumer.position(self.tp)

    def read(self, stop: int, limit: int = 5000) -> list[tuple[int, bytes]]:
        """Up to ``limit`` more records before offset ``stop`` (none once it is reached).

        Raises ``TimeoutError`` when the broker sends nothing for 30 seconds.
        """
        out: list[tuple[int, bytes]] = []
        quiet_since = time.monotonic()
        while len(out) < limit and self.position < stop:
            batch = self.consumer.poll(timeout_ms=500, max_records=limit - len(out))
            records = batch.get(self.tp, [])
            if records:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > 30:
                raise TimeoutError(f"the broker sent nothing from offset {self.position}")
            out.extend((r.offset, r.value) for r in records if r.offset < stop)
        return out

    def close(self) -> None:
        self.consumer.close()


def run_incidents(settings: Settings) -> None:
    """Run the incidents stage alone in this process (workers with ``incidents`` off).

    It is its own consumer group (``<app id>-incidents``), so it reads every event whatever
    the workers do, and its table is ``<app id>-incidents-incident-state``.
    """
    from stream.app import faust_app, setup_logging, wait_for_broker

    setup_logging()
    settings = settings.with_(incidents=True, app_id=f"{settings.app_id}-incidents")
    wait_for_broker(settings)
    app = faust_app(settings)
    attach_incidents(app, settings)
    worker = faust.Worker(app, loglevel=settings.log_level, redirect_stdouts=False, quiet=True)
    worker.spinner = None
    log.info("incidents stage starting: %s → %s", settings.events_topic, settings.incidents_topic)
    worker.execute_from_commandline()
