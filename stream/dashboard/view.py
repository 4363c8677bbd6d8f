"""The page's parts as HTML and SVG, rendered on the server from the window and the URL's filters.

Pure functions of the events (no Kafka, no web server), so they are tested and timed alone.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from stream.config import EVENT_CATEGORIES
from stream.tail import EventFilter

FILTER_KEYS = ("type", "category", "country", "since", "until")
"""The URL query parameters the page understands (one value each)."""
LATEST_ROWS = 100
"""Rows of the latest-events table."""
TOP_COUNTRIES = 20
TOP_INCIDENTS = 12

Event = Mapping[str, Any]


@cache
def country_names() -> dict[str, str]:
    """ISO3 → English short name (from the extractor's gazetteer)."""
    folder = Path(str(resources.files("stream.extract").joinpath("data")))
    data = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    return {code: entry["name"] for code, entry in data.items()}


@cache
def event_types() -> tuple[str, ...]:
    """Every event type of the ontology, in its order (diplomatic first)."""
    folder = Path(str(resources.files("stream.extract").joinpath("data")))
    data = json.loads((folder / "ontology.json").read_text(encoding="utf-8"))
    return tuple(data["types"])


@dataclass(frozen=True)
class Query:
    """The filters of the page's URL, checked. Unknown values are dropped with a note."""

    values: dict[str, str]
    problems: tuple[str, ...] = ()

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> Query:
        values: dict[str, str] = {}
        problems: list[str] = []
        for key in FILTER_KEYS:
            raw = (query.get(key) or "").strip()
            if not raw:
                continue
            if key == "type" and raw not in event_types():
                problems.append(f"unknown type {raw!r}")
            elif key == "category" and raw not in EVENT_CATEGORIES:
                problems.append(f"unknown category {raw!r}")
            elif key == "country" and not re.fullmatch(r"[A-Za-z]{3}", raw):
                problems.append(f"{raw!r} is not an ISO3 country code")
            elif key in ("since", "until") and not _is_day(raw):
                problems.append(f"{key}: {raw!r} is not a date (YYYY-MM-DD)")
            else:
                values[key] = raw.upper() if key == "country" else raw
        return cls(values, tuple(problems))

    @property
    def event_filter(self) -> EventFilter:
        v = self.values
        return EventFilter.of(
            [v["type"]] if "type" in v else (),
            [v["country"]] if "country" in v else (),
            categories=[v["category"]] if "category" in v else (),
            since=v.get("since"),
            until=v.get("until"),
        )

    def href(self, **changes: str | None) -> str:
        """This query with ``changes`` (None removes a key), as a relative URL."""
        merged = {**self.values, **changes}
        kept = {k: merged[k] for k in FILTER_KEYS if merged.get(k)}
        return "?" + urlencode(kept) if kept else "?"

    def toggle(self, key: str, value: str) -> str:
        """Link that sets ``key`` to ``value``, or clears it when already so."""
        return self.href(**{key: None if self.values.get(key) == value else value})


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def render(
    events: Sequence[Event],
    incidents: Sequence[Mapping[str, Any]],
    query: Query,
    *,
    window: int,
    received: int,
) -> dict[str, str]:
    """Every dynamic part of the page for ``query`` (HTML fragments keyed by element id)."""
    forget_facts(events)
    keep = query.event_filter
    chosen = [e for e in events if keep(e)]
    summary = f"{len(chosen):,} of {len(events):,} events in the window"
    if len(events) >= window:
        summary += f" (the latest {window:,}; {received:,} received)"
    if query.problems:
        summary += " · ignored: " + "; ".join(query.problems)
    return {
        "summary": html.escape(summary),
        "filters": filters_html(events, query),
        "timeline": timeline_svg(chosen, query),
        "countries": countries_html(chosen, query),
        "events": events_html(chosen, query),
        "incidents": incidents_html(incidents, query),
    }


# --- timeline -----------------------------------------------------------------------------


def timeline_day(event: Event) -> tuple[str | None, bool]:
    """The day an event is drawn on, and whether that is its publication day.

    A date the text gives to the day is used as is; an event the text does not date is drawn
    on its publication day (told apart); a date known only to the week, month or year is not
    drawn (None).
    """
    when = event.get("date") or {}
    if when.get("basis") == "text":
        start = when.get("start")
        if when.get("granularity") == "day" and isinstance(start, str) and _is_day(start[:10]):
            return start[:10], False
        return None, False
    published = event.get("published_at")
    if isinstance(published, str) and _is_day(published[:10]):
        return published[:10], True
    return None, True


@dataclass(frozen=True, slots=True)
class Facts:
    """What the timeline and the country table need of one event, worked out once."""

    day: str | None
    by_publication: bool
    category: str
    actors: frozenset[str]
    targets: frozenset[str]
    place: str | None

    @property
    def involved(self) -> frozenset[str]:
        return self.actors | self.targets | ({self.place} if self.place else frozenset())


_FACTS: dict[int, tuple[Event, Facts]] = {}
"""id(event) → (event, its facts). Holding the event keeps its id from being reused."""


def facts_of(event: Event) -> Facts:
    """The event's :class:`Facts` (cached while the event is in a window)."""
    hit = _FACTS.get(id(event))
    if hit is not None and hit[0] is event:
        return hit[1]
    day, by_publication = timeline_day(event)
    location = event.get("location")
    found = Facts(
        day,
        by_publication,
        str(event.get("category") or ""),
        frozenset(_countries(event.get("actors"))),
        frozenset(_countries(event.get("targets"))),
        location.get("country") or None if type(location) is dict else None,
    )
    _FACTS[id(event)] = (event, found)
    return found


def forget_facts(keep: Sequence[Event]) -> None:
    """Drop cached facts of events no longer in ``keep`` (once the cache outgrows it)."""
    global _FACTS
    if len(_FACTS) > 2 * len(keep) + 1000:
        _FACTS = {id(e): hit for e in keep if (hit := _FACTS.get(id(e))) and hit[0] is e}


SERIES = (
    ("diplomatic", False, "dip", "diplomatic, dated in the text"),
    ("diplomatic", True, "dip-pub", "diplomatic, publication date"),
    ("military", False, "mil", "military, dated in the text"),
    ("military", True, "mil-pub", "military, publication date"),
)


def _bins(first: date, last: date) -> tuple[str, list[tuple[date, date]]]:
    span = (last - first).days + 1
    if span <= 120:
        return "day", [(first + timedelta(d), first + timedelta(d)) for d in range(span)]
    if span <= 3 * 366:
        start = first - timedelta(first.weekday())
        weeks = []
        while start <= last:
            weeks.append((start, start + timedelta(6)))
            start += timedelta(7)
        return "week", weeks
    months = []
    start = first.replace(day=1)
    while start <= last:
        following = (start + timedelta(32)).replace(day=1)
        months.append((start, following - timedelta(1)))
        start = following
    return "month", months


def timeline_svg(events: Sequence[Event], query: Query) -> str:
    """Stacked bars of events per day (per week or month over long spans) by category, the
    publication-dated part hatched; each bar links to its date range."""
    counts: dict[str, Counter[tuple[str, bool]]] = {}
    undrawn = 0
    for event in events:
        facts = facts_of(event)
        if facts.day is None:
            undrawn += 1
            continue
        counts.setdefault(facts.day, Counter())[(facts.category, facts.by_publication)] += 1
    note = (
        f'<p class="note">{undrawn:,} event{"s" if undrawn != 1 else ""} dated only to a week, '
        "month or year (or not at all) are not drawn.</p>"
        if undrawn
        else ""
    )
    if not counts:
        return '<p class="empty">No dated events yet.</p>' + note
    days = sorted(counts)
    unit, bins = _bins(date.fromisoformat(days[0]), date.fromisoformat(days[-1]))
    per_bin: list[Counter[tuple[str, bool]]] = [Counter() for _ in bins]
    index = 0
    for day in days:
        when = date.fromisoformat(day)
        while bins[index][1] < when:
            index += 1
        per_bin[index].update(counts[day])
    width, height, left, bottom, top = 960, 190, 40, 26, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(sum(c.values()) for c in per_bin) or 1
    step = plot_w / len(bins)
    bar = max(step * 0.82, 1.0) if step > 2 else step
    parts = [
        f'<svg id="timeline-svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="events per {unit}" data-unit="{unit}" data-bars="{len(bins)}">',
        "<defs>",
        *(
            f'<pattern id="hatch-{cls}" width="5" height="5" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="5" height="5" class="{cls}-bg"/>'
            f'<line x1="0" y1="0" x2="0" y2="5" class="{cls}-line"/></pattern>'
            for cls in ("dip", "mil")
        ),
        "</defs>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" class="axis"/>',
        f'<text x="{left - 6}" y="{top + 9}" class="tick" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" class="tick" text-anchor="end">0</text>',
    ]
    for i, ((start, end), bin_counts) in enumerate(zip(bins, per_bin, strict=True)):
        total = sum(bin_counts.values())
        x = left + i * step
        if total:
            label = start.isoformat() if unit == "day" else f"{start} – {end}"
            detail = ", ".join(
                f"{bin_counts[(cat, pub)]} {name}"
                for cat, pub, _, name in SERIES
                if bin_counts[(cat, pub)]
            )
            href = query.href(since=start.isoformat(), until=end.isoformat())
            parts.append(
                f'<a href="{html.escape(href)}" data-filter="1" class="bin" '
                f'data-since="{start}" data-count="{total}"><title>{label}: {total} '
                f"({html.escape(detail)})</title>"
                f'<rect x="{x:.2f}" y="{top}" width="{step:.2f}" height="{plot_h}" class="hit"/>'
            )
            y = top + plot_h
            for cat, pub, cls, _ in SERIES:
                n = bin_counts[(cat, pub)]
                if not n:
                    continue
                h = n / peak * plot_h
                y -= h
                fill = _hatch(cls) if pub else ""
                parts.append(
                    f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar:.2f}" height="{h:.2f}" '
                    f'class="{cls}"{fill}/>'
                )
            parts.append("</a>")
    ticks = min(6, len(bins))
    for k in range(ticks):
        i = round(k * (len(bins) - 1) / max(ticks - 1, 1))
        x = left + i * step + step / 2
        anchor = "start" if k == 0 else "end" if k == ticks - 1 else "middle"
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8}" class="tick" text-anchor="{anchor}">'
            f"{bins[i][0].isoformat()}</text>"
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span class="key"><svg width="12" height="12"><rect width="12" height="12" '
        f'class="{cls}"{_hatch(cls) if pub else ""}/></svg>{name}</span>'
        for _, pub, cls, name in SERIES
    )
    caption = f'<p class="legend">Events per {unit} by event date · {legend}</p>'
    return "".join(parts) + caption + note


