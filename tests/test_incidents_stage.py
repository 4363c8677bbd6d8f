"""The incidents stage on the real broker: ``eventstream worker`` processes, kill -9, tail.

Articles report a few dozen attacks, each in several articles over the following days. A
worker is killed with SIGKILL mid-stream and started again; once everything is processed,
the last record of each incident on the incidents topic must count every event that can
form an incident exactly once: no event lost, none counted twice, none in two incidents.
"""

from __future__ import annotations

import io
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from test_reliability import kill9, log_of, produce, read_topic, receipts_for, scenario, start

from stream.broker import ensure_pipeline_topics, stop_process
from stream.config import Settings
from stream.incidents import MatchRules, mention_of
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
