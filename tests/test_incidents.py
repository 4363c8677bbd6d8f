"""Incident matching, without Kafka: the rules on hand-made events.

Real reports of two attacks (the Gulf, October 1987) are checked by
``benchmarks/incidents_gulf.py`` against the benchmark corpus, which stays outside the
repository.
"""

from __future__ import annotations

from typing import Any

from stream.incidents import IncidentEngine, MatchRules, mention_of
from stream.incidents.matching import Incident
from stream.schemas import schema_errors

COUNTRY = {"USA": "United States", "IRN": "Iran", "IRQ": "Iraq", "SUN": "Soviet Union"}


def party(country: str | None, name: str | None = None) -> dict[str, Any]:
    return {
        "text": name or COUNTRY.get(country or "", "someone"),
        "name": name or COUNTRY.get(country or "", "someone"),
        "kind": "country",
        "country": country,
        "role": None,
        "code": country,
    }


def event(
    n: int,
    kind: str = "attack",
    actors: tuple[str, ...] = ("USA",),
    targets: tuple[str, ...] = ("IRN",),
    day: str | None = "1987-10-19",
    published: str = "1987-10-19T12:00:00Z",
    article: str | None = None,
    location: tuple[str, str | None] | None = None,
    granularity: str = "day",
) -> dict[str, Any]:
    """A minimal event: what the matcher reads, in the event schema's shape."""
    if day is None:
        date = {"value": None, "start": None, "end": None, "granularity": "unknown"}
        date["basis"] = "publication"
    elif granularity == "month":
        date = {"value": day[:7], "start": day[:7] + "-01", "end": day[:7] + "-31"}
        date |= {"granularity": "month", "basis": "text"}
    else:
        date = {"value": day, "start": day, "end": day, "granularity": "day", "basis": "text"}
    date |= {"text": None, "mod": None, "status": "past"}
    return {
        "event_id": f"{n:016x}",
        "article_id": article or f"art-{n}",
        "published_at": published,
        "type": kind,
        "category": "military",
        "actors": [party(c) for c in actors],
        "targets": [party(c) for c in targets],
        "date": date,
        "location": {"text": location[0], "name": location[0], "country": location[1]}
        if location
        else None,
        "evidence": {"sentence": f"sentence {n}", "start": 0, "end": 10},
        "negated": False,
        "confidence": 0.8,
    }


def incidents_of(events: list[dict[str, Any]], **rules: Any) -> list[dict[str, Any]]:
    engine = IncidentEngine(rules=MatchRules(**rules))
    for ev in events:
        engine.add(ev)
    return sorted(
        (Incident(s).record() for s in engine.store.values()), key=lambda r: -r["mentions"]
    )


# --- rules ------------------------------------------------------------------------------


def test_reports_of_one_strike_become_one_incident_and_its_record_fits_the_schema():
    found = incidents_of(
        [
            event(1, "airstrike"),
            event(2, "attack", published="1987-10-20T08:00:00Z"),
            event(3, "shelling", targets=()),  # partial: no target extracted
            event(4, "attack", actors=(), targets=("IRN",), day="1987-10-18"),  # a zone earlier
            event(5, "attack", day=None, published="1987-10-20T09:00:00Z"),  # "the U.S. raid"
        ]
    )
    assert len(found) == 1
    (incident,) = found
    assert incident["mentions"] == 5 and len(incident["articles"]) == 5
    assert incident["actor_countries"] == ["USA"] and incident["target_countries"] == ["IRN"]
    assert incident["date"]["value"] == "1987-10-19" and incident["date"]["start"] == "1987-10-18"
    assert incident["first_published_at"] == "1987-10-19T12:00:00Z"
    assert incident["last_published_at"] == "1987-10-20T09:00:00Z"
    assert schema_errors("incident", incident) == []


def test_direction_date_and_family_keep_incidents_apart():
    found = incidents_of(
        [
            event(1, actors=("USA",), targets=("IRN",), day="1987-10-19"),
            event(2, actors=("IRN",), targets=("USA",), day="1987-10-19"),  # the other way round
            event(3, actors=("USA",), targets=("IRN",), day="1987-10-16"),  # three days earlier
            event(4, "meeting", actors=("USA",), targets=("IRN",)),  # another family
            event(5, actors=("IRN",), targets=(), day="1987-10-19"),  # partial: joins event 2
        ]
    )
    assert sorted(r["mentions"] for r in found) == [1, 1, 1, 2]
    (pair,) = (r for r in found if r["mentions"] == 2)
    assert pair["event_ids"] == [f"{2:016x}", f"{5:016x}"]


