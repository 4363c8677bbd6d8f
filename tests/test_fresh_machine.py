"""A first run on a fresh machine: no ~/.cache, folders that cannot be created, a clean clone."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import orjson
import pytest
from isolated import isolated_settings
from kafka import KafkaConsumer, KafkaProducer

from stream.broker import ensure_pipeline_topics, stop_process
from stream.config import DirectoryError, Settings, ensure_directory
from stream.demo import start_worker
from stream.replay import ReplayError, ReplayOptions, replay

REPO = Path(__file__).resolve().parent.parent


def _fresh_env(home: Path) -> dict[str, str]:
    """A new user account: ``HOME`` only, no data directory set (empty means "not set")."""
    return {"HOME": str(home), "EVENTSTREAM_DATADIR": "", "XDG_CACHE_HOME": ""}


def test_a_worker_with_an_empty_home_processes_the_seed_article(
    broker, eventstream_cmd, tmp_path, fixtures_dir, seed_article
):
    home = tmp_path / "home"
    home.mkdir()
    settings = isolated_settings(broker.bootstrap, tmp_path, "test-fresh-home").with_(
        articles_partitions=1, events_partitions=1, metrics_port=0
    )
    ensure_pipeline_topics(settings)
    log_path = tmp_path / "worker.log"
    worker = start_worker(
        settings, log_path=log_path, command=eventstream_cmd, extra_env=_fresh_env(home)
    )
    try:
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
        raw = (fixtures_dir / "seed" / "article.json").read_bytes()
        producer.send(settings.articles_topic, raw).get(timeout=10)
        producer.close()
        consumer = KafkaConsumer(
            settings.events_topic,
            bootstrap_servers=settings.bootstrap_servers,
            auto_offset_reset="earliest",
        )
        events: list[dict] = []
        deadline = time.monotonic() + 120
        try:
            while not events and time.monotonic() < deadline and worker.poll() is None:
                for batch in consumer.poll(timeout_ms=500).values():
                    events.extend(orjson.loads(m.value) for m in batch)
        finally:
            consumer.close()
        assert events, f"no events; worker log:\n{log_path.read_text()}"
        assert {e["article_id"] for e in events} == {seed_article["id"]}
    finally:
        stop_process(worker)
    assert (home / ".cache" / "eventstream").is_dir()  # the default place, made with its parents


def test_a_worker_that_cannot_create_its_data_directory_says_so_in_one_line(
    eventstream_cmd, tmp_path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home directory should be")
    settings = Settings(broker="127.0.0.1:9", metrics_port=0)  # never reached
    started = time.monotonic()
    done = subprocess.run(
        [*eventstream_cmd, "worker"],
        env={**os.environ, **settings.env(), **_fresh_env(blocker / "home")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: cannot create the worker's data directory {blocker}/home/.cache/eventstream: "
        "Not a directory; set EVENTSTREAM_DATADIR"
    ], done.stderr
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 30


def test_ensure_directory_creates_parents_and_refuses_unwritable_places(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    assert ensure_directory(deep, "the test folder", "pick another") == deep
    assert deep.is_dir()
    assert ensure_directory(deep, "the test folder", "pick another") == deep  # already there
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(DirectoryError, match=r"the test folder .*/file is not a directory"):
        ensure_directory(afile, "the test folder", "pick another")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(DirectoryError, match="cannot create the test folder"):
            ensure_directory(locked / "sub", "the test folder", "pick another")


class _RecordingProducer:
    def __init__(self) -> None:
        self.sent = 0

    def send(self, *args: object, **kwargs: object) -> None:  # pragma: no cover - must not run
        self.sent += 1
        raise AssertionError("nothing may be sent when the checkpoint cannot be saved")

    def flush(self) -> None:
        pass


def test_replay_checks_its_checkpoint_folder_before_sending(tmp_path, fixtures_dir):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    opts = ReplayOptions(
        paths=(str(fixtures_dir / "seed" / "article.json"),),
        topic="articles",
        checkpoint=str(blocker / "replays" / "ckpt.json"),
    )
    producer = _RecordingProducer()
    with pytest.raises(ReplayError, match="cannot create the checkpoint folder .*choose another"):
        replay(opts, producer)
    assert producer.sent == 0


def test_replay_default_checkpoint_folder_is_made_in_a_fresh_working_directory(
    tmp_path, fixtures_dir, monkeypatch
):
    """``.eventstream/`` (the default checkpoint folder) does not exist in a new directory."""
    monkeypatch.chdir(tmp_path)
    sent = []

    class Future:
        def failed(self) -> bool:
            return False

    class Producer:
        def send(self, topic: str, **kwargs: object) -> Future:
            sent.append(topic)
            return Future()

        def flush(self) -> None:
            pass

    opts = ReplayOptions(paths=(str(fixtures_dir / "seed" / "article.json"),), topic="articles")
    summary = replay(opts, Producer())
    assert sent == ["articles"] and summary.published == 1
    assert summary.checkpoint and (tmp_path / summary.checkpoint).is_file()
