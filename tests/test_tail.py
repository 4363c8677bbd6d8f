"""``tail``: filters by the event's own fields and dates, formats, and consumer-group commits."""

from __future__ import annotations

import csv
import io
import itertools

import orjson
import pytest

from stream.config import Settings, quick_join
from stream.extract.model import (
    EVENT_SCHEMA_VERSION,
    EXTRACTOR_VERSION,
    make_event_id,
    publication_date,
)
from stream.schemas import schema_errors
from stream.tail import CSV_COLUMNS, BrokerUnreachable, EventFilter, tail

# Generating parameters: every event is one combination, so each filter's answer is known
# from the parameters alone.
TYPES = {
    "meeting": ("diplomatic", "040"),
    "airstrike": ("military", "195"),
    "sanction": ("diplomatic", "163"),
}
PAIRS = {
    "us-china": (("Joe Biden", "USA", "person"), ("China", "CHN", "country")),
    "russia-ukraine": (("Vladimir Putin", "RUS", "person"), ("Ukraine", "UKR", "country")),
    "nobody": (None, None),
}
DATES = {
    "day": {
        "value": "2019-05-10",
        "start": "2019-05-10",
        "end": "2019-05-10",
        "granularity": "day",
    },
    "week": {
        "value": "2024-W43",
        "start": "2024-10-21",
        "end": "2024-10-27",
        "granularity": "week",
    },
    "undated": None,  # falls back to the publication day, 2022-03-01
}
PUBLISHED = "2022-03-01T12:00:00Z"


def _actor(spec) -> list[dict]:
    if spec is None:
        return []
    name, country, kind = spec
    return [
        {
            "text": name,
            "name": name,
            "kind": kind,
            "country": country,
            "role": None,
            "code": country,
        }
    ]


def _event(n: int, etype: str, pair: str, when: str) -> dict:
    category, cameo = TYPES[etype]
    actors, targets = (_actor(x) for x in PAIRS[pair])
    date = publication_date("past")
    if DATES[when]:
        date = {**date, **DATES[when], "text": "then", "basis": "text"}
    sentence = f"Sentence {n} about {etype}."
    return {
        "schema_version": EVENT_SCHEMA_VERSION,
        "event_id": make_event_id(f"tail-{n}", 0, etype, actors),
        "article_id": f"tail-{n}",
        "published_at": PUBLISHED,
        "extracted_at": "2026-01-01T00:00:00Z",
        "extractor_version": EXTRACTOR_VERSION,
        "type": etype,
        "category": category,
        "cameo": cameo,
        "plover": None,
        "actors": actors,
        "targets": targets,
        "date": date,
        "location": None,
        "quantities": [],
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
        "trigger": etype,
        "negated": False,
        "confidence": 0.9,
    }


COMBOS = list(itertools.product(TYPES, PAIRS, DATES))
EVENTS = [_event(n, *combo) for n, combo in enumerate(COMBOS)]


def _ids(predicate) -> set[str]:
    return {e["event_id"] for e, combo in zip(EVENTS, COMBOS, strict=True) if predicate(*combo)}


def test_generated_events_are_schema_valid() -> None:
    assert all(not schema_errors("event", e) for e in EVENTS)


CASES = [
    (
        EventFilter.of(["airstrike"], ["UKR"]),
        lambda t, p, d: t == "airstrike" and p == "russia-ukraine",
    ),
    (
        EventFilter.of(categories=["diplomatic"], actors=["putin"]),
        lambda t, p, d: t != "airstrike" and p == "russia-ukraine",
    ),
    (EventFilter.of(actors=["chin"]), lambda t, p, d: p == "us-china"),  # target names count
    (EventFilter.of(since="2024-10-25", until="2024-12-31"), lambda t, p, d: d == "week"),
    (EventFilter.of(since="2024-10-27"), lambda t, p, d: d == "week"),  # the range's last day
    (EventFilter.of(until="2019-05-10"), lambda t, p, d: d == "day"),
    (EventFilter.of(since="2022-03-01", until="2022-03-01"), lambda t, p, d: d == "undated"),
    (EventFilter.of(since="2024-10-28"), lambda t, p, d: False),
    (EventFilter.of(["meeting", "sanction"], categories=["military"]), lambda t, p, d: False),
    (EventFilter.of(), lambda t, p, d: True),
]


@pytest.mark.parametrize(("keep", "expected"), CASES)
def test_filters_keep_exactly_the_matching_events(keep, expected) -> None:
    assert {e["event_id"] for e in EVENTS if keep(e)} == _ids(expected)


def test_bad_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="not a date"):
        EventFilter.of(since="10/2024")


@pytest.fixture(scope="module")
def events_topic(broker) -> tuple[Settings, str]:
    from kafka import KafkaProducer

    from stream.broker import ensure_topics

    topic = "tail-events"
    ensure_topics(broker.bootstrap, {topic: 3})
    producer = KafkaProducer(bootstrap_servers=[broker.bootstrap], acks="all")
    for event in EVENTS:
        producer.send(topic, key=event["event_id"].encode(), value=orjson.dumps(event))
    producer.send(topic, key=b"junk", value=b"not an event")  # skipped, not fatal
    producer.flush()
    producer.close()
    return quick_join(Settings.from_env(broker=broker.bootstrap)), topic