def test_symmetric_types_ignore_order_asymmetric_ones_do_not():
    talks = incidents_of(
        [event(1, "meeting", ("USA",), ("SUN",)), event(2, "meeting", ("SUN",), ("USA",))]
    )
    assert [r["mentions"] for r in talks] == [2]
    strikes = incidents_of(
        [event(1, "attack", ("USA",), ("SUN",)), event(2, "attack", ("SUN",), ("USA",))]
    )
    assert [r["mentions"] for r in strikes] == [1, 1]


def test_a_meeting_of_one_party_joins_on_the_same_day_only():
    found = incidents_of(
        [
            event(1, "meeting", ("USA",), ("SUN",)),
            event(2, "meeting", ("USA",), (), day="1987-10-19"),
            event(3, "meeting", ("USA",), ("IRQ",)),  # a different pair: its own incident
            event(4, "meeting", ("USA",), (), day=None, published="1987-10-19T15:00:00Z"),
        ]
    )
    by_ids = {tuple(r["event_ids"]) for r in found}
    assert (f"{1:016x}", f"{2:016x}") in by_ids
    assert sum(r["mentions"] for r in found) == 3  # the undated partial one opens nothing


def test_places_and_month_dates():
    found = incidents_of(
        [
            event(1, location=("Gulf", None)),
            event(2, day="1987-10-01", granularity="month"),  # October contains the 19th
            event(
                3, actors=(), targets=(), location=("Luxembourg", "LUX")
            ),  # no country, elsewhere
            event(4, actors=(), targets=(), location=("Gulf", None)),  # no country, same place
        ]
    )
    assert [r["mentions"] for r in found] == [3]
    assert found[0]["event_ids"] == [f"{n:016x}" for n in (1, 2, 4)]


def test_a_redelivered_event_never_counts_twice():
    engine = IncidentEngine()
    first = engine.add(event(1))
    assert engine.add(event(1)) == []
    engine.add(event(2))
    assert engine.add(event(2)) == [] and engine.add(event(1)) == []
    (record,) = (Incident(s).record() for s in engine.store.values())
    assert record["mentions"] == 2 and first[0]["incident_id"] == record["incident_id"]
    assert engine.stats.duplicates == 3


def test_the_record_of_an_event_s_incident_is_its_current_one():
    engine = IncidentEngine()
    engine.add(event(1), partition=1)
    engine.add(event(2, actors=("IRQ",)), partition=1)
    engine.add(event(3), partition=1)
    record = engine.record_of(f"{1:016x}", partition=1)
    assert record is not None and record["event_ids"] == [f"{n:016x}" for n in (1, 3)]
    assert engine.record_of(f"{2:016x}", partition=1)["event_ids"] == [f"{2:016x}"]
    assert engine.record_of(f"{1:016x}", partition=0) is None  # another partition's
    assert engine.record_of(f"{9:016x}", partition=1) is None


def test_quiet_incidents_close_then_are_forgotten_so_state_stays_bounded():
    rules = MatchRules(quiet_days=2, dedup_grace_days=3, dedup_grace_events=1, clock_window=10)
    engine = IncidentEngine(rules=rules)
    engine.add(event(1))
    later = event(2, actors=("IRQ",), day="1987-10-23", published="1987-10-23T00:00:00Z")
    closed = engine.add(later)
    assert [r["status"] for r in closed] == ["closed", "open"]
    assert engine.add(event(1)) == []  # closed, but its ids are still known
    engine.add(event(3, actors=("IRQ",), day="1987-10-28", published="1987-10-28T00:00:00Z"))
    assert len(engine.store) == 2 and engine.stats.forgotten == 1
    # A replay of the old days moves the clock back once its window holds only them.
    for n in range(20):
        engine.add(event(100 + n, day="1987-10-01", published="1987-10-01T00:00:00Z"))
    assert engine.clock(0) is not None and engine.clock(0).day == 1


def test_state_survives_a_restart_from_the_store_alone():
    store: dict[str, Any] = {}
    engine = IncidentEngine(store)
    engine.add(event(1))
    engine.add(event(2))
    again = IncidentEngine(dict(store))  # a fresh process: indexes rebuilt from the table
    assert again.add(event(2)) == []
    (record,) = again.add(event(3))
    assert record["mentions"] == 3


def test_not_incidents():
    rules = MatchRules()
    assert mention_of(event(1, "statement"), rules) is None
    assert mention_of(event(1) | {"negated": True}, rules) is None
    assert mention_of(event(1, day=None, published=""), rules) is None
    assert incidents_of([event(1, day=None)]) == []  # publication-dated: opens nothing
