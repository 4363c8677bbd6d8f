"""The incidents stage on the real broker: ``eventstream worker`` processes, kill -9, tail.

Articles report a few dozen attacks, each in several articles over the following days. A
worker is killed with SIGKILL mid-stream and started again; once everything is processed,
the last record of each incident on the incidents topic must count every event that can
form an incident exactly once: no event lost, none counted twice, none in two incidents.
"""

from __future__ import annotations

import io
import os
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient
from test_incidents import event
from test_reliability import kill9, log_of, produce, read_topic, receipts_for, scenario, start

from stream.broker import ensure_pipeline_topics, stop_process
from stream.config import Settings
from stream.incidents import MatchRules, mention_of
from stream.incidents.stage import PROGRESS, changelog_topic, repartition_topic
from stream.schemas import schema_errors
from stream.tail import tail

pytestmark = pytest.mark.broker

SIDES = [
    ("Iraqi", "Iranian"),
    ("Indian", "Pakistani"),
    ("Syrian", "Turkish"),
    ("Russian", "Ukrainian"),
    ("Israeli", "Lebanese"),
    ("Ethiopian", "Eritrean"),
]
TEMPLATES = [
    "{a} warplanes bombed {b} oil installations on {day}, the {a} news agency said.",
    "{a} troops shelled {b} border posts on {day}, killing {n} people, officials said.",
    "{a} forces attacked {b} positions near the border on {day}, the ministry said.",
]


def attack_articles(attacks: int, reports: int) -> list[dict[str, Any]]:
    """``reports`` articles on each of ``attacks`` attacks, in publication order.

    Attack k happens on day 2k (so the quiet period closes the early ones while later ones
    are still reported), and is reported the same day and the next.
    """
    start = date(2025, 3, 3)
    out = []
    for k in range(attacks):
        a, b = SIDES[k % len(SIDES)]
        when = start + timedelta(days=2 * k)
        for r in range(reports):
            published = when + timedelta(days=r % 2)
            day = when.strftime("%A") if r % 2 == 0 else f"{when:%B} {when.day}"
            text = TEMPLATES[r % len(TEMPLATES)].format(a=a, b=b, day=day, n=r + 2)
            out.append(
                {
                    "id": f"attack-{k}-{r}",
                    "published_at": f"{published.isoformat()}T{8 + r:02d}:00:00Z",
                    "text": text,
                }
            )
    return sorted(out, key=lambda art: art["published_at"])


def latest_incidents(settings: Settings, done: Any, timeout: float) -> dict[str, dict]:
    def complete(records: list) -> bool:
        return done({r.key: orjson.loads(r.value) for r in records})

    records = read_topic(settings, settings.incidents_topic, complete, timeout)
    return {r.key.decode(): orjson.loads(r.value) for r in records}


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path


def test_kill_9_mid_stream_then_restart_counts_every_mention_exactly_once(
    broker, eventstream_cmd, workdir
):
    settings = scenario(broker.bootstrap, workdir, incident_quiet_days=3.0)
    ensure_pipeline_topics(settings)
    positions = produce(settings, [orjson.dumps(a) for a in attack_articles(40, 12)])
    worker = start(settings, workdir, "first", eventstream_cmd)
    try:
        seen = latest_incidents(settings, lambda latest: len(latest) >= 8, timeout=120)
        assert len(seen) >= 8, log_of(workdir, "first")
        kill9(worker)
    finally:
        if worker.poll() is None:
            kill9(worker)
    restarted = start(settings, workdir, "second", eventstream_cmd)
    try:
        receipts = receipts_for(settings, positions, timeout=180)
        assert len({(r["partition"], r["offset"]) for r in receipts}) == len(positions)
        assert restarted.poll() is None, log_of(workdir, "second")
        killed_after = len(seen)
        rules = MatchRules(quiet_days=3.0)
        wanted = {eid for r in receipts for eid in r["event_ids"]}
        events = read_topic(
            settings,
            settings.events_topic,
            lambda rs: wanted <= {r.key.decode() for r in rs},
            timeout=60,
        )
        countable = set()
        for record in events:
            event = orjson.loads(record.value)
            mention = mention_of(event, rules)
            if mention is not None and mention.parties and mention.granularity != "publication":
                countable.add(event["event_id"])
        assert len(countable) > 300, "the articles should yield one countable event each"

        def counted(latest: dict) -> set[str]:
            return {eid for inc in latest.values() for eid in inc["event_ids"]}

        deadline = time.monotonic() + 120
        while True:
            latest = latest_incidents(settings, lambda lt: countable <= counted(lt), timeout=10)
            if countable <= counted(latest) or time.monotonic() > deadline:
                break
        members = [eid for inc in latest.values() for eid in inc["event_ids"]]
        assert len(members) == len(set(members)), "an event counted twice or in two incidents"
        assert set(members) == countable, (
            f"{len(countable - set(members))} events missing, "
            f"{len(set(members) - countable)} unexpected"
        )
        for incident in latest.values():
            assert incident["mentions"] == len(incident["event_ids"]), incident["incident_id"]
            assert schema_errors("incident", incident) == [], incident
        closed = sum(inc["status"] == "closed" for inc in latest.values())
        print(
            f"kill -9 after {killed_after} incidents: {len(latest)} incidents ({closed} closed), "
            f"{len(members)} mentions = {len(countable)} countable events"
        )
        assert closed > 0, "the quiet period should have closed the early incidents"
        assert 40 <= len(latest) <= 48  # 40 attacks; a few may split, none may merge

        out = io.StringIO()
        printed = tail(
            settings,
            from_beginning=True,
            timeout=3,
            fmt="table",
            topic=settings.incidents_topic,
            out=out,
        )
        text = out.getvalue()
        assert printed >= len(latest)
        assert "mentions" in text and "articles" in text and "IRQ → IRN" in text
    finally:
        stop_process(restarted)