def _tail(events_topic, **kwargs) -> str:
    settings, topic = events_topic
    out = io.StringIO()
    tail(settings, topic=topic, from_beginning=True, timeout=1.0, out=out, **kwargs)
    return out.getvalue()


def test_tail_prints_exactly_the_matching_events_as_json_lines(events_topic) -> None:
    keep, expected = CASES[1]
    lines = _tail(events_topic, keep=keep).splitlines()
    assert sorted(orjson.loads(x)["event_id"] for x in lines) == sorted(_ids(expected))


def test_tail_csv(events_topic) -> None:
    keep, expected = CASES[3]
    rows = list(csv.DictReader(io.StringIO(_tail(events_topic, keep=keep, fmt="csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["event_id"] for r in rows} == _ids(expected) and len(rows) == len(_ids(expected))
    assert {r["date_value"] for r in rows} == {"2024-W43"}
    assert {r["actor_countries"] for r in rows} == {"USA", "RUS", ""}


def _groups(settings: Settings) -> tuple[set[str], int]:
    """All consumer groups, and the offsets the dashboard group committed (summed)."""
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        groups = {g["group_id"] for g in admin.list_groups()}
        offsets = admin.list_group_offsets("tail-test-dashboard").get("tail-test-dashboard", {})
        return groups, sum(m.offset for m in offsets.values())
    finally:
        admin.close()


def test_tail_with_a_group_commits_and_without_one_does_not(events_topic) -> None:
    settings, _ = events_topic
    first = _tail(events_topic, group="tail-test-dashboard", max_events=5).splitlines()
    rest = _tail(events_topic, group="tail-test-dashboard").splitlines()
    ids = [orjson.loads(x)["event_id"] for x in first + rest]
    assert len(first) == 5 and sorted(ids) == sorted(e["event_id"] for e in EVENTS)
    groups, committed = _groups(settings)
    assert "tail-test-dashboard" in groups
    assert committed == len(EVENTS) + 1  # the junk message is committed too

    again = _tail(events_topic).splitlines()  # no group: from the start, commits nothing
    assert len(again) == len(EVENTS)
    assert _groups(settings) == (groups, committed)


def test_dashboard_example_counts_each_event_once_per_country_and_type(broker, capsys) -> None:
    """The README's consumer example, run as a script against a topic holding a replay."""
    import importlib.util
    import json
    from pathlib import Path

    from kafka import KafkaProducer

    from stream.broker import ensure_topics

    topic = "tail-dashboard"
    ensure_topics(broker.bootstrap, {topic: 2})
    producer = KafkaProducer(bootstrap_servers=[broker.bootstrap], acks="all")
    for event in EVENTS + EVENTS:  # the second copy is what a replay re-sends
        producer.send(topic, key=event["event_id"].encode(), value=orjson.dumps(event))
    producer.flush()
    producer.close()

    path = Path(__file__).resolve().parent.parent / "examples" / "dashboard_counts.py"
    spec = importlib.util.spec_from_file_location("dashboard_counts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (
        module.main(["--broker", broker.bootstrap, "--topic", topic, "--idle", "1", "--json"]) == 0
    )
    counts = json.loads(capsys.readouterr().out)

    per_pair = len(TYPES) * len(DATES)
    assert counts["events"] == len(EVENTS) and counts["duplicates_skipped"] == len(EVENTS)
    assert counts["by_type"] == {t: len(PAIRS) * len(DATES) for t in TYPES}
    assert counts["by_country"] == {c: per_pair for c in ("USA", "CHN", "RUS", "UKR", "unknown")}
    assert counts["by_country_type"]["UKR/airstrike"] == len(DATES)


def test_tail_command_filters_and_writes_csv(events_topic, eventstream_cmd) -> None:
    import subprocess

    settings, topic = events_topic
    cmd = [*eventstream_cmd, "tail", "--broker", settings.broker, "--topic", topic]
    cmd += ["--from-beginning", "--timeout", "1", "--format", "csv"]
    cmd += ["--category", "military", "--since", "2024-10-01", "--actor", "PUTIN"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    expected = _ids(lambda t, p, d: t == "airstrike" and p == "russia-ukraine" and d == "week")
    assert {r["event_id"] for r in rows} == expected
    assert len(rows) == len(expected) == 1


def test_tail_live_board_counts_what_it_shows(events_topic) -> None:
    keep = EventFilter.of(categories=["military"])
    screen = _tail(events_topic, keep=keep, fmt="live")
    last_frame = screen[screen.rfind("events ·") - 4 :]
    assert f"{len(_ids(lambda t, p, d: t == 'airstrike'))} events · military" in last_frame
    assert "airstrike" in last_frame and "meeting" not in last_frame and "UKR" in last_frame


def test_unreachable_broker_is_reported_and_the_printer_closed() -> None:
    from stream.broker import free_port

    out = io.StringIO()
    settings = Settings.from_env(broker=f"127.0.0.1:{free_port()}")
    with pytest.raises(BrokerUnreachable, match="cannot reach the broker at 127.0.0.1:"):
        tail(settings, timeout=1, fmt="csv", out=out)
    assert out.getvalue() == ""
