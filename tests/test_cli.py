"""The ``eventstream`` commands as a user runs them (real processes, real broker)."""

from __future__ import annotations

import os
import re
import subprocess
import uuid

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer
from test_schemas import valid_event

from stream.broker import ensure_topics
from stream.schemas import schema_errors

MEETING = "The foreign ministers of France and Germany met in Berlin on Monday to discuss Ukraine."


def run(cmd: list[str], *args: str, stdin: bytes | None = None, timeout: float = 120):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTSTREAM_")}
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, timeout=timeout, env=env)


def json_lines(output: bytes) -> list[dict]:
    return [orjson.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_schema_valid_json_lines(eventstream_cmd, fixtures_dir, seed_article):
    done = run(eventstream_cmd, "extract", str(fixtures_dir / "seed" / "article.json"))
    assert done.returncode == 0, done.stderr.decode()
    events = json_lines(done.stdout)
    assert events, "the seed article gave no events"
    for event in events:
        assert schema_errors("event", event) == []
        assert event["article_id"] == seed_article["id"]
        assert event["published_at"] == seed_article["published_at"]


def test_extract_text_files_with_a_publication_date(eventstream_cmd, tmp_path):
    (tmp_path / "berlin-talks.txt").write_text(MEETING, encoding="utf-8")
    done = run(eventstream_cmd, "extract", str(tmp_path), "--published-at", "2024-05-06")
    assert done.returncode == 0, done.stderr.decode()
    events = json_lines(done.stdout)
    assert events
    assert {e["article_id"] for e in events} == {"berlin-talks"}
    assert all(e["published_at"].startswith("2024-05-06") for e in events)


def test_extract_reports_bad_records_and_keeps_going(eventstream_cmd):
    stdin = orjson.dumps({"id": "ok", "text": MEETING}) + b'\n{broken\n{"title": "t"}\n'
    done = run(eventstream_cmd, "extract", "-", stdin=stdin)
    assert done.returncode == 1
    assert {e["article_id"] for e in json_lines(done.stdout)} == {"ok"}
    report = done.stderr.decode()
    assert "invalid_json" in report and "schema" in report


def test_unreadable_input_is_a_clear_error(eventstream_cmd, tmp_path):
    missing = tmp_path / "nope.jsonl"
    for command in ("extract", "publish"):
        done = run(eventstream_cmd, command, str(missing))
        assert done.returncode == 2
        assert "nope.jsonl: no such file" in done.stderr.decode()


def _consume(bootstrap: str, topic: str, count: int) -> list:
    consumer = KafkaConsumer(
        topic, bootstrap_servers=[bootstrap], auto_offset_reset="earliest", consumer_timeout_ms=8000
    )
    out = []
    for message in consumer:
        out.append(message)
        if len(out) >= count:
            break
    consumer.close()
    return out


def test_publish_validates_keys_and_summarises(eventstream_cmd, broker, tmp_path):
    topic = f"articles-cli-{uuid.uuid4().hex[:8]}"
    ensure_topics(broker.bootstrap, {topic: 2})
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b"\n".join(
            [
                orjson.dumps({"id": "one", "text": MEETING}),
                b"not json at all",
                orjson.dumps({"url": "https://example.org/two", "text": MEETING}),
                orjson.dumps({"text": ""}),
            ]
        )
    )
    done = run(
        eventstream_cmd, "publish", str(path), "--broker", broker.bootstrap, "--topic", topic
    )
    assert done.returncode == 1  # some records were rejected
    summary = done.stderr.decode()
    assert "invalid_json" in summary and "schema" in summary
    assert "feed.jsonl:2" in summary

    messages = _consume(broker.bootstrap, topic, 3)
    assert len(messages) == 2
    keys = {m.key.decode() for m in messages}
    assert "one" in keys
    assert any(k.startswith("url-") for k in keys)


def test_tail_filters_by_type_and_country(eventstream_cmd, broker):
    topic = f"events-cli-{uuid.uuid4().hex[:8]}"
    ensure_topics(broker.bootstrap, {topic: 1})
    producer = KafkaProducer(bootstrap_servers=[broker.bootstrap], acks="all")
    kinds = [("call", "UKR"), ("meeting", "UKR"), ("call", "FRA"), ("attack", "RUS")]
    for i, (kind, country) in enumerate(kinds):
        event = valid_event()
        event["event_id"] = f"{i:032x}"
        event["type"] = kind
        event["actors"][0]["country"] = country
        event["targets"] = []
        event["location"] = None
        producer.send(topic, key=event["event_id"].encode(), value=orjson.dumps(event))
    producer.flush()
    producer.close()

    base = ["tail", "--broker", broker.bootstrap, "--topic", topic, "--from-beginning"]
    done = run(eventstream_cmd, *base, "--type", "call", "--timeout", "3")
    assert done.returncode == 0, done.stderr.decode()
    got = json_lines(done.stdout)
    assert [(e["type"], e["actors"][0]["country"]) for e in got] == [
        ("call", "UKR"),
        ("call", "FRA"),
    ]

    done = run(eventstream_cmd, *base, "--country", "ukr", "--max", "2")
    assert [e["type"] for e in json_lines(done.stdout)] == ["call", "meeting"]

    done = run(eventstream_cmd, *base, "--format", "table", "--max", "1")
    table = done.stdout.decode()
    assert "type" in table.splitlines()[0] and "call" in table


@pytest.mark.parametrize("fmt", ["xml"])
def test_unknown_format_is_refused(eventstream_cmd, fmt):
    done = run(eventstream_cmd, "tail", "--format", fmt, "--max", "1")
    assert done.returncode == 2
    assert "--format" in done.stderr.decode()


def test_demo_shows_the_seed_articles_events(eventstream_cmd, seed_article):
    from stream.demo import sample_paths

    assert any(path.endswith("seed-ap-2024-10-29.json") for path in sample_paths())
    done = run(eventstream_cmd, "demo", "--format", "jsonl", "--idle", "3", timeout=240)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    events = json_lines(done.stdout)
    assert any(e["article_id"] == seed_article["id"] for e in events)
    for event in events:
        assert schema_errors("event", event) == []
    report = done.stderr.decode()
    assert "first event" in report
    assert re.search(r"published \d+ sample articles", report)
