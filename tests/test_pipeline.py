"""Articles → worker → events | dead letters, on the embedded broker with a real worker process."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from isolated import isolated_settings
from kafka import KafkaConsumer

from stream.agents import Inbound, process_batch
from stream.broker import ensure_pipeline_topics, stop_process
from stream.config import Settings
from stream.demo import start_worker
from stream.schemas import schema_errors

VALID_NEIGHBOURS = [
    {
        "id": f"neighbour-{i}",
        "published_at": f"2025-03-1{i}T09:00:00Z",
        "text": text,
    }
    for i, text in enumerate(
        [
            "The foreign ministers of France and Germany met in Berlin on Monday to discuss Ukraine.",
            "Japanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo.",
            "Chinese and Russian envoys met in Beijing on Tuesday, the foreign ministry said.",
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
        ]
    )
]
BAD_LINES = {
    b'{"id": "broken", "text": "cut off': "invalid_json",
    b'{"id": "no-text", "title": "An article without text"}': "schema",
    b'["an", "array", "is", "not", "an", "article"]': "not_an_object",
}


def _read(
    settings: Settings, topic: str, done: Callable[[list], bool], timeout: float = 90.0
) -> list:
    """Messages of ``topic`` from the beginning until ``done(messages)`` or ``timeout``."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    messages: list = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not done(messages):
            for part in consumer.poll(timeout_ms=250).values():
                messages.extend(part)
    finally:
        consumer.close()
    return messages


@pytest.fixture(scope="module")
def pipeline(broker, eventstream_cmd, tmp_path_factory):
    """A worker process on its own topics and consumer group."""
    workdir = tmp_path_factory.mktemp("pipeline")
    settings = isolated_settings(
        broker.bootstrap,
        workdir,
        "test-pipeline",
        articles_partitions=2,
        events_partitions=2,
        batch_size=8,
        batch_within=0.3,
    )
    ensure_pipeline_topics(settings)
    log = workdir / "worker.log"
    worker = start_worker(settings, log_path=log, command=eventstream_cmd)
    yield {"settings": settings, "worker": worker, "log": log, "cmd": eventstream_cmd}
    stop_process(worker)


