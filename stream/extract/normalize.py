"""Clean messy article text for parsing while keeping a map back to the original offsets.

Wire text arrives with HTML entities and tags, curly quotes, datelines ("KYIV, Ukraine —")
and stray line or paragraph breaks inside sentences ("increase\\n\\nto 12,000."); BBC copy gives
amounts again in other currencies in brackets ("dollars 717m (pounds 379m)"). The parser
sees the cleaned text; evidence offsets must still point into the original, so every edit is
recorded and :meth:`NormalizedText.to_original` maps a cleaned offset back.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
    }
)

# The parts of a dateline: capitalised place words with an optional region or country, an
# optional news agency, and the dash that ends it.
_PLACE = r"[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,40}?)?"
# A place written in small letters, as the English services of national agencies write it
# ("Beijing, April 3 (Xinhua) --", "Pyongyang, March 8 (KCNA) --"): taken only before a date.
_CALENDAR = json.loads((Path(__file__).parent / "data" / "timex.json").read_text("utf-8"))
# never a day's or a month's name ("Tuesday, March 3 - the talks resumed")
TITLE_PLACE = (
    r"(?!(?:"
    + "|".join(w for w in (*_CALENDAR["weekdays"], *_CALENDAR["months"]) if w.isalpha())
    + r")\b)[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2}"
)
_AGENCIES: dict[str, str | None] = json.loads(
    (Path(__file__).parent / "data" / "news_agencies.json").read_text("utf-8")
)["agencies"]
NEWS_AGENCY_STATES: Mapping[str, str | None] = MappingProxyType(_AGENCIES)
"""Each agency of data/news_agencies.json → the state whose national service it is (None for an
international one)."""
AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True))
"""The agencies of data/news_agencies.json as one alternation, longest first."""
# An agency's mark in brackets or bare ("MOSCOW, March 18 TASS --", "PYONGYANG, Sept. 17 Kyodo --")
_AGENCY = r"(?:\s*\((?:" + AGENCY_NAMES + r")\)|\s+(?:" + AGENCY_NAMES + r"))?"
_DASH = r"\s*[—–-]{1,2}\s+"
_DATELINE = re.compile(r"\A\s*(?P<place>" + _PLACE + ")" + _AGENCY + _DASH)
# A dateline that also names the day ("LONDON, April 29 -", "TAUPO, New Zealand, March 24 -",
# "NICOSIA, Oct 19 -", "Beijing, April 3 (Xinhua) --"): kept in the text, whose dates read its
# day, but parsed apart.
_DATED_DATELINE = re.compile(
    r"\A\s*(?:"
    + _PLACE
    + "|"
    + TITLE_PLACE
    + r"),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    + _AGENCY
    + _DASH
    + r"(?=\S)"
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
# A wire service's mark around a company's name ("<Gregg River Co> of Canada agreed"): a
# capitalised name of words with small letters, kept for the parser as the firm it names; a
# ticker in capitals ("Nippon Kokan KK <NKKT.T>") or a markup tag goes
_COMPANY_MARK = re.compile(r"<([A-Z][\w&.,'()/-]*(?: [\w&.,'()/-]+)*)>")


def _untag(mark: re.Match[str]) -> str:
    """A company's name of a wire mark; a ticker or a markup tag as a space."""
    name = _COMPANY_MARK.fullmatch(mark.group())
    if name and any(c.islower() for c in name.group(1)):
        return f" {name.group(1)}"  # the space for '<', so the name keeps its offsets
    return " "


# A line break (single or a blank line) that does not end a sentence: the next line starts
# in lower case or with a digit, and the line before does not end in sentence punctuation.
_STRAY_BREAK = re.compile(r"(?<=[^\s.!?:;\"'])[ \t]*(?:\r?\n[ \t]*){1,3}(?=[a-z0-9(])")
_SPACES = re.compile(r"[ ]{2,}")
_WIRE = json.loads((Path(__file__).parent / "data" / "wire_capitals.json").read_text("utf-8"))
_KEPT_CAPITALS = frozenset(_WIRE["name_words"]) | frozenset(_WIRE["sentence_starts"])
_FUNCTION_CAPITALS = frozenset(_WIRE["function_words"])
# A capitalised word after a country's abbreviation ('the U.S. Attack on', 'U.S. And Japan'):
# the old wire's capital, not a name's, unless a capitalised word follows it (data/wire_capitals.json).
_WIRE_CAPITAL = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, _WIRE["abbreviations"])) + r") "
    r"(?P<word>[A-Z][a-z]+)(?![\w'-])(?P<name>(?=,? +[A-Z]))?"
)


