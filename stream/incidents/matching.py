"""Events → incidents: the matching rules and the incident state, with no Kafka in sight.

An *incident* is one real-world event reported by many articles. :class:`IncidentEngine`
takes events one at a time and either adds each to a compatible open incident or opens a
new one. Its state lives in any ``MutableMapping[str, dict]`` (a dict in tests and
benchmarks, a Faust table in the worker); the block index and the seen-event index are
derived from that state and rebuilt from it after a restart.

Matching rules (thresholds are :class:`MatchRules` fields, set from ``Settings``):

- **family**: the event's type belongs to a family (``data/families.json``: attack,
  airstrike, shelling, clash → ``assault``; meeting, call, visit → ``consult``; …). Types in
  no family (statements, appeals, accusations) are not incidents.
- **parties**: actor and target countries. For a symmetric type (meeting, talks, clash, …)
  the parties are one unordered set, and one set must contain the other. Otherwise actors
  and targets are compared side by side: a side conflicts when both give countries and
  they share none; no side may conflict and at least one side must share a country. A
  missing side (no target extracted) is compatible with anything. An event with no country
  at all joins an incident only on an exact day match, and never opens one.
- **date**: day-precise dates agree within ``day_tolerance`` days; a day agrees with a
  week or month that contains it; an event dated only by its publication (no date in the
  text) agrees with dates from ``publication_window`` days before publication to
  ``day_tolerance`` after. Dates coarser than a month count as undated.
- **place**: when both name a location country, they must agree, unless one of the two is
  a party of the other (a Washington dateline on a U.S. strike).
- Among several compatible incidents the best scoring one wins (shared sides, exact day,
  place, then the older incident).

Blocking: each open incident is indexed under ``family|country|bucket`` for each of its
party countries and each ``bucket_days``-day bucket its dates span; an event looks up the
keys of its own countries and of the buckets its date window spans, a handful of entries.
The stream is repartitioned by family (:func:`partition_key`), so all the keys an event can
touch are on its partition.

Events that can neither open nor join an incident (no family, negated, undatable, or with
neither a country nor an exact day: :func:`worth_matching`) are ignored, and the stage does
not even repartition them.

Expiry is by event time: each partition's clock is the latest publication time among its
recent events. An incident closes once the clock is ``quiet_days`` past its last mention
(republished with ``status: closed``; a late mention still joins it and opens it again, so
partitions read unevenly do not split incidents) and is forgotten ``dedup_grace_days`` later, once
``dedup_grace_events`` more events of its partition were read; until then a redelivered
event id is recognised and never counted twice.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1"
DATA = Path(__file__).resolve().parent / "data"
NO_COUNTRY = "-"


@cache
def _families() -> tuple[dict[str, str], frozenset[str]]:
    raw = json.loads((DATA / "families.json").read_text(encoding="utf-8"))
    by_type = {t: family for family, types in raw["families"].items() for t in types}
    return by_type, frozenset(raw["symmetric"])


def family_of(event_type: str | None) -> str | None:
    """The incident family of an event type, or None when the type forms no incidents."""
    return _families()[0].get(event_type or "")


def is_symmetric(event_type: str | None) -> bool:
    """Whether the type's parties are order-insensitive (meetings, talks, clashes, …)."""
    return (event_type or "") in _families()[1]


def partition_key(event: Mapping[str, Any]) -> str:
    """The repartitioning key: the event's family (every block it may touch shares it)."""
    return family_of(event.get("type")) or ""


def can_place(mention: Mention | None) -> bool:
    """Whether a mention can open or join an incident: it has a country, or an exact day (a
    mention with neither joins only on the incident's exact day, and opens none)."""
    return mention is not None and (bool(mention.parties) or mention.day is not None)


def worth_matching(event: Mapping[str, Any], rules: MatchRules) -> bool:
    """Whether the engine would look at ``event`` at all (the stage repartitions only these;
    the others are most events: speech acts, negated or undatable ones)."""
    return bool(event.get("event_id")) and can_place(mention_of(event, rules))


