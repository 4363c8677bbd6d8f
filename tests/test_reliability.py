"""Nothing lost, nothing crashes: real broker, real ``eventstream worker`` processes.

Every scenario publishes articles with a kafka-python producer (recording each message's
partition and offset), runs workers, and reconciles the receipts topic against those input
positions (``stream.accounting.reconcile``): each position must have a receipt, repeated
receipts must agree, and every event id a receipt names must be on the events topic.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path

import orjson
import pytest
from isolated import isolated_settings
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from stream.accounting import Position, Reconciliation, reconcile
from stream.broker import EmbeddedBroker, ensure_pipeline_topics, free_port, stop_process
from stream.config import Settings
from stream.demo import start_worker
from stream.schemas import schema_errors

# Scenarios run real workers through kills and restarts; on a loaded machine one can take
# several minutes, so their hang guard is longer than the suite's default.
pytestmark = [pytest.mark.broker, pytest.mark.timeout(900)]

LEADERS = [
    ("French", "President Emmanuel Macron", "Paris"),
    ("German", "Chancellor Olaf Scholz", "Berlin"),
    ("Japanese", "Prime Minister Shigeru Ishiba", "Tokyo"),
    ("Indian", "Prime Minister Narendra Modi", "New Delhi"),
    ("Kenyan", "President William Ruto", "Nairobi"),
    ("Brazilian", "President Luiz Inacio Lula da Silva", "Brasilia"),
]


def short_article(i: int, prefix: str) -> dict:
    """A one-sentence article: a meeting, shelling, or market news (no event)."""
    a = LEADERS[i % len(LEADERS)]
    b = LEADERS[(i // len(LEADERS) + 1 + i) % len(LEADERS)]
    if a == b:
        b = LEADERS[(i + 1) % len(LEADERS)]
    kind = i % 3
    if kind == 0:
        text = f"{a[0]} {a[1]} met {b[0]} {b[1]} in {b[2]} on Monday, officials said."
    elif kind == 1:
        text = (
            f"Troops shelled the outskirts of {b[2]} on Tuesday, killing {i % 40 + 2} people, "
            "the army said."
        )
    else:
        text = (
            f"Shares in {b[2]} rose {i % 9 + 1} percent in early trading on Wednesday as "
            "investors bought banks."
        )
    return {"id": f"{prefix}-{i}", "published_at": "2025-03-12T09:00:00Z", "text": text}


def articles(n: int, prefix: str) -> list[bytes]:
    return [orjson.dumps(short_article(i, prefix)) for i in range(n)]


# --- harness ------------------------------------------------------------------------------


def scenario(bootstrap: str, workdir: Path, **overrides: object) -> Settings:
    """Settings for one scenario: its own topics and group, quick group timings."""
    defaults: dict[str, object] = {
        "articles_partitions": 4,
        "events_partitions": 2,
        "batch_size": 16,
        "batch_within": 0.2,
        "metrics_port": 0,
        "drain_timeout": 30.0,
    }
    return isolated_settings(bootstrap, workdir, "rel", **{**defaults, **overrides})


def produce(settings: Settings, values: Iterable[bytes]) -> list[Position]:
    """Publish raw values to the articles topic; their positions, in order."""
    producer = KafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        max_request_size=4_000_000,
        linger_ms=5,
    )
    try:
        futures = [producer.send(settings.articles_topic, value=v) for v in values]
        producer.flush(timeout=60)
        out = []
        for f in futures:
            meta = f.get(timeout=30)
            out.append((meta.topic, meta.partition, meta.offset))
        return out
    finally:
        producer.close()


def read_topic(
    settings: Settings, topic: str, done: Callable[[list], bool], timeout: float
) -> list:
    """Records of ``topic`` from the beginning until ``done(records)`` or ``timeout``."""
    from test_pipeline import _read

    return _read(settings, topic, done, timeout)


def receipts_for(
    settings: Settings, positions: Iterable[Position], timeout: float = 120.0
) -> list[dict]:
    """Receipts, read until every position in ``positions`` has one.

    ``timeout`` is how long to wait without a new receipt: a worker that stops working fails
    the test after that long, while one that is merely slow (a loaded machine) keeps going,
    up to ten times ``timeout`` in all.
    """
    wanted = set(positions)
    consumer = KafkaConsumer(
        settings.receipts_topic,
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    receipts: list[dict] = []
    seen: set[Position] = set()
    started = last_new = time.monotonic()
    try:
        while not wanted <= seen:
            now = time.monotonic()
            if now - last_new > timeout or now - started > 10 * timeout:
                break
            for part in consumer.poll(timeout_ms=250).values():
                for record in part:
                    receipt = orjson.loads(record.value)
                    receipts.append(receipt)
                    seen.add(_position(receipt))
                    last_new = time.monotonic()
    finally:
        consumer.close()
    return receipts


def _position(receipt: dict) -> Position:
    return (receipt["topic"], receipt["partition"], receipt["offset"])


def wait_receipts(settings: Settings, at_least: int, timeout: float = 120.0) -> list[dict]:
    records = read_topic(settings, settings.receipts_topic, lambda rs: len(rs) >= at_least, timeout)
    return [orjson.loads(r.value) for r in records]


def wait_receipts_from(settings: Settings, pid: int, timeout: float = 120.0) -> None:
    """Read receipts until one comes from the worker with process id ``pid``."""

    def from_worker(records: list) -> bool:
        return any(orjson.loads(r.value)["worker"].endswith(f":{pid}") for r in records)

    read_topic(settings, settings.receipts_topic, from_worker, timeout)


def events_by_id(settings: Settings, wanted: set[str], timeout: float = 60.0) -> dict[str, list]:
    """Events topic messages grouped by event id, read until every id in ``wanted`` is there."""

    def complete(records: list) -> bool:
        return wanted <= {r.key.decode() for r in records}

    out: dict[str, list] = {}
    for r in read_topic(settings, settings.events_topic, complete, timeout):
        out.setdefault(r.key.decode(), []).append(orjson.loads(r.value))
    return out


def start(settings: Settings, workdir: Path, name: str, cmd: list[str]) -> subprocess.Popen:
    return start_worker(settings, log_path=workdir / f"{name}.log", command=cmd)


def kill9(worker: subprocess.Popen) -> None:
    """SIGKILL the worker and its extraction process (its whole process group)."""
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)


def log_of(workdir: Path, name: str) -> str:
    path = workdir / f"{name}.log"
    return path.read_text(errors="replace")[-4000:] if path.exists() else ""


def assert_accounted(result: Reconciliation, receipts: list[dict], settings: Settings) -> None:
    """Every input position has a receipt; repeats agree; every named event is published."""
    assert not result.missing, (
        f"{len(result.missing)} articles without receipt: {result.missing[:5]}"
    )
    assert not result.conflicting, result.conflicting[:5]
    assert not result.unexpected, result.unexpected[:5]
    for receipt in receipts:
        assert schema_errors("receipt", receipt) == [], receipt
    wanted = {eid for r in receipts for eid in r["event_ids"]}
    published = events_by_id(settings, wanted)
    lost = wanted - set(published)
    assert not lost, f"{len(lost)} events named in receipts are not on the events topic"
    for event_id, copies in published.items():
        assert all(c["event_id"] == event_id for c in copies)
        bodies = {orjson.dumps({k: v for k, v in c.items() if k != "extracted_at"}) for c in copies}
        assert len(bodies) == 1, f"copies of {event_id} differ"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path


# --- bad input --------------------------------------------------------------------------

DEEP = b'{"text": "Leaders met in Paris on Monday.", "meta": ' + b"[" * 40 + b"]" * 40 + b"}"
VERY_DEEP = b'{"text": "x", "meta": ' + b"[" * 2000 + b"]" * 2000 + b"}"
FRENCH = (
    "Les ministres des affaires étrangères de la France et de l'Allemagne se sont réunis lundi "
    "à Berlin pour discuter de la situation en Ukraine, a indiqué le ministère dans un communiqué."
)
CHINESE = (
    "中国和俄罗斯的外交部长周二在北京会晤，讨论了乌克兰局势。外交部发言人表示，双方同意加强合作。"
)
BAD_INPUT: dict[bytes, str] = {
    b'{"id": "bad-utf8", "text": "caf\xe9 \xff\xfe"}': "invalid_utf8",
    b'{"id": "cut", "text": "cut off': "invalid_json:",
    b"[1, 2, 3]": "not_an_object: array",
    b'"a plain string"': "not_an_object: string",
    b"42": "not_an_object: number",
    b"null": "not_an_object: null",
    b"": "empty_message",
    b'{"id": "no-text", "title": "x"}': "schema: text: 'text' is a required property",
    b'{"id": "empty-text", "text": ""}': "schema: text: must not be empty",
    b'{"id": "blank-text", "text": "   "}': "schema: text: must contain a non-space character",
    b'{"id": "int-text", "text": 5}': "schema: text:",
    b'{"id": "int-title", "text": "Leaders met.", "title": 7}': "schema: title:",
    b'{"id": "word-date", "text": "Leaders met.", "published_at": "yesterday"}': (
        "schema: published_at: is not an RFC 3339"
    ),
    b'{"id": "bad-date", "text": "Leaders met.", "published_at": "2025-13-45"}': (
        "schema: published_at: not a valid date"
    ),
    orjson.dumps({"id": "big-text", "text": "Leaders met. " * 20_000}): "oversize: text of",
    orjson.dumps({"id": "big-msg", "text": "x", "pad": [0] * 400_000}): "oversize: message of",
    DEEP: "too_deep: JSON nested more than 32 levels",
    VERY_DEEP: "too_deep: depth limit exceeded",
    orjson.dumps({"id": "french", "text": FRENCH}): "non_english: ",
    orjson.dumps({"id": "chinese", "text": CHINESE}): "non_english: ",
    orjson.dumps({"id": "declared", "text": "Leaders met.", "language": "de"}): (
        "non_english: declared language 'de'"
    ),
}


def test_mixed_stream_every_bad_record_dead_lettered_and_every_offset_receipted(
    broker, eventstream_cmd, workdir
):
    metrics_port = free_port()
    settings = scenario(
        broker.bootstrap,
        workdir,
        max_text_bytes=200_000,
        max_message_bytes=500_000,
        metrics_port=metrics_port,
    )
    ensure_pipeline_topics(settings)
    good = articles(300, "mixed")
    bad = list(BAD_INPUT)
    values: list[bytes] = []
    for i, raw in enumerate(good):  # bad records spread through the stream
        values.append(raw)
        if i % 14 == 7 and bad:
            values.append(bad.pop())
    values.extend(bad)
    positions = produce(settings, values)
    worker = start(settings, workdir, "worker", eventstream_cmd)
    try:
        receipts = receipts_for(settings, positions, timeout=150)
        assert worker.poll() is None, log_of(workdir, "worker")
        result = reconcile(positions, receipts)
        assert_accounted(result, receipts, settings)
        assert not result.redelivered, "a worker that never stopped redelivered nothing"
        by_position = {_position(r): r for r in receipts}
        raw_at = dict(zip(positions, values, strict=True))

        # Each bad record: a dead-letter receipt and a dead letter with the expected reason.
        letters = {
            (lt["topic"], lt["partition"], lt["offset"]): lt
            for lt in (
                orjson.loads(r.value)
                for r in read_topic(
                    settings, settings.dlq_topic, lambda rs: len(rs) >= len(BAD_INPUT), 60
                )
            )
        }
        for where, raw in raw_at.items():
            receipt = by_position[where]
            if raw not in BAD_INPUT:
                assert receipt["outcome"] in ("events", "no_events"), receipt
                continue
            expected = BAD_INPUT[raw]
            assert receipt["outcome"] == "dead_letter", (expected, receipt)
            assert receipt["reason"].startswith(expected), (expected, receipt["reason"])
            letter = letters[where]
            assert letter["reason"] == receipt["reason"]
            if not letter["original_truncated"]:
                original = letter["original"] or ""
                if letter["original_base64"] is not None:
                    import base64

                    assert base64.b64decode(letter["original_base64"]) == raw
                else:
                    assert original.encode() == raw
            else:
                assert letter["original_size"] == len(raw)
        assert len(letters) == len(BAD_INPUT)
        assert result.outcomes.get("events", 0) >= 150  # meetings and shelling: 2 of 3

        # /health and /metrics tell the same story.
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/health", timeout=5) as r:
            health = orjson.loads(r.read())
            assert r.status == 200
        assert health["status"] == "running" and health["articles"] == len(values)
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5) as r:
            metrics = r.read().decode()
        assert f"eventstream_articles_in_total {float(len(values))}" in metrics
        n_dead = sum(r["outcome"] == "dead_letter" for r in receipts)
        assert f'eventstream_articles_total{{outcome="dead_letter"}} {float(n_dead)}' in metrics
        assert 'eventstream_dead_letters_total{reason="non_english"} 3.0' in metrics
        assert 'eventstream_dead_letters_total{reason="not_an_object"} 4.0' in metrics
        assert 'eventstream_events_out_total{type="meeting"}' in metrics
        assert "eventstream_batch_seconds_count" in metrics
        # consumer lag is sampled by a 2 s timer: give it a few ticks after the last batch
        deadline = time.monotonic() + 8
        while 'eventstream_consumer_lag{partition="0"' not in metrics:
            assert time.monotonic() < deadline, "no consumer lag sample for partition 0"
            time.sleep(0.5)
            with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5) as r:
                metrics = r.read().decode()
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/nope", timeout=5)
    finally:
        stop_process(worker)


# --- crashes ----------------------------------------------------------------------------


def test_kill_9_mid_stream_then_restart_loses_nothing(broker, eventstream_cmd, workdir):
    settings = scenario(broker.bootstrap, workdir)
    ensure_pipeline_topics(settings)
    positions = produce(settings, articles(1000, "kill"))
    worker = start(settings, workdir, "first", eventstream_cmd)
    try:
        before = wait_receipts(settings, 250, timeout=120)
        assert len(before) >= 250, log_of(workdir, "first")
        kill9(worker)
        killed_at = len(wait_receipts(settings, 10**9, timeout=2))
        assert killed_at < len(positions), "the worker finished before it could be killed"
    finally:
        if worker.poll() is None:
            kill9(worker)
    restarted = start(settings, workdir, "second", eventstream_cmd)
    try:
        receipts = receipts_for(settings, positions, timeout=150)
        result = reconcile(positions, receipts)
        assert_accounted(result, receipts, settings)
        assert restarted.poll() is None, log_of(workdir, "second")
        duplicates = sum(n - 1 for n in result.redelivered.values())
        print(f"kill -9 after {killed_at} receipts: {duplicates} redelivered articles")
        # Only what was processed but not yet committed comes again: about one commit interval.
        assert duplicates < 400
    finally:
        stop_process(restarted)


def test_two_workers_one_killed_the_other_takes_over(broker, eventstream_cmd, workdir):
    settings = scenario(broker.bootstrap, workdir, batch_size=8)
    ensure_pipeline_topics(settings)
    a = start(settings, workdir, "a", eventstream_cmd)
    b = start(settings, workdir, "b", eventstream_cmd)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:  # both in the group, each with its partitions
            # and its model loaded: a worker still loading while the other one works through
            # its own partitions leaves the first one nothing to take over
            if all(
                "partitions assigned" in log_of(workdir, n)
                and "extraction process ready" in log_of(workdir, n)
                for n in ("a", "b")
            ):
                break
            time.sleep(0.5)
        positions = produce(settings, articles(1500, "pair"))
        wait_receipts(settings, 100, timeout=120)
        wait_receipts_from(settings, a.pid)  # on a busy machine 'a' can start late
        kill9(a)
        killed = time.monotonic()
        receipts = receipts_for(settings, positions, timeout=150)
        took = time.monotonic() - killed
        result = reconcile(positions, receipts)
        assert_accounted(result, receipts, settings)
        assert b.poll() is None, log_of(workdir, "b")
        partitions = {p for _, p, _ in positions}
        assert partitions == set(range(settings.articles_partitions))
        by_worker: dict[str, set[int]] = {}
        for r in receipts:
            by_worker.setdefault(r["worker"].rsplit(":", 1)[1], set()).add(r["partition"])
        a_partitions = by_worker.get(str(a.pid), set())
        assert a_partitions, "the killed worker had processed nothing"
        assert a_partitions <= by_worker[str(b.pid)], "the survivor took over its partitions"
        print(
            f"one of two workers killed: all {len(positions)} accounted for {took:.1f} s later, "
            f"{sum(n - 1 for n in result.redelivered.values())} redelivered"
        )
    finally:
        for w in (a, b):
            if w.poll() is None:
                kill9(w)


def test_sigterm_during_a_batch_leaves_no_article_without_receipt(broker, eventstream_cmd, workdir):
    port = free_port()
    settings = scenario(
        broker.bootstrap, workdir, batch_size=32, batch_within=1.0, metrics_port=port
    )
    ensure_pipeline_topics(settings)
    positions = produce(settings, articles(600, "term"))
    worker = start(settings, workdir, "first", eventstream_cmd)
    try:
        wait_receipts(settings, 64, timeout=120)
        deadline = time.monotonic() + 30
        while not health(port).get("batch_in_hand") and time.monotonic() < deadline:
            time.sleep(0.01)
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=40)
    finally:
        if worker.poll() is None:
            kill9(worker)
    assert code == 0, log_of(workdir, "first")
    assert "SIGTERM: finishing the batches in hand" in log_of(workdir, "first")
    first = wait_receipts(settings, 10**9, timeout=3)
    assert len(first) < len(positions), "the worker finished before SIGTERM"
    # What was committed on the way out has receipts: no offset below a commit lacks one.
    committed = committed_offsets(settings)
    receipted = {_position(r) for r in first}
    for (topic, partition), offset in committed.items():
        for o in range(offset):
            assert (topic, partition, o) in receipted, (partition, o, offset)
    assert sum(committed.values()) == len(first), (committed, len(first))

    restarted = start(settings, workdir, "second", eventstream_cmd)
    try:
        receipts = receipts_for(settings, positions, timeout=150)
        result = reconcile(positions, receipts)
        assert_accounted(result, receipts, settings)
        # The batch in hand was finished and committed: nothing needed doing twice.
        assert not result.redelivered, sorted(result.redelivered)[:5]
    finally:
        stop_process(restarted)


def health(port: int) -> dict:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
            return orjson.loads(r.read())
    except (OSError, urllib.error.HTTPError):
        return {}


def committed_offsets(settings: Settings) -> dict[tuple[str, int], int]:
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        offsets = admin.list_group_offsets({settings.app_id: None})[settings.app_id]
    finally:
        admin.close()
    return {
        (tp.topic, tp.partition): meta.offset
        for tp, meta in offsets.items()
        if tp.topic == settings.articles_topic and meta.offset >= 0
    }


# --- broker outages -----------------------------------------------------------------------


def test_worker_waits_for_a_missing_broker_and_survives_a_broker_restart(eventstream_cmd, workdir):
    port, http_port = free_port(), free_port()
    # The broker restarts with memory storage: every topic and offset is gone, the incidents
    # stage's changelog and repartition topics too. Articles and incidents keep flowing.
    settings = scenario(f"127.0.0.1:{port}", workdir, metrics_port=http_port)
    worker = start(settings, workdir, "worker", eventstream_cmd)
    embedded = EmbeddedBroker(port, log_path=workdir / "broker.log")
    try:
        deadline = time.monotonic() + 60  # the worker starts first and waits, saying so
        while "not reachable" not in log_of(workdir, "worker") and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)
        assert worker.poll() is None, log_of(workdir, "worker")
        assert "not reachable" in log_of(workdir, "worker")
        with pytest.raises(urllib.error.HTTPError) as waiting:  # 503 while it waits
            urllib.request.urlopen(f"http://127.0.0.1:{http_port}/health", timeout=5)
        assert orjson.loads(waiting.value.read())["status"] == "waiting_for_broker"
        embedded.start()
        appeared = time.monotonic()
        positions = produce(settings, articles(60, "early"))
        receipts = receipts_for(settings, positions, timeout=90)
        connected = time.monotonic() - appeared
        assert_accounted(reconcile(positions, receipts), receipts, settings)
        # The stage built incidents, so its changelog holds records the new broker won't have.
        early = incidents_naming(settings, {e for r in receipts for e in r["event_ids"]})
        assert early, log_of(workdir, "worker")
        # A second worker joins and leaves: the first one's table recovery runs again and
        # reads its changelog, so it holds changelog offsets the new broker will not have.
        worker_log = workdir / "worker.log"
        joins = worker_log.read_text(errors="replace").count("joined group")
        other = start(settings.with_(metrics_port=0), workdir, "other", eventstream_cmd)
        try:
            deadline = time.monotonic() + 60
            while "joined group" not in log_of(workdir, "other") and time.monotonic() < deadline:
                time.sleep(0.5)
            assert "joined group" in log_of(workdir, "other"), log_of(workdir, "other")
        finally:
            stop_process(other)
        deadline = time.monotonic() + 30
        while worker_log.read_text(errors="replace").count("joined group") < joins + 2:
            # shared with the other worker, then all its partitions back
            assert time.monotonic() < deadline, "the first worker did not take its partitions back"
            time.sleep(0.5)
        time.sleep(2)  # its table recovery
        assert worker.poll() is None, log_of(workdir, "worker")

        embedded.stop()  # memory only: topics, offsets and groups are gone
        time.sleep(4)
        assert worker.poll() is None, log_of(workdir, "worker")
        embedded = EmbeddedBroker(port, log_path=workdir / "broker2.log").start()
        back = time.monotonic()
        ensure_pipeline_topics(settings)  # the operator recreates the topics
        positions = produce(settings, articles(60, "late"))
        receipts = receipts_for(settings, positions, timeout=120)
        recovered = time.monotonic() - back
        result = reconcile(positions, receipts)
        assert not result.missing, (len(result.missing), log_of(workdir, "worker"))
        assert_accounted(result, receipts, settings)
        assert worker.poll() is None, log_of(workdir, "worker")
        assert "was recreated" in log_of(workdir, "worker")  # and so read from offset 0
        late = incidents_naming(settings, {e for r in receipts for e in r["event_ids"]})
        assert late, log_of(workdir, "worker")  # the stage runs on the new broker's topics
        assert health(http_port)["status"] == "running"
        print(
            f"broker appeared: first 60 articles receipted in {connected:.1f} s "
            f"({len(early)} incidents); broker restarted empty: next 60 receipted in "
            f"{recovered:.1f} s ({len(late)} incidents)"
        )
    finally:
        stop_process(worker)
        embedded.stop()


def test_a_group_whose_offsets_lie_past_the_end_of_the_log_reads_it_from_the_start(
    broker, eventstream_cmd, workdir
):
    # What a broker that lost a topic's log but not the group's offsets leaves behind (or
    # positions of an old log committed into a new one). Kafka answers a fetch past the end
    # with OFFSET_OUT_OF_RANGE and the consumer starts over; the embedded broker answers with
    # no records, so without the worker's own watch these articles would never be read.
    from kafka import TopicPartition
    from kafka.structs import OffsetAndMetadata

    settings = scenario(broker.bootstrap, workdir)
    ensure_pipeline_topics(settings)
    old = KafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=settings.app_id,
        enable_auto_commit=False,
    )
    try:
        tps = [TopicPartition(settings.articles_topic, p) for p in range(4)]
        old.assign(tps)
        old.commit({tp: OffsetAndMetadata(500, "", -1) for tp in tps})
        assert all(old.committed(tp) == 500 for tp in tps)
    finally:
        old.close()
    positions = produce(settings, articles(24, "past"))
    worker = start(settings, workdir, "worker", eventstream_cmd)
    try:
        receipts = receipts_for(settings, positions, timeout=60)
        assert_accounted(reconcile(positions, receipts), receipts, settings)
        assert "past the end of the log" in log_of(workdir, "worker")
        assert worker.poll() is None, log_of(workdir, "worker")
    finally:
        stop_process(worker)


def incidents_naming(settings: Settings, event_ids: set[str], timeout: float = 60.0) -> list[dict]:
    """The incident records on the incidents topic naming any of ``event_ids`` (read until
    one does, or ``timeout``)."""

    def naming(records: list) -> list[dict]:
        found = (orjson.loads(r.value) for r in records)
        return [inc for inc in found if event_ids & set(inc["event_ids"])]

    return naming(read_topic(settings, settings.incidents_topic, naming, timeout))


def test_topic_creation_asks_for_compacted_events_and_receipts(broker, workdir):
    from stream.broker import pipeline_topic_configs

    settings = scenario(broker.bootstrap, workdir)
    configs = pipeline_topic_configs(settings)
    assert configs[settings.events_topic] == {"cleanup.policy": "compact"}
    assert configs[settings.receipts_topic] == {"cleanup.policy": "compact"}
    assert settings.articles_topic not in configs  # input is never compacted away
    created = ensure_pipeline_topics(settings)
    assert settings.receipts_topic in created and settings.events_topic in created
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    try:
        parts = consumer.partitions_for_topic(settings.receipts_topic)
    finally:
        consumer.close()
    assert parts == set(range(settings.articles_partitions))
