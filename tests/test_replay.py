"""Replaying archives into the articles topic on the embedded broker."""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import signal
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from stream.backfill import high_watermarks
from stream.codec import article_id, decode_article
from stream.replay import (
    ReplayError,
    ReplayOptions,
    make_producer,
    parse_instant,
    parse_rate,
    replay,
    since_millis,
    to_millis,
    until_millis,
)

ARCHIVE_START = datetime(2012, 1, 1, tzinfo=UTC)


# --- the archive: the seed article and the fixture sentences, spread over twelve years ---


def _dated(rng: random.Random, i: int) -> tuple[str, int]:
    """A publication time in one of three spellings, and its epoch milliseconds."""
    moment = ARCHIVE_START + timedelta(days=rng.randrange(0, 12 * 365), minutes=rng.randrange(1440))
    style = i % 3
    if style == 0:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ"), to_millis(moment.replace(second=0))
    if style == 1:  # the same instant written with a +02:00 offset
        text = (moment + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S+02:00")
        return text, to_millis(moment.replace(second=0))
    day = moment.replace(hour=0, minute=0, second=0)
    return day.strftime("%Y-%m-%d"), to_millis(day)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, fixtures_dir: Path) -> dict:
    """Three archive files (JSON lines, gzip, a JSON list), shuffled, plus three bad records."""
    rng = random.Random(20241029)
    seed = json.loads((fixtures_dir / "seed" / "article.json").read_text(encoding="utf-8"))
    articles = [seed]
    expected = {seed["id"]: to_millis(parse_instant(seed["published_at"])[0])}
    lines = (fixtures_dir / "cameo" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        text = json.loads(line)["text"]
        published, ms = _dated(rng, i)
        article = {"text": text, "published_at": published, "source": "fixture"}
        if i % 10 == 0:
            article["url"] = f"https://news.example/{i}"  # id derived from the url
        else:
            article["id"] = f"arch-{i:04d}"
        articles.append(article)
        expected[article_id(article)] = ms
    rng.shuffle(articles)
    root = tmp_path_factory.mktemp("archive")
    third = len(articles) // 3
    parts = [articles[:third], articles[third : 2 * third], articles[2 * third :]]
    bad = [
        b"{not json",
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "undated", "text": "x"}).encode(),
    ]
    (root / "a.jsonl").write_bytes(b"\n".join([*(orjson.dumps(a) for a in parts[0]), *bad]) + b"\n")
    (root / "b.ndjson.gz").write_bytes(gzip.compress(b"\n".join(orjson.dumps(a) for a in parts[1])))
    (root / "c.json").write_text(json.dumps(parts[2], indent=1), encoding="utf-8")
    raw_by_id = {article_id(a): a for a in articles}
    return {
        "root": str(root),
        "expected": expected,
        "articles": raw_by_id,
        "records": len(articles) + 3,
    }


@pytest.fixture(scope="module")
def kafka(broker) -> str:
    return broker.bootstrap


def _topic(kafka: str, name: str) -> str:
    from stream.broker import ensure_topics

    ensure_topics(kafka, {name: 4})
    return name