@dataclass(frozen=True, slots=True)
class MatchRules:
    """The matching and expiry thresholds (see the module docstring)."""

    day_tolerance: int = 1
    """Days two day-precise dates may differ (time zones, "late Sunday" vs "Monday")."""
    publication_window: int = 2
    """Days before its publication that an event dated only by publication may have happened."""
    bucket_days: int = 7
    """Width of the coarse-date buckets of the blocking key."""
    quiet_days: float = 3.0
    """An incident closes this many days (event time) after its last mention."""
    dedup_grace_days: float = 7.0
    """A closed incident (and its event ids) is kept this much longer, to catch redeliveries."""
    dedup_grace_events: int = 5000
    """…and until this many more events of its partition were read: a redelivery after a
    crash comes back that much later in the stream, however far event time moved (a fast
    replay crosses days in a second)."""
    clock_window: int = 1000
    """The event-time clock is the latest publication among this many recent events, so a
    replay of an old archive moves it back instead of finding every incident expired."""
    max_event_ids: int = 5000
    """An incident stops listing member event ids past this many (it still counts them)."""


# --- one event, normalised ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """What matching needs from one event."""

    event_id: str
    article_id: str
    family: str
    type: str
    symmetric: bool
    actors: frozenset[str]
    targets: frozenset[str]
    lo: date
    """First day the event may fall on."""
    hi: date
    """Last day the event may fall on."""
    day: date | None
    """The day, when the text gives one."""
    granularity: str
    """``day``, ``week``, ``month`` or ``publication``."""
    published: datetime | None
    location: tuple[str | None, str | None] | None
    confidence: float

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.targets

    @property
    def countries(self) -> frozenset[str]:
        return self.parties or frozenset({NO_COUNTRY})


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        day = _day(value)
        return datetime(day.year, day.month, day.day) if day else None
    return moment.replace(tzinfo=None) - (moment.utcoffset() or timedelta(0))


def _countries(people: Any) -> frozenset[str]:
    return frozenset(
        p["country"] for p in people or () if isinstance(p, Mapping) and p.get("country")
    )


def mention_of(event: Mapping[str, Any], rules: MatchRules) -> Mention | None:
    """The event as a :class:`Mention`, or None when it cannot be part of an incident.

    Not incidents: types in no family, negated events, and events that can be placed in
    time neither by their own date nor by their publication.
    """
    kind = event.get("type")
    family = family_of(kind)
    if family is None or event.get("negated"):
        return None
    published = _instant(event.get("published_at"))
    pub_day = published.date() if published else None
    when = event.get("date") or {}
    granularity = when.get("granularity")
    start, end = _day(when.get("start")), _day(when.get("end"))
    day = None
    if granularity == "day" and start:
        lo = hi = day = start
    elif granularity in ("week", "month") and start and end and (end - start).days <= 31:
        lo, hi = start, end
    elif pub_day is not None:
        lo, hi, granularity = (
            pub_day - timedelta(days=rules.publication_window),
            pub_day,
            "publication",
        )
    else:
        return None
    actors, targets = _countries(event.get("actors")), _countries(event.get("targets"))
    symmetric = is_symmetric(kind)
    if not symmetric:
        targets = targets - actors  # "US navy → US navy": the target side carries nothing
    location = event.get("location")
    place = None
    if isinstance(location, Mapping) and (location.get("country") or location.get("name")):
        place = (location.get("name"), location.get("country"))
    return Mention(
        event_id=str(event["event_id"]),
        article_id=str(event.get("article_id") or ""),
        family=family,
        type=str(kind),
        symmetric=symmetric,
        actors=actors,
        targets=targets,
        lo=lo,
        hi=hi,
        day=day,
        granularity=granularity,
        published=published,
        location=place,
        confidence=float(event.get("confidence") or 0.0),
    )


# --- the incident state ----------------------------------------------------------------------


def incident_id_for(first_event_id: str) -> str:
    """A stable incident id: derived from the event that opened it."""
    return "inc-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:20]


def _core(counts: Mapping[str, int]) -> set[str]:
    """The countries a side is mostly reported with (a stray mention does not widen it)."""
    if not counts:
        return set()
    top = max(counts.values())
    return {c for c, n in counts.items() if n * 3 >= top}


def _ranked(counts: Mapping[str, int]) -> list[str]:
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