def _publish(pipeline, path: Path, *flags: str) -> subprocess.CompletedProcess:
    settings: Settings = pipeline["settings"]
    return subprocess.run(
        [*pipeline["cmd"], "publish", str(path), "--broker", settings.broker, *flags],
        env={**os.environ, **settings.env()},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _events_by_article(messages: list) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for m in messages:
        event = orjson.loads(m.value)
        out.setdefault(event["article_id"], []).append(event)
    return out


def test_seed_article_becomes_schema_valid_events(pipeline, fixtures_dir, seed_article):
    settings: Settings = pipeline["settings"]
    done = _publish(pipeline, fixtures_dir / "seed" / "article.json")
    assert done.returncode == 0, done.stderr + done.stdout

    def seed_events(messages):
        return any(orjson.loads(m.value)["article_id"] == seed_article["id"] for m in messages)

    messages = _read(settings, settings.events_topic, seed_events)
    events = _events_by_article(messages).get(seed_article["id"], [])
    assert events, f"no events for the seed article; worker log:\n{pipeline['log'].read_text()}"
    for message in messages:
        event = orjson.loads(message.value)
        assert schema_errors("event", event) == []
        assert message.key == event["event_id"].encode()
    for event in events:
        assert event["published_at"] == seed_article["published_at"]
        assert event["evidence"]["sentence"] in seed_article["text"]
    assert pipeline["worker"].poll() is None


def test_bad_messages_go_to_the_dead_letter_topic_and_neighbours_still_flow(pipeline, tmp_path):
    settings: Settings = pipeline["settings"]
    lines = []
    for valid, bad in zip(VALID_NEIGHBOURS, [*BAD_LINES, None], strict=True):
        lines.append(orjson.dumps(valid))
        if bad is not None:
            lines.append(bad)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    done = _publish(pipeline, path, "--no-validate")
    assert done.returncode == 0, done.stderr + done.stdout

    letters = [
        orjson.loads(m.value)
        for m in _read(settings, settings.dlq_topic, lambda ms: len(ms) >= len(BAD_LINES))
    ]
    by_original = {letter["original"].encode(): letter for letter in letters}
    assert set(by_original) == set(BAD_LINES), letters
    for raw, kind in BAD_LINES.items():
        letter = by_original[raw]
        assert letter["kind"] == kind
        assert letter["reason"].startswith(kind + ":") or letter["reason"] == kind
        assert letter["topic"] == settings.articles_topic
        assert isinstance(letter["offset"], int) and isinstance(letter["partition"], int)
    missing_text = by_original[b'{"id": "no-text", "title": "An article without text"}']
    assert missing_text["reason"].startswith("schema: text:")

    wanted = {a["id"] for a in VALID_NEIGHBOURS}
    messages = _read(
        settings,
        settings.events_topic,
        lambda ms: wanted <= set(_events_by_article(ms)),
    )
    by_article = _events_by_article(messages)
    assert wanted <= set(by_article), f"events only for {sorted(by_article)}"
    for article_id in wanted:
        for event in by_article[article_id]:
            assert schema_errors("event", event) == []
    assert pipeline["worker"].poll() is None, "the worker died on bad input"


def test_offsets_are_committed_after_outcomes_are_published(pipeline):
    from kafka import TopicPartition
    from kafka.admin import KafkaAdminClient

    settings: Settings = pipeline["settings"]
    published = 1 + len(VALID_NEIGHBOURS) + len(BAD_LINES)
    # The next offset to read per partition, from the records themselves (the embedded
    # broker's high watermark is not reliable when a batch holds several records).
    ends: dict = {}
    for m in _read(settings, settings.articles_topic, lambda ms: len(ms) >= published):
        tp = TopicPartition(m.topic, m.partition)
        ends[tp] = max(ends.get(tp, 0), m.offset + 1)
    assert sum(1 for _ in ends) >= 1
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        deadline = time.monotonic() + 30
        while True:
            offsets = admin.list_group_offsets({settings.app_id: list(ends)})[settings.app_id]
            committed = {tp: meta.offset for tp, meta in offsets.items()}
            if all(committed.get(tp) == end for tp, end in ends.items()):
                break
            assert time.monotonic() < deadline, (committed, ends)
            time.sleep(0.5)
    finally:
        admin.close()


def test_worker_stops_cleanly_on_sigterm(pipeline):
    worker = pipeline["worker"]
    assert worker.poll() is None
    started = time.monotonic()
    code = stop_process(worker, timeout=20)
    assert code == 0, pipeline["log"].read_text()[-3000:]
    assert time.monotonic() - started < 20


# --- the batch logic itself, without Kafka ------------------------------------------------


def _messages(*raws: bytes) -> list[Inbound]:
    return [Inbound(raw, topic="articles", partition=0, offset=i) for i, raw in enumerate(raws)]


def _event_for(article, sentence_start: int = 0) -> dict:
    from test_schemas import valid_event

    event = valid_event()
    event["article_id"] = article.id
    event["event_id"] = f"{abs(hash((article.id, sentence_start))):032x}"[:32]
    return event


def test_one_failing_article_does_not_take_its_batch_down():
    async def extract(articles):
        if any("explode" in a.text for a in articles):
            raise RuntimeError("tokenizer exploded")
        return [[_event_for(a)] for a in articles]

    msgs = _messages(
        b'{"id": "a", "text": "fine"}',
        b'{"id": "b", "text": "explode"}',
        b'{"id": "c", "text": "fine too"}',
        b"{oops",
    )
    outcomes = asyncio.run(process_batch(msgs, extract))
    assert [o.status for o in outcomes] == ["events", "dead_letter", "events", "dead_letter"]
    assert outcomes[1].dead_letter["reason"] == "extraction_error: RuntimeError: tokenizer exploded"
    assert outcomes[1].dead_letter["article_id"] == "b"
    assert outcomes[1].dead_letter["offset"] == 1
    assert outcomes[3].dead_letter["kind"] == "invalid_json"
    assert [key for key, _ in outcomes[0].encoded] == [outcomes[0].events[0]["event_id"].encode()]


def test_articles_without_events_and_contract_breaking_events_are_accounted_for():
    async def extract(articles):
        out = []
        for a in articles:
            if a.id == "quiet":
                out.append([])
            else:
                bad = _event_for(a)
                bad["type"] = "picnic"
                out.append([bad])
        return out

    outcomes = asyncio.run(
        process_batch(
            _messages(b'{"id": "quiet", "text": "x"}', b'{"id": "odd", "text": "y"}'), extract
        )
    )
    assert outcomes[0].status == "no_events"
    assert outcomes[1].status == "dead_letter"
    assert outcomes[1].dead_letter["kind"] == "invalid_event"
    assert outcomes[1].encoded == []


def test_extraction_pool_restarts_after_overrun_and_never_blocks_the_loop(seed_article):
    from stream.agents import ExtractionPool, ExtractionTimeout
    from stream.extract import Article

    article = Article(id="a", text=seed_article["text"], published_at=seed_article["published_at"])

    async def scenario():
        pool = ExtractionPool(batch_size=4, timeout=0.001)
        try:
            await pool.start()
            with pytest.raises(ExtractionTimeout):
                await pool.extract([article] * 8)
            pool.timeout = 60
            # While the model works on a batch, the event loop (heartbeats, commits) stays free.
            gaps: list[float] = []

            async def ticker() -> None:
                last = time.monotonic()
                while True:
                    await asyncio.sleep(0.02)
                    now = time.monotonic()
                    gaps.append(now - last)
                    last = now

            ticking = asyncio.create_task(ticker())
            started = time.monotonic()
            results = await pool.extract([article] * 6)
            busy = time.monotonic() - started
            ticking.cancel()
            return results, gaps, busy
        finally:
            pool.close()

    results, gaps, busy = asyncio.run(scenario())
    assert len(results) == 6
    assert all(e["article_id"] == "a" for events in results for e in events)
    # Relative to the batch's own duration, so a loaded machine (slower ticks and a slower
    # batch alike) does not fail it: a blocked loop shows one gap as long as the batch.
    assert busy > 0.2 and len(gaps) >= 3 and max(gaps) < busy / 2, (busy, max(gaps))


def test_publishing_is_retried_then_given_up():
    from stream.agents import publish_with_retry

    class FlakySink:
        def __init__(self, failures: int) -> None:
            self.failures, self.calls = failures, 0

        async def publish(self, outcomes) -> None:
            self.calls += 1
            if self.calls <= self.failures:
                raise ConnectionError("broker away")

    sink = FlakySink(2)
    asyncio.run(publish_with_retry(sink, [], attempts=4, first_delay=0))
    assert sink.calls == 3
    sink = FlakySink(10)
    with pytest.raises(ConnectionError):
        asyncio.run(publish_with_retry(sink, [], attempts=3, first_delay=0))
    assert sink.calls == 3


def test_a_killed_worker_takes_its_extraction_process_with_it(tmp_path):
    """kill -9 of the worker process must not leave its NLP child running (Linux)."""
    script = tmp_path / "owner.py"
    script.write_text(
        "import asyncio, time\n"
        "from stream.agents import ExtractionPool\n"
        "if __name__ == '__main__':\n"
        "    pool = ExtractionPool(batch_size=4)\n"
        "    asyncio.run(pool.start())\n"
        "    print('ready', flush=True)\n"
        "    time.sleep(600)\n"
    )
    owner = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout.readline().strip() == "ready"
        children_file = Path(f"/proc/{owner.pid}/task/{owner.pid}/children")
        children = [int(p) for p in children_file.read_text().split()]
        assert children, "the pool started no extraction process"
        owner.kill()
        owner.wait(timeout=10)
        deadline = time.monotonic() + 10
        alive = children
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [p for p in children if _running(p)]
        assert not alive, f"extraction processes {alive} outlived their worker"
    finally:
        if owner.poll() is None:
            owner.kill()


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"
