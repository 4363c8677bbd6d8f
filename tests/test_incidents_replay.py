"""``eventstream replay`` of an archive builds the incidents the live feed built.

The same articles (``tests/fixtures/incidents/week.articles.jsonl``) go through two
pipelines on the embedded broker, each a real ``eventstream worker``: once published one by
one while the worker runs (a live feed), once replayed from the archive file by the CLI. The
incidents topics must end with the same incidents, compared on their content: ids, members,
mention and article counts, dates, parties and status.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import orjson
import pytest
from test_reliability import log_of, produce, read_topic, scenario, start, wait_receipts

from stream.broker import ensure_pipeline_topics, stop_process
from stream.config import Settings

pytestmark = pytest.mark.broker


def settled_incidents(settings: Settings, timeout: float = 90.0) -> dict[str, dict]:
    """The last record of each incident, once the incidents topic stopped growing."""
    deadline, count = time.monotonic() + timeout, -1
    while True:
        records = read_topic(settings, settings.incidents_topic, lambda rs: False, timeout=3)
        if (records and len(records) == count) or time.monotonic() > deadline:
            return {r.key.decode(): orjson.loads(r.value) for r in records}
        count = len(records)


def pipeline(broker: str, workdir: Path, name: str) -> Settings:
    """One partition for articles and events: the stage sees the events in archive order."""
    settings = scenario(broker, workdir / name, articles_partitions=1, events_partitions=1)
    ensure_pipeline_topics(settings)
    return settings


def test_replay_of_an_archive_gives_the_incidents_the_live_feed_gave(
    broker, eventstream_cmd, tmp_path, fixtures_dir
):
    archive = fixtures_dir / "incidents" / "week.articles.jsonl"
    lines = [line for line in archive.read_bytes().splitlines() if line.strip()]

    live = pipeline(broker.bootstrap, tmp_path, "live")
    worker = start(live, tmp_path, "live", eventstream_cmd)
    try:
        for line in lines:  # as the articles come out, while the worker runs
            produce(live, [line])
            time.sleep(0.2)
        receipts = wait_receipts(live, len(lines), timeout=120)
        assert len(receipts) >= len(lines), log_of(tmp_path, "live")
        fed = settled_incidents(live)
    finally:
        stop_process(worker)

    replayed = pipeline(broker.bootstrap, tmp_path, "replay")
    cli = [*eventstream_cmd, "replay", str(archive), "--topic", replayed.articles_topic]
    cli += ["--checkpoint", str(tmp_path / "replay.json"), "--no-progress"]
    done = subprocess.run(
        cli, env={**os.environ, **replayed.env()}, capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    worker = start(replayed, tmp_path, "replayed", eventstream_cmd)
    try:
        receipts = wait_receipts(replayed, len(lines), timeout=120)
        assert len(receipts) >= len(lines), log_of(tmp_path, "replayed")
        rebuilt = settled_incidents(replayed)
    finally:
        stop_process(worker)

    # The feed built real incidents: each reported several times, both raids kept apart.
    assert len(fed) >= 5
    assert sum(inc["mentions"] for inc in fed.values()) >= 15
    assert sum(inc["mentions"] >= 3 for inc in fed.values()) >= 4
    raids = [inc for inc in fed.values() if inc["target_countries"] == ["IRN"]]
    assert len(raids) == 2 and {len(r["articles"]) for r in raids} == {2, 4}, raids

    assert sorted(rebuilt) == sorted(fed), "different incidents"
    for incident_id, incident in fed.items():
        assert rebuilt[incident_id] == incident, incident_id
