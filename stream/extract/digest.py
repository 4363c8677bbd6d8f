"""World news digests read item by item.

A digest ('World News Summary', 'News in brief', 'International briefs') runs short items from
different countries one after another, each opening with its own place line ('MANILA,
Philippines (AP) -', 'KAMPALA -'). Read as one story, the first item's dateline would stand
for every bare office after it ('the government', 'the army', 'It said') and one item's days
would carry into the next. ``digest_items`` cuts such a text into its items, so that each is
read as a story of its own: its place line is its dateline, the look-back for a bare office or
a pronoun stops at its start, and its weekdays resolve against the publication date alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .normalize import dateline_place

MIN_ITEMS = 3
"""Paragraphs opening with a place line that make a text a digest (a story with one dateline
and, rarely, a second place line in its body stays whole)."""

_PARAGRAPH_START = re.compile(r"\n\s*(?=\S)")


def digest_items(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]] | None:
    """The (start, end) character spans of a digest's items in ``text``: one from each
    paragraph that opens with a place line of a place ``known`` to the gazetteer to the next
    such paragraph, and the lines before the first (a heading such as 'Following is a summary
    of world news') as one more; None when fewer than ``MIN_ITEMS`` paragraphs open with such
    a place line or they all name the same place (a story filed in parts from one city). A
    market table's capitalised heads ('WHEAT - No Two Soft Red') are no places."""
    starts = [0, *(m.end() for m in _PARAGRAPH_START.finditer(text))]
    items: list[int] = []
    places: set[str] = set()
    for start in starts:
        place = dateline_place(text[start : start + 120])
        if place is not None and known(place):
            items.append(start)
            places.add(place.split(",")[0].strip().upper())
    if len(items) < MIN_ITEMS or len(places) < 2:
        return None
    cuts = [0, *items] if items[0] > 0 else items
    spans = []
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        stop = len(text[start:end].rstrip()) + start
        if stop > start:
            spans.append((start, stop))
    return spans
