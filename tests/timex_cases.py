"""Tables of TIMEX3 cases for the round test files: a line "DCT | text | expression | type |
value" each (lines opening with "#" say what the cases after them show)."""

from __future__ import annotations

import datetime as dt

from stream.extract.timex import tag


def found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression the tagger finds."""
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def cases(table: str) -> list[tuple[str, dt.date, tuple[str, str, str]]]:
    """The table's cases as (text, DCT, (expression, type, value))."""
    out = []
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        day, text, expr, typ, value = (f.strip() for f in line.split("|"))
        out.append((text, dt.date.fromisoformat(day), (expr, typ, value)))
    return out