def _messages(kafka: str, topic: str) -> list:
    """Every message in ``topic`` (all partitions, from the start, no consumer group)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=[kafka], enable_auto_commit=False, group_id=None)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        end = high_watermarks([kafka], parts)
        out = []
        while any(consumer.position(tp) < end[tp] for tp in parts):
            for batch in consumer.poll(timeout_ms=500).values():
                out.extend(batch)
        return out
    finally:
        consumer.close()


def _run(kafka: str, opts: ReplayOptions, producer=None):
    own = producer is None
    producer = producer or make_producer([kafka])
    try:
        return replay(opts, producer)
    finally:
        if own:
            producer.close()


def test_every_article_arrives_once_keyed_and_timed_by_publication(
    kafka, archive, tmp_path
) -> None:
    topic = _topic(kafka, "replay-full")
    opts = ReplayOptions(
        paths=(archive["root"],), topic=topic, checkpoint=str(tmp_path / "ck.json")
    )
    summary = _run(kafka, opts)
    messages = _messages(kafka, topic)
    expected = archive["expected"]

    keys = Counter(m.key.decode() for m in messages)
    assert set(keys) == set(expected) and max(keys.values()) == 1
    assert {m.key.decode(): m.timestamp for m in messages} == expected
    assert all(orjson.loads(m.value) == archive["articles"][m.key.decode()] for m in messages)
    for partition in {m.partition for m in messages}:  # one window: publication order
        stamps = [m.timestamp for m in messages if m.partition == partition]
        assert stamps == sorted(stamps)
    assert summary.complete and summary.published == len(expected)
    assert summary.read == archive["records"]
    assert dict(summary.rejected) == {"invalid_json": 1, "schema": 1}
    assert summary.skipped_undated == 1 and summary.out_of_order == 0


def test_small_windows_sort_each_window_and_count_disorder(kafka, archive, tmp_path) -> None:
    topic = _topic(kafka, "replay-windows")
    opts = ReplayOptions(
        paths=(archive["root"],), topic=topic, window=40, checkpoint=str(tmp_path / "ck.json")
    )
    summary = _run(kafka, opts)
    messages = _messages(kafka, topic)
    assert sorted(m.key.decode() for m in messages) == sorted(archive["expected"])
    assert summary.out_of_order > 0  # the archive is shuffled across windows
    ordered_runs = Counter()
    for partition in range(4):
        stamps = [m.timestamp for m in messages if m.partition == partition]
        ordered_runs[partition] = sum(a > b for a, b in zip(stamps, stamps[1:], strict=False))
    assert sum(ordered_runs.values()) <= summary.out_of_order


def test_since_and_until_select_by_publication_date(kafka, archive, tmp_path) -> None:
    topic = _topic(kafka, "replay-range")
    opts = ReplayOptions(
        paths=(archive["root"],),
        topic=topic,
        since="2015-03-01",
        until="2018-06-30",  # a bare date includes that whole day
        checkpoint=str(tmp_path / "ck.json"),
    )
    summary = _run(kafka, opts)
    low, high = since_millis("2015-03-01"), until_millis("2018-06-30")
    wanted = {k for k, ms in archive["expected"].items() if low <= ms < high}
    got = [m.key.decode() for m in _messages(kafka, topic)]
    assert 0 < len(wanted) < len(archive["expected"])
    assert sorted(got) == sorted(wanted)
    assert summary.skipped_by_filter == len(archive["expected"]) - len(wanted)


class _InterruptingProducer:
    """Passes sends through until the n-th, where it behaves like Ctrl-C."""

    def __init__(self, inner, interrupt_at: int) -> None:
        self.inner, self.interrupt_at, self.sends = inner, interrupt_at, 0

    def send(self, *args, **kwargs):
        self.sends += 1
        if self.sends == self.interrupt_at:
            raise KeyboardInterrupt
        return self.inner.send(*args, **kwargs)

    def flush(self, *args, **kwargs):
        return self.inner.flush(*args, **kwargs)


def test_interrupted_replays_resume_without_duplicates(kafka, archive, tmp_path) -> None:
    topic = _topic(kafka, "replay-resume")
    base = ReplayOptions(
        paths=(archive["root"],),
        topic=topic,
        window=50,
        checkpoint_every=16,
        checkpoint=str(tmp_path / "ck.json"),
    )
    first = _run(kafka, replace(base, limit=70))  # stops in the middle of the second window
    assert not first.complete and first.published == 70
    assert len(_messages(kafka, topic)) == 70

    producer = make_producer([kafka])
    try:
        second = replay(replace(base, resume=True), _InterruptingProducer(producer, 45))
    finally:
        producer.close()
    assert second.interrupted and second.published == 70 + 44

    last = _run(kafka, replace(base, resume=True))
    keys = Counter(m.key.decode() for m in _messages(kafka, topic))
    assert set(keys) == set(archive["expected"]) and max(keys.values()) == 1
    assert last.complete and last.published == len(archive["expected"])
    assert last.read == archive["records"]  # records of resumed windows are not counted twice
    assert dict(last.rejected) == {"invalid_json": 1, "schema": 1}

    again = _run(kafka, replace(base, resume=True))  # a finished replay has nothing left to do
    assert again.complete and again.published_this_run == 0


def test_second_full_replay_gives_the_same_event_ids(kafka, archive, tmp_path, extractor) -> None:
    topic = _topic(kafka, "replay-twice")
    opts = ReplayOptions(
        paths=(archive["root"],), topic=topic, checkpoint=str(tmp_path / "ck.json")
    )
    _run(kafka, opts)
    _run(kafka, opts)
    messages = _messages(kafka, topic)
    runs: list[list] = [[], []]
    seen: Counter[str] = Counter()
    for m in messages:
        key = m.key.decode()
        runs[seen[key]].append(decode_article(m.value, timestamp_ms=m.timestamp).article)
        seen[key] += 1
    assert set(seen.values()) == {2}

    def event_ids(articles) -> dict[str, list[str]]:
        ordered = sorted(articles, key=lambda a: a.id)
        results = extractor.extract_many(ordered)
        for article, events in zip(ordered, results, strict=True):
            for event in events:  # dated by the article, not by the replay
                assert event["published_at"] == article.published_at
                when = event["date"]
                if when["start"] and not re.search(r"\d{4}", when["text"] or "0000"):
                    relative.append((article.published_at[:4], when["start"][:4]))
        return {a.id: [e["event_id"] for e in evs] for a, evs in zip(ordered, results, strict=True)}

    relative: list[tuple[str, str]] = []  # (publication year, event year) of "on Tuesday"...

    first, second = event_ids(runs[0]), event_ids(runs[1])
    assert first == second
    # relative dates resolve against each article's 2012-2024 publication date, not today's
    assert relative and all(abs(int(pub) - int(year)) <= 3 for pub, year in relative)
    assert max(year for _, year in relative) <= "2025"
    assert sum(len(v) for v in first.values()) > 0


# --- options, no broker needed ---


def test_dates_and_bounds() -> None:
    assert to_millis(parse_instant("2024-10-29T22:00:00+02:00")[0]) == to_millis(
        parse_instant("2024-10-29t20:00:00z")[0]
    )
    assert parse_instant("2024-10-29")[1] and not parse_instant("2024-10-29 08:00")[1]
    assert until_millis("2024-10-29") == since_millis("2024-10-30")
    assert until_millis("2024-10-29T12:00:00Z") == since_millis("2024-10-29T12:00:00Z") + 1
    with pytest.raises(ValueError):
        parse_instant("29/10/2024")


def test_rates() -> None:
    assert parse_rate("200") == parse_rate("200/s") == 200
    assert parse_rate("6k/m") == 100
    assert parse_rate("3600/h") == 1
    with pytest.raises(ValueError):
        parse_rate("fast")


def test_resume_refuses_another_replays_checkpoint(archive, tmp_path) -> None:
    ck = tmp_path / "ck.json"

    class NullProducer:
        def send(self, *a, **k):
            raise AssertionError("nothing should be sent")

        def flush(self):
            pass

    opts = ReplayOptions(paths=(archive["root"],), checkpoint=str(ck), since="2030-01-01")
    assert replay(opts, NullProducer()).complete  # everything filtered out
    with pytest.raises(ReplayError, match="different replay"):
        replay(replace(opts, since="2031-01-01", resume=True), NullProducer())
    with pytest.raises(ReplayError, match="no checkpoint"):
        replay(replace(opts, checkpoint=str(tmp_path / "none.json"), resume=True), NullProducer())
    with pytest.raises(ReplayError, match="standard input"):
        replay(ReplayOptions(paths=("-",), resume=True), NullProducer())


class _Sent:
    """A send that succeeded at once (the part of a kafka-python future replay reads)."""

    exception = None

    def failed(self) -> bool:
        return False


class _SignalledProducer:
    """Records every send; on the n-th, the signal arrives just after the record went out."""

    def __init__(self, signum: int | None = None, at: int = 0) -> None:
        self.signum, self.at, self.keys = signum, at, []

    def send(self, topic, *, value, key, timestamp_ms):
        self.keys.append(key.decode())
        if len(self.keys) == self.at:
            os.kill(os.getpid(), self.signum)
        return _Sent()

    def flush(self, *args, **kwargs) -> None:
        pass


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_just_after_a_send_still_checkpoints_that_send(archive, tmp_path, signum) -> None:
    opts = ReplayOptions(
        paths=(archive["root"],), window=50, checkpoint_every=16, checkpoint=str(tmp_path / "ck")
    )
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    first = _SignalledProducer(signum, at=30)
    stopped = replay(opts, first)
    assert stopped.interrupted and len(first.keys) == 30 and stopped.published == 30

    rest = _SignalledProducer()
    assert replay(replace(opts, resume=True), rest).complete
    sent = Counter(first.keys + rest.keys)
    assert set(sent) == set(archive["expected"]) and max(sent.values()) == 1
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == handlers


def _count(kafka: str, topic: str) -> int:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=[kafka], group_id=None)
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return sum(high_watermarks([kafka], parts).values()) if parts else 0
    finally:
        consumer.close()


def test_cli_replay_stopped_by_sigterm_resumes_with_the_rest(kafka, archive, tmp_path) -> None:
    import subprocess
    import sys
    import time

    topic = _topic(kafka, "replay-cli")
    cmd = [sys.executable, "-m", "stream", "replay", archive["root"], "--broker", kafka]
    cmd += ["--topic", topic, "--checkpoint", str(tmp_path / "ck.json"), "--no-progress"]
    env = {**os.environ, "EVENTSTREAM_ARTICLES_PARTITIONS": "4"}
    proc = subprocess.Popen([*cmd, "--rate", "100/s"], env=env, stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _count(kafka, topic) < 20 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130, out.decode()
    assert b"interrupted" in out
    published = _count(kafka, topic)
    assert 20 <= published < len(archive["expected"])

    done = subprocess.run([*cmd, "--resume"], env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Replay complete" in done.stdout
    keys = Counter(m.key.decode() for m in _messages(kafka, topic))
    assert set(keys) == set(archive["expected"]) and max(keys.values()) == 1


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "x"}',
        b'{"text": " "}',
        b'{"text": ""}',
        b'{"id": "", "text": "x"}',
        b'{"text": "x", "published_at": "2024/10/29"}',
        b'{"text": "x", "published_at": "2024-10-29T20:00:00.123+0200"}',
        b'{"text": "x", "title": null, "extra": {"a": [1]}}',
        b'{"text": "x", "title": 3}',
        b'{"id": "' + b"a" * 600 + b'", "text": "x"}',
        b'{"text": 1}',
        b"[]",
        b"{bad",
        b"\xff",
    ],
)
def test_fast_validation_agrees_with_the_general_validator(raw: bytes) -> None:
    """The codec's compiled fast path accepts exactly what the general validator accepts."""
    from stream.codec import Rejected, parse_article
    from stream.schemas import validator

    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        obj = None
    expected_ok = isinstance(obj, dict) and validator("article").is_valid(obj)
    try:
        assert parse_article(raw) == obj
        accepted = True
    except Rejected as exc:
        accepted = False
        assert exc.reason  # a rejection always says why
    assert accepted == expected_ok