_TIME_OPENERS = frozenset(_WIRE["time_openers"])
_TIME_NOUN = re.compile(r" (?:" + "|".join(_WIRE["time_nouns"]) + r")\b")
_CLAUSE_OPENERS = frozenset(_WIRE["clause_openers"])
_OBJECT_CLAUSE_VERB = re.compile(
    r"\b(?:" + "|".join(_WIRE["object_clause_verbs"]) + r")(?: to)? the $", re.IGNORECASE
)
_VERB_REACH = 40  # characters before the abbreviation that verb is sought in


def _lower_wire_capital(m: re.Match[str]) -> str:
    """The match with its word in lower case, unless a name or a new sentence owns it."""
    word = m.group("word")
    kept = word in _KEPT_CAPITALS and not _continues_sentence(m, word)
    if kept or (m.group("name") is not None and word not in _FUNCTION_CAPITALS):
        return m.group()
    return m.group()[: m.start("word") - m.start()] + word.lower()


def _continues_sentence(m: re.Match[str], word: str) -> bool:
    """Whether a word new sentences often start with goes on the abbreviation's sentence:
    a time ('trade with the U.S. This year') or, after a verb whose person object a clause
    or a second object follows, that clause or object ('persuade the U.S. That its policy is
    fair', 'explain to the U.S. The guidelines')."""
    text = m.string
    if word in _TIME_OPENERS:
        return _TIME_NOUN.match(text, m.end()) is not None
    if word in _CLAUSE_OPENERS:
        reach = max(0, m.start() - _VERB_REACH)
        return _OBJECT_CLAUSE_VERB.search(text, reach, m.start()) is not None
    return False


# An amount given again in other currencies in brackets after the first ("dollars 717m
# (pounds 379m)", "3m euros (pounds 2.1m; dollars 4.1m)"): dropped, so the parser reads the
# amount and what follows it ("... of aid") as one phrase.
_MONEY = r"(?:dollars|pounds|euros|yen|rupees|francs|marks)"
_AMOUNT = r"\d[\d.,]*\s?(?:m|bn|tn|k|million|billion|trillion)?"
_SUM = rf"(?:{_MONEY}\s?{_AMOUNT}|{_AMOUNT}\s?{_MONEY})"  # 'pounds 2.1m', '230.9bn euros'
_CONVERSION = re.compile(rf"(?<=\d|[a-z]) \((?:US\s)?{_SUM}(?:\s?;\s?{_SUM})*\)")


# British 'co-operate', 'co-ordinated', 'co-operation' and the 'co-chairs' of a mediating group:
# the tokenizer splits them at the hyphen ('co', '-', 'operate'; 'co', '-', 'chairs', three
# subjects), so the words the lexicon knows ('cooperate', 'coordinate') are written without it,
# and so is 'cochairs', one noun whose 'of' object is its body.
_CO_HYPHEN = re.compile(r"\b([Cc]o)-(?=(?:operat|ordinat|chair)[a-z]*\b)")

# AP's 'cease-fire': split at the hyphen the parser reads 'fire' alone, a shot fired; written
# 'ceasefire' as Reuters writes it.
_CEASE_HYPHEN = re.compile(r"\b([Cc]ease)-(?=fires?\b)")
# 'North and South Korean officials', 'East and West Germany': both parts of a divided state
# (data/place_words.json divided_states), the first spelled out in full
_DIVIDED = json.loads((Path(__file__).parent / "data" / "place_words.json").read_text("utf-8"))[
    "divided_states"
]["words"]
_COMPASS_PAIR = re.compile(
    r"\b(North|South|East|West) and (North|South|East|West) ("
    + "|".join(re.escape(w) for w in sorted(_DIVIDED, key=len, reverse=True))
    + r")\b"
)


@dataclass(slots=True)
class NormalizedText:
    """Cleaned text plus the piecewise offset map back to the original."""

    text: str
    original: str
    dateline: str | None = None
    # Sorted cleaned-offset starts and the original offset each piece starts at.
    _norm_starts: list[int] = field(default_factory=list)
    _orig_starts: list[int] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        """Map an offset in the cleaned text to the corresponding original offset."""
        if not self._norm_starts:
            return offset
        i = bisect_right(self._norm_starts, offset) - 1
        if i < 0:
            return offset
        return min(self._orig_starts[i] + (offset - self._norm_starts[i]), len(self.original))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned [start, end) span to the original text, trimming outer whitespace."""
        o_start, o_end = self.to_original(start), self.to_original(end)
        if end > start:  # the end maps through the last character, not past a removed gap
            o_end = self.to_original(end - 1) + 1
        while o_start < o_end and self.original[o_start].isspace():
            o_start += 1
        while o_end > o_start and self.original[o_end - 1].isspace():
            o_end -= 1
        return o_start, o_end


class _Builder:
    """Accumulates output text while recording where each piece came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.length = 0

    def copy(self, text: str, orig_start: int) -> None:
        if text:
            self._add(text, orig_start)

    def replace(self, text: str, orig_start: int) -> None:
        self._add(text, orig_start)

    def _add(self, text: str, orig_start: int) -> None:
        self.norm_starts.append(self.length)
        self.orig_starts.append(orig_start)
        self.parts.append(text)
        self.length += len(text)