# --- a changelog that lost its tail -------------------------------------------------------


def send_events(settings: Settings, events: list[dict[str, Any]]) -> None:
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
    try:
        for ev in events:
            producer.send(
                settings.events_topic, key=ev["event_id"].encode(), value=orjson.dumps(ev)
            )
        producer.flush(timeout=30)
    finally:
        producer.close()


def start_stage(settings: Settings, workdir: Path, name: str, cmd: list[str]) -> Any:
    """``eventstream incidents``: the stage alone, its own group ``<app id>-incidents``."""
    with open(workdir / f"{name}.log", "ab") as out:
        return subprocess.Popen(
            [*cmd, "incidents"],
            env={**os.environ, **settings.env()},
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def counted_ids(settings: Settings, wanted: set[str], timeout: float) -> list[str]:
    """The member event ids of the latest record of each incident, once ``wanted`` are in."""
    latest = latest_incidents(
        settings,
        lambda lt: wanted <= {e for inc in lt.values() for e in inc["event_ids"]},
        timeout,
    )
    return [e for inc in latest.values() for e in inc["event_ids"]]


def roll_back_changelog(settings: Settings, partition: int, mark: int | None, last: int) -> int:
    """Append to the stage's changelog the values its keys had when ``mark`` was applied, as a
    broker that lost the later writes would have it (``None``: every key deleted, as if the
    changelog were lost). Returns the number of keys rolled back."""
    topic = changelog_topic(settings)
    progress = orjson.dumps(f"{PROGRESS}{partition}")

    def complete(records: list) -> bool:
        return any(r.key == progress and orjson.loads(r.value) == last for r in records)

    records = sorted(
        (r for r in read_topic(settings, topic, complete, timeout=30) if r.partition == partition),
        key=lambda r: r.offset,
    )
    state: dict[bytes, bytes | None] = {}
    at_mark: dict[bytes, bytes | None] | None = {} if mark is None else None
    for record in records:
        state[record.key] = record.value
        if mark is not None and record.key == progress and orjson.loads(record.value) == mark:
            at_mark = dict(state)
    assert at_mark is not None, f"no mark {mark} in {topic}"
    changed = [key for key, value in state.items() if at_mark.get(key) != value]
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
    try:
        for key in changed:
            producer.send(topic, key=key, value=at_mark.get(key), partition=partition)
            # one record per batch: the embedded broker answers a partition's end offset with
            # the first offset of its last batch + 1, and recovery reads up to that end
            producer.flush(timeout=30)
    finally:
        producer.close()
    return len(changed)


def committed(settings: Settings, group: str, topic: str) -> dict[int, int]:
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        offsets = admin.list_group_offsets({group: None})[group]
    finally:
        admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic}


@pytest.mark.parametrize(
    ("mark", "repair"),
    [
        # the writes of the events after offset 3 are lost: the state says 4 were applied
        (3, "reading the gap again"),
        # every key is deleted: the stage recovers nothing, not even its progress mark
        (None, "reading the partition again from offset 0"),
    ],
    ids=["lost-tail", "lost-whole"],
)
def test_a_changelog_that_lost_writes_is_repaired_by_reading_them_again(
    broker, eventstream_cmd, workdir, mark, repair
):
    settings = scenario(broker.bootstrap, workdir)
    stage_settings = settings.with_(app_id=f"{settings.app_id}-incidents")
    ensure_pipeline_topics(stage_settings)
    published = [f"2025-03-03T{8 + n // 6:02d}:{n % 6 * 10:02d}:00Z" for n in range(14)]
    reports = [event(n, day="2025-03-03", published=published[n]) for n in range(14)]
    first, later = reports[:10], reports[10:]
    send_events(settings, first)
    stage = start_stage(settings, workdir, "stage-first", eventstream_cmd)
    try:
        ids = {ev["event_id"] for ev in first}
        assert sorted(counted_ids(settings, ids, timeout=90)) == sorted(ids), log_of(
            workdir, "stage-first"
        )
    finally:
        stop_process(stage)  # SIGTERM: the offsets read are committed
    blocks = committed(stage_settings, stage_settings.app_id, repartition_topic(stage_settings))
    ((partition, end),) = [(p, offset) for p, offset in blocks.items() if offset > 0]
    assert end == len(first), blocks

    # the committed offsets say 10 events were applied; the changelog remembers fewer
    assert roll_back_changelog(stage_settings, partition, mark=mark, last=end - 1) >= 2
    send_events(settings, later)
    stage = start_stage(settings, workdir, "stage-second", eventstream_cmd)
    try:
        everything = {ev["event_id"] for ev in reports}
        members = counted_ids(settings, everything, timeout=90)
        log = log_of(workdir, "stage-second")
        assert sorted(members) == sorted(everything), log  # the lost ones counted, once each
        latest = latest_incidents(
            settings,
            lambda lt: everything <= {e for inc in lt.values() for e in inc["event_ids"]},
            timeout=30,
        )
        sizes = sorted(inc["mentions"] for inc in latest.values())
        assert sizes == [len(everything)], (sizes, log)  # one incident, under its old id
        assert log.count(repair) == 1, log  # one repair, on the partition's first event
    finally:
        stop_process(stage)
