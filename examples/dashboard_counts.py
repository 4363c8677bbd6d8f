"""A dashboard backend in miniature: running counts of events per country and per type.

It subscribes to the events topic with kafka-python, skips events it has already counted
(replays, backfills and retries re-send the same ``event_id``) and prints the tallies every
few seconds. The counts live in memory, so by default it rebuilds them from the start of the
topic without a consumer group. With ``--group`` it joins a consumer group and commits what
it counted: copies then share the partitions and a restart continues where the group
stopped, which is right when the counts are kept somewhere that survives a restart.

    python examples/dashboard_counts.py --broker localhost:9092
    python examples/dashboard_counts.py --broker localhost:9092 --idle 5 --json

Only kafka-python is needed; the events are JSON documents described by
``schemas/event.schema.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any


class SeenIds:
    """The most recent ``capacity`` event ids, to skip events delivered twice."""

    def __init__(self, capacity: int = 1_000_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def add(self, event_id: str) -> bool:
        """Remember ``event_id``; False if it was already there."""
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return False
        self._ids[event_id] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True


class Tally:
    """Events per (country, type), per country and per type."""

    def __init__(self) -> None:
        self.by_country_type: Counter[tuple[str, str]] = Counter()
        self.by_country: Counter[str] = Counter()
        self.by_type: Counter[str] = Counter()
        self.events = 0
        self.duplicates = 0
        self._seen = SeenIds()

    def add(self, event: Mapping[str, Any]) -> None:
        if not self._seen.add(event["event_id"]):
            self.duplicates += 1
            return
        self.events += 1
        etype = event["type"]
        self.by_type[etype] += 1
        for country in countries(event) or {"unknown"}:
            self.by_country[country] += 1
            self.by_country_type[(country, etype)] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "duplicates_skipped": self.duplicates,
            "by_type": dict(self.by_type.most_common()),
            "by_country": dict(self.by_country.most_common()),
            "by_country_type": {f"{c}/{t}": n for (c, t), n in self.by_country_type.most_common()},
        }

    def render(self, top: int = 10) -> str:
        lines = [f"{self.events} events ({self.duplicates} duplicates skipped)"]
        lines += [f"  {c:8} {n:6}" for c, n in self.by_country.most_common(top)]
        lines += [f"  {t:18} {n:6}" for t, n in self.by_type.most_common(top)]
        return "\n".join(lines)


def countries(event: Mapping[str, Any]) -> set[str]:
    """The ISO3 codes of the event's actors, targets and place (each counted once)."""
    people = [*event.get("actors", []), *event.get("targets", [])]
    found = {a.get("country") for a in people}
    found.add((event.get("location") or {}).get("country"))
    return {c for c in found if c}


def count(messages: Iterable[Any], tally: Tally) -> Tally:
    """Add every event in ``messages`` (kafka-python records) to ``tally``."""
    for message in messages:
        try:
            event = json.loads(message.value)
        except (TypeError, ValueError):
            continue  # not an event: skip it, never stop the dashboard
        if isinstance(event, dict) and "event_id" in event:
            tally.add(event)
    return tally


def main(argv: list[str] | None = None) -> int:
    from kafka import KafkaConsumer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", default="localhost:9092")
    parser.add_argument("--topic", default="events")
    parser.add_argument("--group", default=None, help="join this consumer group and commit")
    parser.add_argument("--latest", action="store_true", help="count only new events")
    parser.add_argument("--every", type=float, default=5.0, help="print every N seconds")
    parser.add_argument("--idle", type=float, default=None, help="stop after N quiet seconds")
    parser.add_argument("--json", action="store_true", help="print the final counts as JSON")
    args = parser.parse_args(argv)

    consumer = KafkaConsumer(
        args.topic,
        bootstrap_servers=args.broker.split(","),
        group_id=args.group,
        auto_offset_reset="latest" if args.latest else "earliest",
        enable_auto_commit=False,
    )
    tally = Tally()
    last_print = last_message = time.monotonic()
    try:
        while args.idle is None or time.monotonic() - last_message < args.idle:
            batch = consumer.poll(timeout_ms=500)
            records = [r for part in batch.values() for r in part]
            if records or not consumer.assignment():
                last_message = time.monotonic()
            count(records, tally)
            if records and args.group:
                consumer.commit()  # counted, so the group may move on
            if not args.json and time.monotonic() - last_print >= args.every:
                print(tally.render(), flush=True)
                last_print = time.monotonic()
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    print(json.dumps(tally.as_dict(), indent=2) if args.json else tally.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