def _copy_span(b: _Builder, text: str, start: int, end: int, base: NormalizedText) -> None:
    """Copy ``text[start:end]``, split wherever ``base``'s offset map has a piece boundary."""
    lo = bisect_right(base._norm_starts, start)
    hi = bisect_right(base._norm_starts, end - 1) if end > start else lo
    cuts = [start, *base._norm_starts[lo:hi], end]
    for a, z in zip(cuts, cuts[1:], strict=False):
        b.copy(text[a:z], base.to_original(a))


def _rewrite(text: str, pattern: re.Pattern[str], repl, base: NormalizedText) -> NormalizedText:
    """Apply one regex rewrite, composing the new offset map with ``base``'s."""
    b = _Builder()
    pos = 0
    for m in pattern.finditer(text):
        _copy_span(b, text, pos, m.start(), base)
        b.replace(repl(m), base.to_original(m.start()))
        pos = m.end()
    if pos == 0 and not b.parts:
        return base
    _copy_span(b, text, pos, len(text), base)
    return NormalizedText(
        "".join(b.parts), base.original, base.dateline, b.norm_starts, b.orig_starts
    )


def normalize(original: str) -> NormalizedText:
    """Clean ``original`` for parsing; offsets map back with ``to_original``."""
    # Same-length character swaps first: they need no offset bookkeeping.
    current = NormalizedText(original.translate(_QUOTES), original)
    if "<" in current.text:
        current = _rewrite(current.text, _TAG, _untag, current)
    if "&" in current.text:
        current = _rewrite(
            current.text, _ENTITY, lambda m: html.unescape(m.group()).translate(_QUOTES), current
        )
    dateline = _DATELINE.match(current.text)
    if dateline and dateline.group("place").split(",")[0].strip().isupper():
        place = dateline.group("place").strip()
        current = _rewrite(current.text, _DATELINE, lambda m: "", current)
        current.dateline = place
    current = _rewrite(current.text, _STRAY_BREAK, lambda m: " ", current)
    current = _rewrite(current.text, _SPACES, lambda m: " ", current)
    if "." in current.text:
        current = _rewrite(current.text, _WIRE_CAPITAL, _lower_wire_capital, current)
    if "(" in current.text:
        current = _rewrite(current.text, _CONVERSION, lambda m: "", current)
    if any(cue in current.text for cue in ("o-o", "o-O", "o-ch", "o-Ch")):
        current = _rewrite(current.text, _CO_HYPHEN, lambda m: m.group(1), current)
    if "e-fire" in current.text:
        current = _rewrite(current.text, _CEASE_HYPHEN, lambda m: m.group(1), current)
    if " and " in current.text:
        current = _rewrite(
            current.text,
            _COMPASS_PAIR,
            lambda m: f"{m.group(1)} {m.group(3)} and {m.group(2)} {m.group(3)}",
            current,
        )
    return current


_AGENCY_MARK = re.compile(r"(?:\((" + AGENCY_NAMES + r")\)|\s(" + AGENCY_NAMES + r"))" + _DASH)


def agency_home(text: str) -> str | None:
    """The state whose national news agency's mark the article's dateline carries ('LAHORE,
    Feb 21 (PTI) --': India; 'PYONGYANG, Sept. 17 Kyodo --': Japan), from
    data/news_agencies.json; None for an international service or no mark."""
    line = _DATED_DATELINE.match(text) or _DATELINE.match(text)
    if line is None:
        return None
    mark = _AGENCY_MARK.search(text, 0, line.end())
    return _AGENCIES.get(mark.group(1) or mark.group(2)) if mark else None


def dated_dateline_end(text: str) -> int | None:
    """Where the story starts after a dateline that names its day ("LONDON, April 29 - Iran's
    navy commander warned …"), or None. The parser reads the dateline apart: run into the
    lead sentence it takes the place for the subject and the real subject for its apposition.
    """
    found = _DATED_DATELINE.match(text)
    return found.end() if found else None


def dateline_place(text: str) -> str | None:
    """The place of a dateline in capitals that opens ``text``, with or without its day
    ('MANILA, Philippines (AP) -': 'MANILA, Philippines'; 'LIMA, April 6 (Reuter) -': 'LIMA'),
    else None."""
    found = _DATELINE.match(text)
    if found and found.group("place").split(",")[0].strip().isupper():
        return found.group("place").strip()
    dated = _DATED_DATELINE.match(text)
    if dated and dated.group().split(",")[0].strip().isupper():
        return dated.group().split(",")[0].strip()
    return None