def _hatch(cls: str) -> str:
    return f' fill="url(#hatch-{cls[:3]})"'


# --- countries ----------------------------------------------------------------------------


def countries_html(events: Sequence[Event], query: Query) -> str:
    """The countries most involved, as actors, targets and places; each links to its filter."""
    actor_codes: list[str] = []
    target_codes: list[str] = []
    place_codes: list[str] = []
    involved_codes: list[str] = []
    for event in events:
        facts = facts_of(event)
        actor_codes.extend(facts.actors)
        target_codes.extend(facts.targets)
        if facts.place:
            place_codes.append(facts.place)
        involved_codes.extend(facts.involved)
    as_actor, as_target = Counter(actor_codes), Counter(target_codes)
    as_place, involved = Counter(place_codes), Counter(involved_codes)
    if not involved:
        return '<p class="empty">No countries yet.</p>'
    names = country_names()
    top = involved.most_common(TOP_COUNTRIES)
    peak = max(max(as_actor.values(), default=1), max(as_target.values(), default=1), 1)
    rows = []
    selected = query.values.get("country")
    for code, total in top:
        name = names.get(code, code)
        cls = ' class="selected"' if code == selected else ""
        rows.append(
            f'<tr{cls}><td><a href="{html.escape(query.toggle("country", code))}" '
            f'data-filter="1" data-country="{code}" title="{html.escape(name)}: show only its events">'
            f'<span class="iso">{code}</span> {html.escape(name)}</a></td>'
            f"<td>{_bar(as_actor[code], peak, 'act')}</td>"
            f"<td>{_bar(as_target[code], peak, 'tgt')}</td>"
            f'<td class="num">{as_place[code] or ""}</td><td class="num">{total}</td></tr>'
        )
    return (
        '<table class="countries"><thead><tr><th>country</th><th>as actor</th><th>as target</th>'
        '<th class="num">place</th><th class="num">events</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _countries(group: Any) -> set[str]:
    return {a["country"] for a in group or () if type(a) is dict and a.get("country")}


def _bar(n: int, peak: int, cls: str) -> str:
    if not n:
        return ""
    return (
        f'<span class="count">{n}</span>'
        f'<span class="bar {cls}" style="width:{max(n / peak * 55, 2):.0f}%"></span>'
    )


# --- latest events ------------------------------------------------------------------------


def events_html(events: Sequence[Event], query: Query, limit: int = LATEST_ROWS) -> str:
    """Rows of the latest events (newest first): date, type, actors → targets, place,
    quantities and the evidence sentence with the trigger marked."""
    if not events:
        return '<tr class="empty"><td colspan="6">No events match.</td></tr>'
    rows = [_event_row(e, query) for e in reversed(events[-limit:])]
    if len(events) > limit:
        rows.append(
            f'<tr class="more"><td colspan="6">… and {len(events) - limit:,} older '
            "matching events in the window</td></tr>"
        )
    return "".join(rows)


def _event_row(event: Event, query: Query) -> str:
    when = event.get("date") or {}
    day, by_publication = timeline_day(event)
    if by_publication:
        shown, hint = f"~{day or '?'}", "publication date: the text gives no date"
    else:
        shown = str(when.get("value") or when.get("start") or "?")
        hint = f"“{when.get('text')}” ({when.get('granularity')})" if when.get("text") else ""
    category = str(event.get("category") or "")
    kind = str(event.get("type") or "?")
    location = event.get("location") or {}
    place = ""
    if isinstance(location, Mapping) and location.get("name"):
        place = html.escape(str(location["name"]))
        if location.get("country"):
            place += f' <span class="iso">{html.escape(str(location["country"]))}</span>'
    quantities = "; ".join(
        str(q.get("text") or "") for q in event.get("quantities") or [] if isinstance(q, Mapping)
    )
    evidence = event.get("evidence") or {}
    sentence = mark_trigger(str(evidence.get("sentence") or ""), str(event.get("trigger") or ""))
    negated = ' <span class="neg">not</span>' if event.get("negated") else ""
    return (
        f'<tr data-id="{html.escape(str(event.get("event_id")))}" class="{html.escape(category)}">'
        f'<td class="date{" pub" if by_publication else ""}" title="{html.escape(hint)}">'
        f"{html.escape(shown)}</td>"
        f'<td><a href="{html.escape(query.toggle("type", kind))}" data-filter="1" '
        f'class="type {html.escape(category)}">{html.escape(kind)}</a>{negated}</td>'
        f"<td>{_people(event.get('actors'))}"
        + (f" → {_people(event.get('targets'))}" if event.get("targets") else "")
        + f"</td><td>{place}</td><td>{html.escape(quantities)}</td>"
        f'<td class="evidence">{sentence}</td></tr>'
    )


def _people(group: Any) -> str:
    out = []
    for actor in group or []:
        if not isinstance(actor, Mapping):
            continue
        name = html.escape(str(actor.get("name") or actor.get("text") or "?"))
        if actor.get("country"):
            name += f' <span class="iso">{html.escape(str(actor["country"]))}</span>'
        out.append(name)
    return ", ".join(out) or "—"


def mark_trigger(sentence: str, trigger: str) -> str:
    """The sentence as HTML with each word of the trigger (first occurrence, in order, whole
    words, any case) inside ``<mark>``."""
    spans: list[tuple[int, int]] = []
    position = 0
    for word in trigger.split():
        found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(sentence, position)
        if found is None:
            found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(sentence)
            if found is None or any(s < found.end() and found.start() < e for s, e in spans):
                continue
        spans.append(found.span())
        position = found.end()
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(html.escape(sentence[last:start]))
        out.append(f"<mark>{html.escape(sentence[start:end])}</mark>")
        last = end
    out.append(html.escape(sentence[last:]))
    return "".join(out)


# --- filters ------------------------------------------------------------------------------


def filters_html(events: Sequence[Event], query: Query) -> str:
    """The filter form: type, category, country (those in the window), date range."""
    v = query.values
    names = country_names()
    seen: set[str] = set()
    for event in events:
        seen |= facts_of(event).involved
    if v.get("country"):
        seen.add(v["country"])
    countries = sorted(seen, key=lambda c: names.get(c, c))

    def select(key: str, options: Sequence[tuple[str, str]], everything: str) -> str:
        opts = [f'<option value="">{everything}</option>'] + [
            f'<option value="{html.escape(value)}"{" selected" if v.get(key) == value else ""}>'
            f"{html.escape(label)}</option>"
            for value, label in options
        ]
        return f'<select name="{key}" id="f-{key}" aria-label="{key}">{"".join(opts)}</select>'

    return (
        select("type", [(t, t.replace("_", " ")) for t in event_types()], "all types")
        + select("category", [(c, c) for c in EVENT_CATEGORIES], "both categories")
        + select("country", [(c, f"{names.get(c, c)} ({c})") for c in countries], "all countries")
        + f'<label>from <input type="date" name="since" id="f-since" value="{html.escape(v.get("since", ""))}"></label>'
        + f'<label>to <input type="date" name="until" id="f-until" value="{html.escape(v.get("until", ""))}"></label>'
        + '<noscript><button type="submit">apply</button></noscript>'
        + ('<a href="?" data-filter="1" id="f-clear">clear filters</a>' if v else "")
    )


# --- incidents ----------------------------------------------------------------------------


def incidents_html(incidents: Sequence[Mapping[str, Any]], query: Query) -> str:
    """The incidents with the most mentions (the type, category and country filters apply);
    a row's tooltip is its representative evidence sentence."""
    v = query.values
    chosen = [
        i
        for i in incidents
        if (not v.get("type") or i.get("type") == v["type"])
        and (not v.get("category") or i.get("category") == v["category"])
        and (not v.get("country") or v["country"] in _incident_countries(i))
    ]
    if not chosen:
        return '<p class="empty">No incidents in the window.</p>'
    chosen.sort(key=lambda i: _count(i.get("mentions")), reverse=True)
    rows = []
    for incident in chosen[:TOP_INCIDENTS]:
        when = incident.get("date")
        day = _incident_day(when) if isinstance(when, Mapping) else when
        evidence = incident.get("evidence")
        if isinstance(evidence, Mapping):
            evidence = evidence.get("sentence")
        rows.append(
            f'<tr title="{html.escape(str(evidence or ""))}"><td>{html.escape(str(day or ""))}</td>'
            f'<td><span class="type {html.escape(str(incident.get("category") or ""))}">'
            f"{html.escape(str(incident.get('type') or '?'))}</span></td>"
            f"<td>{html.escape(_incident_parties(incident))}</td>"
            f'<td class="num">{_count(incident.get("mentions"))}</td>'
            f'<td class="num">{_count(incident.get("articles"))}</td></tr>'
        )
    return (
        '<table class="incidents"><thead><tr><th>date</th><th>type</th><th>countries</th>'
        '<th class="num" title="mentions: events reporting it">ment.</th>'
        '<th class="num" title="distinct articles">art.</th></tr>'
        "</thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _incident_day(when: Mapping[str, Any]) -> str:
    """The incident's best date, else ``~`` and the publication days its mentions allow."""
    if when.get("value"):
        return str(when["value"])
    start, end = when.get("start"), when.get("end")
    if not start:
        return ""
    return f"~{start}" if end in (None, start) else f"~{start}…{end}"


def _incident_parties(incident: Mapping[str, Any]) -> str:
    """``USA → IRN`` from the incident's actor and target countries (any country fields else)."""
    actors, targets = incident.get("actor_countries"), incident.get("target_countries")
    if isinstance(actors, list) or isinstance(targets, list):
        text = ", ".join(str(c) for c in actors or [])
        if targets:
            text += " → " + ", ".join(str(c) for c in targets)
        return text
    return ", ".join(sorted(_incident_countries(incident)))


def _incident_countries(incident: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    for key, value in incident.items():
        if "countr" not in key:
            continue
        items = value if isinstance(value, list) else [value]
        found |= {c for c in items if isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)}
    location = incident.get("location")
    if isinstance(location, Mapping) and isinstance(location.get("country"), str):
        found.add(location["country"])
    return found


def _count(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, list | dict):
        return len(value)
    return 0
