"""Backfill: re-extracting articles already in the topic, beside a live consumer group."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from stream.backfill import BackfillError, BackfillOptions, backfill
from stream.codec import decode_article
from stream.extract import EXTRACTOR_VERSION
from stream.replay import ReplayOptions, make_producer, replay, since_millis, until_millis

LIVE_GROUP = "backfill-test-live-workers"


def _articles(fixtures_dir: Path) -> list[dict]:
    """The seed article and fixture sentences that report meetings, one a month from 2016."""
    seed = json.loads((fixtures_dir / "seed" / "article.json").read_text(encoding="utf-8"))
    rows = [json.loads(x) for x in (fixtures_dir / "cameo" / "dev.jsonl").read_text().splitlines()]
    texts = [r["text"] for r in rows if " met " in r["text"] or " meet" in r["text"]][:15]
    texts += [r["text"] for r in rows[:25]]
    start = datetime(2016, 1, 15, 9, tzinfo=UTC)
    out = [seed]
    for i, text in enumerate(texts):
        when = (start + timedelta(days=31 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append({"id": f"bf-{i:03d}", "text": text, "published_at": when})
    return out


@pytest.fixture(scope="module")
def loaded(broker, fixtures_dir, tmp_path_factory) -> dict:
    """An articles topic holding the articles (plus one broken message), and a live group
    that has committed offsets part-way through it."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    from stream.broker import ensure_topics

    kafka = broker.bootstrap
    topic = "backfill-articles"
    ensure_topics(kafka, {topic: 4, "backfill-events": 4, "backfill-range": 4})
    articles = _articles(fixtures_dir)
    path = tmp_path_factory.mktemp("bf") / "articles.jsonl"
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))
    producer = make_producer([kafka])
    try:
        opts = ReplayOptions(paths=(str(path),), topic=topic, checkpoint=str(path) + ".ck")
        assert replay(opts, producer).published == len(articles)
        producer.send(topic, value=b"{broken", key=b"broken", partition=0).get(timeout=10)
    finally:
        producer.close()

    live = KafkaConsumer(bootstrap_servers=[kafka], group_id=LIVE_GROUP, enable_auto_commit=False)
    parts = [TopicPartition(topic, p) for p in range(4)]
    live.assign(parts)
    live.commit({tp: OffsetAndMetadata(1, "", -1) for tp in parts})
    live.close()
    return {"kafka": kafka, "topic": topic, "articles": articles}


def _group_state(kafka: str) -> tuple[list, dict]:
    """All consumer groups, and the live group's committed offsets."""
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=[kafka])
    try:
        groups = sorted(g["group_id"] for g in admin.list_groups())
        offsets = admin.list_group_offsets(LIVE_GROUP)[LIVE_GROUP]
        return groups, {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
    finally:
        admin.close()


def _events(kafka: str, topic: str) -> list:
    from tests.test_replay import _messages

    return _messages(kafka, topic)


def _expected_ids(extractor, articles: list[dict]) -> set[str]:
    decoded = [decode_article(orjson.dumps(a)).article for a in articles]
    return {e["event_id"] for evs in extractor.extract_many(decoded) for e in evs}


def test_backfill_from_offset_leaves_the_live_group_alone(loaded, extractor) -> None:
    kafka = loaded["kafka"]
    before = _group_state(kafka)
    assert set(before[1].values()) == {1}
    opts = BackfillOptions(topic_in=loaded["topic"], topic_out="backfill-events", from_offset=0)
    summary = backfill(opts, [kafka], extractor.extract_many)

    assert _group_state(kafka) == before  # no new group, committed offsets unmoved
    messages = _events(kafka, "backfill-events")
    events = [orjson.loads(m.value) for m in messages]
    assert all(m.key.decode() == e["event_id"] for m, e in zip(messages, events, strict=True))
    assert {e["extractor_version"] for e in events} == {EXTRACTOR_VERSION}
    expected = _expected_ids(extractor, loaded["articles"])
    assert expected and Counter(e["event_id"] for e in events) == Counter(expected)
    assert summary.read == len(loaded["articles"]) + 1
    assert dict(summary.rejected) == {"invalid_json": 1}
    assert summary.events == len(events)


def test_backfill_by_time_window(loaded, extractor) -> None:
    kafka = loaded["kafka"]
    opts = BackfillOptions(
        topic_in=loaded["topic"],
        topic_out="backfill-range",
        from_time_ms=since_millis("2017-01-01"),
        to_time_ms=until_millis("2018-06-30") - 1,
    )
    summary = backfill(opts, [kafka], extractor.extract_many)
    inside = [
        a for a in loaded["articles"] if "2017-01-01" <= a["published_at"][:10] <= "2018-06-30"
    ]
    events = [orjson.loads(m.value) for m in _events(kafka, "backfill-range")]
    assert summary.read == len(inside)
    assert {e["event_id"] for e in events} == _expected_ids(extractor, inside)
    assert {e["article_id"] for e in events} <= {a["id"] for a in inside}


def test_backfill_needs_a_start_and_an_existing_topic(broker, extractor) -> None:
    with pytest.raises(BackfillError, match="starting point"):
        backfill(BackfillOptions(topic_in="x"), [broker.bootstrap], extractor.extract_many)
    with pytest.raises(BackfillError, match="does not exist"):
        opts = BackfillOptions(topic_in="backfill-no-such-topic", from_offset=0)
        backfill(opts, [broker.bootstrap], extractor.extract_many)


def test_backfill_command(loaded, extractor, eventstream_cmd) -> None:
    import subprocess

    kafka = loaded["kafka"]
    cmd = [*eventstream_cmd, "backfill", "--broker", kafka, "--topic-in", loaded["topic"]]
    cmd += ["--topic-out", "backfill-cli", "--from-time", "2019-01-01", "--no-progress"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    inside = [a for a in loaded["articles"] if a["published_at"][:10] >= "2019-01-01"]
    events = [orjson.loads(m.value) for m in _events(kafka, "backfill-cli")]
    assert {e["event_id"] for e in events} == _expected_ids(extractor, inside)
    assert "events published" in done.stdout

    refused = subprocess.run([*eventstream_cmd, "backfill", "--broker", kafka], capture_output=True)
    assert refused.returncode == 2 and b"--from-offset" in refused.stderr