class Incident:
    """One incident's state: a plain dict (what the table stores), with helpers around it."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.state = state

    @classmethod
    def open(cls, mention: Mention, partition: int) -> Incident:
        state: dict[str, Any] = {
            "incident_id": incident_id_for(mention.event_id),
            "family": mention.family,
            "symmetric": mention.symmetric,
            "status": "open",
            "partition": partition,
            "types": {},
            "actors": {},
            "targets": {},
            "days": {},
            "periods": {},
            "lo": mention.lo.isoformat(),
            "hi": mention.hi.isoformat(),
            "locations": {},
            "mentions": 0,
            "articles": [],
            "sources": [],
            "event_ids": [],
            "first_published_at": None,
            "last_published_at": None,
            "last_seen": None,
            "evidence": None,
            "evidence_rank": None,
        }
        return cls(state)

    # -- reading

    @property
    def id(self) -> str:
        return self.state["incident_id"]

    @property
    def is_open(self) -> bool:
        return self.state["status"] == "open"

    @property
    def partition(self) -> int:
        return int(self.state["partition"])

    def side(self, name: str) -> set[str]:
        return _core(self.state[name])

    def parties(self) -> set[str]:
        return self.side("actors") | self.side("targets")

    def best_day(self) -> date | None:
        days = self.state["days"]
        if not days:
            return None
        return date.fromisoformat(min(days, key=lambda d: (-days[d], d)))

    def best_period(self) -> tuple[date, date] | None:
        periods = self.state["periods"]
        if not periods:
            return None
        best = min(periods, key=lambda p: (-periods[p], p))
        lo, hi = best.split("/")
        return date.fromisoformat(lo), date.fromisoformat(hi)

    def span(self) -> tuple[date, date]:
        return date.fromisoformat(self.state["lo"]), date.fromisoformat(self.state["hi"])

    def last_seen(self) -> datetime | None:
        return _instant(self.state["last_seen"])

    def location(self) -> tuple[str | None, str | None] | None:
        places = self.state["locations"]
        if not places:
            return None
        name, _, country = _ranked(places)[0].partition("|")
        return (name or None, country or None)

    def block_keys(self, bucket_days: int) -> set[str]:
        lo, hi = self.span()
        countries = self.parties() or {NO_COUNTRY}
        return {
            f"{self.state['family']}|{c}|{b}"
            for c in countries
            for b in buckets(lo, hi, bucket_days)
        }

    # -- writing

    def add(self, mention: Mention, rules: MatchRules) -> None:
        s = self.state
        s["mentions"] += 1
        if len(s["event_ids"]) < rules.max_event_ids:
            s["event_ids"].append(mention.event_id)
        if mention.article_id and mention.article_id not in s["articles"]:
            s["articles"].append(mention.article_id)
        _bump(s["types"], mention.type)
        for country in mention.actors:
            _bump(s["actors"], country)
        for country in mention.targets:
            _bump(s["targets"], country)
        if mention.day is not None:
            _bump(s["days"], mention.day.isoformat())
        elif mention.granularity in ("week", "month"):
            _bump(s["periods"], f"{mention.lo.isoformat()}/{mention.hi.isoformat()}")
        lo, hi = self.span()
        s["lo"], s["hi"] = min(lo, mention.lo).isoformat(), max(hi, mention.hi).isoformat()
        if mention.location is not None:
            _bump(s["locations"], f"{mention.location[0] or ''}|{mention.location[1] or ''}")
        if mention.published is not None:
            stamp = mention.published.isoformat() + "Z"
            if s["first_published_at"] is None or stamp < s["first_published_at"]:
                s["first_published_at"] = stamp
            if s["last_published_at"] is None or stamp > s["last_published_at"]:
                s["last_published_at"] = stamp
                s["last_seen"] = stamp
        elif s["last_seen"] is None:
            s["last_seen"] = datetime.combine(mention.hi, datetime.min.time()).isoformat() + "Z"

    def offer_evidence(self, mention: Mention, event: Mapping[str, Any]) -> None:
        """Keep as evidence the most precise, most confident mention (earliest on ties)."""
        rank = [
            {"day": 2, "week": 1, "month": 1}.get(mention.granularity, 0),
            len(mention.actors) > 0 and len(mention.targets) > 0,
            round(mention.confidence, 3),
        ]
        current = self.state["evidence_rank"]
        if current is not None and rank <= current:
            return
        evidence = event.get("evidence") or {}
        self.state["evidence_rank"] = rank
        self.state["evidence"] = {
            "sentence": evidence.get("sentence") or "",
            "article_id": mention.article_id,
            "event_id": mention.event_id,
        }

    def record(self) -> dict[str, Any]:
        """The published incident (``schemas/incident.schema.json``)."""
        s = self.state
        kind = _ranked(s["types"])[0]
        day, period = self.best_day(), self.best_period()
        lo, hi = self.span()
        if day is not None:
            value, granularity, basis = day.isoformat(), "day", "text"
        elif period is not None:
            value, granularity, basis = _period_value(*period), _period_kind(*period), "text"
        else:
            value, granularity, basis = None, "unknown", "publication"
        reported = [{"value": d, "mentions": n} for d, n in sorted(s["days"].items())] + [
            {"value": _period_value(*map(date.fromisoformat, p.split("/"))), "mentions": n}
            for p, n in sorted(s["periods"].items())
        ]
        place = self.location()
        return {
            "schema_version": SCHEMA_VERSION,
            "incident_id": s["incident_id"],
            "status": s["status"],
            "type": kind,
            "category": "diplomatic" if s["family"] in DIPLOMATIC_FAMILIES else "military",
            "family": s["family"],
            "symmetric": s["symmetric"],
            "actor_countries": [c for c in _ranked(s["actors"]) if c in self.side("actors")],
            "target_countries": [c for c in _ranked(s["targets"]) if c in self.side("targets")],
            "date": {
                "value": value,
                "granularity": granularity,
                "basis": basis,
                "start": lo.isoformat(),
                "end": hi.isoformat(),
                "reported": reported,
            },
            "location": {"name": place[0], "country": place[1]} if place else None,
            "mentions": s["mentions"],
            "articles": list(s["articles"]),
            "sources": list(s["sources"]),
            "first_published_at": s["first_published_at"],
            "last_published_at": s["last_published_at"],
            "evidence": s["evidence"],
            "event_ids": list(s["event_ids"]),
        }


DIPLOMATIC_FAMILIES = frozenset({"consult", "agree", "aid", "sanction", "protest"})


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _period_value(lo: date, hi: date) -> str:
    if _period_kind(lo, hi) == "week":
        year, week, _ = lo.isocalendar()
        return f"{year}-W{week:02d}"
    return lo.strftime("%Y-%m")


def _period_kind(lo: date, hi: date) -> str:
    return "week" if (hi - lo).days <= 7 else "month"


def buckets(lo: date, hi: date, width: int) -> range:
    """The coarse-date buckets (``width`` days each) that ``lo..hi`` touches."""
    return range(lo.toordinal() // width, hi.toordinal() // width + 1)


# --- compatibility ---------------------------------------------------------------------------


def dates_agree(mention: Mention, incident: Incident, rules: MatchRules) -> int:
    """0: incompatible; 1: compatible; 2: the same day."""
    tol = timedelta(days=rules.day_tolerance)
    best = incident.best_day()
    if best is None:
        period = incident.best_period()
        lo, hi = period if period is not None else incident.span()
        if period is None and not incident.state["days"]:  # dated by publication only
            lo, hi = lo, hi + tol
        return 1 if mention.lo <= hi + tol and lo - tol <= mention.hi else 0
    if mention.day is not None:
        gap = abs((mention.day - best).days)
        return 2 if gap == 0 else (1 if gap <= rules.day_tolerance else 0)
    if mention.granularity == "publication":  # no earlier than the window, a zone later
        return 1 if mention.lo <= best <= mention.hi + tol else 0
    return 1 if mention.lo - tol <= best <= mention.hi + tol else 0


def parties_agree(mention: Mention, incident: Incident) -> int:
    """0: incompatible; otherwise 1 + the number of sides that share a country."""
    if mention.symmetric or incident.state["symmetric"]:
        mine, theirs = set(mention.parties), incident.parties()
        if not mine or not theirs:
            return 1 if not mine else 0
        if not (mine <= theirs or theirs <= mine):
            return 0
        if not mine & theirs:
            return 0
        return 2 if mine == theirs else 1
    shared = 0
    for own, side in ((mention.actors, "actors"), (mention.targets, "targets")):
        theirs = incident.side(side)
        if own and theirs:
            if not own & theirs:
                return 0
            shared += 1
    if shared == 0:
        if mention.parties:  # countries on sides the incident has never seen: no evidence
            return 0
        return 1
    return 1 + shared


def places_agree(mention: Mention, incident: Incident) -> int:
    """0: conflicting places; 1: no conflict; 2: the same place.

    Places conflict when the mention's location country is neither a party of the incident
    nor among the countries its mentions were located in (and the mention's own parties do
    not include the incident's place). A mention without a country must name a place the
    incident knows, or none.
    """
    if mention.location is None:
        return 1
    name, country = mention.location
    located = {c for c in (k.partition("|")[2] for k in incident.state["locations"]) if c}
    names = {k.partition("|")[0] for k in incident.state["locations"]}
    if not mention.parties:  # nothing else ties it to the incident: the place must
        place = incident.location()
        return 2 if place is not None and (name, country) == place else 0
    if country:
        if country in located:
            return 2
        if country in incident.parties():
            return 1
        if located and not located & mention.parties:
            return 0
        return 1
    if name and name in names:
        return 2
    return 1


# --- the engine ------------------------------------------------------------------------------


@dataclass
class EngineStats:
    """Counts of what the engine did (exposed as metrics and printed by the benchmark)."""

    events: int = 0
    skipped: int = 0
    duplicates: int = 0
    joined: int = 0
    opened: int = 0
    unplaced: int = 0
    closed: int = 0
    reopened: int = 0
    forgotten: int = 0


@dataclass
class _PartitionIndex:
    blocks: dict[str, set[str]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)
    recent: deque[tuple[int, float]] = field(default_factory=deque)
    count: int = 0
    position: int = 0
    last_sweep: float | None = None


class IncidentEngine:
    """Groups events into incidents; state in ``store`` (incident id → state dict).

    ``add(event, partition)`` returns the records of the incidents it changed (to publish).
    Events of one partition must come from that partition only: the store entries written
    while handling them belong to it (a Faust table writes them to that changelog partition).
    """

    def __init__(
        self, store: MutableMapping[str, Any] | None = None, rules: MatchRules | None = None
    ) -> None:
        self.store: MutableMapping[str, Any] = store if store is not None else {}
        self.rules = rules or MatchRules()
        self.stats = EngineStats()
        self._partitions: dict[int, _PartitionIndex] = {}

    # -- derived indexes

    def forget_partitions(self, partitions: Iterable[int] | None = None) -> None:
        """Drop the derived indexes (after a rebalance); they are rebuilt from the store."""
        if partitions is None:
            self._partitions.clear()
        for p in partitions or ():
            self._partitions.pop(p, None)

    def _index(self, partition: int) -> _PartitionIndex:
        index = self._partitions.get(partition)
        if index is None:
            index = self._partitions[partition] = _PartitionIndex()
            for state in list(self.store.values()):
                if isinstance(state, dict) and state.get("partition") == partition:
                    self._register(index, Incident(state))
        return index

    def _register(self, index: _PartitionIndex, incident: Incident) -> None:
        for event_id in incident.state["event_ids"]:
            index.seen[event_id] = incident.id
        for key in incident.block_keys(self.rules.bucket_days):
            index.blocks.setdefault(key, set()).add(incident.id)

    def _unregister_blocks(self, index: _PartitionIndex, incident: Incident) -> None:
        for key in incident.block_keys(self.rules.bucket_days):
            members = index.blocks.get(key)
            if members is not None:
                members.discard(incident.id)
                if not members:
                    del index.blocks[key]

    # -- the clock

    def _tick(self, index: _PartitionIndex, moment: datetime | None) -> float | None:
        """Advance this partition's clock; returns it (POSIX seconds, naive UTC)."""
        if moment is not None:
            stamp = (moment - datetime(1970, 1, 1)).total_seconds()
            index.count += 1
            while index.recent and index.recent[-1][1] <= stamp:
                index.recent.pop()
            index.recent.append((index.count, stamp))
            while index.recent[0][0] <= index.count - self.rules.clock_window:
                index.recent.popleft()
        return index.recent[0][1] if index.recent else None

    def clock(self, partition: int) -> datetime | None:
        """The partition's event-time clock (None before its first dated event)."""
        index = self._index(partition)
        if not index.recent:
            return None
        return datetime(1970, 1, 1) + timedelta(seconds=index.recent[0][1])

    # -- processing

    def add(
        self, event: Mapping[str, Any], partition: int = 0, position: int | None = None
    ) -> list[dict[str, Any]]:
        """Take one event; the records of the incidents that changed (new, grown, closed).

        ``position`` is the event's offset in its partition (else the count of events the
        engine has seen there): it measures how long closed incidents are remembered.
        """
        self.stats.events += 1
        mention = mention_of(event, self.rules) if event.get("event_id") else None
        if mention is None or not can_place(mention):
            self.stats.skipped += 1  # not even the partition's clock counts it
            return []
        index = self._index(partition)
        index.position = position if position is not None else index.position + 1
        now = self._tick(index, mention.published)
        changed = self._sweep(index, partition, now)
        if mention.event_id in index.seen:
            self.stats.duplicates += 1
            return changed
        incident = self._best_candidate(index, mention)
        if incident is None:
            if not mention.parties or mention.granularity == "publication":
                self.stats.unplaced += 1  # too little to open an incident on
                return changed
            incident = Incident.open(mention, partition)
            self.stats.opened += 1
        else:
            self._unregister_blocks(index, incident)
            if not incident.is_open:  # a late report: skewed partitions, a slow outlet
                incident.state["status"] = "open"
                self.stats.reopened += 1
            self.stats.joined += 1
        incident.add(mention, self.rules)
        incident.offer_evidence(mention, event)
        self.store[incident.id] = incident.state  # reassigned: a table writes its changelog
        self._register(index, incident)
        changed.append(incident.record())
        return changed

    def _candidates(self, index: _PartitionIndex, mention: Mention) -> Iterator[Incident]:
        tol = timedelta(days=self.rules.day_tolerance)
        found: set[str] = set()
        for country in sorted(mention.countries):
            for bucket in buckets(mention.lo - tol, mention.hi + tol, self.rules.bucket_days):
                found |= index.blocks.get(f"{mention.family}|{country}|{bucket}", set())
        if not mention.parties:  # no country: any incident of the family on those days
            prefix = f"{mention.family}|"
            wanted = {
                str(b) for b in buckets(mention.lo - tol, mention.hi + tol, self.rules.bucket_days)
            }
            for key, members in index.blocks.items():
                if key.startswith(prefix) and key.rsplit("|", 1)[1] in wanted:
                    found |= members
        for incident_id in sorted(found):
            state = self.store.get(incident_id)
            if state is not None:
                yield Incident(state)

    def _best_candidate(self, index: _PartitionIndex, mention: Mention) -> Incident | None:
        best: tuple[Any, ...] | None = None
        chosen = None
        for incident in self._candidates(index, mention):
            if incident.state["family"] != mention.family:
                continue
            parties = parties_agree(mention, incident)
            when = dates_agree(mention, incident, self.rules)
            place = places_agree(mention, incident)
            if not parties or not when or not place:
                continue
            if when < 2 and (not mention.parties or (parties == 1 and mention.symmetric)):
                continue  # no country, or only part of a meeting's parties: the same day only
            score = (
                parties + when + place,
                incident.state["mentions"],
                incident.state["first_published_at"] or "",
            )
            # higher score first; on ties the incident seen first (earliest publication)
            key = (score[0], score[1], _negated(score[2]), incident.id)
            if best is None or key > best:
                best, chosen = key, incident
        return chosen

    def _sweep(
        self, index: _PartitionIndex, partition: int, now: float | None
    ) -> list[dict[str, Any]]:
        """Close quiet incidents and forget long-closed ones (event time)."""
        if now is None:
            return []
        if index.last_sweep is not None and abs(now - index.last_sweep) < 3600:
            return []
        index.last_sweep = now
        clock = datetime(1970, 1, 1) + timedelta(seconds=now)
        quiet = timedelta(days=self.rules.quiet_days)
        grace = quiet + timedelta(days=self.rules.dedup_grace_days)
        changed = []
        for incident_id, state in list(self.store.items()):
            if not isinstance(state, dict) or state.get("partition") != partition:
                continue
            incident = Incident(state)
            last = incident.last_seen()
            if last is None:
                continue
            if incident.is_open and clock - last > quiet:
                state["status"] = "closed"
                state["closed_at"] = index.position
                self.store[incident_id] = state
                self.stats.closed += 1
                changed.append(incident.record())
            elif (
                not incident.is_open
                and clock - last > grace
                and index.position - state.get("closed_at", 0) > self.rules.dedup_grace_events
            ):
                for event_id in state["event_ids"]:
                    index.seen.pop(event_id, None)
                self._unregister_blocks(index, incident)
                del self.store[incident_id]
                self.stats.forgotten += 1
        return changed

    def record_of(self, event_id: str, partition: int = 0) -> dict[str, Any] | None:
        """The current record of the incident ``event_id`` counts in (None if in none)."""
        incident_id = self._index(partition).seen.get(event_id)
        state = self.store.get(incident_id) if incident_id is not None else None
        return Incident(state).record() if isinstance(state, dict) else None

    def open_incidents(self) -> list[Incident]:
        """The open incidents held (all partitions)."""
        return [
            Incident(s)
            for s in self.store.values()
            if isinstance(s, dict) and s.get("status") == "open"
        ]


def _negated(stamp: str) -> tuple[int, ...]:
    """Order earlier timestamps above later ones inside a max()."""
    return tuple(-ord(ch) for ch in stamp)
