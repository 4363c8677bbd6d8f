"""Broadcast-monitoring reports read item by item, in the broadcaster's voice.

The monitoring services (the BBC Summary of World Broadcasts, the FBIS Daily Report) print what
a state's radio or news agency said, item by item, each under or after a source line that
names the station, the language, the time and the day of the broadcast ('Source: Tehran home
service in Persian 1030 gmt 11 Feb 86', 'Kabul Domestic Service in Dari 1530 GMT 9 Mar 89',
'(Managua home service in Spanish 1800 gmt 7 Dec 86)' at an item's end). The translated body
speaks as the station's state: 'our forces', 'our air force' and a bare 'Foreign Ministry' are
that state's, and 'today', 'yesterday' and 'this morning' count from the broadcast day, not
from the day the service printed the item. ``monitored_items`` finds the items, the day of each
and the state whose station speaks in it (``Item.voice``), so the extractor reads each item as
a story of its own, told by that state on that day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from stream.extract.timex import MONTHS

_STAMP = (
    r"(?P<station>[A-Z][^\n()\[\]]{1,80}?)"  # 'Tehran home service', 'Radio Chad, N'Djamena'
    r"(?:,?[ \t]+in[ \t]+(?P<lang>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"  # 'in Persian'
    r"[ \t]+(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)[ \t]+(?:gmt|GMT)"  # '1030 gmt'
    r"[ \t]+(?P<day>[0-3]?\d)[ \t]+(?P<mon>[A-Za-z]{3})[a-z]*\.?[ \t]+(?P<year>\d{4}|\d{2})"
)
_HEAD_LINE = re.compile(r"^[ \t]*(?:Source:[ \t]*)?" + _STAMP + r"[ \t]*$", re.M)
"""A source line heading its item ('Source: Tehran home service in Persian 1030 gmt 11 Feb 86')."""
_TAIL_LINE = re.compile(r"\(" + _STAMP + r"\)[ \t]*$", re.M)
"""A source line closing its item's last paragraph ('… said. (Managua home service in Spanish
1800 gmt 7 Dec 86)')."""
_STATION_WORD = re.compile(r"[A-Z][\w'-]*(?:-[A-Z][\w'-]*)*")


@dataclass(frozen=True, slots=True)
class Item:
    """One monitored item: its span in the text, the day and time of its broadcast and the
    state whose station or agency speaks in it (None when the source line names none)."""

    start: int
    end: int
    day: date
    time: str  # 'HH:MM' GMT
    voice: str | None

    @property
    def published_at(self) -> str:
        """The broadcast's time as RFC 3339, the reference for the item's relative dates."""
        return f"{self.day.isoformat()}T{self.time}:00Z"


def _day(found: re.Match[str]) -> date | None:
    month = MONTHS.get(found.group("mon").title())  # 'Feb', 'MAR' (the first three letters)
    year = int(found.group("year"))
    if len(found.group("year")) == 2:
        year += 1900 if year >= 30 else 2000
    try:
        return date(year, month, int(found.group("day"))) if month else None
    except ValueError:
        return None


def station_state(station: str, country_of: Callable[[str], str | None]) -> str | None:
    """The state whose station or agency a source line names: the first of its capitalised
    words (or hyphened names: 'ITAR-TASS') that ``country_of`` gives a country ('Tehran home
    service': Iran; 'Voice of the Broad Masses of Eritrea': Eritrea; 'Radio Chad, N'Djamena':
    Chad; 'ANGOP': Angola)."""
    for word in _STATION_WORD.findall(station):
        country = country_of(word)
        if country is not None:
            return country
    return None


def monitored_items(text: str, country_of: Callable[[str], str | None]) -> list[Item] | None:
    """The items of a monitoring report, in text order, or None when ``text`` has no source
    line of a broadcast. Items headed by their source line run to the next such line (the
    lines before the first, a heading, join the first); items closed by one ('(Managua home
    service … 7 Dec 86)') run from the end of the one before (what follows the last joins
    it). ``country_of`` gives a station word's state (``station_state``)."""
    heads = [m for m in _HEAD_LINE.finditer(text) if _day(m) is not None]
    tails = [] if heads else [m for m in _TAIL_LINE.finditer(text) if _day(m) is not None]
    if not heads and not tails:
        return None
    marks = heads or tails
    if heads:
        starts = [0, *(m.start() for m in heads[1:])]
        ends = [*starts[1:], len(text)]
    else:
        ends = [m.end() for m in tails]
        ends[-1] = len(text)
        starts = [0, *ends[:-1]]
    items = []
    for mark, start, end in zip(marks, starts, ends, strict=True):
        day = _day(mark)
        if day is None:
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        stop = start + len(text[start:end].rstrip())
        if stop > start:
            time = f"{mark.group('hh')}:{mark.group('mm')}"
            voice = station_state(mark.group("station"), country_of)
            items.append(Item(start, stop, day, time, voice))
    return items or None
