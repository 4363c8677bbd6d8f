"""Per-category fan-out topics (``events.diplomatic``, ``events.military``), on by configuration."""

from __future__ import annotations

import asyncio
import json
import time

import orjson
from isolated import isolated_settings

from stream.agents import Inbound, Outcome
from stream.app import TopicSink
from stream.config import EVENT_CATEGORIES, Settings
from stream.schemas import load_schema


def test_categories_are_the_schemas() -> None:
    assert list(EVENT_CATEGORIES) == load_schema("event")["properties"]["category"]["enum"]


def test_fanout_is_switched_on_by_the_environment() -> None:
    assert Settings.from_env({}).fanout_topics == {}
    on = Settings.from_env({"EVENTSTREAM_CATEGORY_TOPICS": "1", "EVENTSTREAM_EVENTS_TOPIC": "ev"})
    assert on.fanout_topics == {"diplomatic": "ev.diplomatic", "military": "ev.military"}


class _Topic:
    def __init__(self) -> None:
        self.sent: list[bytes] = []

    async def send(self, *, key: bytes, value: bytes) -> asyncio.Future:
        self.sent.append(key)
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def test_sink_sends_each_event_to_its_category_topic_too() -> None:
    events, dead, dip, mil = _Topic(), _Topic(), _Topic(), _Topic()
    outcome = Outcome(message=Inbound(b"{}"))
    outcome.events = [
        {"event_id": "a", "category": "diplomatic"},
        {"event_id": "b", "category": "military"},
        {"event_id": "c", "category": "diplomatic"},
    ]
    outcome.encoded = [(e["event_id"].encode(), b"{}") for e in outcome.events]
    sink = TopicSink(events, dead, {"diplomatic": dip, "military": mil})
    asyncio.run(sink.publish([outcome]))
    assert events.sent == [b"a", b"b", b"c"]
    assert dip.sent == [b"a", b"c"] and mil.sent == [b"b"] and dead.sent == []
    plain = _Topic()
    asyncio.run(TopicSink(plain, dead).publish([outcome]))
    assert plain.sent == [b"a", b"b", b"c"]


def test_worker_fans_events_out_by_category(
    broker, eventstream_cmd, seed_article, tmp_path
) -> None:
    from kafka import KafkaConsumer, KafkaProducer

    from stream.broker import ensure_pipeline_topics, stop_process
    from stream.demo import start_worker

    settings = isolated_settings(
        broker.bootstrap,
        tmp_path,
        "test-fanout",
        articles_partitions=1,
        events_partitions=2,
        category_topics=True,
        batch_size=4,
        batch_within=0.3,
    )
    created = ensure_pipeline_topics(settings)
    assert set(settings.fanout_topics.values()) <= set(created)
    worker = start_worker(settings, log_path=tmp_path / "worker.log", command=eventstream_cmd)
    try:
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
        producer.send(settings.articles_topic, json.dumps(seed_article).encode()).get(timeout=30)
        producer.close()
        topics = [settings.events_topic, *settings.fanout_topics.values()]
        consumer = KafkaConsumer(
            *topics, bootstrap_servers=settings.bootstrap_servers, auto_offset_reset="earliest"
        )
        got: dict[str, list[dict]] = {t: [] for t in topics}
        deadline, quiet_since = time.monotonic() + 150, None
        while time.monotonic() < deadline:
            records = [r for part in consumer.poll(timeout_ms=300).values() for r in part]
            for r in records:
                got[r.topic].append(orjson.loads(r.value))
            if got[settings.events_topic] and not records:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since > 2:
                    break
            elif records:
                quiet_since = None
        consumer.close()
    finally:
        stop_process(worker)
    everything = got[settings.events_topic]
    assert everything, (tmp_path / "worker.log").read_text()
    for category, topic in settings.fanout_topics.items():
        expected = sorted(e["event_id"] for e in everything if e["category"] == category)
        assert sorted(e["event_id"] for e in got[topic]) == expected
    assert {e["category"] for e in everything} == set(EVENT_CATEGORIES)  # the seed has both
