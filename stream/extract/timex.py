"""TIMEX3 temporal expression tagger and event dating for English news.

Public API (stable)::

    Timex(start, end, text, type, value, mod, anchor)
        One temporal expression: character offsets into the text as given, its TIMEX3 type
        (DATE, TIME, DURATION or SET), normalised TIMEX3 value and optional mod
        (START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS...).
        ``anchor`` is set on an anchored duration only: the calendar value the duration
        reaches ("two days" in "on Oct. 12 ... two days later" has value P2D, anchor
        2024-10-14); it dates events and is written by ``as_dict`` only when set.

    tag(text, dct, *, doc=None) -> list[Timex]
        Finds and normalises the expressions of one document. ``dct`` is the document
        creation (publication) date that relative expressions are resolved against; ``doc``
        is an optional spaCy Doc of the same text whose parse gives the tense of the verb
        governing each expression (otherwise cheap lexical cues are used).

    tag_article(text, dct, *, doc=None) -> (list[Timex], Timex | None)
        ``tag`` for a news article: relative expressions resolve against the day its
        dateline names ("BAHRAIN, March 5 - ...") when it names one, else the DCT; also
        returns the dateline's own expression. ``dateline_day(text, dct)`` is that day.

    event_date(timexes, sent_start, sent_end, trigger_token, status, dct, dateline=None)
        The ``date`` object of ``schemas/event.schema.json`` for one event: the calendar
        expression in the trigger's clause first, then in its sentence, then the dateline
        passed in. Only calendar values date an event (``calendar_value``: a day, week,
        month, quarter, half, season, year or decade; a time of day gives its day; an
        anchored duration gives its ``anchor``); other durations, sets, X values and
        PRESENT_REF/PAST_REF/FUTURE_REF never do. Without one, the
        publication-based date with a null value; a reference word in the trigger's clause
        ("now", "soon") then only turns a ``past`` status into ``ongoing`` or ``planned``.

    find_dateline(text, timexes) -> Timex | None
        The date of the article's dateline ("SALVADOR, Feb 26 - ...").

    timex_interval(value) -> (start, end, granularity)
        The ISO day interval a DATE/TIME value covers ("2024-W44" -> Monday..Sunday).

    timex_lines(text, dct) -> list[str]
        One JSON object per expression, as printed by ``eventstream timex``.

Normalisation follows the TimeML/TIMEX3 conventions of TimeBank and TempEval-3:

- spans exclude leading prepositions and keep determiners and modifiers
  ("the past three months", "early November", "more than three hours"); an adjectival
  quarter has no article ("the third-quarter loss" tags "third-quarter");
- weekdays, months without a year and seasons are resolved against the DCT using the tense
  of the governing verb ("met Tuesday" is the previous Tuesday, "will travel Tuesday" and
  "the leaders meet Tuesday" the next one; "said Tuesday" in Tuesday's paper is that day;
  "was expected to end Friday" looks back); deadlines ("through January") look ahead; with
  no tense an undated month or day is taken up to five months ahead, else in the past;
- "three days later", "a day earlier" are the durations "three days", "a day" (the signal
  word left out) with the day they reach as ``anchor``; the business idiom "a year earlier"
  is a date;
- "the following day", "a year later", "the same day", "the previous Friday" are anchored
  on the most recent date mentioned earlier in the text (yesterday, today and tomorrow
  included), or on the DCT when there is none;
- business reporting: "the quarter", "the latest period" are the quarter named last (else
  the last one completed before the DCT), "the quarter ended Sept. 30" the quarter that day
  closes; "the year-ago quarter", "the year-earlier period",
  "last year's quarter", "a year ago" in a report on a quarter are that quarter a year
  before; "the year ended June 30" is a duration (P1Y); "fiscal 1988" is 1988;
- vague periods are durations with X ("the next few days" = PXD), "recent years" and "past
  years" are PAST_REF, counted decades and centuries are durations in years ("the past
  decade" = P10Y, "two centuries" = P200Y), so are vague decades ("decades" = PXY), while
  vague centuries keep the CE unit (PXCE);
  "now"/"currently"/"current" (before a noun), "recently", "soon" are PRESENT_REF, PAST_REF
  and FUTURE_REF, while "former", "previously" and frequency adjectives ("quarterly
  dividend", "annual meeting") are not expressions;
- "last Thursday" in Friday's paper is the week before (not yesterday); days may be written
  in words ("May nine", "March eighth"); ages ("52 years old", "a 10-year-old") and
  fractions ("a quarter of") are not expressions;
- names and idioms ("the Sunday Times", "Radio 4's Today programme", "in some quarters",
  "today's world") and the halves of a match are not expressions; a length in two units
  ("two hours 45 minutes") is one duration, a month with a spoken year ("January nineteen
  ninety-seven") one date.

Matching is regex-based with patterns compiled at import; each pattern only runs in small
windows around the words it needs, which keeps tagging to about 0.25 ms per expression.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from stream.extract.model import EventDate, Status, publication_date
from stream.extract.normalize import AGENCY_NAMES, TITLE_PLACE

__all__ = [
    "Timex",
    "calendar_value",
    "event_date",
    "find_dateline",
    "tag",
    "tag_article",
    "dateline_day",
    "timex_interval",
    "timex_lines",
]


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 expression with offsets into the tagged text."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    anchor: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }
        if self.anchor is not None:
            out["anchor"] = self.anchor
        return out


# --------------------------------------------------------------------------- lexicon

_DATA: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "timex.json").read_text(encoding="utf-8")
)
MONTHS: dict[str, int] = _DATA["months"]
WEEKDAYS: dict[str, int] = _DATA["weekdays"]
NUMBERS: dict[str, int] = _DATA["numbers"]
VAGUE_NUMBERS: set[str] = set(_DATA["vague_numbers"])
ORDINALS: dict[str, int] = _DATA["ordinals"]
UNITS: dict[str, str] = _DATA["units"]
TIME_UNITS: set[str] = set(_DATA["time_units"])
SEASONS: dict[str, str] = _DATA["seasons"]
PARTS_OF_DAY: dict[str, str] = _DATA["parts_of_day"]
DECADE_WORDS: dict[str, int] = _DATA["decade_words"]
DURATION_MODS: dict[str, str] = _DATA["duration_mods"]
POINT_MODS: dict[str, str | None] = _DATA["point_mods"]
REF_WORDS: dict[str, str | None] = _DATA["ref_words"]
SETS: dict[str, str] = _DATA["sets"]
HOLIDAYS: dict[str, str] = _DATA["holidays"]
_HOLIDAY_KEYS = frozenset(w.lower() for k in HOLIDAYS for w in re.findall(r"[A-Za-z]+", k))
_HOLIDAYS_BY_LOWER = {name.lower(): (name, rule) for name, rule in HOLIDAYS.items()}
# the days a movable day was held on, by year, where no rule gives them ("Super Tuesday")
HOLIDAY_DATES: dict[str, dict[str, str]] = _DATA["holiday_dates"]
PAST_VERBS: set[str] = set(_DATA["past_verbs"])
PAST_PARTICIPLES: frozenset[str] = frozenset(_DATA["past_participles"])
"""Participles of irregular verbs that end neither in -ed nor -en ('have blown up')."""
NOT_PAST_ED: set[str] = set(_DATA["not_past_ed"])
FUTURE_CUES: set[str] = set(_DATA["future_cues"])
PRESENT_CUES: set[str] = set(_DATA["present_cues"])
FUNCTION_WORDS: set[str] = set(_DATA["function_words"])
PRESENT_VERBS: set[str] = set(_DATA["present_verbs"])
AMBIGUOUS_PAST_FORMS: set[str] = set(_DATA["ambiguous_past_forms"])
AMBIGUOUS_PAST_NOUNS: set[str] = set(_DATA["ambiguous_past_nouns"])
OBJECT_STARTS: set[str] = set(_DATA["object_starts"])
FORWARD_GOVERNORS: set[str] = set(_DATA["forward_governors"])
PARTICIPLES_AFTER_DATE: set[str] = set(_DATA["participles_after_date"])
VAGUE_LENGTH_ADJECTIVES: list[str] = _DATA["vague_length_adjectives"]
INDEFINITE_LENGTHS: dict[str, str] = _DATA["indefinite_lengths"]
THEN_AFTER: list[str] = _DATA["anaphoric_then_after"]
VERB_BEFORE_LAST: list[str] = _DATA["verb_before_last"]
LENGTH_PREPOSITIONS: list[str] = _DATA["length_prepositions"]
NAMED_BY_YEAR_NOUNS: frozenset[str] = frozenset(_DATA["named_by_year_nouns"])
"""Laws, pacts and wars a year after "of" names ("the act of 1987"): no date of an event."""

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DIGITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen")
_TEENS += ("seventeen", "eighteen", "nineteen")
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_DIGITS_WORDS = _DIGITS  # (the name _DIGITS is taken by a regex further down)


def _alt(words, *, escape: bool = True) -> str:
    """A regex alternation of ``words``, longest first, with flexible inner whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    parts = [(re.escape(w) if escape else w).replace(r"\ ", r"\s+") for w in items]
    return "(?:" + "|".join(parts) + ")"


def _cased(words) -> str:
    """A case-sensitive alternation (month and weekday names must be capitalised)."""
    return "(?-i:" + _alt(words) + ")"


_MONTH_FULL = _DATA["standalone_months"]
_MONTH_ABBR = [m for m in MONTHS if m not in _MONTH_FULL]
_MONTH_CAPS = [m.upper() for m in _MONTH_FULL]
MONTH = "(?:" + _cased(_MONTH_FULL + _MONTH_CAPS) + "|" + _cased(_MONTH_ABBR) + r"\.?" + ")"
MONTH_ALONE = _cased(_MONTH_FULL + _MONTH_CAPS)
# "APR", "SEPT": a cable's month in capitals, cut short with no stop (read after a day's number)
_MONTH_ABBR_CAPS = _cased(
    m.upper() for m in _MONTH_ABBR if m.isalpha() and m.upper() not in _MONTH_CAPS
)
_MONTH_NUMBERS = {k.lower(): v for k, v in MONTHS.items()}


def _month_num(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


WEEKDAY_FULL = _cased(_DATA["standalone_weekdays"])
_WD_ABBR = [w for w in WEEKDAYS if w not in _DATA["standalone_weekdays"]]
WEEKDAY_ANY = "(?:" + WEEKDAY_FULL + "|" + _cased(_WD_ABBR) + r"\.?" + ")"
_COMPOUND = "(?:" + "|".join(_TENS) + r")[-\s](?:" + "|".join(_DIGITS) + ")"
# "three hundred", "fifteen hundred", "forty-five thousand", "two hundred thousand": a number
# word times a multiplier (a bare "thousand" is no number: "ten thousand", "several thousand")
_MULTIPLIED = (
    "(?:" + _COMPOUND + "|" + "|".join(_TENS + _TEENS + _DIGITS) + r")[-\s]"
    r"(?:hundred[-\s]thousand|hundred|thousand)\b"
)
NUMWORD = "(?:" + _MULTIPLIED + "|" + _COMPOUND + "|" + _alt(NUMBERS) + ")"
# "half a century", "a half hour", and "the past half century" (one unit, halved; not "the
# first half hour of trading", a part of the session)
_HALF = r"half\s+an?|an?\s+half(?=\s+(?:century|decade|year|day|hour)\b)|half(?=\s+(?:century|decade)\b)"
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + _HALF + "|" + NUMWORD + ")"
VAGUE = _alt(VAGUE_NUMBERS)
UNIT = _alt(UNITS) + r"(?![\w-])"
# (the one-word parts: "first light" only after a preposition or before a day, `bare_dawn`)
POD = _alt(w for w in PARTS_OF_DAY if " " not in w)
SEASON = _alt(SEASONS)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
YEAR_PLAIN = r"(?:1[89]\d\d|20\d\d)"
# a year before 1800, only after "in", "since" or "until" and ending its clause or before a
# conjunction ("killed at Bosworth in 1485 and", "the first time since 1782 that"), so that no
# amount or clock time ("in 1500 cases", "since 1600 GMT") reads as one
_EARLY_YEAR = (
    r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s))1[0-7]\d\d"
    r"(?=[,;:]?\s+(?:and|but|when|that|after|before|until)\b|[,;:](?:\s|$)|\.(?:\s|$)|$)"
)
# a year of the next century, only after "by", "in", "until" or "before" and ending its clause
# ("could rise 2C by 2100."), so that no clock time ("by 2100 GMT") reads as one
_LATE_YEAR = (
    r"(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s))21\d\d"
    r"(?=[,;:]?\s+(?:and|but|when|if|unless)\b|[,;:](?:\s|$)|\.(?:\s|$)|$)"
)
DMOD = _alt(DURATION_MODS)
ORD = _alt(ORDINALS)


def _day_words() -> tuple[dict[str, int], dict[str, int]]:
    """Days of the month in words: ordinals ("ninth", "twenty-third") and cardinals ("nine",
    "twenty one"), as in "March eighth" and "May nine"."""
    ordinal = {w: n for w, n in ORDINALS.items() if w.isalpha() and 1 <= n <= 31}
    units = {w: n for w, n in ordinal.items() if n < 10}
    for w, n in units.items():
        ordinal[f"twenty-{w}"] = 20 + n
    cardinal = {w: n for w, n in NUMBERS.items() if w.isalpha() and 1 <= n <= 31}
    for w, n in list(cardinal.items()):
        if n < 10:
            cardinal[f"twenty-{w}"] = 20 + n
    cardinal["thirty-one"] = 31
    cardinal.pop("a", None)
    cardinal.pop("an", None)
    return ordinal, cardinal


_ORDINAL_DAYS, _CARDINAL_DAYS = _day_words()
_DAY_NUMBERS = {**_ORDINAL_DAYS, **_CARDINAL_DAYS}


def _words_rx(words) -> str:
    return "|".join(
        re.escape(w).replace("\\-", "[-\\s]") for w in sorted(words, key=len, reverse=True)
    )


ORDINAL_DAYWORD = r"(?:" + _words_rx(_ORDINAL_DAYS) + r")(?![\w-])"
# a cardinal only where a date can end ("on May nine, ...", "May nine in Paris"), not before
# a noun it counts ("in May two people died")
DAYWORD = (
    r"(?:"
    + ORDINAL_DAYWORD
    + r"|(?:"
    + _words_rx(_CARDINAL_DAYS)
    + r")(?![\w-])(?=\s*(?:[,.;:)\-]|$)|\s+(?:in|at|on|and|or|to|of|the|when|after|before"
    r"|until|last|next|this|that|will|was|is)\b|,?\s+\d{4}))"
)


def _day_number(text: str) -> int:
    """The day of the month written as digits ("9", "9th") or words ("nine", "ninth")."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return _DAY_NUMBERS[re.sub(r"[-\s]+", "-", text.lower())]


B = r"(?<![\w'])"  # left word boundary that also rejects "'s"-style joins
E = r"(?![\w])"
_NONYEAR = _alt(_DATA["nonyear_following"])

# --------------------------------------------------------------------------- calendar helpers


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m - 1]
    return dt.date(y, m, min(d.day, last))


def _shift(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (D, W, WE, M, Q, Y, DE, CE)."""
    k = int(n)
    if unit == "D":
        return d + dt.timedelta(days=k)
    if unit in ("W", "WE", "2W"):
        return d + dt.timedelta(days=7 * k * (2 if unit == "2W" else 1))
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return d
    return _add_months(d, k * months)


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "D": dt.date.isoformat,
    "W": _week,
    "WE": lambda d: _week(d) + "-WE",
    "M": lambda d: f"{d.year:04d}-{d.month:02d}",
    "Q": lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
    "H": lambda d: f"{d.year:04d}-H{(d.month - 1) // 6 + 1}",
    "Y": lambda d: f"{d.year:04d}",
    "DE": lambda d: f"{d.year // 10:03d}",
    "CE": lambda d: f"{d.year // 100:02d}",
}


def _fmt(d: dt.date, gran: str) -> str:
    """The TIMEX3 value of the ``gran``-sized period containing ``d``."""
    return _FORMATS.get(gran, dt.date.isoformat)(d)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    """``text`` with each run of whitespace made one space (for table look-ups)."""
    return _SPACES.sub(" ", text)


def _num(word: str) -> float | None:
    """The number a numeral denotes; None for vague quantities ("several", "a few")."""
    w = _squash(word.lower().strip())
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBERS:
        return NUMBERS[w]
    if w in ("half a", "half an", "half", "a half", "an half"):
        return 0.5
    w = w.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) if "." in w else int(w)
    parts = re.split(r"[-\s]", w)
    if len(parts) > 1 and parts[-1] in _MULTIPLIERS:
        head = _num(" ".join(parts[:-1]))  # "three hundred", "two hundred thousand"
        return None if head is None else head * _MULTIPLIERS[parts[-1]]
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def _duration(n: float | None, unit_word: str, half: bool = False) -> str:
    """TIMEX3 duration value for ``n`` units ("P3M", "PT2H", "PXD"); None means vague."""
    w = unit_word.lower()
    u = UNITS[w]
    is_time = w in TIME_UNITS
    if u == "2W":
        u, n = "W", (n * 2 if n is not None else None)
    if n is None:
        if u == "DE":
            return "PXY"  # "decades", "decades-long": years, as TimeBank and AQUAINT write them
        return ("PT" if is_time else "P") + "X" + u
    x = n + (0.5 if half else 0)
    if u in ("DE", "CE"):  # "two decades" is P20Y, as TimeBank and AQUAINT write it
        x, u = x * (10 if u == "DE" else 100), "Y"
    if u == "W" and x != int(x):
        x, u = x * 7, "D"
    if x != int(x) and x * 2 == int(x * 2):
        # halves in the next smaller unit, as TimeBank writes them: "2 1/2 years" is P2Y6M,
        # "5 1/2 hours" PT5H30M, "two and a half days" P2DT12H, "a minute and a half" PT1M30S
        whole = int(x)
        head = f"{whole}{u}" if whole else ""
        if u == "Y":
            return f"P{head}6M"
        if u == "D":
            return f"P{head}T12H" if head else "PT12H"
        if u == "H" and is_time:
            return f"PT{head}30M"
        if u == "M" and is_time:
            return f"PT{head}30S"
    amount = str(int(x)) if x == int(x) else f"{x:g}"
    return ("PT" if is_time else "P") + amount + u


# --------------------------------------------------------------------------- tense

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"
# "1:45" is one word, so is a hyphenated compound ("strike-hit", "set-top", "end-June")
_WORD_RE = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*|\d[\d,.:]*|[,;:()\"\u201c\u201d]")
_CLAUSE_BREAK = {";", ":", "(", ")"}
_FUTURE_BIGRAMS = {c for c in FUTURE_CUES if " " in c}
_FUTURE_WORDS = {c for c in FUTURE_CUES if " " not in c}
# an infinitive after these nouns says what is to be done ("an agreement to acquire the bank
# in January", "a pledge to cut jobs by March"): its time lies ahead
_INTENTION_NOUNS = frozenset(_DATA["intention_nouns"])
# unless the time hangs on a phrase of its own ("a bid to acquire it after Monday's news"); a
# bare weekday hangs on the finite verb ("extended their offers to acquire it Friday")
_OTHER_TIME_LINK = frozenset({"after", "before", "following", "since", "when", "until"})
_TIME_PREP_BEFORE = frozenset({"in", "on", "by", "during", "at", "within"})


_PLANNED = {"scheduled", "planned", "set", "slated"}
# a participle after these is an adjective, whatever follows ("the elected one")
_ARTICLES = frozenset(_DATA["articles"])
_DETERMINERS = _ARTICLES | {"this", "that"}
_PAST_AUX = {"was", "were", "had", "been", "previously", "originally"}
_SUBJECT_PRONOUNS = {"he", "she", "it", "we", "they", "i", "you", "who"}
# a subject or relative pronoun makes the -ed word after it a verb, never an adjective
_VERB_SUBJECTS = _SUBJECT_PRONOUNS | {"which"}


# after "plan" or "schedule" these words show a noun, not a verb ("the plan on Tuesday")
_NOUN_NEXT = {
    "on",
    "for",
    "of",
    "in",
    "at",
    "by",
    "with",
    "that",
    "is",
    "was",
    "were",
    "are",
    "would",
    "will",
    "and",
    "or",
    "calls",
    "called",
    ",",
    ".",
}


# "that"/"this" before "will" or "would" opening a verb phrase is a pronoun or relative ("a
# legislature that will take over on July 1", "this will take months"), not a determiner
_PRONOUN_MODALS = {"will", "would"}
_NOUN_AFTER_WILL = frozenset(_DATA["will_noun_next"])  # "that will of his": the noun


def _modal_after_pronoun(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the modal "will"/"would" after a pronoun "that" or "this"
    ("the body that will replace it on July 1"), not the noun ("that will of his")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (
        words[i] in _PRONOUN_MODALS
        and words[i - 1].lower() in ("that", "this")
        and nxt[:1].islower()
        and nxt not in _NOUN_AFTER_WILL
    )


def _future_unless_past(words: list[str], i: int) -> str:
    """FUTURE for a cue starting at ``words[i]``, PAST when a past auxiliary governs it
    ("was expected to", "had been due to", "were scheduled")."""
    before = words[max(0, i - 3) : i]
    if "will" in before or "would" in before:
        return FUTURE
    return PAST if _PAST_AUX.intersection(before) else FUTURE


# a verb a participle after which is an adjective ("stay closed", "remain shut")
_LINKING_VERBS = frozenset(_DATA["linking_verbs"])
_VERB_PREFIXES = {"re", "co", "pre", "de", "un", "over", "under", "out", "mis", "cross"}


def _cause_after(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, after "due to", starts a noun phrase (a cause), not a verb."""
    if i >= len(words):
        return False
    word = words[i]
    return (
        word.lower() in _NOUN_BEFORE
        or word.endswith("ing")
        or "-" in word
        or not word[:1].islower()
        or word.lower() in ("lack", "weather", "rain", "rains", "higher", "lower", "strong", "weak")
    )


_AUXILIARIES = {"is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had"}
_HAVE_FORMS = frozenset({"have", "has", "'ve"})  # 'has agreed': a perfect tells a past act
_AMOUNT_WORDS = {"million", "billion", "trillion", "mln", "bln", "thousand", "hundred", "dozen"}
# words before a plural that make it a noun ("many votes", "these visits")
_PLURAL_QUANTIFIERS = frozenset(_DATA["plural_quantifiers"])
_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo"}
_DO_FORMS = {"do", "does", "did", "don't", "doesn't", "didn't", "not", "n't", "never"}
# a modal of possibility before a verb looks ahead ("the embargo could be lifted in May"),
# not before a perfect or a negation ("could have ended on Monday", "could not be reached")
_POSSIBILITY_MODALS = {"could", "may", "might", "can", "should", "must"}
_NOT_AHEAD = {"have", "not", "n't", "never", "hardly", "only", "also", "still"}
_NEGATIONS = {"not", "n't", "no", "neither", "nor", "never", "nobody", "none", "nothing"}
# an infinitive after these hangs on a noun or another clause ("his decision not to release",
# "a proposal to resume"), not on the finite verb further left
_GOVERNOR_STOP = _DETERMINERS | {
    "these", "those", "my", "your", "some", "all", "any", "each", "every", "no", "of", "and",
    "or", "but", "than", "which", "who", "whom", "whether", "if", "because", "when", "while",
}  # fmt: skip
_NOUN_BEFORE = _DETERMINERS | {"no", "any", "some", "each", "every", "all", "these", "those"}
# a market's move to its closing level ("rose 3% to close at 420p", "to end up 2%"); only
# verbs that are also future cues ("to close", "to end") need listing: "to settle" is none
_RESULT_INFINITIVES = frozenset(_DATA["result_infinitives"])
_LEVEL_WORDS = frozenset({"up", "down", "higher", "lower", "unchanged", "flat"})
_RECORD_WORDS = frozenset({"record", "high", "low", "peak"})


def _result_infinitive(words: list[str], to: int) -> bool:
    """Whether the infinitive at ``words[to]`` ("to") is a price's move to its closing level
    ("shares, up 3% to close at 420p on Monday", "fell to end at a record low"): what the
    market did, no plan ahead. Not after a forecast or a schedule in the six words before
    ("expected to close at 5,400", "due to close at 1 p.m."), nor before a clock time."""
    verb, link, level, unit = (words[to + 1 : to + 5] + ["", "", "", ""])[:4]
    if verb not in _RESULT_INFINITIVES or to == 0:
        return False
    before = [w.lower() for w in words[max(0, to - 6) : to]]
    if f"{before[-1]} to" in _FUTURE_BIGRAMS or any(
        w in _FUTURE_WORDS or w in FORWARD_GOVERNORS for w in before
    ):
        return False  # "due to close at", "dealers expect the index to close at"
    if link in _LEVEL_WORDS:
        return True
    if link != "at":
        return False
    if level in ("a", "an", "its", "their"):
        return unit in _RECORD_WORDS or unit.endswith("-high") or unit.endswith("-low")
    clock = ":" in level or (unit in ("a", "p") and words[to + 5 : to + 6] == ["m"])
    return level[:1].isdigit() and not clock


def _infinitive_governor(words: list[str], to: int) -> str | None:
    """Tense of the finite verb an infinitive ("to" at ``words[to]``) hangs on: PAST when it
    is a past form that does not look ahead ("made it difficult for Sun to meet", "went there
    to attend"), FUTURE when the governor looks ahead ("agreed to", "wanted to", "told him
    to"), else the governor's own tense (None when none is found within eight words)."""
    if to + 1 < len(words) and words[to + 1] == "be":
        return None  # "declined to be specific ahead of Monday's meeting": no action
    for j in range(to - 1, max(-1, to - 9), -1):
        wj = words[j].lower()
        if wj in _GOVERNOR_STOP and j > 0 and words[j - 1].lower() == "for":
            continue  # "difficult for the firm to meet": the infinitive's subject
        if wj in _CLAUSE_BREAK or wj in _GOVERNOR_STOP:
            return None
        if wj in FORWARD_GOVERNORS:
            return FUTURE
        t = _word_tense(words, j)
        if t == PAST and j > 0 and words[j - 1] in ("has", "have"):
            return None  # "have altered their schedules to be out on Thursday": still ahead
        if t:
            return t
    return None


def _past_infinitive(words: list[str], to: int) -> bool:
    """Whether a future-cue infinitive ("to" at ``words[to]``) tells what happened: a market's
    move to its closing level ("up 3% to close at 420p on Monday") or one governed by a past
    verb that does not look ahead ("made it difficult to meet demand into the summer")."""
    return _result_infinitive(words, to) or _infinitive_governor(words, to) == PAST


def _ambiguous_form_tense(words: list[str], i: int) -> str | None:
    """Tense of a verb whose past is its present ("hit", "cut", "put", "set"...): past
    unless a modal, "to" or "do" governs it (the scan then reaches that word), a passive or
    plan reading ("is set for") or a noun ("the cut of", "a 2% cut") is more likely. A bare
    form in a news report tells what happened ("The storm hit on Jan. 4")."""
    w = words[i]
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in _MODALS or prev in _DO_FORMS or prev in ("to", "is", "are", "am", "be", "being"):
        return None
    if (
        w in ("put", "set")
        and nxt in ("back", "off", "forward")
        and {"to", "until", "till"}.intersection(words[i + 2 : i + 4])
    ):
        return FUTURE  # "the hearing has been put back to June 8": a new date, ahead
    if w == "set" and "for" in words[i + 1 : i + 4]:
        return _future_unless_past(words, i)  # "talks set for Friday", "set itself for Q3"
    if prev in ("was", "were", "had", "has", "have", "been"):
        return PAST
    if prev in _NOUN_BEFORE or prev[:1].isdigit() or nxt == "of" or not w[:1].islower():
        return None
    if w in AMBIGUOUS_PAST_NOUNS and prev in _SUBJECT_PRONOUNS:
        return PAST  # "the same level as he forecast in the February budget": a verb
    if w in AMBIGUOUS_PAST_NOUNS and nxt not in OBJECT_STARTS and not nxt[:1].isdigit():
        return None  # "a stock split at its meeting", "the forecast in December": nouns
    return PAST


# forecast participles after "than"/"as" compare a result with a forecast, no plan ahead
_COMPARED_FORECASTS = frozenset(("expected", "forecast", "predicted", "anticipated", "estimated"))


# what opens a relative clause after "with" ("with whom the king met Monday")
_RELATIVE_AFTER_WITH = {"whom", "which", "who", "that", "what", "whose"}


def _with_absolute(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the participle of an absolute phrase "with" opens, one to
    three words of its noun phrase between ("with the first legs played in February", "with
    prices cut"): a participle, whose time the clause's own verb tells. A verb joined by a
    conjunction is none ("in talks with Pennzoil and agreed on Monday")."""
    if i > 0 and words[i - 1].lower() in ("and", "or", "but"):
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        if words[k] != "with" and words[k] != "With":
            continue
        between = words[k + 1 : i]
        return between[0].lower() not in _RELATIVE_AFTER_WITH and all(
            x.isalpha() and x.lower() not in _AUXILIARIES for x in between
        )
    return False


def _word_tense(words: list[str], i: int) -> str | None:
    """Tense cue carried by ``words[i]`` (lower-cased), looking at its left neighbour."""
    w = words[i]
    prev = words[i - 1] if i > 0 else ""
    if "-" in w and w.split("-", 1)[0].lower() not in _VERB_PREFIXES:
        return None  # a compound is no verb: "tsunami-related", "strike-hit", "set-top"
    if prev in ("than", "as") and w in _COMPARED_FORECASTS:
        return None  # "widened by more than expected in October", "as forecast": no tense
    if (w == "due" and words[i + 1 : i + 2] == ["to"] and _cause_after(words, i + 2)) or (
        w == "to" and prev == "due" and _cause_after(words, i + 1)
    ):
        return None  # "due to heavy buying", "due to an undetermined leak": a cause
    if w.endswith("ed") or w in PAST_VERBS:
        # "will be formally installed": skip one adverb back to the auxiliary
        aux = words[i - 2] if i > 1 and prev.endswith("ly") else prev
        if aux in ("be", "being"):
            return None
    if prev == "to" and w in PAST_VERBS:
        return None  # "expected to hit": an infinitive, not a past form
    if (
        i > 1
        and ("with" in words[max(0, i - 4) : i - 1] or "With" in words[max(0, i - 4) : i - 1])
        and (w.endswith("ed") or w in PAST_VERBS or w in PAST_PARTICIPLES)
        and _with_absolute(words, i)
    ):
        return None  # "with the return legs played in March": a participle, no tense
    if prev in _LINKING_VERBS and (
        w.endswith("ed") or w in PAST_VERBS or w in AMBIGUOUS_PAST_FORMS
    ):
        return None  # "will stay shut", "will remain closed": an adjective, the verb decides
    if (
        w == "to"
        and prev.lower() in _INTENTION_NOUNS
        and i + 1 < len(words)
        and words[i + 1][:1].islower()
        and words[i + 1] not in ("be", "the", "a", "an")
        and not _OTHER_TIME_LINK.intersection(words[i + 1 :])
        and _TIME_PREP_BEFORE.intersection(w.lower() for w in words[-2:])
    ):
        return FUTURE  # "announced an agreement to acquire the bank in January": ahead
    if prev in ("be", "being") and w not in _FUTURE_WORDS:
        return None  # "will be held", "to be signed": the auxiliary further left decides
    if (
        w in _POSSIBILITY_MODALS
        and words[i + 1 : i + 2]
        and words[i + 1] not in _NOT_AHEAD
        and not (
            w == "could"
            and _NEGATIONS.intersection(x.lower() for x in words[max(0, i - 8) : i + 4])
        )
    ):
        # "the deal could be signed on Friday, he said": a possibility ahead ("could" is
        # also the past of "can": "neither he nor his aides could be located Wednesday", "he
        # could give no reason for Thursday's float")
        return FUTURE
    if prev in ("has", "have") and w in _PLANNED:
        return FUTURE  # "has scheduled a news conference Thursday": the plan is ahead
    if prev in ("has", "have", "had", "been") and (
        w in PAST_VERBS or w in PAST_PARTICIPLES or w.endswith(("ed", "en"))
    ):
        return PAST
    if prev in ("is", "are", "am") and (w in PAST_VERBS or w.endswith("ed")):
        return PRESENT  # passive present: "if the rules are agreed by Friday"
    to = i if w == "to" else i + 1  # "agreed to a package of measures": no infinitive
    if (
        to > 0
        and words[to : to + 1] == ["to"]
        and f"{words[to - 1]} to" in _FUTURE_BIGRAMS
        and words[to + 1 : to + 2]
        and words[to + 1] in _DETERMINERS
    ):
        return None
    if i > 0 and f"{prev} {w}" in _FUTURE_BIGRAMS:
        if prev == "to" and _past_infinitive(words, i - 1):
            return PAST
        return _future_unless_past(words, i - 1)
    if i + 1 < len(words) and f"{w} {words[i + 1]}" in _FUTURE_BIGRAMS:
        if w == "to" and _past_infinitive(words, i):
            return PAST
        return _future_unless_past(words, i)
    if w in AMBIGUOUS_PAST_FORMS or w in AMBIGUOUS_PAST_NOUNS:
        return _ambiguous_form_tense(words, i)
    if w == "next" and i + 1 < len(words) and words[i + 1] in ("to", "door"):
        return None  # "next to the embassy": a preposition
    if w in _FUTURE_WORDS and prev in _DETERMINERS and not _modal_after_pronoun(words, i):
        return None  # a noun: "the plan", "its schedule"
    if w in ("plan", "plans", "schedule") and i + 1 < len(words) and words[i + 1] in _NOUN_NEXT:
        return None  # a noun: "the proposed plan on Tuesday", "peace plans that"
    if w in _FUTURE_WORDS or w.endswith("'ll"):
        return _future_unless_past(words, i)
    if w in PAST_VERBS:
        return PAST
    if len(w) > 4 and w.endswith("ed") and w[:1].islower() and w not in NOT_PAST_ED:
        # a capitalised word is a name ("United States", "Red Cross"), not a past form
        # a participle before a content noun is an adjective ("unleaded gasoline")
        # unless a subject precedes it: "Washington announced plans", "the ministry allowed
        # bankers" are past verbs with their objects
        nxt = words[i + 1] if i + 1 < len(words) else ""
        adjective = nxt[:1].isalpha() and nxt.islower() and nxt not in FUNCTION_WORDS
        # "last" after a subject is an adverb of the verb ("policy makers last raised
        # rates", "it last paid dividends"), after a determiner an adjective ("the last")
        adverb_last = prev == "last" and i > 1 and words[i - 2].lower() not in _DETERMINERS
        modifier_before = not adverb_last and (
            not prev
            or prev in FUNCTION_WORDS
            or prev in _DETERMINERS
            or prev in ("still", "well", "newly", "long", "of")
            or prev.endswith("ly")
        )
        if (
            prev.lower() in _VERB_SUBJECTS
            or (not adjective and prev not in _ARTICLES)
            or not (modifier_before or w.startswith("un"))
        ):
            return PAST  # "the trader, who pleaded guilty in March, will ...": a verb
    if w in PRESENT_VERBS and {"did", "didn't"}.intersection(words[max(0, i - 2) : i]):
        return PAST  # "did not meet Monday"
    if w in PRESENT_VERBS and {"will", "would", "shall", "wo"}.intersection(
        words[max(0, i - 2) : i]
    ):
        return FUTURE  # "will open", "will not meet"
    if w in PRESENT_CUES or (
        w in PRESENT_VERBS
        and prev not in _DETERMINERS
        and not _plural_noun_after(words, i)
        and prev != "to"
        and not prev[:1].isdigit()  # "1.8353 marks", "20 points": a noun after a number
        and prev not in _AMOUNT_WORDS  # "53.6 billion marks"
        and (i + 1 >= len(words) or words[i + 1] != "of")  # "the return of", "head of"
    ):
        return PRESENT
    return None


def _plural_noun_after(words: list[str], i: int) -> bool:
    """Whether the -s form at ``i`` is a plural noun by the words before it: a possessive
    ("the delegates' votes", "Clinton's visits"), a quantifier ("many votes") or a number
    and a modifier ("370 electoral votes")."""
    if not words[i].endswith("s") or i == 0:
        return False
    prev = words[i - 1]
    if prev.endswith(("'", "'s")) or prev.lower() in _PLURAL_QUANTIFIERS:
        return True
    return i > 1 and words[i - 2][:1].isdigit() and prev.islower()


def _cue_word(word: str) -> str:
    """Word for cue lookup: lower-cased unless capitalised (names, the month "May")."""
    return word if word[:1].isupper() else word.lower()


_FRONTED = re.compile(
    r"[\s\"'\u201c(]*(?:(?:in|on|at|by|during|since|until|from|after|before|early|late|later"
    r"|earlier|and|but|then|also|as\s+of)\s+){0,2}",
    re.I,
)


_FIRST_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _lexical_tense(text: str, start: int, end: int, s0: int, s1: int) -> str:
    """Tense from the nearest cue left of the expression in its sentence, else right of it."""
    left = [_cue_word(w) for w in _WORD_RE.findall(text[max(s0, start - 160) : start])]
    first = _FIRST_WORD_AFTER.match(text, end)
    if first is not None and (
        first[1] in PAST_VERBS
        or (
            first[1].endswith("ed")
            and first[1] not in NOT_PAST_ED
            and first[1] not in PARTICIPLES_AFTER_DATE
        )
    ):
        return PAST  # "the court Saturday ruled it illegal": the verb right after is its own
    t = _left_tense(left)
    if t == _AMBIGUOUS:
        # "a rate cut on Monday would help": a finite verb after makes "cut" a noun; one
        # past ", and" is another clause's ("the subway shut down on Sunday, and schools
        # will be closed today")
        stop = _COORDINATED_CLAUSE.search(text, end, s1)
        s1 = stop.start() if stop is not None else s1
        return FUTURE if _right_tense(text, end, s0, s1, start) == FUTURE else PAST
    return t or _right_tense(text, end, s0, s1, start)


_AMBIGUOUS = "ambiguous"
_COORDINATED_CLAUSE = re.compile(r";|,\s+(?:and|but)\s")


def _left_tense(left: list[str]) -> str | None:
    """Tense of the nearest cue among the words left of an expression in its clause;
    ``_AMBIGUOUS`` for a form that is a past verb or a noun ("cut"), None for no cue."""
    for i in range(len(left) - 1, max(-1, len(left) - 22), -1):
        if left[i] in _CLAUSE_BREAK:
            break
        t = _word_tense(left, i)
        if t == PRESENT and i > 0 and left[i - 1] in _POSSIBILITY_MODALS:
            # "the talks could go on through the weekend": the modal tells the tense
            t = _word_tense(left, i - 1) or t
        if (
            t == PAST
            and (left[i] in AMBIGUOUS_PAST_FORMS or left[i] in AMBIGUOUS_PAST_NOUNS)
            and (i == 0 or left[i - 1] not in _PAST_AUX | {"has", "have"})
        ):
            return _AMBIGUOUS
        if t:
            return t
    return None


def _tense_from_left(ctx: _Ctx, start: int) -> str | None:
    """The tense of the nearest cue left of the expression in its clause, not of a verb after
    it ("the setback in Sunday's elections may force ..." has its modal after; "By September
    the album had sold ..." its past verb)."""
    s0 = ctx.sentence(start)[0]
    left = [_cue_word(w) for w in _WORD_RE.findall(ctx.text[max(s0, start - 160) : start])]
    return _left_tense(left)


def _right_tense(text: str, end: int, s0: int, s1: int, start: int) -> str:
    """Tense from the first cue right of the expression in its clause."""
    # a fronted phrase ("In January, a week after the ... anniversary, a bomb exploded") has
    # its verb after the rest of the adverbial: past that, only a past form is taken
    fronted = _FRONTED.match(text, s0, start)
    reach = 32 if fronted is not None and fronted.end() == start else 10
    right = [_cue_word(w) for w in _WORD_RE.findall(text[end : min(s1, end + 12 * reach)])]
    for i in range(min(len(right), reach)):
        if right[i] in _CLAUSE_BREAK:
            break
        if i > 0 and _modal_after_pronoun(right, i):
            continue  # "a budget Tuesday that would take effect April 1": the noun's clause
        if (
            right[i].endswith("ed")
            and right[i] in FORWARD_GOVERNORS
            and right[i + 1 : i + 2] == ["to"]
            and (i == 0 or right[i - 1] not in _AUXILIARIES)
        ):
            return PAST  # "On Friday, Dixons agreed to reopen its offer": the agreeing is past
        t = _word_tense(right, i)
        if t and (i < 10 or t == PAST):
            return t
    return UNKNOWN


# verbs whose infinitive tells of a time ahead of them: "plans to meet", "is expected to visit",
# "agreed to hold talks in May" (the talks come after the accord)
_AHEAD_GOVERNORS = frozenset(_DATA["ahead_governors"])


def _governs_ahead(verb) -> bool:
    """Whether ``verb`` is one of ``_AHEAD_GOVERNORS``, by its inflected form (the parse has no
    lemmas): 'agreed', 'plans', 'planned', 'hoping', and with its last consonant doubled,
    'planning', 'setting'."""
    low = verb.lower_
    bases = {low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"}
    if low.endswith("ing") and len(low) > 5 and low[-4] == low[-5]:
        bases.add(low[:-4])  # 'planning': plan
    return not bases.isdisjoint(_AHEAD_GOVERNORS)


def _doc_tense(doc, start: int, end: int) -> str | None:
    """Tense of the verb governing the expression in a spaCy parse (None if not found)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        for a in auxes:
            low = a.lower_
            if low in ("will", "'ll", "shall", "would", "wo", "'d") or (
                low == "going" and any(c.lower_ == "to" for c in tok.children)
            ):
                return FUTURE
            if a.tag_ == "MD":
                return FUTURE
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return PAST
        if tok.tag_ == "VBN" and any(a.lower_ in _HAVE_FORMS for a in auxes):
            return PAST
        # "plans to meet", "is expected to visit": the tense sits on the governing verb
        if any(a.lower_ == "to" for a in auxes) and tok.dep_ in ("xcomp", "ccomp", "advcl"):
            if _governs_ahead(tok.head):
                return FUTURE
            tok = tok.head
            continue
        if tok.tag_ in ("VBZ", "VBP"):
            return PRESENT
        break
    return None


# --------------------------------------------------------------------------- resolution context


class _Ctx:
    """Per-document state while resolving expressions left to right."""

    __slots__ = (
        "text",
        "dct",
        "doc",
        "anchor",
        "anchor_pos",
        "anchor_is_day",
        "last_date",
        "prev_date",
        "last_quarter",
        "forecast_quarter",
        "back_quarter",
        "last_week",
        "last_weekend",
        "reported_month",
        "days_named",
        "dated_days",
        "sent_bounds",
        "_tense_cache",
        "unknown_date_pos",
        "last_entry",
        "last_clock",
    )

    def __init__(self, text: str, dct: dt.date | None, doc) -> None:
        self.text = text
        self.dct = dct
        self.doc = doc
        self.anchor: dt.date | None = None  # most recent date mentioned (its first day)
        self.anchor_pos = -1  # where that date was mentioned
        self.anchor_is_day = False  # whether it named a day (not a month, year...)
        self.last_date: tuple[str, int] | None = None  # last calendar DATE value and where
        self.prev_date: tuple[str, int] | None = None  # the one named before it
        self.last_quarter: tuple[dt.date, int] | None = None  # last quarter named and where
        # last quarter named as a forecast (not over, or ahead) and where
        self.forecast_quarter: tuple[dt.date, int] | None = None
        # last quarter named a year back from the one reported on ("the year-ago quarter")
        self.back_quarter: tuple[dt.date, int] | None = None
        # last week reported on ("last week", "the week ended March 13") and where
        self.last_week: tuple[dt.date, int] | None = None
        # last weekend named (its value) and where
        self.last_weekend: tuple[str, int] | None = None
        # last month named as one reported on (not after "from") and where
        self.reported_month: tuple[str, int] | None = None
        self.days_named: list[tuple[int, dt.date]] = []  # (where, day) of the days named
        # (month, day) named with a year; None when named without one first
        self.dated_days: dict[tuple[int, int], int | None] = {}
        self.sent_bounds: list[int] | None = None  # found when first asked
        self._tense_cache: dict[tuple[int, int], str] = {}
        # where the last date with unknown digits was named ("in June", "on Friday" with no
        # DCT): a length counted "later" after it counts from no known date
        self.unknown_date_pos = -1
        # the date opening the last entry of a timeline ("April 7, 1980 - ...") and where
        self.last_entry: tuple[str, int] | None = None
        # the day of the last clock time told and where it was told
        self.last_clock: tuple[dt.date, int] | None = None

    def sentence(self, pos: int) -> tuple[int, int]:
        b = self.sent_bounds
        if b is None:
            text = self.text
            b = self.sent_bounds = [0, *(m.end() for m in _SENT_SPLIT.finditer(text)), len(text)]
        lo, hi = 0, len(b) - 1
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if b[mid] <= pos:
                lo = mid
            else:
                hi = mid
        return b[lo], b[hi]

    def tense(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._tense_cache:
            t = None
            if self.doc is not None:
                t = _doc_tense(self.doc, start, end)
            if t is None or t == PRESENT:
                s0, s1 = self.sentence(start)
                lt = _lexical_tense(self.text, start, end, s0, s1)
                t = lt if (t is None or lt in (PAST, FUTURE)) else t
            self._tense_cache[key] = t
        return self._tense_cache[key]

    @property
    def ref(self) -> dt.date | None:
        """The date that anaphoric expressions hang on: last mentioned date, else the DCT."""
        return self.anchor or self.dct


# no sentence ends at a title or "vs." before a name ("Dr. Slepian", "Roe vs. Wade")
# no sentence ends at a title, "vs." or an abbreviation before a name ("Dr. Slepian", "Roe
# vs. Wade", "the U.S. District Court", "Orlando, Fla. Monday")
_NO_BREAK_AFTER: list[str] = _DATA["no_sentence_end_after"]
_SENT_SPLIT = re.compile(
    r"(?<=[.!?])"
    + "".join(rf"(?<!\b{re.escape(w)}\.)" for w in _NO_BREAK_AFTER)
    + r"[\"')\]\u201d]*\s+(?=[\"'(\[\u201c]?[A-Z])|\n+"
)

# --------------------------------------------------------------------------- handlers
# Each handler gets the regex match, the context and the span; it returns
# (type, value, mod) or None to drop the candidate.


class _Span(NamedTuple):
    """A handler's span narrower than its match ("three days" of "three days later", "three
    years" of "spread over three years") and, for an anchored duration, the calendar value
    it reaches."""

    start: int
    end: int
    anchor: str | None = None


# (type, value, mod), or with a narrower span or an anchor (type, value, mod, _Span)
Result = tuple[str, str, str | None] | tuple[str, str, str | None, _Span] | None


# a year that sets the time its sentence tells of: opening it ("In 2019 the final is on
# May 28", "Last year the race started on Sept. 20") or naming the thing a relative clause
# tells of ("next year's tournament, which starts on Aug. 26"), not a year of a clause of
# its own ("flew 65 missions in 1944 and later ..., died July 4"), a bound ("since 2006") or
# a period a figure is of ("the 1986 audited figure is higher than the company reported on
# Jan 27", "next year's output when the report is released on July 9")
_SENTENCE_OPENING_IN = re.compile(r"[\s\"'(\u201c]*(?:in\s+)?", re.I)
_YEAR_NAMING_CLAUSE_AT = re.compile(
    r"(?:(?:next|last|this)\s+year|\d{4})(?:['\u2019]s)?(?:\s+[a-z-]+){0,2}?\s+(?:"
    + _alt(_DATA["scheduled_event_nouns"])
    + r"),?\s+(?:which|that)\s",
    re.I,
)


def _year_framing_sentence(ctx: _Ctx, start: int) -> int | None:
    """The year a sentence tells of, when a year alone was the date named last before
    ``start`` in its sentence and frames it (see `_YEAR_NAMING_CLAUSE_AT`): a day named after
    it without a year is of that year ("next year's tournament, which starts on Aug. 26").
    None otherwise."""
    last = ctx.last_date
    if last is None or last[1] >= start or _YEAR_ONLY_VALUE.fullmatch(last[0]) is None:
        return None
    s0 = ctx.sentence(start)[0]
    if last[1] < s0:
        return None
    text = ctx.text
    # a comma after the year's clause sets the day's clause apart: "In 1986, net profit rose
    # 12 pct, the company said on March 3" tells when the report came out, not of 1986
    between = text[last[1] : start]
    opening = (
        _SENTENCE_OPENING_IN.fullmatch(text, s0, last[1]) is not None
        and "," not in between[between.find(" ") + 1 :]
    )
    m = _YEAR_NAMING_CLAUSE_AT.match(text, last[1])
    naming = m is not None and m.end() <= start
    # "hit by a landslide in 2008, during the Wenchuan earthquake of May 12": a phrase of time
    # set after the year narrows it down
    narrowing = _YEAR_NARROWED_AT.fullmatch(text, last[1], start) is not None
    return int(last[0]) if opening or naming or narrowing else None


def _year_of_when_clause(ctx: _Ctx, start: int) -> int | None:
    """The year a clause of "when" on it tells of, for a month or day named in that clause
    after "in"/"on"/"by"/"until", the year the last date named: "Since 1961, when the wall
    went up in August" (August 1961)."""
    last = ctx.last_date
    if last is None or last[1] >= start or _YEAR_ONLY_VALUE.fullmatch(last[0]) is None:
        return None
    if _YEAR_WHEN_CLAUSE_AT.fullmatch(ctx.text, last[1], start) is None:
        return None
    return int(last[0])


_YEAR_NARROWED_AT = re.compile(r"\d{4},\s+(?:during|in|on|at)\s+[^,.;:!?]{0,60}?\b(?:of|on|in)\s+")
_YEAR_WHEN_CLAUSE_AT = re.compile(r"\d{4},?\s+when\s+[^,.;:!?()]{0,80}?\b(?:in|on|by|until)\s+")


def _year_for_month(ctx: _Ctx, month: int, day: int | None, start: int, end: int) -> int:
    """Year of a month (and day) written without one: by DCT and tense, unless the text
    tells of an earlier year's events (`_narrative_year`)."""
    year = _dct_year_for_month(ctx, month, day, start, end)
    told = _narrative_year(ctx, month, day, start, end, year)
    return year if told is None else told


# a timeline's entry: a date opening its line (after a bullet), a dash or colon after it
# ("Nov. 20: Thirteen hostages are freed", "- April 24: A rescue mission ...")
_ENTRY_OPENS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+)?$")
_ENTRY_DASH_AFTER = re.compile(r"[ \t]*(?:-{1,2}|[\u2013\u2014:])[ \t]")
_NARRATIVE_REACH = 1200  # characters back a chronicle's last date still sets its year
_DAY_OR_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")


def _timeline_entry(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens an entry of a timeline or chronology."""
    lo = max(0, start - 4)
    return (
        _ENTRY_OPENS_BEFORE.search(ctx.text, lo, start) is not None
        and _ENTRY_DASH_AFTER.match(ctx.text, end) is not None
    )


def _narrative_year(
    ctx: _Ctx, month: int, day: int | None, start: int, end: int, year: int
) -> int | None:
    """The year of a day or month with none of its own in a chronicle of earlier years: a
    yearbook's "On April 2 ... Three weeks later, on April 25", a record's "began on May 15,
    1988 ... had gone by mid-August", a timeline's "April 7, 1980 - ... / April 24 - ...".

    Chronicles run forward, so the day is of the year of the last day or month named (within
    `_NARRATIVE_REACH` characters), or of the year after when it comes before that one in the
    calendar. A timeline's entry always reads so; a timeline's first entry (no day named
    before) told in the present is the last such day, not one ahead of the DCT. A day in
    running text reads so only when that year is before the DCT's, the day is not told under a
    future verb and the DCT's reading (``year``) put it after the DCT while the chronicle's is
    not (a story tells of days gone by). None when the DCT's reading stands."""
    d = ctx.dct
    if d is None or _ahead_by_cue(ctx, day, start, end):
        return None
    entry = _timeline_entry(ctx, start, end)
    if entry:
        last = ctx.last_entry  # the entry before, not a date in the heading or in an entry
    else:
        last = ctx.last_date
        if last is not None and _DAY_OR_MONTH_VALUE.fullmatch(last[0]) is None:
            last = None
        if ctx.days_named and (last is None or ctx.days_named[-1][0] > last[1]):
            last = (
                ctx.days_named[-1][1].isoformat(),
                ctx.days_named[-1][0],
            )  # "2:46 p.m. on March 11, 2011"
    told = None
    if last is not None and start - last[1] < _NARRATIVE_REACH:
        told = _DAY_OR_MONTH_VALUE.fullmatch(last[0])
    # a month with no day is ahead when its last day is ("By the end of March ... had left")
    here = _safe_date(year, month, min(day or 28, 28 if month == 2 else day or 28))
    if told is None:
        if entry and here is not None and here > d and ctx.tense(start, end) != FUTURE:
            return year - 1  # "March 20 - The war begins", first entry of a factbox
        return None
    y, m0, d0 = int(told[1]), int(told[2]), int(told[3] or 1)
    if (month, day or 1) < (m0, d0 if day is not None else 1):
        y += 1
    if entry:
        return y if y != year else None
    if y >= d.year or here is None or here <= d or ctx.tense(start, end) != PAST:
        return None
    ours = _safe_date(y, month, min(day or 1, 28 if month == 2 else day or 1))
    return y if ours is not None and ours <= d else None


def _ahead_by_cue(ctx: _Ctx, day: int | None, start: int, end: int) -> bool:
    """Whether words around a month (and day) mark it ahead whatever the tense: a contract
    month ("July/November soybeans firmed", "oil for May delivery"), a plan, an expectation
    or a purpose ("predicted for May", "a ruling expected in October", "for delivery in
    June", "its forecast for the year ending March 31")."""
    text = ctx.text
    if day is None and (
        _TRADED_AFTER.match(text, end)
        or _CONTRACT_AFTER.match(text, end)
        or _NEAR_CONTRACT_BEFORE.search(text, max(0, start - 10), start)
    ):
        return True
    return bool(
        _PLANNED_FOR.search(text, max(0, start - 40), start)
        or _AS_EARLY_AS_BEFORE.search(text, max(0, start - 16), start)
        or _PURPOSE_BEFORE.search(text, max(0, start - 40), start)
        or _EXPECTED_IN.search(text, max(0, start - 50), start)
        or _FORECAST_PERIOD_ENDING.search(text, max(0, start - 90), start)
    )


def _dct_year_for_month(ctx: _Ctx, month: int, day: int | None, start: int, end: int) -> int:
    """Year of a month (and day) written without one, by DCT and tense.

    Future: the next occurrence (a date up to six weeks back, or last month, still counts as
    this year: a news story rarely names a day a year ahead without its year); past: the last
    occurrence (a day up to six weeks after the DCT, or next month, stays in this year: a
    misread tense is likelier than an undated day a year back); otherwise the
    occurrence within five months ahead or seven back (news mostly reports the past).
    """
    d = ctx.dct
    assert d is not None
    if day is not None:
        framed = _year_framing_sentence(ctx, start)
        if framed is not None:
            return framed  # "next year's tournament, which starts on Aug. 26"
    when = _year_of_when_clause(ctx, start)
    if when is not None:
        return when
    tense = ctx.tense(start, end)
    months_ahead = _MONTHS_AHEAD
    if _deadline_before(ctx.text, start) or _RESCHEDULED_TO.search(
        ctx.text, max(0, start - 70), start
    ):
        # "extended loans through January", "gave it until mid-November", "delayed its
        # meeting to June 22": no past; with no tense a deadline is ahead ("restoring quotas
        # before October"), and after a past verb one up to seven months ahead still is
        # ("delegates said quotas before October are unlikely", in March)
        s0, s1 = ctx.sentence(start)
        if (
            tense == PAST
            and _tense_from_left(ctx, start) == PAST
            and _right_tense(ctx.text, end, s0, _own_clause_end(ctx.text, end, s1), start) != PAST
        ):
            # (not "By September the album had sold", "by the end of October stood at 92.9%")
            months_ahead = _DEADLINE_MONTHS_AHEAD
        # under a present verb a deadline is ahead too ("rulings are expected by the end of
        # June", "keeps its stores open through Christmas", in autumn or spring)
        tense = UNKNOWN if tense == PAST else FUTURE if tense in (UNKNOWN, PRESENT) else tense
        if _EXTENDED_UNTIL.search(ctx.text, max(0, start - 70), start):
            # "extended until 31 July the mandate" (in December): a term prolonged runs on
            # ahead of the day it was prolonged, whatever the verb's tense
            tense = FUTURE
    if day is None and (
        _TRADED_AFTER.match(ctx.text, end)
        or _NEAR_CONTRACT_BEFORE.search(ctx.text, max(0, start - 10), start)
    ):
        # "two cargoes of May Brent", "April/May butter went at": a contract month, this
        # month or one ahead (contracts for months gone no longer trade)
        return d.year if month >= d.month else d.year + 1
    if day is None and _CONTRACT_AFTER.match(ctx.text, end):
        tense = FUTURE  # "oil for May delivery rose": a futures contract names a month ahead
    if _PLANNED_FOR.search(ctx.text, max(0, start - 40), start) or _AS_EARLY_AS_BEFORE.search(
        ctx.text, max(0, start - 16), start
    ):
        tense = FUTURE  # "the election, widely predicted for May", "as early as June"
    elif tense != PAST and _LASTING_INTO_BEFORE.search(ctx.text, max(0, start - 40), start):
        tense = FUTURE  # "the trial is expected to run into January" (not "ran into")
    elif _FORECAST_PERIOD_ENDING.search(ctx.text, max(0, start - 90), start):
        tense = FUTURE  # "raised its forecast for the year ending March 31", in February
    elif _PURPOSE_BEFORE.search(ctx.text, max(0, start - 40), start) or _EXPECTED_IN.search(
        ctx.text, max(0, start - 50), start
    ):
        # "a budget being drafted for presentation in September", "a ruling is expected in
        # October": ahead; after a past verb ("won a contract for delivery on July 5", "was
        # due for release in January", "said a verdict was expected in May") either side, up
        # to seven months ahead
        if tense == PAST:
            tense, months_ahead = UNKNOWN, _DEADLINE_MONTHS_AHEAD
        else:
            tense = FUTURE
    # "since" of time, not of cause ("since April registrations were closed" is a clause):
    # the date is not ahead of the DCT, whatever the tense ("a probe since mid-December")
    since = (
        _SINCE_BEFORE.search(ctx.text, max(0, start - 12), start) is not None
        and _SUBJECT_NOUN_AFTER.match(ctx.text, end) is None
    ) or _SINCE_GERUND_BEFORE.search(ctx.text, max(0, start - 64), start) is not None
    scheduled = tense == PRESENT and _SCHEDULE_VERB_BEFORE.search(
        ctx.text, max(0, start - 48), start
    )
    if scheduled:
        tense = FUTURE  # "when it meets on December 9", "the pact expires in October"
    elif tense in (PRESENT, UNKNOWN) and _COPULA_BEFORE.search(ctx.text, max(0, start - 32), start):
        tense = FUTURE  # "the general election is on Nov. 4", "the deadline is Dec. 1"
    if day is not None:
        here = _safe_date(d.year, month, min(day, 28 if month == 2 else day))
        if here is None:
            return d.year
        delta = (here - d).days
        if since:
            return d.year if delta <= 0 else d.year - 1  # "sales since July 1" (in June)
        if tense == FUTURE:
            return d.year if delta >= -45 else d.year + 1
        if tense == PAST:
            if 45 < delta <= _EVENT_DAYS_AHEAD and _dated_scheduled_event(ctx.text, start, end):
                return d.year  # "had registered as a candidate in the election on Sept. 8"
            return d.year if delta <= 45 else d.year - 1
        if delta > _DAYS_AHEAD:
            return d.year - 1
        return d.year + 1 if delta < _DAYS_AHEAD - 365 else d.year
    diff = month - d.month
    if since:
        return d.year if diff <= 0 else d.year - 1  # "not ahead in the poll since April"
    if tense == FUTURE and (
        (scheduled and _TERM_LIMIT_VERB_BEFORE.search(ctx.text, max(0, start - 48), start))
        or _DUE_TO_BEFORE.search(ctx.text, max(0, start - 60), start)
        or _WILL_DO_IN_BEFORE.search(ctx.text, max(0, start - 60), start)
    ):
        # "talks are due to resume in March", "the court will hear the case in January", "the
        # school year ends in June" (in July): the next such month
        return d.year if diff >= 0 else d.year + 1
    if tense == FUTURE:
        # a month up to a quarter back is still this year's: a future verb in the sentence
        # rarely makes "figures for January" (in March) next year's
        return d.year if diff >= -3 else d.year + 1
    if tense == PAST:
        # like a day up to six weeks ahead, next month under a past verb stays this year
        # ("informed oil companies of a cutback in September", in August)
        # ("informed oil companies of a cutback in September", in August), and across the
        # turn of the year what a promise promises ("has promised a rise from January", in
        # December)
        if diff == -11 and _PROMISE_BEFORE.search(ctx.text, ctx.sentence(start)[0], start):
            return d.year + 1
        return d.year if diff <= 1 else d.year - 1
    if diff > months_ahead:
        return d.year - 1
    return d.year + 1 if diff < months_ahead - 12 else d.year


# a verb of lasting, not in the past, before "into" ("the trial is expected to run into
# January", "talks could drag on into March"): the month it lasts into lies ahead
_LASTING_INTO_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["lasting_into_verbs"]) + r")\s+(?:on\s+|well\s+|over\s+)?into\s+"
    r"(?:(?:early|mid|late)\s+|mid-)?$",
    re.I,
)
# "into" after a verb of lasting in any tense or "well", "deep" ("dragged on into March",
# "well into May"): the month a thing lasts into, not a person run into
_LASTED_INTO_BEFORE = re.compile(
    r"\b(?:well|deep|far|"
    + _alt(_DATA["lasting_into_verbs"] + _DATA["lasted_into_verbs"])
    + r")\s+(?:on\s+|well\s+|over\s+)?into\s+$",
    re.I,
)
# a verb of promise or plan earlier in the sentence: what it governs lies ahead
_PROMISE_BEFORE = re.compile(r"\b(?:" + _alt(FORWARD_GOVERNORS) + r")\b", re.I)
# a date naming the noun after it, which a verb follows ("April registrations were closed")
_SUBJECT_NOUN_AFTER = re.compile(r"\s+[a-z]+\s+(?:is|are|was|were|has|have|had)\b")
# what is forecast, planned or set for a time ("the election, widely predicted for May", "rain
# is forecast for the weekend", "warnings have been issued for the weekend"; `planned_for_verbs`)
_PLANNED_FOR = re.compile(
    r"\b(?:" + _alt(_DATA["planned_for_verbs"]) + r")\s+(?:\w+\s+)?for\s+"
    r"(?:(?:early|mid|late|mid-)\s*)?$",
    re.I,
)
# what a thing is made ready for, and when ("drafted for presentation in September")
_PURPOSE_BEFORE = re.compile(
    r"\bfor\s+(?:(?:a|an|the|its|their|final|formal)\s+)?(?:"
    + _alt(_DATA["purpose_nouns"])
    + r")\s+(?:in|by|on|at)\s+(?:(?:early|mid|late)\s+|mid-)?$",
    re.I,
)
_CONTRACT_AFTER = re.compile(
    r"(?:\s*/\s*[A-Z][a-z]+)?\s+(?:(?-i:[A-Z]+\s+)?(?:delivery|contracts?|futures|options|bonds?|"
    r"T-bonds?|T-bills?|shipments?|deadline)"
    # the name of what is traded may stand between ("June share price index futures")
    r"|(?:(?!(?:in|of|on|for|at|by|to|from|and|or|the|a|an)\b)[\w-]+\s+){1,3}(?:futures|options)"
    r")\b",
    re.I,
)
# a month before a traded good or a trading position is its contract month ("10 cargoes of
# May Dubai", "June/July soybeans"), unless figures of that good follow ("January wheat
# exports", "April cocoa market report")
_TRADED_AFTER = re.compile(
    r"(?:\s*/\s*[A-Z][a-z]+\.?)?\s+(?:(?:old|new)\s+crop\s+)?(?:"
    + _alt(_DATA["traded_goods"] + _DATA["trade_positions"])
    + r")\b(?!-)(?!\s+(?:oil\s+)?(?i:"
    + _alt(_DATA["traded_figures"])
    + r")\b)",
)  # case-sensitive: "the February Wheat Australia publication" is a title
# "near July", "the nearby March contract": the nearest contract month
_NEAR_CONTRACT_BEFORE = re.compile(r"\bnear(?:by|est)?\s+$", re.I)
# an adverb between a present verb and its date ("the teams meet again on Christmas Day", "it
# also opens in May", "the lease expires again in May")
_VERB_ADVERB_SLOT = r"(?:(?:again|also|only|once\s+more)\s+)?"
# where, between a present verb and its date ("the tour opens in Dublin on May 3", "opens at
# the Tate in May", "the film opens nationwide on Christmas Day"); case-sensitive
_PLACE_SLOT = (
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+|(?:nationwide|worldwide)\s+)?"
)
# a schedule in the present, its object between ("Brazil hosts the Olympics in August")
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:"
    + _alt(PRESENT_VERBS)
    + r")\s+"
    + _VERB_ADVERB_SLOT
    + r"(?:(?:the|its|their|his|her|our|a|an)\s+"
    r"(?:(?!(?:that|which|who|when|after|since|before|because)\b)[\w'-]+\s+){1,3}?)?"
    + _PLACE_SLOT
    + r"(?:on\s+|in\s+)?$"
)
# a present verb that can only be a verb, of a term's start or end, right before a month ("the
# pact expires in May", "the school year ends in June"; not "housing starts in February",
# "agreed rules in January": `term_limit_verbs`)
_TERM_LIMIT_VERB_BEFORE = re.compile(
    r"\b(?i:"
    + _alt(_DATA["term_limit_verbs"])
    + r")\s+"
    + _VERB_ADVERB_SLOT
    + _PLACE_SLOT
    + r"(?i:on\s+|in\s+)?$"
)
# a date as what a present "is" says of its subject: a schedule ("the runoff is on Nov. 20",
# "the deadline is Dec. 1", "the referendum is in December")
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|still|also|again|only)\s+)?(?:on\s+|in\s+)?"
    r"(?:(?:early|mid|late)\s+|mid-)?$"
)
# a date something is put off or extended to ("postponed the vote until March 3", "extended
# the deadline on its offer to Monday")
# a term prolonged to a day ("extended until 31 July", "renewed the mandate through June")
_EXTENDED_UNTIL = re.compile(
    r"\b(?:extend|prolong|renew)\w*\b[^.;:!?]{0,50}?\b(?:until|till|through)\s+$", re.I
)
_RESCHEDULED_TO = re.compile(
    r"\b(?:extend|postpon|adjourn|delay|defer|reschedul|put\s+off|push(?:ed|es)?\s+back|"
    r"put\s+back|moved\s+back)\w*\b[^.;:!?]{0,50}?\b(?:to|until|till)\s+"
    r"(?:(?:early|mid|late|next)\s+|mid-)?$",
    re.I,
)
# a schedule in the present, right before the month it names ("the talks are due to resume
# in March", "is scheduled to be published in May"): the next such month
_DUE_TO_BEFORE = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:(?:now|still|also)\s+)?(?:due|scheduled|slated|set)\s+to\s+"
    r"(?:(?!that\b|for\b|from\b|since\b|than\b|of\b)[\w'-]+\s+){1,5}in\s+"
    r"(?:(?:early|mid|late)\s+|mid-)?$",
    re.I,
)
# "will" and the verb it governs right before "in" and the month ("the justices will hear the
# case in January"), no figures or report between ("will publish sales in January" may give
# January's sales)
_WILL_DO_IN_BEFORE = re.compile(
    r"\b(?:will|shall)\s+(?:(?:now|still|also|then|again)\s+)?"
    r"(?:(?!that\b|for\b|from\b|since\b|than\b|of\b|results\b|earnings\b|profits?\b|"
    r"loss(?:es)?\b|figures\b|"
    + _alt(_DATA["traded_figures"])
    + r"\b)[\w'-]+\s+){1,5}in\s+(?:(?:early|mid|late)\s+|mid-)?$",
    re.I,
)
# an expectation or schedule right before the month it names, not a result compared with one
# ("a ruling is expected in October", "a verdict expected to come in May"; not "more than
# expected in October"; not "forecast"/"planned", which also tell when a plan was made:
# "growth, forecast in December at 4.5 pct")
_EXPECTED_IN = re.compile(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:expected|due|scheduled|slated)\s+"
    r"(?:to\s+(?:(?!that\b|for\b|from\b|since\b|than\b|of\b|in\b)[\w'-]+\s+){1,3})?(?:in|on)\s+"
    r"(?:(?:early|mid|late)\s+|mid-)?$",
    re.I,
)
# a forecast for a period that ends on the date ("raised its forecast for the year ending
# March 31", "cut its outlook for the fiscal year ending in June"): the end still ahead
_FORECAST_PERIOD_ENDING = re.compile(
    r"\b(?:" + _alt(_DATA["forecast_nouns"]) + r")\s+for\s+(?:the|its|their|this)\s+"
    r"(?:(?:current|coming)\s+)?(?:(?:fiscal|financial|business)\s+)?"
    r"(?:year|quarter|half|period|(?:\w+\s+)?months)\s+(?:ending|to|through)\s+(?:in\s+|on\s+)?$",
    re.I,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late|mid-)\s*)?$", re.I)
# "his first trip since taking office in January": a gerund after "since" is a past event
_SINCE_GERUND_BEFORE = re.compile(r"\bsince\s+[a-z]{2,}ing\b[^.;:,()]{0,40}?\s(?:in|on)\s+$", re.I)
_AS_EARLY_AS_BEFORE = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)
_DAYS_AHEAD = 150  # tense unknown: a day up to five months ahead, else the last one
# a scheduled event's day under a past verb: up to three months ahead is the coming one
_EVENT_DAYS_AHEAD = 92
# a scheduled event named with its day ("the mayoral election on Sept. 8", "the Sept. 8
# election"; `scheduled_event_nouns`): a past verb tells of what led up to it (registering,
# campaigning, calling it), not of the event itself, and a news story names the day of one
# gone by more than six weeks ago with its year
_EVENT_PREP = (
    r"\b" + _alt(_DATA["scheduled_event_preps"]["preps"]) + r"\s+(?:(?:the|a|an|[\w-]+'s)\s+)?"
)
# "… in the state election on Oct. 14": the event the object of a preposition of
# `scheduled_event_preps`, up to two modifiers before its noun
_EVENT_ON_BEFORE = re.compile(
    _EVENT_PREP + r"(?:[\w-]+\s+){0,2}(?:" + _alt(_DATA["scheduled_event_nouns"]) + r")\s+on\s+$",
    re.I,
)
# "… ahead of the Oct. 30 referendum": the same preposition right before the day
_EVENT_PREP_BEFORE = re.compile(_EVENT_PREP + r"$", re.I)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?!"
    + _alt(_DATA["scheduled_event_preps"]["not_modifiers"])
    + r"\b)[a-z]+\s+)?(?:"
    + _alt(_DATA["scheduled_event_nouns"])
    + r")\b",
    re.I,
)


def _dated_scheduled_event(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` is the day of a scheduled event named right before it
    ("in the election on Sept. 8") or right after it ("ahead of the Sept. 8 election"), the
    object of a preposition of what led up to it; the event that is a past verb's own object
    ("won the election on Aug. 20", "held talks on Aug. 20") is the act itself, gone by."""
    if _EVENT_ON_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return (
        _EVENT_PREP_BEFORE.search(text, max(0, start - 24), start) is not None
        and _EVENT_NOUN_AFTER.match(text, end) is not None
    )


_MONTHS_AHEAD = 5  # a month up to five months ahead, else the last one
_DEADLINE_MONTHS_AHEAD = 7  # a deadline month under a past verb: up to seven months ahead
_TERM_ENDING = r"(?:ending|expiring|maturing)\s+(?:in|on)"
# a deadline, or the last day of a term ("the arrangement ending in June", "bonds maturing
# on May 1")
_DEADLINE_BEFORE = re.compile(r"\b(?:through|until|till|by|before|" + _TERM_ENDING + r")\s+$", re.I)
# not a period reported on ("growth for the year ending in December", "the 12 weeks ending on")
_PERIOD_ENDING_BEFORE = re.compile(
    r"\b(?:year|month|week|quarter|period)s?\s+" + _TERM_ENDING + r"\s+$", re.I
)


# a clause of its own after a comma: relative ("which angered ...") or participial ("ending
# a standoff that had lasted ...")
_COMMA_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|[a-z]+ing)\b")


def _own_clause_end(text: str, end: int, s1: int) -> int:
    """Where the clause of an expression ending at ``end`` stops: at a relative or
    participial clause set off by a comma, else at the sentence end ``s1``."""
    m = _COMMA_CLAUSE.search(text, end, s1)
    return s1 if m is None else m.start()


def _deadline_before(text: str, s: int) -> bool:
    """Whether a deadline word or the end of a term comes right before ``s``."""
    return (
        _DEADLINE_BEFORE.search(text, max(0, s - 16), s) is not None
        and _PERIOD_ENDING_BEFORE.search(text, max(0, s - 30), s) is None
    )


_AHEAD_NOUN = re.compile(r"\s+(?:planned|scheduled|upcoming|expected|deadline)\b")
_EVENT_NOUN = re.compile(
    r"(?:\s+[A-Za-z0-9-]+){0,3}?\s+(?:" + _alt(_DATA["scheduled_event_nouns"]) + r")\b", re.I
)
# "had" and a participle: regular ("had filed", "had taken") or irregular, the listed past
# forms that are also participles ("had won back", "had held", "had sold")
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:not\s+|n't\s+|already\s+)?(?!until\b|till\b)(?:[a-z]+(?:ed|en|wn|ne|t)|"
    + _alt((PAST_VERBS | PAST_PARTICIPLES) - {"says", "was", "were", "had", "did", "ago"})
    + r")\b"
)
_BY_BEFORE = re.compile(r"\b(?:by|before)\s+$")
# what something comes before, right before a date or a possessive date, or one noun
# between ("ahead of July's conference", "ahead of his departure on Sunday")
_AHEAD_OF_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+"
    r"(?:(?:his|her|its|their|the|a|next|this)\s+)?(?:[a-z-]+\s+(?:on|in)\s+)?$",
    re.I,
)
_PAST_TIME = re.compile(r"\b(?:last\s+(?:week|month|year)|yesterday|ago|earlier)\b", re.I)
# an active present perfect ("have called", "has announced"; not "have been") and its object,
# an event (`called_event_nouns`), right before "on" and a weekday
_PERFECT_CALL_BEFORE = re.compile(
    r"\b(?:has|have|'ve)\s+(?:(?:now|already|also|again)\s+)?(?!been\b)[a-z]+(?:ed|en|t)\s"
    r"[^.;:!?]{0,60}?\b(?:"
    + _alt(_DATA["scheduled_event_nouns"] + _DATA["called_event_nouns"])
    + r")\s+(?:on\s+)?$",
    re.I,
)
# a gerund of waiting right before "until" ("for waiting until Sunday", "holding off till
# Monday"; `waiting_gerunds`): under a past verb, a wait gone by
_WAITED_UNTIL_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["waiting_gerunds"]) + r")\s+(?:\w+\s+)?(?:until|till)\s+$", re.I
)
_WEEKDAY_PREP = re.compile(r"\b(for|until|till|since)\s+(?:at\s+least\s+)?$", re.I)
# a term that runs out on the weekday after it ("with the fiscal year ending Saturday", "the
# offer, expiring Friday"): that day ahead; not a week or period reported on ("claims in the
# week ending Saturday")
_TERM_ENDING_ON_DAY = re.compile(
    r"(?<!week\s)(?<!weeks\s)(?<!month\s)(?<!period\s)\b(?:ending|expiring)\s+(?:on\s+)?$", re.I
)
# an expectation told in the past ("the teams were expected to arrive", "was due to land"):
# a weekday it names one or two days ahead is that day, not the one almost a week back
_PAST_EXPECTATION = re.compile(
    r"\b(?:was|were)\s+(?:not\s+|also\s+|still\s+)?(?:expected|due|scheduled|slated|"
    r"supposed)\s+to\s+[^.;:!?]{0,50}$",
    re.I,
)
# the first day of a period, right before the weekday ("declared three days of mourning
# starting Wednesday", "a two-day strike beginning Thursday"): like an expectation told in the
# past, a day one or two ahead is that day
_PERIOD_START_BEFORE = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+)?$", re.I)
# the same expectation after a weekday in its subject ("celebrations on Wednesday, a public
# holiday, were expected to draw crowds")
_PAST_EXPECTATION_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,[^,.;:!?]{1,40},)?\s+(?:was|were)\s+"
    r"(?:not\s+|also\s+|still\s+)?(?:expected|due|scheduled|slated|supposed)\s+to\b",
    re.I,
)


# a participle of expectation after the noun it tells of, right before the day ("heavy rain
# forecast on Friday", "a vote expected Monday"); not a verb after its subject ("Cuba
# predicted Wednesday", "analysts expected Monday"), nor after an auxiliary ("was forecast on
# Friday" tells when the forecast was made)
_EXPECTED_ON_DAY = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:forecast|forecasted|predicted|expected|scheduled|planned|slated)"
    r"\s+(?:on\s+|for\s+)?$"
)
# a word before "predicted", "expected" that makes it a verb or the auxiliary of one
_NOT_NOUN_BEFORE_PARTICIPLE = frozenset(
    _DATA["subjects_before_participle"] + [w.lower() for w in _DATA["person_nouns_before_names"]]
)


# a plan before "for" in its clause ("planned at the university for", "scheduled for"), and
# a past finite verb right after the day it names ("... for Saturday was canceled")
_PLAN_BEFORE_FOR = re.compile(
    r"\b(?:scheduled|planned|set|slated|due)\b[^.;:!?,]{0,50}\bfor\s+$", re.I
)
_PAST_FINITE_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:was|were)\b")


def _nearer_weekday(d: dt.date, delta: int) -> dt.date:
    """The weekday ``delta`` days of the week from ``d``, whichever of the day ahead and the
    day behind is nearer (the one ahead on a tie)."""
    ahead, back = delta % 7, (-delta) % 7
    return d + dt.timedelta(days=ahead) if ahead <= back else d - dt.timedelta(days=back)


# words of a daily paper's own day ("today", "yesterday", "tonight", "this morning"): a
# weekly's story, written in the week before its issue's day, does not use them
_DAILY_DAY_WORDS = re.compile(
    r"\b(?:today|yesterday|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b", re.I
)


def _weekly_issue_day(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the DCT's own weekday named bare under a past verb is the one of the week
    before, as a weekly dated on that day tells it: "Last week began with the worst day in
    Wall Street's history. On Monday the Dow fell 508 points" in an issue of Monday 26
    October is 19 October. Only after "last week" (the week before the DCT's) in its
    sentence (in a clause before a semicolon) or the two before, on a Monday (the day
    weeklies carry), in a text with no word of a daily paper's own day ("today",
    "yesterday"): a daily saying "Last week the bill passed. On Monday the House ..." on a
    Monday tells of that very day."""
    dct, last = ctx.dct, ctx.last_week
    if dct is None or dct.weekday() != 0 or last is None or last[0] != dct - dt.timedelta(days=7):
        return False
    if ";" not in ctx.text[last[1] : start] and ctx.sentence(last[1])[0] == ctx.sentence(start)[0]:
        return False  # "hit a record last week before falling on Monday": that Monday
    s0 = ctx.sentence(start)[0]
    for _ in range(2):
        if s0 <= last[1] or s0 == 0:
            break
        s0 = ctx.sentence(s0 - 1)[0]
    if last[1] < s0 or _DAILY_DAY_WORDS.search(ctx.text):
        return False
    tense = ctx.tense(start, end)
    # a day's possessive is a day gone by unless a future verb is near ("Monday's vote")
    return tense == PAST or (ctx.text.startswith("'s", end) and tense != FUTURE)


def _weekday_date(ctx: _Ctx, wd: int, rel: str | None, start: int, end: int) -> dt.date:
    d = ctx.dct
    assert d is not None
    rel = (rel or "").lower().split()[-1] if rel else ""
    if rel in ("previous", "following") and ctx.anchor is not None and ctx.anchor_is_day:
        # "the previous Friday" after a day is named: the Friday before that day
        a = ctx.anchor
        if rel == "previous":
            return a - dt.timedelta(days=(a.weekday() - wd) % 7 or 7)
        return a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)
    delta = wd - d.weekday()
    if rel in ("next", "coming", "following"):
        ahead = delta % 7 or 7
        return d + dt.timedelta(days=ahead + 7 if ahead == 1 else ahead)  # not "tomorrow"
    if rel in ("last", "past", "previous"):
        back = (-delta) % 7 or 7
        return d - dt.timedelta(days=back + 7 if back == 1 else back)  # not "yesterday"
    if rel == "this":
        return d + dt.timedelta(days=delta)
    if delta == 0:
        if _weekly_issue_day(ctx, start, end):
            return d - dt.timedelta(days=7)
        return d
    prep = _WEEKDAY_PREP.search(ctx.text, max(0, start - 18), start)
    if (
        prep is not None
        and ctx.text.startswith("'s", end)
        and not _EVENT_NOUN.match(ctx.text, end + 2)
        and not _AHEAD_NOUN.match(ctx.text, end + 2)
        and ctx.tense(start, end) != FUTURE
    ):
        prep = None  # "in retaliation for Friday's attack": the preposition takes the noun
    if prep is None and (
        _RESCHEDULED_TO.search(ctx.text, max(0, start - 70), start)
        or _TERM_ENDING_ON_DAY.search(ctx.text, max(0, start - 24), start)
    ):
        return d + dt.timedelta(days=delta % 7)  # "extended the offer to Monday": ahead
    if prep is None and _DESIGNATED_DAY_AFTER.match(ctx.text, end):
        # "declared Tuesday a day of mourning": set apart days before or after; the nearer
        return _nearer_weekday(d, delta)
    expected = _EXPECTED_ON_DAY.search(ctx.text, max(0, start - 40), start)
    if (
        prep is None
        and expected is not None
        and expected["noun"] not in _NOT_NOUN_BEFORE_PARTICIPLE
        and not ctx.text.startswith(("'s", "\u2019s"), end)
    ):
        return d + dt.timedelta(days=delta % 7)  # "more rain forecast on Friday": ahead
    s0, s1 = ctx.sentence(start)
    perfect = _PAST_PERFECT.search(ctx.text, s0, s1) is not None
    if prep is not None:
        if prep[1].lower() == "since":
            return d - dt.timedelta(days=(-delta) % 7)
        if (
            prep[1].lower() == "for"
            and _PLAN_BEFORE_FOR.search(ctx.text, max(s0, start - 70), start)
            and _PAST_FINITE_AFTER.match(ctx.text, end)
        ):
            # a plan told of in the past ("a memorial service planned for Saturday was
            # canceled", "the vote set for Tuesday was put off"): called off before or after
            # the day, so the nearer of the two days
            return _nearer_weekday(d, delta)
        if prep[1].lower() in ("until", "till") and (
            _lasted_until(ctx, start)
            or (
                _WAITED_UNTIL_BEFORE.search(ctx.text, max(s0, start - 40), start)
                and _tense_from_left(ctx, start) == PAST
            )
        ):
            # "the road stayed shut until Monday", "was criticised for waiting until Sunday
            # afternoon": a wait gone by, up to the last such day
            return d - dt.timedelta(days=(-delta) % 7)
        if not (perfect and prep[1].lower() in ("until", "till")):
            return d + dt.timedelta(days=delta % 7)  # "a strike for Thursday", "until Friday"
        return d - dt.timedelta(days=(-delta) % 7)  # "until Thursday, they had not called"
    if perfect and _BY_BEFORE.search(ctx.text, max(0, start - 8), start):
        return d - dt.timedelta(days=(-delta) % 7)  # "had filed reports by Wednesday"
    if not perfect and _PERFECT_CALL_BEFORE.search(ctx.text, max(s0, start - 90), start):
        # "organisers have called for a day of action on Thursday", "unions have called a
        # strike on Friday": a present perfect takes no day gone by, so the day is the
        # event's, to come
        return d + dt.timedelta(days=delta % 7)
    tense = ctx.tense(start, end)
    if (not perfect and _AHEAD_OF_BEFORE.search(ctx.text, max(0, start - 48), start)) or (
        tense not in (FUTURE, PRESENT)
        and _BY_BEFORE.search(ctx.text, max(0, start - 8), start)
        and not ctx.text.startswith(("'s", "\u2019s"), end)
    ):
        # a deadline ("by", "before") with no future cue is the nearer of the two days,
        # whatever past form is near ("could be reached by Friday", "asked them to answer by
        # Monday", "relief was not expected before Sunday" on Thursday ahead; "But by
        # Wednesday, the dollar climbed" behind), unless its sentence names a past time ("moved
        # into the market last week, taking its stake to 13.7 pct by Friday"); so is a day
        # something comes "ahead of", whatever the tense ("ahead of his departure on Sunday",
        # "unresolved ahead of Thursday's deadline"; "squared positions ahead of Wednesday's
        # meeting" on Thursday is the day before)
        ahead, back = delta % 7, (-delta) % 7
        if ahead < back and not _PAST_TIME.search(ctx.text, s0, s1):
            return d + dt.timedelta(days=ahead)
        return d - dt.timedelta(days=back)
    possessive = ctx.text.startswith("'s", end)
    coming = possessive and _opens_subject_of_coming_event(ctx, s0, start, end)
    if (
        possessive
        and not _AHEAD_NOUN.match(ctx.text, end + 2)
        and not (
            _EVENT_NOUN.match(ctx.text, end + 2)
            and ((tense == FUTURE and _tense_from_left(ctx, start) == FUTURE) or coming)
        )
    ):
        # "Thursday's closing price", "get around Wednesday's ruling"; but a scheduled event
        # under a future verb is ahead ("he will win his cap in Wednesday's friendly"), not one
        # in the subject of a modal ("the setback in Sunday's elections may force ..."), and
        # so is one opening its sentence said to be still to come ("Sunday's final will be
        # played in Rome", "Saturday's vote is expected to be close")
        tense = PAST
    elif coming:
        tense = FUTURE
    if _result_before(ctx.text, max(s0, start - 60), start):
        tense = PAST  # "will meet Denver after beating San Francisco 23-17 on Sunday"
    if tense in (FUTURE, PRESENT) or (
        delta % 7 <= 2
        and (
            _PAST_EXPECTATION.search(ctx.text, max(s0, start - 90), start)
            or _PERIOD_START_BEFORE.search(ctx.text, max(s0, start - 16), start)
            or _PAST_EXPECTATION_AFTER.match(ctx.text, end)
        )
    ):
        return d + dt.timedelta(days=delta % 7)
    return d - dt.timedelta(days=(-delta) % 7)


# a final score right before a weekday, after a form of a verb of winning or losing with no
# modal ("after beating San Francisco 23-17 on Sunday", "losing 2-1 Saturday"): a result, so
# a game played (not "will beat them 2-0 on Sunday", "a 2-0 lead on Sunday")
_RESULT_BEFORE = re.compile(
    r"\b(?:[a-z]+ing|beat|won|lost|drew|tied)\s+(?:[A-Z][\w.'-]*\s+){0,3}"
    r"\d{1,3}-\d{1,3}(?:\s+in\s+(?:overtime|extra\s+time|\w+\s+innings))?,?\s+(?:on\s+)?$"
)
_SCORE_BEFORE = re.compile(r"\d-\d{1,3}\b[^-]{0,32}$")
_MODAL_OR_TO_BEFORE = re.compile(
    r"\b(?:will|would|could|should|might|may|can|shall|to)\s+(?:\w+\s+)?$|'ll\s+$", re.I
)


def _result_before(text: str, lo: int, start: int) -> bool:
    """Whether a result (`_RESULT_BEFORE`) ends right before ``start``, its verb not after a
    modal or "to" ("will beat them 2-0 on Sunday" is a forecast)."""
    if _SCORE_BEFORE.search(text, max(lo, start - 40), start) is None:
        return False
    m = _RESULT_BEFORE.search(text, lo, start)
    return m is not None and not _MODAL_OR_TO_BEFORE.search(text, max(0, m.start() - 20), m.start())


# a scheduled event's noun phrase then a verb saying it is still to come ("Sunday's final will
# be played in Rome", "Saturday's vote is expected to be close")
_COMING_EVENT_VERB_AT = re.compile(
    r"['\u2019]s(?:\s+[A-Za-z0-9-]+){1,3}?\s+(?:will\s+be|is\s+(?:expected|set|due|scheduled|likely)"
    r"|are\s+(?:expected|set|due|scheduled|likely))\b"
)
_CLAUSE_OPENER = re.compile(r"[\s\"'(\u201c]*(?:(?:but|and|yet|so)\s+)?", re.I)


def _opens_subject_of_coming_event(ctx: _Ctx, s0: int, start: int, end: int) -> bool:
    """Whether a weekday's possessive opens its sentence as the subject of a scheduled event
    said to be still to come ("Sunday's final will be the first since 1998 ..."), unlike one
    within a subject ("the setback in Sunday's elections may force ...")."""
    return (
        _CLAUSE_OPENER.fullmatch(ctx.text, s0, start) is not None
        and _COMING_EVENT_VERB_AT.match(ctx.text, end) is not None
    )


def _point_mod(pre: str | None) -> str | None:
    if not pre:
        return None
    key = _squash(pre.lower().strip())
    if key in POINT_MODS:
        return POINT_MODS[key]
    return POINT_MODS.get(key.rstrip("-"))


def _group(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group."""
    try:
        return m[name]
    except IndexError:
        return None


def _rel_step(word: str | None) -> int:
    """The step of "last", "this" or "next" before a year or week: -1, 0 or 1."""
    return {"last": -1, "next": 1}.get((word or "").lower(), 0)


def _h_full_date(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    month = _month_num(m["mon"])
    day = _day_number(m["day"])
    rel = _group(m, "rel")
    rel_year = _group(m, "ry")
    if m["year"]:
        year = int(m["year"])
        ctx.dated_days.setdefault((month, day), year)
    elif rel_year and ctx.dct is not None:
        year = ctx.dct.year + _rel_step(rel_year)
    elif not rel and _recent_year(ctx, ctx.dated_days.get((month, day))):
        # "by June 30, 1987 ... prior to June 30": the day named before with its year (this
        # year's or last; a bond's "due March 26, 1992" is no payment date "March 26"; not
        # when the day was first named without one: "on April 1, against ... April 1 1986")
        year = ctx.dated_days[(month, day)]
    elif ctx.dct is not None and rel:
        here = _safe_date(ctx.dct.year, month, min(day, 28))
        year = ctx.dct.year
        if here is not None and rel.lower() == "last" and here >= ctx.dct:
            year -= 1
        elif here is not None and rel.lower() == "next" and here <= ctx.dct:
            year += 1
    elif (
        (month, day) == (9, 11)
        and (ctx.dct is None or ctx.dct.year > 2001)
        and _ATTACKS_AFTER.match(ctx.text, e)
    ):
        year = 2001  # "the September 11 attacks", "the Sept. 11 terrorist attacks"
    elif ctx.dct is not None:
        year = _year_for_month(ctx, month, day, s, e)
        ctx.dated_days.setdefault((month, day), None)
    else:
        ctx.dated_days.setdefault((month, day), None)
        return ("DATE", f"XXXX-{month:02d}-{day:02d}", None) if 1 <= day <= 31 else None
    d = _safe_date(year, month, day)
    if d is None:
        return None
    ctx.anchor = d
    if _group(m, "wkend"):
        return "DATE", _weekend_by(d), None
    return "DATE", d.isoformat(), _point_mod(m["pre"])


# "weekend" after a day or a holiday ("the Memorial Day holiday weekend")
_WEEKEND_WORDS = r"(?:holiday\s+)?weekend\b"


def _weekend_by(d: dt.date) -> str:
    """The weekend next to a day ("the July 4 weekend", "the Thanksgiving weekend"): the one
    before a Monday, else the one of its ISO week."""
    year_w, week, _ = (d - dt.timedelta(days=1 if d.weekday() == 0 else 0)).isocalendar()
    return f"{year_w:04d}-W{week:02d}-WE"


_ATTACKS_AFTER = re.compile(r"(?:th)?,?\s+(?:terrorist\s+|terror\s+)?attacks\b", re.I)


def _recent_year(ctx: _Ctx, year: int | None) -> bool:
    """Whether ``year`` is the DCT's or the one before (any year without a DCT)."""
    return year is not None and (ctx.dct is None or 0 <= ctx.dct.year - year <= 1)


def _h_numeric_date(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["iy"]:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
        mo, d = (a, b) if a <= 12 else (b, a)
    date = _safe_date(y, mo, d)
    if date is None:
        return None
    ctx.anchor = date
    return "DATE", date.isoformat(), None


def _h_month_year(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    month = _month_num(m["mon"])
    year = int(m["year"])
    ctx.anchor = dt.date(year, month, 1)
    return "DATE", f"{year:04d}-{month:02d}", _point_mod(m["pre"])


_MONTH_GUARD = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|to|during|of|early|late|last|next|this|"
    r"between|and|or|before|after|mid|end|on|for|in late|in early|the|until late|at least|as early as"
    r"|as late as|as soon as)\s+|mid-|end-)$",
    re.I,
)


# names a weekday or month word is part of ("Sheffield Wednesday", "Tuesday Weld")
_DATE_WORD_NAMES = re.compile(_alt(_DATA["names_with_date_words"]))
# a month word as a given name: the surname after it, an initial between, a suffix after
_SURNAME_AFTER = re.compile(
    r" (?:(?P<init>[A-Z]\.) )?(?P<sur>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!-|\.\w)"
    r"(?: (?P<sur2>[A-Z][a-z]+)\b(?!-))?(?P<tail>,? (?:" + _alt(_DATA["name_ends"]) + r")(?!\w))?"
)
_NOT_SURNAMES = frozenset(_DATA["not_surnames"])
_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["person_nouns_before_names"]) + r")\s+$", re.I
)
_WITH_BEFORE = re.compile(r"\b(?:with|and)\s+$")
_SPEECH_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:said|says|told|who|whose)\b")


def _in_date_word_name(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether the date word at [s, e) is part of a listed name ("Sheffield Wednesday")."""
    lo = max(0, s - 30)
    for n in _DATE_WORD_NAMES.finditer(ctx.text, lo, min(len(ctx.text), e + 30)):
        if n.start() <= s and n.end() >= e:
            return True
    return False


def _month_is_given_name(ctx: _Ctx, s: int, e: int, guarded: bool) -> bool:
    """Whether a capitalised month word at [s, e) is a person's given name: a surname follows
    with an initial between or a suffix after ("August A. Busch", "August Busch III"), a
    person noun stands before it ("analyst June Page"), or, with no date preposition before
    it, a second name follows after "with"/"and" ("with June Carter Cash") or a speech verb
    follows ("June Page said")."""
    if not ctx.text[s : s + 1].isupper() or ctx.text[s:e].isupper():
        return False
    n = _SURNAME_AFTER.match(ctx.text, e)
    if n is None:
        return False
    for word in (n["sur"], n["sur2"]):
        if word and (
            word in _NOT_SURNAMES
            or word.lower() in _MONTH_KEYS
            or word in WEEKDAYS
            or _num(word.lower()) is not None
        ):
            return False
    if n["init"] or n["tail"]:
        return True
    if _PERSON_NOUN_BEFORE.search(ctx.text, max(0, s - 24), s):
        return True
    if guarded:
        return False
    if n["sur2"] and _WITH_BEFORE.search(ctx.text, max(0, s - 6), s):
        return True
    return _SPEECH_AFTER.match(ctx.text, n.end()) is not None


# a word of habit earlier in the clause of a month ("usually lasts from July to September")
_HABIT = _alt(_DATA["habit_words"])
# "economists generally expect a pickup in March": what most think, no habit
_NOT_HABIT_VERB = (
    r"(?!\s+(?:expect|forecast|predict|anticipate|agree|believe|think|estimate|see)\w*)"
)
_HABITUAL_BEFORE = re.compile(r"\b" + _HABIT + r"\b" + _NOT_HABIT_VERB + r"[^,;:.!?]*$", re.I)
# what happens every year ("twice a year", "every year", "annually")
_YEARLY_HABIT = re.compile(r"\b" + _alt(_DATA["yearly_habit_words"]) + r"\b", re.I)
# a habit told in the present ("which usually peaks in", "is normally held in"): any year's
# month even under a past verb of saying ("officials said the season, which usually peaks in
# February, could last weeks"); not a past habit ("prices usually rose in December")
_HABIT_IN_PRESENT = re.compile(
    rf"\b(?:(?:is|are)\s+{_HABIT}|{_HABIT}{_NOT_HABIT_VERB}\s+(?:is|are|[a-z]*[a-rt-z]s))\b"
    r"[^,;:.!?]*$",
    re.I,
)


# a finite verb no modal "May" and no imperative "March" can take ("May was the wettest month")
_FINITE_VERB_AFTER = re.compile(r"\s+(?:was|is|has|had|were|saw|brought|marked)\b")
# a person or firm called May or March named in the text ("Theresa May was ...", "May
# Department Stores ... May had a sales gain")
_MAY_THE_PERSON = re.compile(
    r"\b(?:Theresa|Brian|Mrs|Ms|Mr|Miss|Dr|Minister)\.?\s+(?:May|March)\b"
    r"|\b(?:May|March)\s+(?:Department|Stores?|Co|Corp|Inc|Ltd|Plc|PLC|Group)\b|<MAY>"
)


def _month_subject(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether an unguarded "May" or "March" opens its sentence as the subject of a finite
    verb ("May was the fifth month in a row to set a record"), with no person of that name
    in the text."""
    return (
        not ctx.text[ctx.sentence(s)[0] : s].strip(" \"'\u201c")
        and _FINITE_VERB_AFTER.match(ctx.text, e) is not None
        and _MAY_THE_PERSON.search(ctx.text) is None
    )


def _h_month(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    name = m["mon"]
    month = _month_num(name)
    rel = _squash((m["rel"] or "").lower())
    if rel in _ANAPHOR_STEP and not m["ry"]:
        if rel.startswith("that") and name.lower() == "may":
            return None  # "said that May would resign": a name, or the modal
        year = _year_of_period_in_view(ctx, rel, month, s, e)
        if year is not None:
            # "arrested again in 1989; that December parliament elected him": 1989's
            ctx.anchor = dt.date(year, month, 1)
            return "DATE", f"{year:04d}-{month:02d}", _point_mod(m["pre"])
        if rel.startswith("that"):
            # "that December" with no date in view: the month alone, read as before
            res = _month_value(m, ctx, m.start("mon"), e, "")
            return None if res is None else (*res[:3], _Span(m.start("mon"), e, None))
        rel = "next" if rel in ("the following", "the next") else "previous"
    return _month_value(m, ctx, s, e, rel)


def _month_value(m: re.Match, ctx: _Ctx, s: int, e: int, rel: str) -> Result:
    """A month without a day, its relation word ``rel`` ("last", "next"...) read."""
    name = m["mon"]
    month = _month_num(name)
    pre_text = ctx.text[max(0, s - 14) : s]
    guarded = bool(
        rel
        or m["pre"]
        or _MONTH_GUARD.search(pre_text)
        or _LASTED_INTO_BEFORE.search(ctx.text, max(0, s - 30), s)
    )
    if name in ("May", "March", "MAY", "MARCH") and not guarded and not _month_subject(ctx, s, e):
        return None
    if not m["ry"] and _month_is_given_name(ctx, s, e, guarded):
        return None  # "August Busch III", "analyst June Page": a name
    if not rel and _in_date_word_name(ctx, s, e):
        return None  # "March Madness": a listed name
    if ctx.dct is None or (
        not rel
        and not m["ry"]
        and _HABITUAL_BEFORE.search(ctx.text, max(ctx.sentence(s)[0], s - 80), s)
        and (
            ctx.tense(s, e) != PAST
            or _HABIT_IN_PRESENT.search(ctx.text, max(ctx.sentence(s)[0], s - 80), s)
        )
    ):
        # "the monsoon usually lasts from July to September": any year's month
        return "DATE", f"XXXX-{month:02d}", _point_mod(m["pre"])
    if (
        not rel
        and not m["ry"]
        and _YEARLY_HABIT.search(ctx.text, ctx.sentence(s)[0], s)
        and ctx.tense(s, e) != PAST
    ):
        # "he holds court twice a year, at shows in January and June": months of any year
        return "DATE", f"XXXX-{month:02d}", _point_mod(m["pre"])
    d = ctx.dct
    if m["ry"]:
        year = d.year + _rel_step(m["ry"])
    elif rel in ("last", "past", "previous"):
        # "last February" in March is a year back (February just past is "last month")
        year = d.year if month < d.month - 1 else d.year - 1
    elif rel in ("next", "coming"):
        # "next April" in March is a year ahead (the April just ahead is "next month")
        year = d.year if month > d.month + 1 else d.year + 1
    elif rel == "this":
        year = d.year
    elif (later := _RANGE_TO_DATED_MONTH.match(ctx.text, e)) is not None:
        # "between January and September this year", "from March to October 2004": the year
        # of the month the range ends on (a year earlier when the range crosses New Year)
        year = int(later["year"]) if later["year"] else d.year + _rel_step(later["ry"])
        if _month_num(later["mon"]) < month:
            year -= 1
    elif ctx.text.startswith(("'s", "\u2019s"), e):
        if _AHEAD_OF_BEFORE.search(ctx.text, max(0, s - 48), s) or (
            _EVENT_NOUN.match(ctx.text, e + 2)
            and ctx.tense(s, e) == FUTURE
            and _tense_from_left(ctx, s) == FUTURE
        ):
            # "a joint position ahead of July's conference", "he will not stand in
            # September's election": this month or one ahead
            year = d.year if month >= d.month else d.year + 1
        else:
            year = d.year if month <= d.month + 1 else d.year - 1  # "February's gain"
    elif (framed := _year_opening_sentence(ctx, s)) is not None:
        year = framed  # "Last year it opened in April and closed in September": 1989's April
    else:
        year = _year_for_month(ctx, month, None, s, e)
    ctx.anchor = dt.date(year, month, 1)
    return "DATE", f"{year:04d}-{month:02d}", _point_mod(m["pre"])


# what may stand before a year that opens its sentence ("In 1989", "During 1989", "Last year")
_BEFORE_OPENING_YEAR = re.compile(r"\s*(?:(?:in|during|throughout|for)\s+)?", re.I)


def _year_opening_sentence(ctx: _Ctx, s: int) -> int | None:
    """The year a month at ``s`` with none of its own is of when its sentence opens with a
    year ("Last year it opened in April", "In 1989 the plant closed in March") and no other
    date came between: the year frames the sentence."""
    last = ctx.last_date
    if last is None or _YEAR_ONLY_VALUE.fullmatch(last[0]) is None:
        return None
    s0 = ctx.sentence(s)[0]
    if not s0 <= last[1] < s or ctx.anchor_pos > last[1]:
        return None
    if _BEFORE_OPENING_YEAR.fullmatch(ctx.text, s0, last[1]) is None:
        return None
    return int(last[0])


# the middle day of a month's n-th seven days ("the second week of April": the 11th)
_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _h_week_of_month(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """A numbered week of a named month ("the second week of April"): the ISO week holding
    the middle day of the month's n-th seven days (the last week: of its last seven), in the
    year the month would take alone."""
    month = _month_num(m["mon"])
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is not None:
        year = _year_for_month(ctx, month, None, s, e)
    else:
        return "DATE", "XXXX-WXX", None
    mday = _WEEK_OF_MONTH_DAY.get(m["nth"].lower())
    if mday is None:
        mday = (_add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=4)).day
    day = dt.date(year, month, mday)
    ctx.anchor = day - dt.timedelta(days=day.weekday())
    return "DATE", _week(day), None


_RANGE_TO_DATED_MONTH = re.compile(
    r"\s*(?:[-/]\s*|(?:-|to|and|through|until|till)\s+)(?P<mon>"
    + MONTH
    + r"),?\s+(?:(?P<year>"
    + YEAR
    + r")\b(?!/\d)|(?-i:(?P<ry>this|last|next))\s+year\b)",
    re.I,
)


# "1,000-point", "2000 people", "2048 x 1080 pixels": no year; a dash set off by spaces ("in
# 1984 -- part of") is punctuation
_NONYEAR_AFTER = re.compile(
    r"(?:-(?!-)|\s*" + _NONYEAR + r"\b|\s+-(?![-\s])|\s*[x*\u00d7]\s*\d)", re.I
)
_NONYEAR_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac#]|\bNo\.|\bnumber|\bflight|\bresolution)\s*$", re.I
)
# a telegram's number after its series' word or a post's name on a cable's reference line
# ("Ref: Deptel 1840", "REF: A) STATE 56712 B) MOSCOW 1998", "Ref: Prague 2978"): no year
_CABLE_NUMBER_BEFORE = re.compile(
    r"(?:\b(?-i:" + _alt(_DATA["cable_number_words"]) + r")\s+(?:No\.\s*)?"
    r"|\b(?i:ref(?:tel)?s?)\s*:(?:[^\n.;]|\.(?=\S)){0,80}?\b(?-i:[A-Z][A-Za-z]+)\s+)$"
)
_YEAR_RANGE = re.compile(r"\s*[-/]\s*\d{1,4}\b")
# two capitals and digits after a year make a designation ("2012 DA14", "1997 XF11": asteroids
# and comets are named by the year found), not "the 2019 G20 summit"
_DESIGNATION_AFTER = re.compile(r" (?-i:[A-Z]{2}\d{1,3})(?![\w-])")
# a year between an owner or an article and a maker's name is a model year, part of what
# a car, motorcycle or light aircraft is called ("Kopp's 1987 Chevrolet Cavalier", "a 1996 Ford
# Explorer"), no date: TimeML leaves a year inside a name untagged
# (after "the", only with a model's name after the maker's: "the 1998 Toyota Camry", not "the
# 1998 Ford strike")
_MODEL_YEAR_BEFORE = re.compile(
    r"(?:\b(?:a|an|his|her|their|its|my|our|your|(?P<the>the))|'s)\s+$", re.I
)
_MAKE_AFTER = re.compile(
    r"\s+(?-i:" + _alt(_DATA["vehicle_makes"]) + r")(?![\w-])(?P<model>\s+(?-i:[A-Z0-9]))?"
)
# a day and month, then "at"/"from" before four digits: a 24-hour clock ("on Friday 4 March,
# from 1930", "Sunday 6 March at 1945")
_CLOCK_AFTER_DAY = re.compile(
    r"(?:(?P<d1>[12]\d|3[01]|0?[1-9])\s*(?:st|nd|rd|th)?\s+(?P<m1>"
    + MONTH
    + r")|(?P<m2>"
    + MONTH
    + r")\s+(?P<d2>[12]\d|3[01]|0?[1-9])),?\s+(?:at|from|until|till|between)\s+$",
    re.I,
)


def _clock_after_day(ctx: _Ctx, s: int, digits: str) -> str | None:
    """The TIME value of four digits that are a 24-hour clock on the day and month named just
    before them and "at", "from", "until" or "between" ("on Wednesday 19 January, from
    1930"), else None: that date's own year would stand before the preposition. Only on the
    quarter hour, as schedules give times ("from 2010 the rules change" stays a year). The
    day's year is that of the day just tagged, unknown (XXXX) with none."""
    hour, minute = int(digits[:2]), int(digits[2:])
    if hour > 23 or minute % 15:
        return None
    day = _CLOCK_AFTER_DAY.search(ctx.text, max(0, s - 30), s)
    if day is None:
        return None
    month = _month_num(day["m1"] or day["m2"])
    mday = int(day["d1"] or day["d2"])
    near = ctx.anchor_is_day and ctx.anchor_pos >= max(ctx.sentence(s)[0], s - 50)
    anchor = ctx.anchor if near else None
    if anchor is not None and (anchor.month, anchor.day) == (month, mday):
        date = anchor.isoformat()
    else:
        date = f"XXXX-{month:02d}-{mday:02d}"
    return f"{date}T{hour:02d}:{minute:02d}"


# "(1999)048": digits straight after the bracket that closes a year
_NUMBER_AFTER_BRACKET = re.compile(r"\)\d")


def _h_year(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["poss"]:
        # "2004's total", "above 2004's average": the year in a possessive
        year = int(m["poss"])
        ctx.anchor = dt.date(year, 1, 1)
        return "DATE", f"{year:04d}", None
    year = int(m["year"])
    if len(m["year"]) == 2:
        year += 2000 if year < 50 else 1900  # "FY05", "FY98"
    if ctx.text[s - 1 : s] == "(" and _NUMBER_AFTER_BRACKET.match(ctx.text, e):
        return None  # "NATO Press Release (1999)048": a year inside a document's number
    if (year < 1800 or year > 2099) and _among_clock_times(ctx.text, s, e):
        return None  # "the curfew lasts until 1700": five in the afternoon, no year
    split = m["split"] is not None and int(m["y2"]) % 100 == (year + 1) % 100
    end = e if split or m["split"] is None else m.start("split")
    fiscal = bool(m["fy"])
    if not (fiscal or m["pre"] or m["apx"] or m["split"]):
        clock = _clock_after_day(ctx, s, m["year"])
        if clock is not None:
            return "TIME", clock, None
    if not fiscal and not m["pre"]:
        after = ctx.text[end : end + 14]
        if not split and _NONYEAR_AFTER.match(after) and not _YEAR_RANGE.match(after):
            return None  # (a split year is one whatever follows: "the 1986/87 months")
        if _NONYEAR_BEFORE.search(ctx.text[max(0, s - 12) : s]):
            return None
        if _CABLE_NUMBER_BEFORE.search(ctx.text, max(0, s - 100), s):
            return None  # "Ref: Deptel 1840": a telegram's number
        if _DESIGNATION_AFTER.match(ctx.text, end):
            return None  # "the asteroid 2004 MN4": a name, no year
        make = _MAKE_AFTER.match(ctx.text, end)
        owner = _MODEL_YEAR_BEFORE.search(ctx.text, max(0, s - 8), s) if make else None
        if owner is not None and (make["model"] or not owner["the"]):
            return None  # "a 1996 Ford Explorer": a model year
    ctx.anchor = dt.date(year, 1, 1)
    mod = "APPROX" if m["apx"] else _point_mod(m["pre"])
    # a split year ("the 2012-13 season", "fiscal 1986/87") is one expression, valued as
    # the year it begins in; another pair ("1986-89") is a range, its first year alone
    named = _NAMED_YEAR_AFTER.match(ctx.text, end)
    if named is not None and not m["pre"] and ctx.text[max(0, s - 4) : s].lower() == "the ":
        # "the 1998 fiscal year", "the 1997 financial year": one expression, as "the current
        # fiscal year" is
        return "DATE", f"{year:04d}", mod, (s - 4, named.end(), None)
    return "DATE", f"{year:04d}", mod, (s, end, None)


# words of the clock ("curfew", "GMT", "daily", "midnight"), or a time written with
# a leading zero ("from 0900"): beside them a bare early year is a time of day
_CLOCK_CONTEXT = re.compile(r"(?<![\w.])" + _alt(_DATA["clock_words"]) + r"(?!\w)|\b0\d{3}\b", re.I)


def _among_clock_times(text: str, s: int, e: int) -> bool:
    """Whether the sentence around ``text[s:e]`` speaks of clock times (so that
    "until 1700" is five in the afternoon): a clock word or a 24-hour time with a leading zero
    within it, looked for at most 120 characters either side."""
    start = max(text.rfind(". ", 0, s) + 1, s - 120, 0)
    after = text.find(". ", e)
    end = min(after if after != -1 else len(text), e + 120)
    return _CLOCK_CONTEXT.search(text, start, end) is not None


# the noun after a split year written in full ("the 2001-2002 season", "its 1998-1999
# school year")
_SPLIT_YEAR_NOUN = r"\s+(?:" + _alt(_DATA["split_year_nouns"]) + r")\b"
_NAMED_YEAR_AFTER = re.compile(r"\s+(?:fiscal|financial|budget|tax)\s+year\b(?!-)", re.I)


# a possessive before a decade word makes it an age: "in his twenties", "in her late thirties"
_AGE_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)


def _h_decade(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["decw"] and _AGE_OWNER_BEFORE.search(ctx.text, max(0, s - 8), s):
        return None  # an age ("in his twenties"), no decade of the calendar ("his 1970s team")
    if m["dec"]:
        # "the 1800s", "the early 1900s": the century whose years begin so (TimeML "18"); "the
        # 2000s" stays the decade it is mostly said of
        value = m["dec"][:2] if m["dec"].endswith("00") and m["dec"] < "2000" else m["dec"][:3]
    elif m["dec2"]:
        value = "19" + m["dec2"][0]
    elif m["dec3"]:
        # "in the 90s", "the mid-70s": a decade after "the", unless the text about it is
        # about figures ("temperatures in the 60s", "the stock was in the 50s")
        first, last = ctx.sentence(s)
        around = (min(first, max(0, s - 250)), last)
        if not m.group().lower().startswith("the") or _FIGURE_CONTEXT.search(ctx.text, *around):
            return None
        value = "19" + m["dec3"][0]
    else:
        century = "18" if (m["decc"] or "").lower() == "eighteen" else "19"
        value = century + str(DECADE_WORDS[m["decw"].lower()])
    ctx.anchor = dt.date(int(value) * 10 ** (4 - len(value)), 1, 1)
    return "DATE", value, _point_mod(m["pre"])


# words of a text about figures, where "the 60s" are no decade ("temperatures", "shares")
_FIGURE_CONTEXT = re.compile(r"\b" + _alt(_DATA["figure_words"]) + r"\b|%|\d/\d", re.I)


def _h_century(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["midc"]:
        if ctx.dct is None:
            return None
        return "DATE", f"{ctx.dct.year // 100:02d}", "MID"
    raw = m["cent"].lower()
    n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    if n <= 0 or _in_date_word_name(ctx, m.start("cent"), e):
        return None  # (the studio "20th Century Fox")
    return "DATE", f"{n - 1:02d}", _point_mod(m["pre"])


# "today's world", "today's personal computers": nowadays, not the DCT (TimeBank leaves it
# untagged)
_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:" + _alt(_DATA["generic_after_today"]) + r")\b"
)


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z0-9]*|\d|'s)\s$")


_MEDIA_AFTER = re.compile(r"\s+(?:newspaper|paper|programme|program|show|daily)\b")


def _h_relday(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["rd2"] and not m["pod"]:
        return None
    if m["rd"] and m["rd"].lower() == "today" and _GENERIC_TODAY.match(ctx.text, e):
        return None
    if m["rd"] == "Today" and not m["pre"] and _NAME_BEFORE.search(ctx.text, max(0, s - 12), s):
        return None  # a title: "Radio 4's Today programme", "VOA Today", "USA Today"
    if m["rd"] == "Today" and _MEDIA_AFTER.match(ctx.text, e):
        return None  # "the Today newspaper", "the Today show"
    if m["rd"] and ctx.text.startswith(("-next", "/next"), e):
        return None  # "tomorrow-next funds": a money-market term, no day
    word = _squash((m["rd"] or "this").lower())
    anaphor = _squash((m["rd2"] or "").lower())
    if anaphor and m["pod"].lower() == "overnight":
        return None  # "said that overnight rates would rise": the overnight rule decides
    if anaphor not in ("", "this"):
        # "that night", "that same morning", "the next morning": on the day last mentioned
        base = ctx.ref
        if base is None:
            return None
        step = {"the next": 1, "the following": 1, "the previous": -1}.get(anaphor, 0)
        day = base + dt.timedelta(days=step)
        if step:
            ctx.anchor = day
        return "TIME", day.isoformat() + "T" + PARTS_OF_DAY[m["pod"].lower()], None
    offs = {
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "yesterday": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last night": -1,
        "this": 0,
    }
    off = offs.get(word, 0)
    if ctx.dct is None:
        return "DATE", "PAST_REF" if off < 0 else "FUTURE_REF" if off > 0 else "PRESENT_REF", None
    d = ctx.dct + dt.timedelta(days=off)
    ctx.anchor = d  # "the next day", "earlier in the day" after "yesterday" hang on it
    pod = m["pod"]
    if word == "tonight" or word == "last night":
        return "TIME", d.isoformat() + "TNI", None
    if pod:
        return "TIME", d.isoformat() + "T" + PARTS_OF_DAY[pod.lower()], None
    return "DATE", d.isoformat(), _point_mod(m["pre"])


def _h_spoken_year(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """Years said in words in broadcast transcripts: "nineteen ninety-six", "the year two
    thousand" ("two thousand" alone only after "the year": else it is an amount)."""
    if m["yc"]:
        tail = _num(m["yt"])
        if tail is None or tail < 10:
            return None
        year = (18 if m["yc"].lower() == "eighteen" else 19) * 100 + int(tail)
        return "DATE", str(year), _point_mod(m["pre"])
    if not m.group().lower().startswith("the") and not _YEAR_WORD_BEFORE.search(
        ctx.text, max(0, s - 6), s
    ):
        return None
    return "DATE", str(2000 + int(_num(m["yk"]) or 0) if m["yk"] else 2000), None


_YEAR_WORD_BEFORE = re.compile(r"\byear\s+$", re.I)


def _h_pod_of_day(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "in the morning", "by mid-afternoon", "at mid-afternoon yesterday": that part of the
    day the text is about (yesterday/today/tomorrow when named, else a day mentioned in the
    last 300 characters, else the DCT)."""
    if ctx.dct is None or (m["pod"][:1].isupper() and _TITLE_AFTER.match(ctx.text, e)):
        return None  # "at the Evening Standard awards": a name
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if m["rd"]:
        off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["rd"].lower()]
        day = ctx.dct + dt.timedelta(days=off)
    elif (
        ctx.anchor is not None
        and ctx.anchor_is_day
        and s - ctx.anchor_pos < 300
        and not (m["podmod"] and _other_days_part(ctx, s))
    ):
        day = ctx.anchor
    elif not m["podmod"] and _story_day_for_part(ctx, s, e):
        # "... seven hours later.\n\nBy the evening the death toll stood at about 10,000":
        # the day the story told of, further back
        day = ctx.anchor
    else:
        day = ctx.dct
    # "by mid-afternoon", "by late morning", "in early afternoon trading"
    mod = (
        "MID"
        if m["mid"]
        else {"early": "START", "late": "END"}.get((m["podmod"] or m["podmod2"] or "").lower())
    )
    return "TIME", f"{day.isoformat()}T{pod}", mod


def _pod_code(word: str) -> str:
    """The TIMEX3 code of a part of the day ("dawn": ``MO``; "first  light" as "first light")."""
    return PARTS_OF_DAY[" ".join(word.lower().split())]


def _h_bare_dawn(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "at dawn", "before dawn", "by nightfall", "dawn raids": that part of the day in view (a
    day named within 300 characters before, else the DCT), as "before dawn Sunday" is of
    Sunday."""
    pod = _pod_code(m["pod"] or m["pod2"])
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XXT{pod}", None
    day = ctx.dct
    after = _WEEKDAY_AFTER_EVENT.match(ctx.text, e) if m["pod2"] else None
    if m["rd"]:
        day = ctx.dct + dt.timedelta(
            days={"today": 0, "yesterday": -1, "tomorrow": 1}.get(m["rd"].lower(), 0)
        )
    elif after is not None:
        # "dawn raids on Tuesday": the raids' day
        day = _weekday_date(ctx, WEEKDAYS[after["wd"]], None, after.start("wd"), after.end())
    elif _SINCE_BEFORE_CLOCK.search(ctx.text, max(0, s - 6), s) and _PRESENT_PERFECT.search(
        ctx.text, e, ctx.sentence(s)[1]
    ):
        pass  # "Since dawn, French units have been reinforcing Bamako": this morning's dawn
    elif ctx.anchor is not None and ctx.anchor_is_day and s - ctx.anchor_pos < 300:
        day = ctx.anchor
        if pod == "MO" and _NIGHT_OF_BEFORE.search(
            ctx.text, max(0, ctx.anchor_pos - 16), ctx.anchor_pos
        ):
            # "on the night of June 3. By dawn the square had been cleared": the next morning
            day += dt.timedelta(days=1)
    return "TIME", f"{day.isoformat()}T{pod}", None


_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+$", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en|ing)\b")


# the event noun after "dawn" and a weekday naming its day ("dawn raids on Tuesday")
_WEEKDAY_AFTER_EVENT = re.compile(r"\s+[a-z]+\s+(?:on\s+)?(?P<wd>" + WEEKDAY_FULL + r")\b")


def _story_day_for_part(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether a part of the day at ``s`` with no day within 300 characters is on the last day
    named (the anchor) rather than the DCT: told in the past, the anchor a day before the DCT
    named within 700 characters and the last day named, and no word of the DCT's day
    ("today", "yesterday", "tonight") between them (not an early or late part, "in early
    afternoon trading", which is the report's day)."""
    if ctx.anchor is None or not ctx.anchor_is_day or ctx.dct is None:
        return False
    if not (ctx.anchor < ctx.dct and s - ctx.anchor_pos < 700):
        return False
    if ctx.days_named and ctx.days_named[-1][0] > ctx.anchor_pos:
        return False
    if _DCT_DAY_WORD.search(ctx.text, ctx.anchor_pos, s):
        return False
    return ctx.tense(s, e) == PAST


_DCT_DAY_WORD = re.compile(
    r"\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b", re.I
)


def _other_days_part(ctx: _Ctx, s: int) -> bool:
    """Whether the day in view is not the one an early or late part of a day at ``s`` falls
    on: named in an earlier sentence ("after closing at 76.58 cts Wednesday. The currency
    hovered around 76.78 cts in early afternoon trading": the report's day) or as a
    possessive ("from last night's 90.78 ... by late morning")."""
    return (
        ctx.anchor_pos < ctx.sentence(s)[0]
        or _POSSESSIVE_DAY.match(ctx.text, ctx.anchor_pos) is not None
    )


_OVERNIGHT_EVENT_NOUNS = frozenset(_DATA["overnight_event_nouns"])
_NOT_BEFORE_OVERNIGHT = frozenset(_DATA["not_before_adverbial_overnight"])
_WORD_AFTER = re.compile(r"\s+(?:[A-Z][A-Za-z]+\s+){0,2}([a-z][a-z-]*)\b")
# "overnight or one-week rates", "overnight and tomorrow-next funds": the noun after both
_COORDINATED_NOUN = re.compile(r"\s+(?:or|and)\s+[a-z]+-[a-z]+\s+([a-z][a-z-]*)\b")
_RATE_AFTER = re.compile(r"\s+at\s+\d")  # "quoted overnight at 6 pct": the rate
_WORD_BEFORE = re.compile(r"([A-Za-z\d/-]+)[\"']?\s+$")
# "will not happen overnight", "can't be done overnight", "could double overnight": no
# night but "suddenly", or a generic overnight
_OVERNIGHT_IDIOM = re.compile(
    r"(?:\b(?:not|never|cannot|can|could|will|would|shall|should|may|might|must|going\s+to)"
    r"|n't)\b",
    re.I,
)
_NOT_AFTER = _NOT_BEFORE_OVERNIGHT | {
    "after", "before", "while", "when", "but", "into", "amid", "despite", "following", "to",
}  # fmt: skip


def _h_overnight(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "fell sharply overnight", "the overnight attack", "overnight losses in New York": the
    night before the day the text is about (a day before yesterday named in the last 300
    characters, else the DCT) as TimeBank writes it (`1989-10-26TNI` in a report on Friday the 27th). Not the
    money-market noun or adjective ("overnight rates", "the overnight rose", "overnight
    funds"), nor "suddenly" ("will not change overnight", "cannot be done overnight")."""
    if ctx.dct is None:
        return None
    text = ctx.text
    if m["wd"]:
        day = _weekday_date(ctx, WEEKDAYS[m["wd"]], None, s, e)
        return "TIME", f"{day.isoformat()}TNI", None
    after = _COORDINATED_NOUN.match(text, e) or _WORD_AFTER.match(text, e)
    if text.startswith(",", e) and ctx.sentence(s)[0] == s:
        pass  # "Overnight, IDF units reached Damour": the adverb opening its sentence
    elif after is not None and after[1] not in FUNCTION_WORDS and after[1] not in _NOT_AFTER:
        # an adjective before its noun ("overnight fighting", "the overnight Chicago close")
        if after[1] not in _OVERNIGHT_EVENT_NOUNS:
            return None
    else:
        before = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if (
            before is None
            or before[1].lower() in _NOT_BEFORE_OVERNIGHT
            or _RATE_AFTER.match(text, e)
        ):
            return None  # "offers of overnight at 10", "Overnight was little changed": a rate
        s0, _ = ctx.sentence(s)
        if _OVERNIGHT_IDIOM.search(text, max(s0, s - 100), s):
            return None
    day = ctx.dct
    if (
        ctx.anchor is not None
        and ctx.anchor_is_day
        and s - ctx.anchor_pos < 300
        and ctx.anchor < day - dt.timedelta(days=1)
        and not ("\n\n" in ctx.text[ctx.anchor_pos : s] and ctx.anchor < day - dt.timedelta(days=7))
        and not _span_start_at(ctx, ctx.anchor_pos)
        and not _back_to_the_present(ctx, ctx.anchor_pos, s)
    ):
        # a report on an earlier day ("closed lower Friday" in Monday's paper); a mention of
        # yesterday or last night is mostly a level compared with ("from 1.8260 last night");
        # a day more than a week gone named in an earlier paragraph is background ('seized
        # power again on September 25.' then, in the next paragraph of an October 7 story,
        # 'soldiers had detained 12 journalists overnight': the night before the dateline)
        day = ctx.anchor
    return "TIME", f"{(day - dt.timedelta(days=1)).isoformat()}TNI", None


# words that bring a report back from a day gone by to its own day ("began on December 31
# ... Since then, the air force has flown 500 sorties"), or a word of the DCT's day
_PRESENT_TURN = re.compile(r"\b(?:since\s+then|so\s+far|to\s+date|until\s+now)\b", re.I)
_TODAY_WORD = re.compile(r"\b(?:yesterday|today|this\s+morning|last\s+night)\b", re.I)


def _back_to_the_present(ctx: _Ctx, pos: int, s: int) -> bool:
    """Whether a report at ``s`` ("overnight") has come back to the DCT's day from a day it
    named at ``pos`` three days or more before it: "Since then" (or "so far", "to date")
    between them, or a word of the DCT's day in the sentence at ``s`` ("no strikes on the
    city overnight, in line with an order issued yesterday"), the day named in another."""
    if ctx.dct is None or ctx.anchor is None or ctx.anchor > ctx.dct - dt.timedelta(days=3):
        return False
    s0, s1 = ctx.sentence(s)
    if pos >= s0:
        return False
    return bool(_PRESENT_TURN.search(ctx.text, pos, s) or _TODAY_WORD.search(ctx.text, s0, s1))


def _h_through_the_night(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "searched through the night", "danced into the night", "fighting during the night": the
    night of the day in view, a day named within 300 characters before (not after the DCT),
    else the night before the DCT under a past verb ("Rescuers searched through the night"
    in Tuesday's paper: Monday night), else the DCT's."""
    if ctx.dct is None:
        return "TIME", "XXXX-XX-XXTNI", None
    day = ctx.dct - dt.timedelta(days=1) if ctx.tense(s, e) == PAST else ctx.dct
    if (
        ctx.anchor is not None
        and ctx.anchor_is_day
        and s - ctx.anchor_pos < 300
        and ctx.anchor <= ctx.dct
        # (not the DCT's own day under a past verb: "flew over the area this morning ...
        # 240,000 people spent the night in shelters" is last night)
        and not (ctx.anchor == ctx.dct and day < ctx.dct)
        # (nor the day a span began: "Since the start of the operation on Sunday, June 6,
        # 25 soldiers have been killed. ... advanced during the night")
        and not _span_start_at(ctx, ctx.anchor_pos)
    ):
        day = ctx.anchor
    return "TIME", f"{day.isoformat()}TNI", None


def _h_throughout_the_day(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "shelling continued throughout the day": the day in view, a day named within 300
    characters before (not after the DCT, nor the day a span began), else the DCT; in a
    report with a cut-off on an earlier day ("as of 18:00 hrs, 17 February"), that day."""
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", None
    day = _report_day(ctx, s) or ctx.dct
    if (
        day == ctx.dct
        and ctx.anchor is not None
        and ctx.anchor_is_day
        and s - ctx.anchor_pos < 300
        and ctx.anchor <= ctx.dct
        and not _span_start_at(ctx, ctx.anchor_pos)
        # (not a day compared with: "from yesterday's 93.3 billion")
        and not _POSSESSIVE_DAY.match(ctx.text, ctx.anchor_pos)
    ):
        day = ctx.anchor
    return "DATE", day.isoformat(), None


_NAMED_BEFORE = re.compile(
    r"(?:\bthe\s+|(?<![.!?\"]\s)(?<!^)(?<!\n))(?!(?:On|In|By|Until|Since|From|Every|All)\s)"
    r"[A-Z][a-z]+\s$"
)


def _h_weekday_set(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "on Mondays", "Tuesday nights": every such day (a SET)."""
    if _NAMED_BEFORE.search(ctx.text, max(0, s - 24), s):
        return None  # a name: "the Happy Mondays"
    value = f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}"
    pod = m["pod"] or m["pod2"]
    if pod:
        value += "T" + PARTS_OF_DAY[pod.lower()]
    return "SET", value, None


# a capitalised weekday before "of" and a capitalised noun is a day's name ("the Friday of
# Anger", "a Day of Rage"), not "Monday of next week" nor a month ("Friday of March 3")
_NAMED_DAY_OF_AFTER = re.compile(r"\s+of\s+(?!" + MONTH + r"\s)(?-i:[A-Z][a-z]+)\b")
_NAMED_DAY_BEFORE = re.compile(r"\b(?:" + "|".join(_DATA["named_day_adjectives"]) + r")\s+$")
_HOLIDAY_NAME_AFTER = re.compile(r"\s+(?:" + "|".join(_DATA["holiday_name_nouns"]) + r")\b")
# "the", "a", "an" before a title, in any case ("THE Sunday Times", "a Sunday Telegraph poll")
_TITLE_DETERMINER = re.compile(r"\b(?:the|an?) $", re.I)
_TITLE_AFTER = re.compile(r" (?!(?:" + MONTH + r")\b)[A-Z][a-z]")


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n? $")  # "a Monday", "an 8 p.m. curfew", "A midnight raid"
# a verb after "a Monday" makes it the subject, any such day ("A Monday is a bad day")
_VERBS_AFTER_DAY = frozenset(
    ("is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "seems")
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")  # a lower-case word next
# the second weekday of "on a Friday or Saturday night", "a Saturday and Sunday"
_INDEFINITE_PAIR_BEFORE = re.compile(r"\b[Aa]n? " + WEEKDAY_FULL + r"\s+(?:or|and)\s+$")


def _noun_after(text: str, e: int) -> bool:
    """Whether a word other than a function word or a verb follows ("a Monday ruling", "a
    Friday close": that day, not any; not "a Monday is"), or a hyphen ("a Saturday-night
    stay")."""
    if text[e : e + 1] == "-":
        return True
    nxt = _NEXT_WORD.match(text, e)
    return nxt is not None and nxt[1] not in FUNCTION_WORDS and nxt[1] not in _VERBS_AFTER_DAY


def _indefinite_weekday(ctx: _Ctx, wd: int, pod: str | None, s: int, e: int) -> Result:
    """ "closed on a Sunday", "born on a Tuesday": no day of the calendar (the anchor
    stays); every such day under the present tense (a SET), an unknown one otherwise."""
    value = f"XXXX-WXX-{wd + 1}" + ("T" + PARTS_OF_DAY[pod.lower()] if pod else "")
    if ctx.tense(s, e) == PRESENT:
        return "SET", value, None
    return ("TIME" if pod else "DATE"), value, None


def _h_weekday(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    wd = WEEKDAYS[m["wd"].rstrip(".")]
    pod = m["pod"] or m["dpod"]
    if not m["rel"] and _in_date_word_name(ctx, s, e):
        return None  # "Sheffield Wednesday", "Tuesday Weld": a name
    if (
        not pod
        and not m["rel"]
        and _TITLE_DETERMINER.search(ctx.text, max(0, s - 4), s)
        and _TITLE_AFTER.match(ctx.text, e)
    ):
        return None  # a title: "the Sunday Times", "a Sunday Telegraph poll"
    if not m["rel"] and not m["pre"] and _NAMED_DAY_BEFORE.search(ctx.text, max(0, s - 8), s):
        return None  # a named day: "Black Monday", "Bloody Sunday"
    if not m["rel"] and not pod and _NAMED_DAY_OF_AFTER.match(ctx.text, e):
        return None  # a named day of protest: "the Friday of Anger", "a Friday of Rage"
    if ctx.dct is None:
        if m["mday"]:
            return "DATE", f"XXXX-XX-{int(m['mday']):02d}", None  # "on Thursday 9"
        return "DATE", f"XXXX-WXX-{wd + 1}", None
    if (
        not m["rel"]
        and not m["wk"]
        and (
            _INDEFINITE_BEFORE.search(ctx.text, max(0, s - 3), s)
            or _INDEFINITE_PAIR_BEFORE.search(ctx.text, max(0, s - 20), s)
        )
        and not _noun_after(ctx.text, e)
    ):
        return _indefinite_weekday(ctx, wd, pod, s, e)
    if m["wk"]:
        # "Wednesday last week", "Monday of next week": that day of that ISO week
        week = ctx.dct + dt.timedelta(weeks=_rel_step(m["wk"]))
        d = week + dt.timedelta(days=wd - week.weekday())
    else:
        d = _weekday_date(ctx, wd, m["rel"], s, e)
        d = _after_paired_weekday(ctx, d, s)
    numbered = _numbered_weekday(d, int(m["mday"])) if m["mday"] else None
    ctx.anchor = d = numbered or d
    if pod:
        res: Result = "TIME", d.isoformat() + "T" + _pod_code(pod), None
    else:
        res = "DATE", d.isoformat(), _point_mod(m["pre"])
    if m["mday"] and numbered is None:
        # no such day near: the weekday alone, the number a count ("on Thursday 17 at ...")
        return (*res, _Span(s, s + len(ctx.text[s : m.start("mday")].rstrip())))
    return res


# the second day of a pair or range of weekdays ("on Tuesday and Wednesday", "Monday to Friday")
_WEEKDAY_PAIR_BEFORE = re.compile(
    WEEKDAY_FULL + r",?\s+(?:and|or|to|through|until|till|-)\s+(?:on\s+)?$"
)


def _after_paired_weekday(ctx: _Ctx, d: dt.date, s: int) -> dt.date:
    """The second weekday of a pair after a first one ahead of the DCT is ahead too: "will
    meet on Tuesday and Wednesday" in a Wednesday paper is next week's Wednesday, not the DCT
    (a pair in the past may run backwards: "statements made Friday and Thursday")."""
    first = ctx.anchor
    if (
        first is None
        or ctx.dct is None
        or not ctx.anchor_is_day
        or not d <= ctx.dct < first
        or first - d >= dt.timedelta(days=7)
        or not _WEEKDAY_PAIR_BEFORE.search(ctx.text, max(0, s - 24), s)
    ):
        return d
    return d + dt.timedelta(days=7)


def _numbered_weekday(d: dt.date, mday: int) -> dt.date | None:
    """The day "Thursday 9" names: the one of that weekday and number nearest to ``d`` (the
    day the weekday alone would be), within five weeks of it; else None."""
    for weeks in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5):
        near = d + dt.timedelta(weeks=weeks)
        if near.day == mday:
            return near
    return None


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.I)
_SINCE_BEFORE_CLOCK = re.compile(r"\bsince\s+$", re.I)


# the hours a part of day after a clock time adds to it ("7:30 Tuesday evening" is 19:30;
# "1:30 Sunday night" stays 01:30, the small hours)
_PM_PARTS = {"afternoon": 1, "evening": 1, "night": 6}


def _h_clock_part_of_day(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "at 7:30 Tuesday morning", "about 10:15 Sunday night", "at 6:45 this evening", "at
    11:30 tonight": a clock time with no a.m./p.m., which the part of day after it gives, on
    that day."""
    hour, minute = int(m["h"]), int(m["mi"])
    pod = (m["pod"] or "night").lower()
    if hour == 12 and pod == "morning":
        hour = 0
    elif pod in _PM_PARTS and _PM_PARTS[pod] <= hour < 12:
        hour += 12
    if ctx.dct is None:
        day = None
    elif m["wd"]:
        rel = {"today": 0, "tomorrow": 1, "yesterday": -1}.get(m["wd"].lower())
        if rel is None:
            day = _weekday_date(ctx, WEEKDAYS[m["wd"]], None, s, e)
        else:
            day = ctx.dct + dt.timedelta(days=rel)
    else:
        day = ctx.dct  # "this morning", "tonight"
    value = (day.isoformat() if day else "XXXX-XX-XX") + f"T{hour:02d}:{minute:02d}"
    return "TIME", value, "APPROX" if m["apx"] else None


def _h_time(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if m["noon"]:
        if ctx.text[max(0, s - 5) : s].lower() == "high ":
            return None  # "High Noon", "high noon": a film, an idiom
        if m["noon"][0].isupper() and not _CAPITAL_NOON_OK.search(ctx.text, max(0, s - 12), s):
            return None  # "Jamie Noon", "Abbott, Noon, Paul": a surname mid-sentence
        hour, minute = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
        if hour == 24 and (
            _AFTER_BEFORE.search(ctx.text, max(0, s - 8), s)
            or (_SINCE_BEFORE_CLOCK.search(ctx.text, max(0, s - 8), s) and e - s == 8)
        ):
            # "shortly after midnight Sunday", "Since midnight, 72 rockets have been fired":
            # the first hour of that day, not its end
            hour = 0
    else:
        hour = int(
            m["h"]
            if m["h"] is not None
            else m["h24"] or m["hb"] or m["hm"] or m["hz"] or m["hh"] or m["hl"] or m["hx"]
        )
        minute = int(
            m["mi"]
            or m["mi24"]
            or m["mib"]
            or m["mim"]
            or m["miz"]
            or m["mih"]
            or m["mil"]
            or m["mix"]
            or 0
        )
        if m["hx"] and (
            _MARKET_LEVEL_BEFORE.search(ctx.text, max(0, s - 40), s)
            or _AMOUNT_AT_BEFORE.search(ctx.text, max(0, s - 30), s)
            or not _CABLE_CLOCK_TEXT.search(ctx.text)
        ):
            return None  # "estimated at 1200.", or no cable clock in the text
        if m["hl"] and (
            _MARKET_LEVEL_BEFORE.search(ctx.text, max(0, s - 40), s)
            or (
                ctx.text[max(0, s - 4) : s].lower() == "and "
                and not _BETWEEN_BEFORE_AND.search(ctx.text, max(0, s - 40), s)
            )
        ):
            return None  # "closed at 1530 on Friday": an index's level; "and" not after "between"
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if hour > 24 or minute > 59:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    day: dt.date | None
    if m["tmon"] or m["tmon2"]:
        # "5 p.m. EST, Nov. 6"; "midnight on 16 December" (day before month, British order)
        month = _month_num(m["tmon"] or m["tmon2"])
        mday = int(m["tday"] or m["tday2"])
        if m["tyear"] or m["tyear2"]:
            year = int(m["tyear"] or m["tyear2"])
        elif ctx.dct is not None:
            year = _year_for_month(ctx, month, mday, s, e)
        else:
            year = None
        day = _safe_date(year, month, mday) if year else None
        if day is None:
            return None
        ctx.anchor = day
    elif m["wd"]:
        wd = m["wd"]
        rel = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}.get(wd.lower())
        if wd.lower().startswith("this"):
            rel = 0  # "at 0745 hours this morning": one time, on the DCT
        if ctx.dct is None:
            day = None
        elif rel is not None:
            day = ctx.dct + dt.timedelta(days=rel)
        else:
            day = _weekday_date(ctx, WEEKDAYS[wd], None, s, e)
    elif (
        after := _DAY_AFTER_TIME.match(ctx.text, e) or _DAY_AFTER_CONVERSION.match(ctx.text, e)
    ) is not None and ctx.dct is not None:
        # "at 10:35 a.m. (0735 GMT) Friday": the weekday after the conversion names the day
        day = _weekday_date(ctx, WEEKDAYS[after["wd"]], None, after.start("wd"), after.end("wd"))
    elif _INDEFINITE_BEFORE.search(ctx.text, max(0, s - 3), s):
        day = None  # "a midnight car crash", "an 8 p.m. curfew": no day of the calendar
    elif ctx.dct is not None and (hol := _HOLIDAY_AFTER_CLOCK.match(ctx.text, e)) is not None:
        # "midnight on New Year's Eve", "9 p.m. on Christmas Day": one time, on the holiday
        day = _holiday_in_view(ctx, hol["hol"], hol.start("hol"), hol.end())
        hh = f"T{hour:02d}:{minute:02d}"
        return "TIME", day.isoformat() + hh, "APPROX" if m["apx"] else None, _Span(s, hol.end())
    else:
        day = _clock_day(ctx, s)
    hh = f"T{hour:02d}:{minute:02d}"
    mod = "APPROX" if m["apx"] else None
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + hh, mod


def _clock_day(ctx: _Ctx, s: int) -> dt.date | None:
    """The day of a clock time that names none: a day named before it in its sentence (or
    the dateline's), else the DCT, or the day the sentence before told of."""
    s0, _ = ctx.sentence(s)
    same_sentence = ctx.anchor is not None and ctx.anchor_pos >= s0 and ctx.anchor_is_day
    day = ctx.anchor if same_sentence or _under_date_line(ctx, s) else _report_day(ctx, s)
    scheduled = _SCHEDULED_FOR_BEFORE_CLOCK.search(ctx.text, max(0, s - 40), s) is not None
    told = _incident_day_before(ctx, s0) or _last_day_told(ctx)
    if told is not None:
        told = _act_day_before_saying(ctx, *told) or told
    if told is not None and _starting_day_told(ctx, s, *told):
        told = None
    if (
        not same_sentence
        and told is not None
        and (
            scheduled
            or _TIME_PREP_BEFORE_CLOCK.search(ctx.text, max(0, s - 18), s)
            or _APPROX_OPENS_CLOCK.match(ctx.text, s)
        )
        and _day_of_sentence_before(ctx, s0, *told)
        and not _told_in_past_perfect(ctx, told[1], s0)
        and not (
            not scheduled
            and ctx.dct is not None
            and told[0] > ctx.dct
            and ctx.tense(s, s + 1) == PAST
        )
    ):
        # "Diana died early Sunday ... The crash occurred shortly after midnight": the day
        # the sentence before told of (not a day ahead it named, under a past verb: "the
        # speech is next Tuesday. Aides were up until two in the morning")
        day = told[0]
    elif (
        not same_sentence
        and told is not None
        and day == ctx.dct
        and (
            _TIME_PREP_BEFORE_CLOCK.search(ctx.text, max(0, s - 18), s)
            or _APPROX_OPENS_CLOCK.match(ctx.text, s)
        )
        and _story_day_before(ctx, s, s0, *told)
    ):
        # "... stolen early Sunday, police said yesterday. It is the second theft this
        # year.\n\nThe thieves entered the museum at about 03:30": a clock time told in the
        # past a paragraph on is still on the day the story told of
        day = told[0]
    elif not same_sentence and day == ctx.dct and _clock_sequence_day(ctx, s, s0):
        day = ctx.last_clock[0]  # type: ignore[index]
    return day


def _clock_sequence_day(ctx: _Ctx, s: int, s0: int) -> bool:
    """Whether a bare clock time at ``s`` (sentence from ``s0``), told in the past after a
    time word ("by", "at", "until"), goes on from the clock time told in one of the two
    sentences before, in its paragraph, on a day other than the DCT, no other day named
    since: "Monday's assault began at 6 a.m. ... By noon the building was burning", "They
    were arrested yesterday at 5 p.m. Their lawyer arrived. At 9 p.m. they were freed"."""
    last = ctx.last_clock
    if last is None or last[0] == ctx.dct or s0 < 2:
        return False
    day, pos = last
    back = ctx.sentence(s0 - 2)[0]
    if back >= 2 and pos < back:
        back = ctx.sentence(back - 2)[0]
    if pos < back or "\n" in ctx.text[pos:s0]:
        return False
    if ctx.dct is not None and abs((day - ctx.dct).days) > 14:
        return False
    # (a day of history named between does not break the sequence: "The tests were carried
    # out at 1545 hours. The first test was conducted on May 18, 1974. The Prime Minister
    # made the announcement at about 5.45 pm")
    if any(pos < p < s and d != day and not _history_day(ctx, d) for p, d in ctx.days_named):
        return False
    if _TIME_PREP_BEFORE_CLOCK.search(ctx.text, max(0, s - 18), s):
        return ctx.tense(s, s + 1) == PAST
    # "Yesterday, a bomb hit the base at approximately 1925 hours. The position had come under
    # fire 14 times since 1330 hours": "since" under a past perfect counts back on that day
    return bool(
        _SINCE_BEFORE_CLOCK.search(ctx.text, max(0, s - 8), s) and _HAD.search(ctx.text, s0, s)
    )


def _history_day(ctx: _Ctx, day: dt.date) -> bool:
    """Whether ``day`` lies a year or more before the DCT (background history)."""
    return ctx.dct is not None and (ctx.dct - day).days > 366


# "since 24 March": the day a span began (not the day an act was told of)
_SINCE_BEFORE_DAY = re.compile(
    r"\bsince\s+(?:the\s+)?$"
    # "Since the start of the operation on Sunday, June 6", "since the beginning of the
    # ground operation on Thursday night": the day a span began, too
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|launch|onset)\s+of\s+(?:[\w'-]+\s+){1,5}"
    r"(?:on|at)\s+(?:[\w'-]+\s+){0,4}$",
    re.I,
)


def _span_start_at(ctx: _Ctx, pos: int) -> bool:
    """Whether the day named at ``pos`` is the day a span began ("since 24 March", "since the
    start of the operation on Sunday, June 6"), which dates nothing told after it."""
    return _SINCE_BEFORE_DAY.search(ctx.text, max(0, pos - 90), pos) is not None


def _starting_day_told(ctx: _Ctx, s: int, day: dt.date, pos: int) -> bool:
    """Whether the day told of before a bare clock time at ``s`` dates no clock time: a day
    a span began on ("Since 24 March, aircraft have flown 2,000 sorties. At the briefing at
    1500 hours ...") or a day gone by before a clock time in a clause about the future ("set
    on fire on Thursday. A curfew will be in force from 2000 hours"): the DCT's day then."""
    if _span_start_at(ctx, pos):
        return True
    return ctx.dct is not None and day < ctx.dct and ctx.tense(s, s + 1) == FUTURE


_STORY_DAY_REACH = 600  # characters back a story's day still dates a clock time told later


def _story_day_before(ctx: _Ctx, s: int, s0: int, day: dt.date, pos: int) -> bool:
    """Whether ``day`` (named at ``pos``), the last day a story told of, dates a bare clock
    time at ``s`` in a later paragraph: the day is one of the two weeks before the DCT, named
    within `_STORY_DAY_REACH` characters, not in a past perfect nor as an event's possessive,
    the clock time's sentence is told in the simple past (no plan: "was to land at 2 p.m.")
    and no word of today stands in the day's sentence or after it (a story of today: "Workers
    protested today after a fire on Saturday night.\n\nPolice arrived at 18:30")."""
    if ctx.dct is None or not 1 <= (ctx.dct - day).days <= 14 or s0 - pos > _STORY_DAY_REACH:
        return False
    if "\n" not in ctx.text[pos:s0] and not _incident_told_again(ctx, s0, pos):
        # within a paragraph a day two sentences back dates no clock time ("The fire broke
        # out on Saturday. Crews left. Roads reopened at 6 a.m."), unless the clock's
        # sentence opens with the incident the day's sentence told of; the paragraph after a
        # story's lead goes on with what the lead told of
        return False
    if _told_in_past_perfect(ctx, pos, s0) or ctx.tense(s, s + 1) != PAST:
        return False
    if _POSSESSIVE_DAY.match(ctx.text, pos) or _PLAN_IN_PAST.search(ctx.text, s0, s):
        # "after Thursday's referendum ... The result was declared after 6 a.m.": the day of
        # an event, not of the story; "He was to land at 2 p.m.": a plan, on the story's day
        return False
    return not _TODAY_BETWEEN.search(ctx.text, ctx.sentence(pos)[0], s0)


def _incident_told_again(ctx: _Ctx, s0: int, pos: int) -> bool:
    """Whether the sentence opening at ``s0`` opens with an incident ("The bomb went off at
    about 5.45 pm") that the sentence of the day named at ``pos``, at most two sentences
    back, told of ("Police arrested two men yesterday after a bomb exploded ..."): the day
    carries over to its clock time."""
    opening = _INCIDENT_OPENS.match(ctx.text, s0)
    if opening is None or s0 < 2:
        return False
    p0, p1 = ctx.sentence(pos)
    back = ctx.sentence(s0 - 2)[0]
    if back >= 2:
        back = ctx.sentence(back - 2)[0]
    if p0 < back:
        return False
    noun = re.sub(r"s$", "", opening.group().split()[-1].lower())
    return re.search(rf"\b{re.escape(noun)}s?\b", ctx.text[p0:p1], re.I) is not None


# a plan told in the past ("was to land", "were due to arrive", "was scheduled to speak")
_PLAN_IN_PAST = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|scheduled|set|expected|slated)\s+)?to\s+[a-z]+", re.I
)
# a word of today between a story's day and a clock time: the story has moved on to today
_TODAY_BETWEEN = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)


# a verb of saying right before a day, or with whom or where it was said between ("the
# coastguard said on Wednesday", "told reporters on Thursday", "said in a statement Friday")
_SAYING_BEFORE_DAY = re.compile(
    r"\b"
    + _alt(_DATA["at_the_time"]["said_before"])
    + r"(?:(?:\s+[\w.'-]+){0,3}?\s+"
    + _alt(_DATA["at_the_time"]["said_to"])
    + r")?\s+(?:(?:on|late|early)\s+)*$",
    re.I,
)


def _act_day_before_saying(ctx: _Ctx, day: dt.date, pos: int) -> tuple[dt.date, int] | None:
    """For a day named as the day a report was made (``day`` at ``pos``: "A tanker caught fire
    on Wednesday, the coastguard said on Thursday"), the day named before it in its sentence,
    the day of the act reported, which a clock time after it is on."""
    if not _SAYING_BEFORE_DAY.search(ctx.text, max(0, pos - 60), pos):
        return None
    s0 = ctx.sentence(pos)[0]
    for p, d in reversed(ctx.days_named):
        if p >= pos:
            continue
        if p < s0:
            break
        if d <= day:
            return d, p
    return None


def _told_in_past_perfect(ctx: _Ctx, pos: int, s0: int) -> bool:
    """Whether the day named at ``pos`` is one a past perfect told of ("the United States had
    asked for his arrest on Saturday"), a day before the story's, while the sentence opening
    at ``s0`` is not in the past perfect ("The flight landed at 5:10 p.m.": the DCT's day)."""
    lo = max(ctx.sentence(pos)[0], pos - 80)
    if _PAST_PERFECT.search(ctx.text, lo, pos) is None:
        return False
    return _PAST_PERFECT.search(ctx.text, s0, ctx.sentence(s0)[1]) is None


def _day_ahead_named(ctx: _Ctx, s: int, e: int, month: str) -> dt.date | None:
    """For "the same day" after a month gone by (``month``, "2011-10") under a verb not in
    the past: the last day named after the DCT within 400 characters before ``s``."""
    if ctx.dct is None or month >= f"{ctx.dct.year:04d}-{ctx.dct.month:02d}":
        return None
    if ctx.tense(s, e) not in (FUTURE, PRESENT):
        return None
    for pos, day in reversed(ctx.days_named):
        if s - pos >= 400:
            break
        if day > ctx.dct:
            return day
    return None


def _last_day_told(ctx: _Ctx) -> tuple[dt.date, int] | None:
    """The last day named and where: the anchor when it is a day, else the day named before
    a year of the past that followed it ("tore across the South on Wednesday, the deadliest
    since 1974. A twister struck at 5 p.m.": a year of history dates no clock time)."""
    if ctx.anchor is None:
        return None
    if ctx.anchor_is_day:
        if ctx.dct is not None and abs((ctx.anchor - ctx.dct).days) > 14:
            # "was assassinated yesterday as he reviewed a parade marking the crossing of
            # October 6, 1973. The attack occurred at about 12:40 p.m.": a day of history
            # after the story's day dates no clock time; the story's day before it does
            recent = [
                (p, d)
                for p, d in ctx.days_named
                if ctx.anchor_pos - 300 <= p < ctx.anchor_pos and abs((d - ctx.dct).days) <= 14
            ]
            if recent:
                return recent[-1][1], recent[-1][0]
        return ctx.anchor, ctx.anchor_pos
    if (
        ctx.days_named
        and ctx.dct is not None
        and ctx.anchor.year < ctx.dct.year
        and ctx.days_named[-1][0] < ctx.anchor_pos
    ):
        pos, day = ctx.days_named[-1]
        return day, pos
    return None


def _h_same_time_a_year_off(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "this time last year", "this time a year ago": the DCT's day a year off."""
    if ctx.dct is None:
        return "DATE", "PAST_REF" if m["ly"] != "next" else "FUTURE_REF", None
    step = 1 if (m["ly"] or "").lower() == "next" else -1
    return "DATE", _shift(ctx.dct, step, "Y").isoformat(), None


def _h_new_year(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the new year": from October on the year ahead, up to March the year of the DCT, in
    between the year ahead under a future verb."""
    if ctx.dct is None:
        return None
    d = ctx.dct
    ahead = d.month >= 10 or (d.month > 3 and ctx.tense(s, e) == FUTURE)
    return "DATE", str(d.year + 1 if ahead else d.year), None


# ("as of 0600 hours GMT": a situation report's cut-off time)
_BARE_CLOCK_PREPS = ("at", "by", "until", "till", "from", "before", "after", "as of")
# the words of the DCT's day or the next or last that a clock time takes after it ("1800 hours
# yesterday", "0745 hours this morning", "2100 hours tonight")
_CLOCK_DAY_WORDS = r"today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening)"
# prepositions before a bare "dawn" ("at dawn", "by nightfall")
_DAWN_PREPS = ("at", "by", "before", "after", "until", "till", "since", "from", "around", "near")
# prepositions before a bare day of the month ("on the 10th", "until the 22nd")
_ORDINAL_DAY_PREPS = ("on", "from", "to", "until", "till", "since", "by", "of", "before", "after")
# "at about 03:30", "by around 17:30": a word of nearness between the preposition and a bare
# 24-hour time leaves it a time (tagged with its word, APPROX)
_BARE_CLOCK_APPROX = ("about", "around", "approximately", "roughly")
# the words a cable's four-digit clock time with no "hours" may follow besides those of
# _BARE_CLOCK_PREPS ("since 0400 on Wednesday", "NLT 0900 tomorrow", "between 0800 yesterday
# and 0800 this morning": "and" only after "between", _h_time)
_CABLE_CLOCK_PREPS = ("since", "between", "and", "NLT")
# the prepositions a year takes as well: a cable's clock time that could be a year ("since
# 2004 on Wednesday") is one after them only with "local" or a place's clock after it
_YEAR_CLOCK_PREPS = ("since", "from", "before", "after", "until", "till", "by")
_SPOKEN_CLOCK_AFTER = (
    "at",
    "by",
    "until",
    "till",
    "around",
    "about",
    "after",
    "before",
    "since",
    "is",
    "was",
)
_SPOKEN_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20}


def _h_spoken_clock(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """A clock time in words: "half past six", "ten o'clock at night", "two in the morning"."""
    hour = int(_num(m["sh"].lower()) or 0)
    if not 1 <= hour <= 12:
        return None
    minute = 0
    if m["smin"]:
        words = m["smin"].lower().replace("-", " ").split()
        minute = sum(_SPOKEN_MINUTES.get(w, 0) for w in words if w != "a")
        if m["sdir"].lower() == "to":
            minute, hour = 60 - minute, hour - 1 or 12
    pod = (m["spod"] or "").strip().lower()  # ("10 o'clock this morning": the DCT's)
    if "morning" in pod:
        hour = 0 if hour == 12 else hour
    elif "night" in pod and hour <= 4:
        pass  # "two at night": the small hours
    elif pod or hour <= 6:
        # "ten o'clock at night", "six in the evening"; with no part of the day, an hour up to
        # six is the afternoon's or evening's ("the news at half past six")
        hour = hour + 12 if hour < 12 else hour
    if ctx.dct is None:
        day = None
    elif pod.startswith(("tonight", "this")):
        day = ctx.dct
    else:
        day = _clock_day(ctx, s)
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + f"T{hour:02d}:{minute:02d}", None


# "at 7 a.m.", "by 1030 GMT", "shortly after 4 a.m.": a clock time of an event told of (not
# "his 2200 GMT curfew")
_TIME_PREP_BEFORE_CLOCK = re.compile(
    r"\b(?:at|by|until|till|from|before|after|around|about)\s+(?:the\s+)?$", re.I
)
# "around"/"about" opening a clock time's own span ("surrounded them around 3:20 a.m."), a
# time of day as "at" gives it
_APPROX_OPENS_CLOCK = re.compile(r"(?:around|about|approximately)\s", re.I)
# a schedule right before a clock time ("the launch, set for 3:59 a.m."): the time of the
# day scheduled, whatever tense tells of the scheduling
_SCHEDULED_FOR_BEFORE_CLOCK = re.compile(
    r"\b(?:set|scheduled|slated|planned|timed|due)\s+(?:to\s+\w+\s+)?for\s+(?:about\s+)?$", re.I
)


def _day_of_sentence_before(ctx: _Ctx, s0: int, day: dt.date, pos: int) -> bool:
    """Whether the last day named, ``day`` at ``pos`` (a day, not a length, nor a
    possessive's "Thursday's vote"), is in the sentence just before the one opening at
    ``s0``, in the same paragraph, within 300 characters, and is not the DCT, nor more than
    two weeks from it (a new paragraph between them only when it opens with an incident)."""
    if day == ctx.dct or s0 < 2:
        return False
    if _POSSESSIVE_DAY.match(ctx.text, pos) and not (
        _INCIDENT_AFTER_DAY.match(ctx.text, pos) and _INCIDENT_OPENS.match(ctx.text, s0)
    ):
        # "after Thursday's referendum": the day of an event, not of the story; but an
        # incident the next sentence opens with takes up that day ("the toll from Saturday's
        # methane explosion rose to 80. The blast ripped through the mine shortly before noon")
        return False
    if ctx.dct is not None and abs((day - ctx.dct).days) > 14:
        return False  # "delayed by the 11 September attacks": a day long past, no clock's day
    return (
        pos >= ctx.sentence(s0 - 2)[0]
        and s0 - pos < 300
        # a new paragraph breaks the story's day, unless it opens with the incident told of
        # ("... killed 112 people on Saturday night.\n\nThe fire started at about 18:30")
        and ("\n" not in ctx.text[pos:s0] or _INCIDENT_OPENS.match(ctx.text, s0) is not None)
    )


_POSSESSIVE_DAY = re.compile(r"(?:[A-Za-z.]+\s+){0,2}[A-Za-z.\d]+'s\b")
_INCIDENT_NOUNS = _alt(_DATA["incident_nouns"])
# a day's possessive before an incident ("Saturday's methane explosion")
_INCIDENT_AFTER_DAY = re.compile(r"[A-Za-z.]+'s(?:\s+[a-z-]+){0,2}?\s+" + _INCIDENT_NOUNS + r"s?\b")
# a sentence opening with an incident told of before ("The blast", "The magnitude 6.3 quake")
_INCIDENT_OPENS = re.compile(
    r"[\s\"'\u201c]*The\s+(?:[\w.-]+\s+){0,2}?" + _INCIDENT_NOUNS + r"s?\b"
)


def _incident_day_before(ctx: _Ctx, s0: int) -> tuple[dt.date, int] | None:
    """For a sentence opening at ``s0`` with an incident ("The magnitude 6.3 quake struck at
    12:51"), the day whose possessive named an incident in the sentence before ("The toll from
    Tuesday's earthquake rose to 98 today"), even when a later day was named after it."""
    if s0 < 2 or not _INCIDENT_OPENS.match(ctx.text, s0):
        return None
    lo = ctx.sentence(s0 - 2)[0]
    for pos, day in reversed(ctx.days_named):
        if pos >= s0:
            continue
        if pos < lo:
            break
        if _INCIDENT_AFTER_DAY.match(ctx.text, pos):
            return day, pos
    return None


# the rest of a short line that opens with a day, and the break down to the next line
_DATE_LINE = re.compile(r"[^\n]{1,40}\n\s*")


# a situation report's cut-off at its start: "based on information received as of 18:00
# hrs, 17 February" (a clock time, then its day)
_AS_OF_CUTOFF = re.compile(
    r"\bas\s+of\s+\d{1,2}[:.]?\d\d(?:\s*(?:hrs|hours|GMT|UTC|local(?:\s+time)?))?,?\s+(?:on\s+)?",
    re.I,
)


def _report_day(ctx: _Ctx, s: int) -> dt.date | None:
    """The day a bare clock time at ``s`` is on by default: the DCT, or the day a report's
    cut-off names in its first 300 characters when that day is before the DCT (an OSCE
    report of 18 February "based on information received as of 18:00 hrs, 17 February"
    tells of the 17th: "the SMM heard 40 explosions between 08:00 and 10:30")."""
    if ctx.dct is None:
        return None
    cut = _AS_OF_CUTOFF.search(ctx.text, 0, min(300, s))
    if cut is None:
        return ctx.dct
    for pos, day in ctx.days_named:
        if cut.start() < pos <= cut.end():  # ("18:00 hrs, 17 February" is one expression)
            return day if day < ctx.dct and (ctx.dct - day).days <= 7 else ctx.dct
    return ctx.dct


def _under_date_line(ctx: _Ctx, s: int) -> bool:
    """Whether the clock time at ``s`` opens the line after a short line (up to 40 characters)
    that opens with the anchoring day (a fixture's heading: "Tuesday, 1 March" above "1945
    GMT"): the time is on that day."""
    pos = ctx.anchor_pos
    return (
        ctx.anchor is not None
        and ctx.anchor_is_day
        and (pos == 0 or ctx.text[pos - 1] == "\n")
        and _DATE_LINE.fullmatch(ctx.text, pos, s) is not None
    )


# a capitalised "Noon"/"Midnight" is a time only at a sentence start or after a preposition
_CAPITAL_NOON_OK = re.compile(
    r"(?:^|[.!?:\"'(\n]\s*|\b(?:at|by|until|till|before|after|from|since|around|about|past"
    r"|to)\s+)$",
    re.I,
)
# "at the end of the day" opening a clause ("But at the end of the day it's ...") is an idiom
_IDIOM_AT_BEFORE = re.compile(
    r"(?:^|[.!?:;,\"'(\n-]\s*|\b(?:but|and|yet|so|because|that)\s+)at\s+$", re.I
)
_MARKET_LEVEL_AFTER = re.compile(
    r"(?:[^.;:!?]|\.(?=\w|\s+[a-z]))*?\b(?:" + _alt(_DATA["market_level_words"]) + r")\s+"
    r"(?:at|up|down|higher|lower)\b(?:[^.;:!?]|\.(?=\d))*?\d",
    re.I,
)
# "the index closed at 1530 on Friday", "stood at 1700 today": a level, no clock time
_MARKET_LEVEL_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["market_level_words"]) + r"|rose|fell|hit|reached)\s+(?:at|to|by)\s+$",
    re.I,
)
# a quantity's verb before "at" ("estimated at 1200", "put at 1100"): a number, no time
_AMOUNT_AT_BEFORE = re.compile(
    r"\b(?:estimated|put|valued|priced|capped|pegged|numbered|totalled|totaled|set|fixed|"
    r"aimed|targeted|arrived|stand|stands|stood|remain|remains|remained)\s+at\s+$",
    re.I,
)
# a text writing its clock times as cables and armies do ("1530 local", "0900 tomorrow",
# "1400 hours", "1430Z"): there a bare "at 1000" closing a clause is one too
_CABLE_CLOCK_TEXT = re.compile(
    r"\b(?:[01]\d|2[0-3])[0-5]\d(?:\s+(?:hours|hrs|local)\b|Z\b)|\b0\d{3}\s+(?:today|tomorrow|"
    r"yesterday|tonight|this\s|on\s)",
    re.I,
)
# "between 0800 yesterday and ": the first end of a range of clock times before "and"
_BETWEEN_BEFORE_AND = re.compile(r"\bbetween\s+\d{4}\b[^.;]*\band\s+$", re.I)
_DAY_AFTER_TIME = re.compile(r"\s*\([^()]{1,30}\)\s*(?:on\s+)?(?P<wd>" + WEEKDAY_FULL + r")\b")
# "(0515 GMT) on Thursday": a time-zone conversion in brackets is on the weekday after them
_DAY_AFTER_CONVERSION = re.compile(r"\)\s*(?:on\s+)?(?P<wd>" + WEEKDAY_FULL + r")\b")
# "six months of base pay", "two weeks' wages": an amount of money, not a length of time
_PAY_AFTER = re.compile(
    r"(?:\s+of(?:\s+(?:base|basic|his|her|their|its|the))?|'s?)\s+(?:"
    + _alt(_DATA["pay_nouns"])
    + r")\b",
    re.I,
)
_AWARD_BEFORE = re.compile(
    r"\b(?:"
    + _alt(_DATA["award_nouns"])
    + r")\s+of\s+$"
    # any capitalised noun after another word, the title of an award ("named Online Vendor
    # of the year", "the Whitbread Novel of the Year"); not a part of the period or a day
    # ("the End of the Year", "every third Friday of the month")
    + r"|(?<=\w\s)(?!(?:"
    + _alt(_DATA["period_part_words"])
    + "|"
    + WEEKDAY_FULL
    + r")\s)(?-i:[A-Z][a-z]+)\s+of\s+$",
    re.I,
)
_SPAN_BEFORE = re.compile(r"\b(?:over|for|within|during|throughout)\s+$", re.I)


_ENDED_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:in\s+)?"
    # "March 31", "31 March" (British), "Sept. 30", "today"
    r"(?=[A-Z]|\w+\s+\d|\d\d?(?:st|nd|rd|th)?\s+[A-Z]|(?:today|tomorrow|next|last)\b)"
)


def _one_unit(u: str) -> str:
    """Duration of one calendar unit ("P1M"; a decade is P10Y, a century P100Y)."""
    return {"DE": "P10Y", "CE": "P100Y", "2W": "P2W"}.get(u, "P1" + u)


def _ahead_of(ctx: _Ctx, s: int) -> bool:
    """Whether "ahead of" or "before" comes right before ``s`` ("ahead of the weekend")."""
    return ctx.text[max(0, s - 12) : s].lower().endswith(("ahead of ", "before "))


# "the previous week" and its like: one unit back from the one in view
_PREVIOUS_RELS = ("the previous", "the prior", "the preceding")

# "by"/"on"/"after" and the same unit again, right after a unit: "month by month", "year on
# year" (compared with the one before), no period of its own
_UNIT_ON_UNIT = re.compile(r"[\s-]+(?:by|on|after)[\s-]+(?P<unit>[a-z]+)\b", re.I)


# a comparison with a figure right before a date ("from 4 mln in", "against 6.7 billion";
# not "imports from the EC in", "more than in")
_FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.|than)\s+(?:about\s+|around\s+)?"
    r"[$\u00a3]?\d(?:[^.;:!?]|\.\d){0,40}$",
    re.I,
)


# a figure a period is compared with ("in May, after increasing 0.4 pct in", "compared with
# a 0.6 pct rise")
_FIGURE_AFTER_BEFORE = re.compile(
    r",\s*after\s+(?:\w+ing\s+)?(?:an?\s+)?(?:revised\s+)?[$\u00a3]?\d(?:[^.;:!?,]|\.\d){0,30}$",
    re.I,
)
_FIGURE_COMPARED_AGAIN = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|than)\s+(?:an?\s+)?(?:revised\s+)?"
    r"[$\u00a3]?\d(?:[^.;:!?,]|\.\d){0,30}$",
    re.I,
)


def _compared_again(ctx: _Ctx, last: int, s: int) -> bool:
    """Whether the date at ``last`` is the comparison of a date named before it in its
    sentence ("in May, after a 0.4 pct rise in April") and a new comparison cue opens
    between it and ``s`` in the same sentence: the new one compares with the earlier date's
    period too."""
    prev = ctx.prev_date
    s0 = ctx.sentence(s)[0]
    if prev is None or prev[1] < s0 or last < s0:
        return False
    if _FIGURE_AFTER_BEFORE.search(ctx.text, max(0, last - 50), last) is None:
        return False
    here = _FIGURE_COMPARED_AGAIN.search(ctx.text, max(0, s - 50), s)
    return here is not None and here.start() > last


def _second_comparison(ctx: _Ctx, last: int, s: int) -> bool:
    """Whether the date at ``last`` was named as a comparison ("from 4 mln in 1985") and a
    new comparison cue opens between it and ``s`` ("... against 6.7 billion the previous
    year"): then both compare with the same period."""
    text = ctx.text
    if _FIGURE_COMPARED_BEFORE.search(text, max(0, last - 60), last) is None:
        return False
    here = _FIGURE_COMPARED_BEFORE.search(text, max(0, s - 60), s)
    return here is not None and here.start() > last


# the values a period named just before "the latest <unit>" must have to be that unit
_UNIT_VALUE = {
    "W": re.compile(r"\d{4}-W\d\d"),
    "M": re.compile(r"\d{4}-\d\d"),
    "Q": re.compile(r"\d{4}-Q[1-4]"),
    "Y": re.compile(r"\d{4}"),
}


def _apposed_period(ctx: _Ctx, s: int, unit: str) -> str | None:
    """The value of a period of ``unit`` named right before "the latest <unit>" in apposition
    ("rose in January, the latest month for which figures exist": January, not the month
    before the DCT), else None."""
    last = ctx.last_date
    rx = _UNIT_VALUE.get(unit)
    if last is None or rx is None or not rx.fullmatch(last[0]):
        return None
    return last[0] if _APPOSITION.fullmatch(ctx.text, last[1], s) else None


# how many units a relation word moves from its base ("the previous" one back)
_REL_STEP = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "the": 0,
    "the same": 0,
    "that": 0,
    "last": -1,
    "past": -1,
    "this past": -1,
    "previous": -1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
    "the latest": -1,
    "the past": -1,
    "the last": -1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
    "the following": 1,
}


# a share of the day right before "the day" ("for most of the day", "the rest of the day")
_PART_OF_DAY_BEFORE = re.compile(r"\b(?:most|all|rest|much|part|remainder)\s+of\s+$", re.I)


def _h_rel_unit(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """this/last/next/the following/the same/the past + calendar unit."""
    rel = _squash(m["rel"].lower()).replace("that same", "the same")
    unit_word = _squash(m["unit"].lower()).split()[-1]  # "fiscal/financial/budget year"
    u = UNITS[unit_word]
    pre = m["pre"]
    mod = _point_mod(pre)
    if rel == "the" and u in ("D", "CE", "DE") and not pre:
        if (
            u == "D"
            and ctx.dct is not None
            and _PART_OF_DAY_BEFORE.search(ctx.text, max(0, s - 14), s)
        ):
            # "shut for most of the day", "the rest of the day": the day in view
            return "DATE", _day_in_view(ctx, s, near_only=True).isoformat(), None
        return None
    if u == "2W":
        # "over the past fortnight", "in the next fortnight": two weeks; a fortnight as a
        # calendar period ("last fortnight", "this fortnight") has no TIMEX3 value
        spans = ("the past", "the last", "the next", "the coming")
        return ("DURATION", _one_unit(u), None) if rel in spans and not pre else None
    if (
        m["unit"][:1].isupper()
        and m["rel"][:1].isupper()
        and s > 0
        and ctx.text[s - 1] in "\"'\u201c"
    ):
        return None  # a title: ABC's "This Week"
    if rel == "the" and _AWARD_BEFORE.search(ctx.text[max(0, s - 30) : s]):
        return None  # "song of the year", "player of the year"
    again = _UNIT_ON_UNIT.match(ctx.text, e)
    if again is not None and again["unit"].lower() == unit_word.split()[-1]:
        return None  # "the month by month rise", "the year on year fall": a comparison
    if rel == "the latest" and not pre and (apposed := _apposed_period(ctx, s, u)) is not None:
        return "DATE", apposed, None
    reported = ctx.last_quarter
    if (
        rel == "this"
        and u == "Q"
        and not pre
        and reported is not None
        and s - reported[1] < 600
        and _RESULT_OF_AFTER.match(ctx.text, e)
    ):
        # "reported a loss for the third quarter ended Sept. 30. This quarter's loss includes
        # charges": the quarter under report, not the DCT's
        return "DATE", _quarter_value(reported[0]), None
    if (
        rel == "the"
        and u == "D"
        and _squash((pre or "").lower()) == "the end of"
        and _IDIOM_AT_BEFORE.search(ctx.text, max(0, s - 12), s)
        and not _MARKET_LEVEL_AFTER.match(ctx.text, e)
    ):
        # "But at the end of the day, ...": "in the end", no day (unless a market's level
        # follows: "At the end of the day the dollar was quoted at 1.8353 marks")
        return None
    if (
        rel == "the"
        and u == "D"
        and pre
        and ctx.anchor is not None
        and ctx.anchor_is_day
        and s - ctx.anchor_pos < 300
        and ctx.tense(s, e) == PAST
        and not _POSSESSIVE_DAY.match(ctx.text, ctx.anchor_pos)
    ):
        # "finished late yesterday. At the end of the day the dollar was quoted at ...": the
        # day in view, told in the past
        return "DATE", ctx.anchor.isoformat(), mod
    base = ctx.dct
    last = ctx.last_date
    if m["back"] and rel == "the":
        # "from 2.6 billion the year before": the year before the one named last (within
        # 300 characters), else before the DCT's
        if last is not None and s - last[1] < 300:
            return "DATE", f"{int(last[0][:4]) - 1:04d}", None
        return ("DATE", f"{base.year - 1:04d}", None) if base else ("DATE", "PAST_REF", None)
    if (
        u == "Y"
        and not pre
        and rel in ("the previous", "the prior", "the preceding")
        and last is not None
        and s - last[1] < 300
        and _YEAR_ONLY_VALUE.fullmatch(last[0])
    ):
        # "declined last year, but less than in the previous year": the year before a year
        # named last, "last year" too (which sets no anchor); that year itself when it was
        # named as a comparison and this is another ("compared with 13.6 billion in 1985,
        # while costs were 7.4 billion against 6.7 billion the previous year")
        back = 0 if _second_comparison(ctx, last[1], s) else 1
        return "DATE", f"{int(last[0]) - back:04d}", None
    if (
        rel in ("the", "the fiscal")
        and u == "Y"
        and _ENDED_AFTER.match(ctx.text, e)
        and not (not ctx.text[ctx.sentence(s)[0] : s].strip() and _PAST_ENDED.match(ctx.text, e))
    ):
        # "net for the year ended March 31": a twelve-month period ("The budget year ended
        # Sept. 30", opening its sentence, is the year with its verb)
        return "DURATION", "P1Y", None
    began = (
        _BEGAN_ON_AFTER.match(ctx.text, e)
        if u == "Y" and not pre and (rel == "the fiscal" or (rel == "the" and " " in m["unit"]))
        else None
    )
    if began is not None and ctx.dct is not None:
        # "the budget year that began Oct. 1": a fiscal year is named by the year most of it
        # falls in
        return "DATE", f"{_year_begun_on(began, ctx.dct):04d}", None
    if rel in ("the", "that", "the same") and u == "Q" and not pre:
        of_year = _OF_YEAR_AFTER.match(ctx.text, e) if rel == "the same" else None
        if of_year is not None:
            return _year_quarter(int(of_year["y"]), ctx, s, e)  # "the same quarter of 2003"
        first = _quarter_ending_on(ctx, e) if rel == "the" else None
        if first is not None and ctx.last_quarter is None:
            # "results for the quarter that ended Dec. 31": the quarter under report, which
            # "the same period a year earlier" and a later "the quarter" hang on (a fiscal
            # quarter named before, "the fiscal first quarter", stays the one under report)
            ctx.last_quarter = (first, s)
        if rel == "that":
            first = _quarter_named_last(ctx, s)
        first = first or _reported_quarter(ctx, s, e)
        if first is not None:
            return "DATE", _quarter_value(first), None
    fiscal = " " in m["unit"].strip()  # "the last financial year": a named year, no length
    if rel in ("the past", "the last") and not pre and fiscal:
        return ("DATE", f"{base.year - 1:04d}", None) if base else ("DATE", "PAST_REF", None)
    if rel in ("the past", "the last") and not pre and u != "Q":
        return "DURATION", _one_unit(u), None
    if (
        rel in ("the next", "the coming")
        and not pre
        and not fiscal
        and _SPAN_BEFORE.search(ctx.text[max(0, s - 20) : s])
    ):
        return "DURATION", _one_unit(u), None  # "over the next decade"
    if rel in (
        "the following",
        "the next",
        "the previous",
        "the prior",
        "the preceding",
        "the same",
        "that",
    ):
        base = ctx.ref
        last = ctx.last_date
        if (
            u == "D"
            and rel in ("the same", "that")
            and last is not None
            and _MONTH_ONLY_VALUE.fullmatch(last[0])
            and s - last[1] < 300
        ):
            ahead = _day_ahead_named(ctx, s, e, last[0])
            if ahead is not None:
                # "will hear the case on March 25 ... the acquittal, handed down in October
                # 2011 ... A ruling is expected the same day": no expectation of a month gone
                # by; the day ahead named before it
                return "DATE", ahead.isoformat(), mod
            # "killed last October ... crossed out that same day": a day of that month
            return "DATE", last[0] + "-XX", mod
        week = _reported_week(ctx) if u == "W" and rel in _PREVIOUS_RELS else None
        weekend = ctx.last_weekend
        if u == "WE" and rel in _PREVIOUS_RELS and weekend is not None and s - weekend[1] < 400:
            # "opened this weekend ... The previous weekend's leader": the weekend before the
            # weekend named last, not before the DCT's
            return "DATE", _weekend_by(_week_start(weekend[0]) - dt.timedelta(days=2)), mod
        if week is not None:
            # "rose last week from the previous week", "in the week ended March 13 ... from
            # the prior week": the week before the week reported on, not before the DCT's
            return "DATE", _fmt(_shift(week, -1, "W"), "W"), mod
        if u in ("D", "W", "WE") and not ctx.anchor_is_day:
            # "the next day" after "in 2019" is not January 2, nor is "the previous week"
            # after "the 1986/87 crop" the last week of 1985
            base = ctx.dct
        if rel in ("the next", "the following") and ctx.anchor is None:
            if ctx.tense(s, e) == PAST and u in _UNKNOWN_PERIOD:
                # "he was freed the following week" with no date named before: after some
                # day the text does not give, not the week after publication
                return "DATE", _UNKNOWN_PERIOD[u], mod
            base = ctx.dct
    step = _REL_STEP.get(rel, 0)
    if rel in ("this", "last", "next") and u == "Y" and base is not None:
        base = _quoted_speech_day(ctx, s) or base
    if rel == "the" and u == "Y" and not pre and _year_of_clause_after(ctx, s, e):
        return "DATE", "XXXX", mod
    if base is None and rel == "the" and u == "Y":
        named = _year_in_view_without_dct(ctx, s, e)
        if named is not None:
            return "DATE", named, mod
    if base is None:
        return "DATE", _period_without_day(ctx, rel, u, step, mod, (s, e)), mod
    recent_anchor = ctx.anchor is not None and ctx.anchor != ctx.dct and s - ctx.anchor_pos < 300
    if rel == "the" and u == "Y" and recent_anchor and ctx.anchor_pos < ctx.sentence(s)[0]:
        part = _part_of_year_year(ctx, s)
        if part is not None:
            return "DATE", str(part), mod
    named_year = _year_named_in_sentence(ctx, s) if rel == "the" and u == "Y" and not pre else None
    if named_year is not None and ctx.tense(s, e) == PAST:
        # "volumes remained high last year, despite modest rises in the year": that year
        return "DATE", named_year, mod
    if (
        rel == "the"
        and u == "Y"
        and mod == "END"
        and not recent_anchor
        and _year_end_passed(ctx, s, e)
    ):
        # "exports had doubled by the end of the year" (in March): the year just ended, as
        # "by year end" under a past verb
        return "DATE", f"{base.year - 1:04d}", mod
    if (
        rel == "the"
        and u in ("M", "Q", "Y")
        and recent_anchor
        and ctx.tense(s, e) != FUTURE
        and not _SO_FAR_AFTER.match(ctx.text, e)
        and not _since_period_start(ctx, pre, s)
    ):
        base = _period_in_view(ctx, u, s, e)
        if (
            u == "Y"
            and base.year < ctx.dct.year
            and ctx.tense(s, e) == PRESENT
            and _DEADLINE_BY_BEFORE.search(ctx.text, max(0, s - 10), s)
        ):
            # "rates rose in December, and markets are pricing in a cut by the end of the
            # year": a deadline under the present is not in a year gone by
            base = ctx.dct
    elif rel == "the" and u == "Q" and ctx.tense(s, e) != FUTURE:
        step = -1
    elif u == "Y" and rel in ("coming", "the coming") and base.month == 1:
        step = 0  # "the coming year" in January is the year just begun
    gran = u if u != "2W" else "W"
    if (
        gran == "WE"
        and rel in ("the following", "the next")
        and ctx.anchor_is_day
        and base == ctx.anchor != ctx.dct
        and base.weekday() < 5
    ):
        step = 0  # "Nov. 9 (a Thursday) ... The following weekend": the one two days on
    d = _shift(base, step, gran if gran != "WE" else "W")
    ahead = _ahead_of(ctx, s)
    if (
        gran == "WE"
        and rel in ("the", "this")
        and not ahead
        and base.weekday() < 5
        and not _PLANNED_FOR.search(ctx.text, max(0, s - 40), s)
    ):
        # "more rain is forecast for the weekend", "a vote planned for the weekend": ahead
        tense = ctx.tense(s, e)
        # "over the weekend" early in the week is the one just past unless a future cue says
        # otherwise; later in the week only a past tense sends it back
        if tense == PAST or (rel == "the" and tense != FUTURE and base.weekday() < 3):
            d = _shift(base, -1, "W")
    value = _fmt(d, gran)
    if gran == "D":
        ctx.anchor = d
    if gran == "Q" and step >= 0 and rel != "the":
        # "expects fuel to cost $2.33 in the current quarter, up from $1.89 in the
        # year-earlier period": the year-ago forms count back from a quarter not over
        ctx.forecast_quarter = (dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), s)
    return "DATE", value, mod


_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$", re.I)
_HAD = re.compile(r"\bhad\b", re.I)


def _since_period_start(ctx: _Ctx, pre: str | None, s: int) -> bool:
    """ "Since the start of the year, 300,000 people have been moved" after "late December":
    a count since the start of a period runs up to the story's day, so the period is the one
    running at the DCT, not the one of the date named last (unless told in the past perfect:
    "prices had risen since the beginning of the year")."""
    if _squash((pre or "").lower()) not in ("the start of", "the beginning of"):
        return False
    if not _SINCE_JUST_BEFORE.search(ctx.text, max(0, s - 8), s):
        return False
    start, end = ctx.sentence(s)
    return _HAD.search(ctx.text, start, end) is None


_PAST_ENDED = re.compile(r"\s+ended\s", re.I)
# the day a fiscal year begins on, after it ("that began Oct. 1", "which starts on July 1",
# "beginning April 1")
_BEGAN_ON_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:will\s+)?(?P<verb>began|begins|begin|started|starts|start|"
    r"beginning|starting)\s+(?:on\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})"
)


def _year_begun_on(m: re.Match, dct: dt.date) -> int:
    """The year a fiscal year named by its first day is named by: the calendar year most of
    its months fall in, the year it ends in from a July start on (US federal years begin on
    Oct. 1, US states' on July 1; Japan's and India's, begun on April 1, are named by the
    year they begin in); the day the last one at or before the DCT after a past verb, the
    next one after a present or future verb, else the nearer."""
    month, day = _month_num(m["mon"]), min(int(m["day"]), 28 if m["mon"][:3] == "Feb" else 31)
    on = [
        _safe_date(y, month, day) or dt.date(y, month, 28)
        for y in range(dct.year - 1, dct.year + 2)
    ]
    last = on[1] if on[1] <= dct else on[0]
    following = on[1] if on[1] >= dct else on[2]
    verb = m["verb"].lower()
    if verb in ("began", "started"):
        start = last
    elif verb in ("begins", "begin", "starts", "start"):
        start = following
    else:
        start = last if (dct - last) <= (following - dct) else following
    return start.year + (1 if month >= 7 else 0)


def _quoted_speech_day(ctx: _Ctx, s: int) -> dt.date | None:
    """The first day of the past year or month a quotation was spoken in, for an expression
    inside it: the date named before the quote in its sentence, with a verb of saying
    between ("In December, Reid had complained that \"this year has been the least
    productive\"", in January: that December's year); None outside quotes or with no such
    date."""
    last = ctx.last_date
    if last is None or ctx.dct is None:
        return None
    start = ctx.sentence(s)[0]
    if not start <= last[1] < s:
        return None
    m = _PERIOD_VALUE_START.match(last[0])
    if m is None:
        return None
    year, month = int(m["y"]), int(m["m"] or 1)
    if year >= ctx.dct.year:
        return None
    between = ctx.text[last[1] : s]
    quote = max(between.rfind('"'), between.rfind("\u201c"))
    if quote < 0 or between.count('"') % 2 == 0 and "\u201c" not in between:
        return None
    if "\u201d" in between[quote:] or not _SAID_BEFORE_QUOTE.search(between[:quote]):
        return None
    return dt.date(year, month, 1)


_PERIOD_VALUE_START = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2}))?(?:-\d{2})?$")
# a past verb of saying before a quotation ("had complained that", "said", "told reporters")
_SAID_BEFORE_QUOTE = re.compile(
    r"\b(?:said|told|complained|warned|wrote|added|insisted|predicted|declared|noted|argued|"
    r"claimed|stated|admitted|conceded|boasted|promised|vowed)\b",
    re.I,
)
_DEADLINE_BY_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.I)


def _year_in_view_without_dct(ctx: _Ctx, s: int, e: int) -> str | None:
    """With no DCT, the year "the year" hangs on: a year named last, within 300 characters,
    as with a DCT ("Net fell in 2004. Profit for the year was ...": 2004). None when that year
    was named to compare with, count from or as a target ("from 5.9 billion in 2003", "as in
    2003", "since 1981", "by 2013"), when a month or weekday of unknown year comes between,
    when what follows tells the year ("The year she turned ten", "the year so far"), in a
    future sentence, or after "until", "till" or "within"."""
    last = ctx.last_date
    if last is None or s - last[1] >= 300 or not _YEAR_ONLY_VALUE.fullmatch(last[0]):
        return None
    pos = last[1]
    if (
        _COMPARED_BEFORE.search(ctx.text, max(0, pos - 60), pos)
        or _COUNTED_FROM.search(ctx.text, max(0, pos - 60), pos)
        or _AS_IN_BEFORE.search(ctx.text, max(0, pos - 12), pos)
        or _deadline_before(ctx.text, pos)
        or _DAY_OR_MONTH_WORD.search(ctx.text, pos + 4, s)
        or _YEAR_DEFINED_AFTER.match(ctx.text, e)
        or _hoped_for_and_past(ctx, pos, s, e)
        or ctx.tense(s, e) == FUTURE
        or _deadline_ahead(ctx, s)
    ):
        return None
    return last[0]


# a hope or outlook right before a year, in its clause ("hopes of an economic
# recovery during 2005", "expectations for 2006")
_HOPED_FOR_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["hope_words"]) + r")\b(?:[^.;:!?]|\.\d){0,50}$", re.I
)


def _hoped_for_and_past(ctx: _Ctx, pos: int, s: int, e: int) -> bool:
    """Whether the year named at ``pos`` is one hoped for and "the year" at
    ``s`` is told in the past ("shares ended the year high amid hopes of a recovery during
    2005. The index gained 7.6% during the year": not 2005)."""
    return (
        _HOPED_FOR_BEFORE.search(ctx.text, max(0, pos - 60), pos) is not None
        and ctx.tense(s, e) == PAST
    )


# a year named to compare with ("twice as many as in 2003")
_AS_IN_BEFORE = re.compile(r"\bas\s+(?:in|during)\s+$", re.I)
# a month or weekday named between a year and "the year" (its year unknown without a DCT:
# "in late 2004 ... rose in January and in the first month of the year")
_DAY_OR_MONTH_WORD = re.compile(r"\b(?:" + MONTH + "|" + WEEKDAY_FULL + r")\b")
# "the year" told by what follows, not by the year named before ("The year he was
# nominated", "the best single of the year so far", "the year ahead")
_YEAR_DEFINED_AFTER = re.compile(
    r"\s+(?:when|in\s+which|that|he|she|it|they|we|I|you|so\s+far|to\s+date|ahead)\b"
)
# a clause after "the year" that names it ("The year he was nominated, ...", "In the year
# when prices fell ...")
_YEAR_CLAUSE_AFTER = re.compile(r"\s+(?:(?P<when>when|in\s+which)|he|she|they|we|I|you)\s+[a-z]")
# what may come before it in its sentence: "in" or "during" before "when"; before a subject
# alone "during" opens the main clause ("During the year we cut costs by 9 pct")
_YEAR_CLAUSE_OPENS = re.compile(r"(?:(?:in|during)\s+)?$", re.I)
_YEAR_SUBJECT_OPENS = re.compile(r"(?:in\s+)?$", re.I)


def _year_of_clause_after(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether "the year" opening its sentence is told by the clause after it ("The year he
    was nominated, the award went to ...", "In the year when prices fell, ..."): a year
    the text does not give, neither the DCT's nor one named before."""
    after = _YEAR_CLAUSE_AFTER.match(ctx.text, e)
    if after is None:
        return False
    s0, _ = ctx.sentence(s)
    opens = _YEAR_CLAUSE_OPENS if after["when"] else _YEAR_SUBJECT_OPENS
    return opens.fullmatch(ctx.text, s0, s) is not None


# the period now running, whatever was named before ("the best month of the year so far")
_SO_FAR_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b")


# a deadline ahead right before a period ("suspended until the end of the year", "a deal
# within the month"): not a period over, unless in a past-perfect sentence
_DEADLINE_AHEAD_BEFORE = re.compile(r"\b(?:until|till|within)\s+$", re.I)


# a state that went on, in the simple past, before "until" in its clause ("the mine stayed
# shut until the end of the year"): the period is over, no deadline ahead
_LASTED_BEFORE = re.compile(
    r"\b(?:" + _alt(_DATA["lasting_past_verbs"]) + r")\b[^.;:!?,]{0,50}$", re.I
)


def _deadline_ahead(ctx: _Ctx, s: int) -> bool:
    """Whether "until", "till" or "within" comes right before ``s`` outside a past-perfect
    sentence and not after a state that went on in the simple past ("the ban was extended
    until the end of the year"; not "prices had stayed high until the end of the year", nor
    "the mine stayed shut until the end of the year")."""
    if _DEADLINE_AHEAD_BEFORE.search(ctx.text, max(0, s - 10), s) is None or _lasted_until(ctx, s):
        return False
    s0, s1 = ctx.sentence(s)
    return _PAST_PERFECT.search(ctx.text, s0, s1) is None


def _lasted_until(ctx: _Ctx, s: int) -> bool:
    """Whether a state that went on in the simple past runs up to ``s`` through "until",
    "till" or "within" ("the mine stayed shut until the end of the year")."""
    before = _DEADLINE_AHEAD_BEFORE.search(ctx.text, max(0, s - 10), s)
    if before is None:
        return False
    s0, _ = ctx.sentence(s)
    return _LASTED_BEFORE.search(ctx.text, max(s0, before.start() - 60), before.start()) is not None


def _period_without_day(
    ctx: _Ctx, rel: str, u: str, step: int, mod: str | None, span: tuple[int, int]
) -> str:
    """The value of "the year", "the last quarter", "the same day" with no day to count from
    (no DCT): the same period as one unnamed is unknown; the period in view is present, one
    back past, one ahead future; "the quarter" reported on and "the weekend" are past unless a
    future verb says otherwise ("will meet over the weekend"); a part of the period under an
    aim, forecast or modal and no past verb is future ("expected to shrink by the middle of
    the century", "by the end of the year, it is thought, 30% will"); a period after a
    deadline word is future ("banned until the end of the year", "within the month"), a part
    of it a state in the simple past lasted until is past ("stayed shut until the end of the
    year")."""
    if rel in ("the same", "that"):
        return _UNKNOWN_PERIOD.get(u, "XXXX")
    if step == 0 and rel == "the":
        s, e = span
        s0, s1 = ctx.sentence(s)
        tense = ctx.tense(s, e)
        deadline = _deadline_ahead(ctx, s)
        ahead = tense == FUTURE or deadline
        if mod is not None and tense != PAST and not ahead:
            ahead = bool(
                _AIM_BEFORE.search(ctx.text, max(s0, s - 120), s)
                or _MODAL_LATER.search(ctx.text, e, min(s1, e + 120))
            )
        if ahead and (mod is not None or u == "WE" or deadline):
            step = 1
        elif mod is not None and _lasted_until(ctx, s):
            step = -1  # "the mine stayed shut until the end of the year": a year gone by
        elif u == "WE" or (u == "Q" and tense != FUTURE):
            step = -1  # as with a DCT: "will rise in the quarter" is the current one
    return ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[step + 1]


# a period after a day the text does not name: the TIMEX3 value with its digits unknown
_UNKNOWN_PERIOD = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Y": "XXXX",
}


# what makes a year a part or a point of it ("the final three months of 2004", "at end-1986")
_PART_OF_YEAR_BEFORE = re.compile(
    r"\b(?:months?|quarters?|half|weeks?|days?|end|start|beginning|middle)(?:\s+of)?[\s-]*$",
    re.I,
)

# ... or the expression's own first word ("end-1986", "late 1998")
_PART_OF_YEAR_OPENING = re.compile(r"(?:end|start|beginning|middle|mid|early|late)\b", re.I)


def _year_named_since(ctx: _Ctx, pos: int, s: int) -> int | None:
    """The year named last, when it is a whole year ("in 1986", "for all of 1998"; not a part
    or a point of it) named after ``pos`` in the sentence of ``s``; else None."""
    last = ctx.last_date
    if (
        last is None
        or last[1] <= pos
        or last[1] < ctx.sentence(s)[0]
        or _YEAR_ONLY_VALUE.fullmatch(last[0]) is None
        or _PART_OF_YEAR_BEFORE.search(ctx.text, max(0, last[1] - 24), last[1])
        or _PART_OF_YEAR_OPENING.match(ctx.text, last[1])
    ):
        return None
    return int(last[0])


def _year_named_in_sentence(ctx: _Ctx, s: int) -> str | None:
    """The year named last, as a value, when it was named earlier in the sentence of ``s``
    by words that set no anchor ("last year", "this year") and no date of that sentence
    sets one ("in 1986"); else None."""
    last = ctx.last_date
    s0, _ = ctx.sentence(s)
    if last is None or last[1] < s0 or not _YEAR_ONLY_VALUE.fullmatch(last[0]):
        return None
    if ctx.anchor is not None and ctx.anchor_pos >= s0:
        return None  # a date that anchors ("in 1986"): the rules on the period in view decide
    return last[0]


# a part of the year counted from its start or to its end, right before "the year": "the
# first two months of", "the first six weeks of", "the rest of", "the remainder of"
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:first|opening)\s+(?:(?P<n>[\w-]+)\s+)?(?P<unit>months?|weeks?|days?|quarters?)"
    r"|(?P<rest>rest|remainder|balance))\s+of\s+$",
    re.I,
)
_PART_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92}


def _part_of_year_year(ctx: _Ctx, s: int) -> int | None:
    """The DCT's year for "the first two months of the year" or "the rest of the year" when
    the date named last is of an earlier year and lies in an earlier sentence: what is left of
    the year, or a part of it already over by the DCT, is the DCT's year, not a year the story
    named before ("net rose in 1986. In the first two months of the year imports ..." in
    March 1987 is 1987). None otherwise (a part not yet over keeps the year in view)."""
    m = _PART_OF_YEAR.search(ctx.text, max(0, s - 40), s)
    if m is None or ctx.dct is None or ctx.anchor is None or ctx.anchor.year >= ctx.dct.year:
        return None
    year = ctx.dct.year
    if m["rest"]:
        return year
    n = _num(m["n"]) if m["n"] else 1
    if n is None:  # "the first few weeks of the year": a short part, over by spring
        n = 3 if m["unit"].lower().startswith(("week", "day")) else 2
    days = int(n * _PART_UNIT_DAYS[m["unit"].lower().rstrip("s")])
    over = dt.date(year, 1, 1) + dt.timedelta(days=days - (3 if days >= 28 else 0))
    return year if over <= ctx.dct else None


def _h_rel_unit_back(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the year before" as one expression; after any other word ("next year before
    recovering") "before" is left out. "The week after", "the day before" closing a phrase
    are a unit on or back from the date in view (else "after"/"before" is left out)."""
    if m["step"]:
        stepped = _unit_from_date_in_view(m, ctx, s)
        if stepped is not None:
            return stepped
    elif not m["back"] or _squash(m["rel"].lower()) == "the":
        return _h_rel_unit(m, ctx, s, e)
    res = _h_rel_unit(m, ctx, s, m.end("unit"))
    if res is None or len(res) == 4:
        return res
    return (*res, _Span(s, m.end("unit")))


# how fine a value is: a date in view must be at least as fine as the unit counted from it
# (the units "the week after", "the day before" step by)
_FINENESS = {"D": 0, "W": 1, "M": 2, "Y": 3}


def _value_start(value: str) -> tuple[dt.date, str] | None:
    """The first day of a day, ISO week, month or year value, and its unit."""
    if _DAY_VALUE.fullmatch(value):
        return dt.date.fromisoformat(value), "D"
    if _WEEK_VALUE.fullmatch(value) and not value.endswith("WE"):
        return _week_start(value), "W"
    if _MONTH_ONLY_VALUE.fullmatch(value):
        return dt.date(int(value[:4]), int(value[5:7]), 1), "M"
    if _YEAR_ONLY_VALUE.fullmatch(value):
        return dt.date(int(value), 1, 1), "Y"
    return None


def _unit_from_date_in_view(m: re.Match, ctx: _Ctx, s: int) -> Result:
    """ "the week after" ("talks open next week and a vote is due the week after"), "the day
    before": the unit after or before the one holding the date named last (within 300
    characters, as fine as the unit or finer), else the DCT; None with a coarser date in
    view, no date at all, or after another word than "the"."""
    u = UNITS.get(m["unit"].lower())
    last = ctx.last_date
    if u not in _FINENESS or m["pre"] or _squash(m["rel"].lower()) != "the":
        return None
    if (last is None or s - last[1] >= 300) and ctx.dct is not None:
        # no date in view: a unit on from the DCT's ("up from 2.9 billion the week before")
        last = (_fmt(ctx.dct, "D"), s)
    if last is None:
        return None
    if ctx.prev_date is not None and _compared_again(ctx, last[1], s):
        # "rose 0.2 pct in May, after 0.4 pct in April, ... compared with 0.6 pct the month
        # before": April is May's comparison; a second comparison steps back from May
        last = ctx.prev_date
    start = _value_start(last[0]) if s - last[1] < 300 else None
    if start is None or _FINENESS[start[1]] > _FINENESS[u]:
        return None
    d = _shift(start[0], 1 if m["step"].lower() == "after" else -1, u)
    if u == "D":
        ctx.anchor = d
    return "DATE", _fmt(d, u), None


def _period_in_view(ctx: _Ctx, unit: str, s: int, e: int) -> dt.date:
    """The date "the year" / "the month" hangs on: the date named last, unless it was named
    only to compare with ("revenue for the year rose to $6.5 billion from $5.9 billion in
    1985": the year after it is the one under report) or to count from ("the worst Christmas
    since 1981. Sales fell on the month": the DCT's). A date in apposition ("since 1983,
    the year they took hold") and "the year before" keep the date named last."""
    anchor = ctx.anchor
    assert anchor is not None and ctx.dct is not None
    pos = ctx.anchor_pos
    last = ctx.last_date
    if (
        unit in ("M", "Q")
        and last is not None
        and last[1] == pos
        and _YEAR_ONLY_VALUE.fullmatch(last[0])
        and anchor.year != ctx.dct.year
        and _NOUN_AFTER_YEAR.match(ctx.text, pos + 4)
    ):
        # "credits under the 1991 program run out at the end of the month": a year naming a
        # thing before its noun names no month; the DCT's
        return ctx.dct
    if _APPOSITION.fullmatch(ctx.text, pos, s) or _BEFORE_AFTER.match(ctx.text, e):
        return anchor
    if _COUNTED_FROM.search(ctx.text, max(0, pos - 60), pos) or _hoped_for_and_past(ctx, pos, s, e):
        return ctx.dct
    compared = _COMPARED_BEFORE.search(ctx.text, max(0, pos - 60), pos)
    if (
        unit == "Y"
        and compared is not None
        and not (compared["cue"].lower() == "from" and _RANGE_TO.search(ctx.text, pos, s))
    ):
        # (a range "from the third quarter to the end of the year" is no comparison)
        return dt.date(min(anchor.year + 1, ctx.dct.year), 1, 1)
    return anchor


# a lower-case noun right after a year ("the 1991 program", "the 1992 grain harvest"): the year
# names a thing, not a time the story stands in
_NOUN_AFTER_YEAR = re.compile(r"\s+(?-i:[a-z]{3,})\b(?!\s+(?:of|in|on|at|to|and|or)\b)")
# a comparison or starting point right before a date, in its clause ("from $5.9 billion in",
# "compared with", "since", "than in")
_COMPARED_BEFORE = re.compile(
    r"\b(?P<cue>from|against|compared\s+(?:\w+ly\s+)?(?:with|to)|versus|vs\.|than)\b(?:[^.;:!?]|\.\d){0,45}$",
    re.I,
)
_COUNTED_FROM = re.compile(r"\bsince\b(?:[^.;:!?]|\.\d){0,45}$", re.I)
# what may lie between a date and a phrase in apposition to it ("Oct. 12, the day before
# the crash", "since 1983, the year they took hold")
_APPOSITION = re.compile(r"[^,;:()]{1,24},\s*")
_YEAR_ONLY_VALUE = re.compile(r"\d{4}")
_RANGE_TO = re.compile(r"\b(?:to|until|through)\s", re.I)
_BEFORE_AFTER = re.compile(r"\s+(?:before|earlier|after|later|ago)\b", re.I)


def _h_same_unit_a_year_back(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the same month last year": the month last named (else the DCT's), a year before."""
    gran = "M" if m["unit"].lower() == "month" else "D"
    last = ctx.last_date
    in_view = _DAY_VALUE if gran == "D" else _MONTH_IN_VALUE
    week = gran == "M" and last is not None and _WEEK_VALUE.fullmatch(last[0]) is not None
    if last is not None and s - last[1] < 300 and in_view.match(last[0]):
        y, mo = int(last[0][:4]), int(last[0][5:7])
        day = int(last[0][8:10]) if gran == "D" else 1
    elif week and s - last[1] < 300 and not last[0].endswith("WE"):
        # "in the last week of February ... over the same month last year": the week's month
        # (that of its Thursday, as ISO counts weeks)
        thursday = _week_start(last[0]) + dt.timedelta(days=3)
        y, mo, day = thursday.year, thursday.month, 1
    elif ctx.dct is not None:
        y, mo, day = ctx.dct.year, ctx.dct.month, ctx.dct.day
    else:
        return "DATE", "PAST_REF", None
    d = _safe_date(y - 1, mo, day if gran == "D" else 1) or dt.date(y - 1, mo, 28)
    return "DATE", _fmt(d, gran), None


def _h_year_end(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    word = m["u"].lower()
    u = {"year": "Y", "month": "M", "week": "W", "quarter": "Q"}.get(word, "Y")
    if m["yr"]:
        return "DATE", m["yr"], "END"
    if u == "Y":
        beside = _YEAR_BEFORE_END.search(ctx.text, max(0, s - 6), s) or _YEAR_AFTER_END.match(
            ctx.text, e
        )
        if beside is not None:
            return "DATE", beside["y"], "END"  # "1987 year-end", "at yearend 1986"
    if ctx.dct is None:
        return None
    if u == "Y" and _year_end_passed(ctx, s, e):
        return "DATE", str(ctx.dct.year - 1), "END"
    return "DATE", _fmt(ctx.dct, u), "END"


_YEAR_BEFORE_END = re.compile(r"\b(?P<y>" + YEAR_PLAIN + r")\s+$")
_YEAR_AFTER_END = re.compile(r"\s+(?P<y>" + YEAR_PLAIN + r")\b(?!\s*(?:mln|million|billion|pct|%))")


def _year_end_passed(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether "year end" ("the end of the year") under a past verb is the last one before
    the DCT ("released in November, the game had sold a million copies by year end"): the
    DCT's own year has not ended. Not a forecast or aim in its clause ("forecast inflation at
    4.5 pct by year-end", "a plan to cut jobs by year end", "if not resumed by year's end",
    "ahead of"; "to" before a determiner is no aim: "fell to their lowest by year end"), nor
    with a modal after it in its sentence, nor a fiscal year's end ("the financial year-end",
    "year-end March 31")."""
    assert ctx.dct is not None
    if ctx.dct.month == 12 or ctx.tense(s, e) != PAST or _deadline_ahead(ctx, s):
        return False
    s0, s1 = ctx.sentence(s)
    clause = max(s0, s - 120)
    return not (
        _FISCAL_END_BEFORE.search(ctx.text, max(0, s - 12), s)
        or _MODAL_LATER.search(ctx.text, e, min(s1, e + 120))
        or _MONTH_AFTER_END.match(ctx.text, e)
        or _PLANNED_FOR.search(ctx.text, max(0, s - 40), s)
        or _AIM_BEFORE.search(ctx.text, clause, s)
    )


# an aim, forecast or condition before, in the clause ("a plan to cut jobs by year end",
# "forecast inflation at 4.5 pct by year-end", "if they are not resumed by year's end",
# "ahead of the year-end", "on course for the year-end forecast")
_AIM_BEFORE = re.compile(
    r"\b(?:to\s+(?!" + _alt(_DATA["to_not_verb"]) + r")[a-z]+|if|unless|would|will|could|should|"
    r"might|ahead\s+of|"
    r"on\s+(?:course|track)\s+for|forecasts?|predicted|projected|expected|estimated|"
    r"targeted|hoped|aimed)\b(?:[^.;:!?]|\.\d)*$",
    re.I,
)
# a modal after it in its sentence ("By the end of the year, he said, 90 pct will be ...",
# "a loss between now and the end of the year could reduce ...")
_MODAL_LATER = re.compile(r"\b(?:will|would|could|should|might|may|shall|can)\b|'ll\b")
_FISCAL_END_BEFORE = re.compile(r"\b(?:fiscal|financial|business)\s+$", re.I)
_MONTH_AFTER_END = re.compile(r"\s+(?:" + MONTH + r")\b")


# "about a month ago", "nearly a decade ago", "more than a year later"
_APPROX_DATE_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "APPROX",
    "almost": "APPROX",
    "more": "BEFORE",
    "over": "BEFORE",
    "less": "AFTER",
}
# a length's bound as a bound on the date that far back ("more than two years ago" is before
# the day two years back; "no more than two years ago" on or after it)
# a bound counted forward ("from now", "hence") points the other way from one counted back
_MIRRORED_MODS = {
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "ON_OR_BEFORE": "ON_OR_AFTER",
    "ON_OR_AFTER": "ON_OR_BEFORE",
}
_DATE_MODS_OF_DURATION = {
    "MORE_THAN": "BEFORE",
    "LESS_THAN": "AFTER",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
    "EQUAL_OR_LESS": "ON_OR_AFTER",
    "APPROX": "APPROX",
}


# what a quarter follows when it is told of as the background to another ("After a flat
# second quarter, the company attributed the gain to ...")
_AFTER_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}$", re.I
)


def _quarter_before_reported(ctx: _Ctx, s: int) -> bool:
    """Whether the quarter at ``s`` (its first day the anchor) follows "after" and comes
    before the quarter under report named earlier (within 600 characters): "posted a gain in
    third-quarter net income. After a flat second quarter, ..." keeps the third quarter."""
    last = ctx.last_quarter
    return (
        last is not None
        and s - last[1] < 600
        and ctx.anchor is not None
        and ctx.anchor < last[0]
        and _AFTER_BEFORE.search(ctx.text, max(0, s - 40), s) is not None
    )


def _compared_with_reported_quarter(ctx: _Ctx, s: int) -> bool:
    """Whether the quarter at ``s`` follows "from" after a quarter under report named earlier
    in the same sentence ("in the first quarter from the fourth quarter")."""
    last = ctx.last_quarter
    return (
        last is not None
        and last[1] >= ctx.sentence(s)[0]
        and _FROM_BEFORE.search(ctx.text, max(0, s - 6), s) is not None
    )


def _reported_period(ctx: _Ctx, s: int) -> str:
    """The value of the period a figure is reported for: the date named last, or the one
    before it in the same sentence when the last is what the figure is compared with ("in
    March from February")."""
    assert ctx.last_date is not None
    value, pos = ctx.last_date
    prev = ctx.prev_date
    reported = ctx.reported_month
    if reported is not None and _day_of_saying(ctx, value, pos) and pos - reported[1] < 300:
        # "rose to 4.8 percent in March, the agency said Tuesday. ... up 620,000 from a year
        # earlier": the day of the report is no period reported on, March is
        return reported[0]
    if not _FROM_BEFORE.search(ctx.text, max(0, pos - 6), pos):
        return value
    if prev is not None and prev[1] >= ctx.sentence(s)[0] and _PERIOD_VALUE.match(prev[0]):
        return prev[0]
    reported = ctx.reported_month
    if reported is not None and pos - reported[1] < 300 and reported[0] > value:
        # "sales fell in October, data showed on Thursday. They dropped 0.7 pct from September
        # but were 1.8 pct higher than a year earlier": October's, the month compared with
        # coming before the one reported on
        return reported[0]
    return value


# a verb of saying right before a day ("the agency said Tuesday", "announced here today")
_SAID_DAY_BEFORE = re.compile(
    r"\b" + _alt(_DATA["at_the_time"]["said_before"]) + r"\s+(?:(?:here|on|late|early)\s+)*$",
    re.I,
)


def _day_of_saying(ctx: _Ctx, value: str, pos: int) -> bool:
    """Whether the date named last (``value`` at ``pos``) is a day a report was made on
    ("the ministry said Tuesday"), not a period a figure is given for."""
    return bool(_DAY_VALUE.fullmatch(value)) and bool(
        _SAID_DAY_BEFORE.search(ctx.text, max(0, pos - 30), pos)
    )


# years in a unit a fraction of which counts whole years ("half a century": 50 years)
_WHOLE_YEARS_OF = {"CE": 100, "DE": 10}
_ANNIVERSARY_GRAN = {"today": "D", "week": "W", "month": "M"}


def _anniversary(base: dt.date, n: float, u: str, same: str, ctx: _Ctx) -> Result:
    """ "ten years ago today", "a century ago this week": the day (week, month) that many
    units before the DCT's own."""
    gran = {"2W": "W", "WE": "W"}.get(u, u)
    d = _shift(base, -(n * 2 if u == "2W" else n), gran)
    want = _ANNIVERSARY_GRAN[same.split()[-1].lower()]
    if want == "D":
        ctx.anchor = d
    return "DATE", _fmt(d, want), None


def _h_ago(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    unit_word = (m["unit"] or m["unit2"]).lower()
    u = UNITS[unit_word]
    direction = _squash((m["dir"] or m["dir2"]).lower()).replace("before", "earlier")
    num_txt = m["num"]
    n = _num(num_txt) if num_txt else None
    backward = direction in ("ago", "earlier", "before", "previously", "back")
    base = ctx.dct if direction in ("ago", "from now", "hence", "back") else ctx.ref
    if n is not None and n % 1 and u in _WHOLE_YEARS_OF and n * _WHOLE_YEARS_OF[u] % 1 == 0:
        # "half a century ago", "a quarter century": counted in whole years
        n, u, unit_word = int(n * _WHOLE_YEARS_OF[u]), "Y", "years"
    if m["same"] and n is not None and base is not None and unit_word not in TIME_UNITS:
        return _anniversary(base, n, u, m["same"], ctx)
    if direction == "later":
        base = _named_after_anchor(ctx, s, u) or base
    if direction in ("earlier", "later") and (
        _coarser_date_last(ctx, s, u) or _day_count_from_period(ctx, base, u)
    ):
        base = None  # "stalled last year; resumed a month later": which month is unknown
    if direction in ("earlier", "later") and not (n == 1 and u == "Y"):
        # "three days later", "a few days earlier": TimeML tags the amount as a duration and
        # leaves the signal word out (the business idiom "a year earlier" stays a date)
        point = None
        if base is None and n is not None:
            point = _whole_years_from_named(ctx, s, u, -n if backward else n)
        if base is not None and n is not None and unit_word not in TIME_UNITS:
            gran = {"2W": "W", "WE": "W"}.get(u, u)
            d = _shift(base, -(n * 2 if u == "2W" else n) if backward else n, gran)
            point = _fmt(d, gran)
            if gran == "D":
                ctx.anchor = d
        amod = _squash((m["amod"] or "").lower())
        end = s + len(ctx.text[s : m.start("dir" if m["dir"] else "dir2")].rstrip())
        mod = "APPROX" if m["orso"] else DURATION_MODS.get(amod)
        return "DURATION", _duration(n, unit_word), mod, _Span(s, end, point)
    if n is None:
        return "DATE", "PAST_REF" if backward else "FUTURE_REF", None
    if base is None or unit_word in TIME_UNITS:
        return "DATE", "PAST_REF" if backward else "FUTURE_REF", None
    year_step = -1 if backward else 1
    # "a year from now", "a year hence" count from the DCT, never from a period in view;
    # after a count of months ("for the first nine months, earnings fell from 4.3 billion a
    # year earlier") the year before is meant, not the quarter or month in view
    from_period = direction not in ("from now", "hence") and not (
        backward and _months_counted_before(ctx, s)
    )
    if (
        from_period
        and n == 1
        and u == "Y"
        and ctx.last_quarter is not None
        and s - ctx.last_quarter[1] < 600
    ):
        # "a year earlier" in a report on "the third quarter": that quarter a year off, but
        # after a whole year its sentence names, that year's year before ("the fourth quarter
        # ... For all of 1998, output rose 2.2 percent, after 1.9 percent a year earlier": 1997)
        year = _year_named_since(ctx, ctx.last_quarter[1], s)
        if year is not None:
            return "DATE", f"{year + year_step:04d}", None
        q = ctx.last_quarter[0]
        return "DATE", _quarter_value(dt.date(q.year + year_step, q.month, 1)), None
    if (
        from_period
        and n == 1
        and u == "Y"
        and ctx.last_date is not None
        and s - ctx.last_date[1] < 250
    ):
        # "a year earlier" after "March" or "the first half": the same period a year off (the
        # one reported on, not the one it is compared with: "rose 0.2 percent in March from
        # February and 1.5 percent from a year earlier" is March a year back)
        period = _PERIOD_VALUE.match(_reported_period(ctx, s))
        if period is not None and _ago_period_in_view(ctx, direction, int(period[1])):
            return "DATE", f"{int(period[1]) + year_step:04d}{period[2]}", None
        if _year_compared(ctx, s):
            # "its 1986 earnings rose to 3.45 dlrs from 1.80 dlrs a year ago": 1985
            return "DATE", f"{int(ctx.last_date[0]) + year_step:04d}", None
        if _YEAR_ONLY_VALUE.fullmatch(ctx.last_date[0]) and _second_comparison(
            ctx, ctx.last_date[1], s
        ):
            # "net rose to 3bn against 1.4bn in 2003. Sales rose to 6bn from 3bn a year
            # earlier": a second comparison with the year compared with, 2003
            return "DATE", ctx.last_date[0], None
    gran = {"2W": "W", "WE": "W"}.get(u, u)
    if u == "2W":
        n *= 2
    d = _shift(base, -n if backward else n, gran)
    if gran == "D":
        ctx.anchor = d
    # the whole modifier first ("no more than" bounds the other way from "more"), then the
    # first word that bounds ("just over", "a little less than")
    amod = _squash((m["amod"] or "").lower())
    mod = _APPROX_DATE_MODS.get(amod) or _DATE_MODS_OF_DURATION.get(DURATION_MODS.get(amod))
    if not backward and mod in _MIRRORED_MODS:
        # "more than a year from now" lies after the day a year on, "less than" before it
        mod = _MIRRORED_MODS[mod]
    if mod is None:
        mod = next((_APPROX_DATE_MODS[w] for w in amod.split() if w in _APPROX_DATE_MODS), None)
    return "DATE", _fmt(d, gran), "APPROX" if m["orso"] else mod


def _ago_period_in_view(ctx: _Ctx, direction: str, year: int) -> bool:
    """Whether a period of ``year`` reported on may be what "a year ago" counts back from:
    "ago" counts from the DCT, so a period of history further back than the year before the
    DCT's is no figure's report ("Since 1961, when the wall went up in August, ... a year ago
    Honecker predicted": 1988 in 1989, not August 1960)."""
    return direction != "ago" or ctx.dct is None or year >= ctx.dct.year - 1


_YEAR_OR_MONTH_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?")
# calendar units from the finest to the coarsest (clock units left out: they reach no date)
_UNIT_RANK = {u: i for i, u in enumerate(("D", "WE", "W", "2W", "M", "Q", "Y", "DE", "CE"))}


def _period_named_last(ctx: _Ctx) -> tuple[re.Match, int] | None:
    """The year or month value ("2012", "2012-05") of the date named last, if named after the
    anchor (by words that set none: "last year", "next month") or as the anchor when that is
    no day ("in 1994"), and where it was named."""
    last = ctx.last_date
    if (
        last is None
        or last[1] < ctx.anchor_pos
        or (last[1] == ctx.anchor_pos and ctx.anchor_is_day)
    ):
        return None
    m = _YEAR_OR_MONTH_VALUE.fullmatch(last[0])
    return None if m is None else (m, last[1])


def _finer(unit: str, period: re.Match) -> bool | None:
    """Whether ``unit`` is finer than the year or month ``period``; None for a clock unit."""
    rank = _UNIT_RANK.get(unit)
    return None if rank is None else rank < _UNIT_RANK["M" if period[2] else "Y"]


def _coarser_date_last(ctx: _Ctx, s: int, unit: str) -> bool:
    """Whether the date named last, in the 300 characters before ``s`` and after the anchor,
    is a year or month coarser than ``unit`` that sets no anchor ("last year", "last
    month"): "a month later" then counts from a day no one named, not from the DCT."""
    named = _period_named_last(ctx)
    return named is not None and s - named[1] <= 300 and bool(_finer(unit, named[0]))


def _day_count_from_period(ctx: _Ctx, base: dt.date | None, unit: str) -> bool:
    """Whether a length would be counted from no known day: from the first day of a year or
    month named further back than ``_coarser_date_last`` looks ("in 2004 ... [400
    characters] ... five days later"; months from a year: "since 1997 ... A month later"),
    or from a date named before another with unknown digits ("since 1997 ... in June's
    elections ... a month later" with no DCT)."""
    if base is None or base != ctx.anchor:
        return False
    if ctx.unknown_date_pos > ctx.anchor_pos:
        return True
    if ctx.anchor_is_day:
        return False
    last = ctx.last_date
    of_year = last is not None and last[1] == ctx.anchor_pos and _YEAR_ONLY_VALUE.fullmatch(last[0])
    return unit in ("D", "W", "WE", "2W") or (unit == "M" and bool(of_year))


def _whole_years_from_named(ctx: _Ctx, s: int, unit: str, n: int) -> str | None:
    """The year a count of months reaches from a year named last, when the months make whole
    years ("split in 2002. 12 months later": 2003; "six months later" reaches no known year)."""
    named = _period_named_last(ctx)
    if unit != "M" or n % 12 or named is None or named[0][2] or s - named[1] > 300:
        return None
    return f"{int(named[0][1]) + n // 12:04d}"


def _named_after_anchor(ctx: _Ctx, s: int, unit: str) -> dt.date | None:
    """The first day of a year or month named earlier in the sentence of ``s`` or the one
    before by words that set no anchor ("next year's election and local polls a year later",
    "talks end next month and a deal is due a month later", "It stalled last year. A year
    later ..."), when no anchoring date follows it and ``unit`` is no finer than it; else
    None."""
    named = _period_named_last(ctx)
    if named is None:
        return None
    m, pos = named
    s0 = ctx.sentence(s)[0]
    if pos < s0 and (s0 == 0 or pos < ctx.sentence(s0 - 1)[0]):
        return None
    if _finer(unit, m) is not False:
        return None
    return dt.date(int(m[1]), int(m[2] or 1), 1)


# a figure (not a year) right before "a year ago" that it compares ("from 1.80 dlrs per share
# a year ago")
_FIGURE_BEFORE = re.compile(
    r"(?:(?<![\d.,])(?!" + YEAR_PLAIN + r"\b)\d[\d.,/-]*[a-z%]*|\b(?:mln|million|billion|bln))"
    r"(?:\s+[a-z%]+){0,3}[\s,)]*$",
    re.I,
)


# a year written out where an expression starts ("1986", "fiscal 1986", "end-1986", "the
# end of 1986"), not one worked out ("the previous year")
_NAMED_YEAR_AT = re.compile(r"[a-z -]{0,12}" + YEAR_PLAIN + r"\b", re.I)


def _year_compared(ctx: _Ctx, s: int) -> bool:
    """Whether "a year ago" at ``s`` follows a figure it compares with one of a year named
    earlier in its sentence (the last date named), so that it is that year's year before."""
    last = ctx.last_date
    return (
        last is not None
        and _YEAR_ONLY_VALUE.fullmatch(last[0]) is not None
        and _NAMED_YEAR_AT.match(ctx.text, last[1]) is not None
        and last[1] >= ctx.sentence(s)[0]
        and _FIGURE_BEFORE.search(ctx.text, max(0, s - 40), s) is not None
    )


_RATE_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*(?:[a-z]{1,3}\b)?|\bpct|\bpercent|%|\bdlrs|\bpounds|\beuros|\bdollars|\bmillion|\bbillion|\bmln|\bbln|\btonnes|"
    r"\btons|\bbarrels|\btimes|\btwice|\bonce|\bthrice|\bunits|\bpeople|\bbpd|\bcents"
    # "a million visitors a year", "four flights a week": an amount, up to two words, then a
    # plural noun
    r"|(?:\d[\d.,]*|\bmillion|\bbillion|\bthousand|\bhundred|\bdozens?|\b"
    + _alt(k for k, v in NUMBERS.items() if v >= 2 and k.isalpha())
    + r")\s+(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|"
    # a plural without "s" ("five trout a day", "200 head of cattle a week")
    + _alt(_DATA["plurals_without_s"])
    + r")(?:\s+of\s+[a-z-]+)?)"  # "a million barrels of oil"
    r"[\s,)]*$",
    re.I,
)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should)\s+$", re.I)
# a subject and a modal after a clause-opening "One day" ("One day you will", "one day we'll")
_MODAL_AFTER = re.compile(
    r",?\s+(?!(?:of|later|earlier|after|before|ago|long)\b)(?:"
    r"(?:[A-Za-z]+\s+){1,3}?(?:will|would|could|might|may|can|shall|should)\b|[A-Za-z]+'ll\b)"
)
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,\"'\n(]\s*)$")
_FREQUENCY_BEFORE = re.compile(r"\b(?:times|twice|once|thrice)[\s,)]*$", re.I)
_PERCENT_BEFORE = re.compile(r"(?:%|\bpct|\bpercent|\bper\s+cent)[\s,)]*$", re.I)


_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")  # a capitalised word right before


# a year said to be the period after it ("1986 was another year when ...", "to make 2004
# another year to remember")
_YEAR_NAMED_AS_BEFORE = re.compile(
    r"\b(?:(?:make|makes|made|making)\s+(?P<y>" + YEAR + r")|(?P<y2>" + YEAR + r")\s+(?:was|is|"
    r"will\s+be|would\s+be|has\s+been|had\s+been|became|becomes|proved|proves))\s+$"
)


# a number that is a date, not an amount, before "a week" that counts from an event ("began
# in 1933, a week after the inauguration", "on May 3 a week after"): the length is no rate
_ANCHORED_AFTER = re.compile(r"\s+(?:after|before|later|earlier)\b")
_DATE_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|until|till|by|from|during|to|and)\s+"
    + YEAR
    + r"|\b(?:"
    + MONTH
    + r")\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+"
    + YEAR
    + r")?|\b\d{1,2}\s+(?:"
    + MONTH
    + r")(?:\s+"
    + YEAR
    + r")?)[\s,)]*$"
)


_COMMA_BEFORE = re.compile(r",\s*$")


# what may follow a length "a second" ends (no noun a second ordinal would count)
_LENGTH_ENDS_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:and|or|but|to|in|of|before|after|when|as|at|on|from)\b)", re.I
)


# "a day of mourning", "a national day of prayer": a day set apart for something, no length
_DESIGNATED_DAY_OF = re.compile(
    r"\s+of\s+(?:national\s+)?" + _alt(_DATA["designated_day_nouns"]) + r"\b"
)
# a weekday declared such a day or a holiday ("declared Tuesday a day of mourning", "made
# Friday a public holiday"): the day named is the one set apart, ahead of the declaring
_DESIGNATED_DAY_AFTER = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:(?:national|public|official|bank)\s+)?(?:holiday\b|day"
    + _DESIGNATED_DAY_OF.pattern
    + ")"
)


def _h_duration(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    num_txt = m["num"] or ""
    unit_word = m["unit"].lower()
    is_rate = num_txt.lower() in ("a", "an") and not m["mod"] and not m["det"]
    if (
        is_rate
        and _ANCHORED_AFTER.match(ctx.text, e)
        and (
            _DATE_NUMBER_BEFORE.search(ctx.text, max(0, s - 30), s)
            or _COMMA_BEFORE.search(ctx.text, max(0, s - 3), s)
        )
    ):
        # not "in 1986, a year in which": an apposition, no length; nor "tested positive
        # for COVID-19, a day after winning": a length set off by a comma counts from an event
        is_rate = False
    if is_rate and (
        _RATE_BEFORE.search(ctx.text[max(0, s - 30) : s])
        or _PERCENT_BEFORE.search(ctx.text[max(0, s - 20) : s])
    ):
        if not (
            _FREQUENCY_BEFORE.search(ctx.text[max(0, s - 20) : s])
            or _PERCENT_BEFORE.search(ctx.text[max(0, s - 20) : s])
        ):
            return None  # "$30 million a year", "700 seats a week": a rate, no expression
        # "twice a year", and a growth rate per period ("raises of 4% a year"), are sets
        return "SET", _duration(1, unit_word), None
    if (
        unit_word == "second"
        and num_txt.lower() in ("a", "an", "one")
        and not (m["mod"] and _LENGTH_ENDS_AFTER.match(ctx.text, e))
    ):
        return None  # "a second term"; but "lasted less than a second, ..." is a length
    if _squash(ctx.text[s:e].lower()) == "one day" and (
        _MODAL_BEFORE.search(ctx.text, max(0, s - 8), s)
        or (_CLAUSE_OPENING.search(ctx.text, max(0, s - 3), s) and _MODAL_AFTER.match(ctx.text, e))
    ):
        # "Islam will one day be", "One day you will tell your children": some day ahead
        return "DATE", "FUTURE_REF", None
    if _group(m, "age"):
        return None  # ages ("52 years old") are not durations
    if (
        num_txt[:1].isupper()
        and m["unit"][:1].isupper()
        and _TITLE_WORD_BEFORE.search(ctx.text, max(0, s - 16), s)
    ):
        return None  # a title: "the Bond film Die Another Day"
    if re.search(r"(?:19|20)\d\d[/-]$", ctx.text[max(0, s - 5) : s]):
        return None  # "the 1987/88 year": the second half of a split year, no length
    if _PAY_AFTER.match(ctx.text, e):
        return None  # "a bonus equal to six months of base pay": an amount of pay
    if _DESIGNATED_DAY_OF.match(ctx.text, e) and unit_word == "day":
        return None  # "declared Tuesday a day of mourning": a day set apart, no length
    if unit_word == "quarter" and m["det"] and re.fullmatch(YEAR, num_txt):
        return _year_quarter(int(num_txt), ctx, s, e)  # "the 1988 quarter"
    if unit_word == "year" and re.fullmatch(YEAR, num_txt):
        return "DATE", num_txt, None  # "net for the 1986 year", "the 1987 full year": that year
    if (
        unit_word == "year"
        and num_txt.lower() == "another"
        and (named := _YEAR_NAMED_AS_BEFORE.search(ctx.text, max(0, s - 40), s)) is not None
    ):
        # "1986 was another year when", "made 2004 another year to remember": that year
        return "DATE", named["y"] or named["y2"], None
    if UNITS[unit_word] == "Q" and (
        num_txt.lower() in ("a", "an", "one") or unit_word == "quarter"
    ):
        return None  # fractions ("a quarter of the vote"); "the past two quarters" is P2Q
    n = _num(num_txt) if num_txt else None
    if n is None and num_txt.lower() not in VAGUE_NUMBERS and num_txt:
        return None
    low = _num(m["lo"]) if m["lo"] else None
    if low is not None and n is not None and 0 < low < n:
        n = low  # "two to three weeks": P2W
    if unit_word == "quarters" and num_txt.lower() in ("some", "many"):
        return None  # "criticised in some quarters": by some people
    if unit_word == "quarters" and _SHARE_OF.match(ctx.text, e):
        return None  # "three quarters of all consoles sold": a share, not a length
    mod = DURATION_MODS.get(_squash(m["mod"].lower())) if m["mod"] else None
    if unit_word in ("night", "nights") and (n is None or _OUT_AFTER.match(ctx.text, e)):
        return None  # "on a night out": an outing, no length
    value = _duration(n, unit_word, bool(m["half"] or m["half2"]))  # "a minute and a half"
    if n is not None and n % 1000 == 0 and "thousand" in num_txt.lower() and value[-1] == "Y":
        value = f"P{n // 1000}L"  # "two thousand years": millennia, as TimeBank writes them
    per = _PER_UNIT.match(ctx.text, e) if n is not None and not m["mod"] else None
    if per is not None and _unit_rank(per[1]) > _unit_rank(unit_word):
        # "six nights a week", "12 hours a day": how often, a set of the larger unit
        return "SET", _duration(1, per[1]), None, _Span(s, per.end())
    ahead = _IN_TIME_AFTER.match(ctx.text, e) if not m["mod"] else None
    if ahead is not None and _IN_BEFORE.search(ctx.text, max(0, s - 4), s):
        # "in two years' time", "in a week's time": the date that far after the DCT
        return "DATE", _date_ahead(ctx, n, UNITS[unit_word]), None, _Span(s, ahead.end())
    if m["mod"] and m["mod"].lower() == "over" and not _OVER_AS_MORE.search(ctx.text, 0, s):
        # "spread over three years": a preposition, left out of the span (TimeBank)
        start = s + 4 + len(ctx.text[s + 4 : e]) - len(ctx.text[s + 4 : e].lstrip())
        return "DURATION", value, None, _Span(start, e)
    return "DURATION", value, mod


_IN_TIME_AFTER = re.compile(r"'s?\s+time\b", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)


def _date_ahead(ctx: _Ctx, n: float | None, unit: str) -> str:
    """The value of the period ``n`` units after the DCT, as wide as the unit ("in two
    years' time": the year; "in ten days' time": the day); ``FUTURE_REF`` for a vague count
    ("in a few weeks' time") or with no DCT."""
    if n is None or ctx.dct is None or n != int(n) or unit not in _FORMATS:
        return "FUTURE_REF"
    return _fmt(_shift(ctx.dct, n, unit), unit)


_SHARE_OF = re.compile(
    r"\s+of\s+(?!(?:the|this|last|its)\s+(?:fiscal\s+|financial\s+)?year\b)"
    r"(?:all|the|its|their|his|her|our|those|these|them|it)\b",
    re.I,
)
_OUT_AFTER = re.compile(r"\s+out\b(?!\s+of\b)", re.I)
# "a week" of "six nights a week": the unit a count of smaller units is repeated in
_PER_UNIT = re.compile(
    r"\s+(?:a|an|per)\s+(minute|hour|day|night|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|later|back|previously)\b)",
    re.I,
)
_CLOCK_RANK = {"S": 0, "M": 1, "H": 2}
_CALENDAR_RANK = {"D": 3, "WE": 4, "W": 5, "2W": 6, "M": 7, "Q": 8, "Y": 9, "DE": 10, "CE": 11}


def _unit_rank(word: str) -> int:
    """Where a unit word stands from the shortest ("minute" before "month")."""
    w = word.lower()
    return _CLOCK_RANK[UNITS[w]] if w in TIME_UNITS else _CALENDAR_RANK[UNITS[w]]


# "over" means "more than" after these words ("lasted over a week", "for over two years")
_OVER_AS_MORE = re.compile(
    r"\b(?:for|in|of|just|well|last|lasts|lasted|lasting|took|take|takes|after|within|by|to"
    r"|from|at|than|about|since|is|was|were|are|be|been)\s+$",
    re.I,
)


_HOUR_FRACTIONS = {"half": "PT30M", "quarter": "PT15M", "three quarters": "PT45M"}


def _h_fraction_of_hour(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "half-an-hour", "a quarter of an hour", "three-quarters of an hour" (in minutes)."""
    return "DURATION", _HOUR_FRACTIONS[_squash(m["frac"].lower().replace("-", " "))], None


def _h_bare_duration(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    return "DURATION", _duration(None, m["unit"]), None


def _h_contrasted_length(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """A vague length set against another ("not weeks but years", "of weeks rather than
    months"): both are lengths; a plural unit after "of" or "not" alone is not."""
    before = ctx.text[max(0, s - 30) : s]
    if before.endswith(("but ", "than ")):
        if _CONTRAST_BEFORE.search(before) is None:
            return None
    elif _CONTRAST_AFTER.match(ctx.text, e) is None:
        return None
    return "DURATION", _duration(None, m["unit"]), None


def _h_adj_duration(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    unit_word = m["unit"].lower()
    if m.group().lower().endswith(("old", "olds")):
        return None  # ages: "a 10-year-old boy"
    if m["num"].lower() in ("a", "an"):
        return None  # "30-frame-a-second", "half-an-hour": part of a longer compound
    if m["num"].lower() == "half":
        return "DURATION", _duration(0.5, unit_word), None
    n = _num(m["num"])
    if n is None:
        return None
    return "DURATION", _duration(n, unit_word), None


def _h_long(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "week-long" is P1W; "months-long", "decades-long" are vague (PXM, PXY)."""
    return "DURATION", _duration(None if m["pl"] else 1, m["unit"]), None


def _h_vague_adjective(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "a several-year tenure", "a multi-year deal": a vague length (PXY)."""
    return "DURATION", _duration(None, m["unit"]), None


def _h_indefinite(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "for a while", "for some time" (PXX); "over the years" (PXY)."""
    if m["unit"]:
        return "DURATION", _duration(None, m["unit"]), None
    return "DURATION", INDEFINITE_LENGTHS[_squash(m["len"].lower())], None


def _h_day_around(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the day after the attack", "the day before", "the night before": a day (or that part
    of it) from the date last mentioned
    (the day itself when "the day before ..." stands in apposition to it: "Oct. 12, the day
    before the crash"). With an object the span is "the day", without one the whole phrase.
    Only a day named before anchors it: a month or a year does not say which day."""
    base = ctx.anchor
    if base is None or not ctx.anchor_is_day:
        return None
    if m["pod"]:
        # "attacked on Thursday after a first raid the night before": that part of the day
        # before (after) the day in view
        day = base + dt.timedelta(days=1 if m["sig2"].lower() == "after" else -1)
        ctx.anchor = day
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", None
    whole = _CLAUSE_END.match(ctx.text, e) is not None
    apposition = (
        not whole
        and ctx.anchor is not None
        and ctx.anchor_is_day
        and _APPOSITION.fullmatch(ctx.text, ctx.anchor_pos, s) is not None
    )
    step = 0 if apposition else (1 if m["sig"].lower() == "after" else -1)
    day = base + dt.timedelta(days=step)
    ctx.anchor = day
    end = e if whole else m.end("day")
    return "DATE", day.isoformat(), None, _Span(s, end)


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"']|--|$)")


def _h_then(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "until then", "by then": the date named last, when it was named in the 300 characters
    before (TimeML tags "then"). "since then" is left untagged, as TimeBank, AQUAINT and the
    dev files leave it: it counts from an act told of ("he has been held since then"), where
    "until then" names the date an act is set for."""
    last = ctx.last_date
    if last is None or s - last[1] > 300:
        return None
    return "DATE", last[0], None, _Span(m.start("then"), e)


def _h_set(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    word = m["every"]
    if word:
        target = m["target"]
        low = target.lower()
        if m["n"] and m["n"].lower() == "few":  # "every few years": a vague count
            return ("SET", _duration(None, low), None) if low in UNITS else None
        n = _num(m["n"]) if m["n"] else 1
        if n is None:
            return None
        if target in WEEKDAYS:
            pod = "T" + PARTS_OF_DAY[m["wpod"].lower()] if m["wpod"] else ""
            return "SET", f"XXXX-WXX-{WEEKDAYS[target] + 1}{pod}", None
        if target in MONTHS:
            return "SET", f"XXXX-{MONTHS[target]:02d}", None
        if low in PARTS_OF_DAY:
            # "every evening": that part of every day, written on a day as TimeML writes it
            return "SET", "XXXX-XX-XXT" + PARTS_OF_DAY[low], None
        if low in SEASONS:
            return "SET", "XXXX-" + SEASONS[low], None
        other = 2 if m["other"] else 1
        return "SET", _duration(n * other, low), None
    if m["freq"]:
        return "SET", _duration(1, m["funit"]), None
    word = m["setw"]
    if word[:1].isupper() and ctx.text[max(0, s - 2) : s].strip() not in ("", ".", '"'):
        return None  # "the Daily Telegraph"
    key = _squash(word.lower())
    if " " not in key and _NAME_AFTER.match(ctx.text, e):
        return None  # a newspaper: "the Communist Party daily Granma"
    if key.endswith("ly") and _RATE_BEFORE.search(ctx.text[max(0, s - 20) : s]):
        return None  # "rise 20% annually", "10,000 units annually": a rate, as with "a year"
    if key.startswith("per ") and _DISTANCE_BEFORE.search(ctx.text, max(0, s - 20), s):
        return None  # "winds of 250 km per hour": a speed
    nxt = _NEXT_WORD.match(ctx.text, e)
    if (
        " " not in key
        and nxt is not None
        and nxt[1].lower() not in FUNCTION_WORDS
        and nxt[1].lower() != "basis"  # "on a daily basis" is a frequency
        # an adverb before a preposition: "open daily except Mondays", "run daily between"
        # the islands (not before an amount: "to sell annually between 500,000 and")
        and (
            nxt[1].lower() not in _FREQUENCY_ADVERB_BEFORE
            or _AMOUNT_AFTER_WORD.match(ctx.text, e) is not None
        )
    ):
        return None  # an adjective, not a frequency: "quarterly dividend", "daily volume"
    return "SET", SETS[key], None


_FREQUENCY_ADVERB_BEFORE = frozenset(_DATA["frequency_adverb_before"])
_DISTANCE_BEFORE = re.compile(r"\b(?:" + _alt(_DATA["distance_units"]) + r")\s+$", re.I)
_AMOUNT_AFTER_WORD = re.compile(
    r"\s+[a-z]+\s+(?:[$\d]|(?:about|around|some|roughly|nearly|up\s+to)\b)", re.I
)
_NAME_AFTER = re.compile(r" [A-Z][A-Za-z]")  # "the party daily Granma", "Spanish daily ABC"
_COUNTED_AFTER = re.compile(r"\s+(?:\d+|" + NUMWORD + r"|" + VAGUE + r")\s+[a-z]", re.I)
# "current" is PRESENT_REF as an adjective before a noun phrase ("the current crisis")
_CURRENT_NOUN = re.compile(r"\s+(?!(?:account|accounts|affairs|events)\b)[a-z]")
_OF_AFTER = re.compile(r"\s+of\b", re.I)
# what makes "at the time" a relation to an event named after it ("at the time of", "when")
_TIME_CLAUSE_AFTER = re.compile(r"\s+(?:of|when|where|in\s+which)\b", re.I)
_AT_BEFORE = re.compile(r"(?<![\w-])[Aa]t\s$")
# a word after "at the time" that goes on the sentence, no clause ("was welcomed at the time
# by Beijing", "which at the time was negotiating")
_ADVERBIAL_AFTER = re.compile(r"\s+" + _alt(_DATA["at_the_time"]["goes_on_after"]) + r"\b", re.I)
_MODAL_NEXT = re.compile(r"\s+(?:will|would|shall|could|should|might)\b", re.I)
# a verb of saying right before "at the time" ("said at the time he would stay")
_SAID_BEFORE = re.compile(r"\b" + _alt(_DATA["at_the_time"]["said_before"]) + r"\s+$", re.I)
_STOP_AFTER = re.compile(r"\s*(?:[,;:.!?)]|$)")
_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|before|thereafter)\b", re.I)


def _at_the_time_alone(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether "the time" is "at the time" on its own, back then ("who was 34 at the time",
    "said at the time he would stay"), not the time of an event named after it ("at the time
    of the vote", "at the time the offer was made", "At the time Howes was captured, ...") nor
    a time ahead or any time ("the price at the time will decide", "whatever is popular at
    the time is")."""
    if not _AT_BEFORE.search(ctx.text, max(0, s - 4), s) or _TIME_CLAUSE_AFTER.match(ctx.text, e):
        return False
    if _MODAL_NEXT.match(ctx.text, e):
        return False
    tense = ctx.tense(s, e)
    if tense == PRESENT or (tense == FUTURE and ctx.text[s - 3] != "A"):
        # "whatever is popular at the time", "the market price at the time"; an opening "At
        # the time," tells of what was, whatever the verbs after it
        return False
    if _STOP_AFTER.match(ctx.text, e) or _ADVERBIAL_AFTER.match(ctx.text, e):
        return True
    # a clause after it is what it is the time of, unless a verb of saying takes that clause
    return ctx.text[s - 3] != "A" and bool(_SAID_BEFORE.search(ctx.text, max(0, s - 16), s - 3))


def _h_ref(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    key = _squash(m["ref"].lower())
    value = REF_WORDS.get(key)
    if value is None:
        return None
    if key == "soon":
        around = ctx.text[max(0, s - 4) : e + 4].lower()
        if (
            around.startswith("as ")
            or around.endswith(" as")
            or "as soon as" in ctx.text[max(0, s - 3) : e + 3].lower()
            or _SOON_AFTER.match(ctx.text, e)
        ):
            return None  # "as soon as", "soon after being captured": a relation, no time
    if key == "recently" and ctx.text[max(0, s - 3) : e + 3].lower() == "as recently as":
        return None  # "as recently as Monday": the date after it is the expression
    if key == "now" and m["ref"][0] == "N" and ctx.text.startswith(",", e):
        return None  # "Now, he says, ...": a discourse marker opening a sentence, no time
    if key == "current" and not _CURRENT_NOUN.match(ctx.text, e):
        return None  # "current" as a noun ("the current"), or "current account/affairs"
    if key == "current" and ctx.text[max(0, s - 5) : s].lower() in ("then ", "then-"):
        return "DATE", "PAST_REF", None  # "the then current price": current back then
    if key == "the future" and (_OF_AFTER.match(ctx.text, e) or _future_as_adjective(ctx, s, e)):
        return None  # "the future of the euro": the fate of something, not a time
    if key == "the time" and not _at_the_time_alone(ctx, s, e):
        return None
    if key == "at present":
        return "DATE", value, None, _Span(s + 3, e, None)  # the preposition stays out
    if key == "the past" and _COUNTED_AFTER.match(ctx.text, e):
        return None  # "the past three summers": a count of periods, not "the past"
    if key == "the past" and (count := _COUNT_ALONE_AFTER.match(ctx.text, e)) is not None:
        return _elided_unit_count(ctx, s, count)
    return "DATE", value, None


# a number closing "the past" with its unit left out ("the fifth month in the past six")
_COUNT_ALONE_AFTER = re.compile(r"\s+(?P<n>\d+|" + NUMWORD + r")\b(?![-\w])", re.I)
_UNIT_BEFORE = re.compile(
    r"\b(?P<unit>day|week|month|quarter|year)s?\b(?!.*\b(?:day|week|month|quarter|year)s?\b)",
    re.I | re.S,
)


def _elided_unit_count(ctx: _Ctx, s: int, count: re.Match) -> Result:
    """ "for the fifth month in the past six": the length of that many of the unit named
    before it in the sentence (P6M); no expression when the sentence names no unit."""
    unit = _UNIT_BEFORE.search(ctx.text, max(ctx.sentence(s)[0], s - 60), s)
    n = _num(count["n"])
    if unit is None or n is None:
        return None
    return "DURATION", _duration(n, unit["unit"].lower() + "s"), None, _Span(s, count.end())


# what follows the noun after "the future" when "future" is its adjective ("the future
# ownership of", "the future direction would be", "the future developments in")
_AFTER_FUTURE_NOUN = re.compile(
    r"\s*,|\s+(?:of|for|in|and|or|would|will|could|is|was|are|were|has|had|at|with|to|on)\b"
)
_NOUN_SUFFIX = re.compile(r"[a-z]+(?:tion|tions|ment|ments|ship|ity|ities|ance|ence|ness|th)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|into|for|to|towards|about|from|of|on|at|over)\s+$", re.I)
_FUTURE_SUBJECT_VERBS = frozenset(_DATA["future_subject_verbs"])


def _future_as_adjective(ctx: _Ctx, s: int, e: int) -> bool:
    """ "the future wife of", "the future ownership of Yukos", "Forum for the Future": an
    adjective of the noun after it, or a name; not "the future looks bright", "in the
    future people will" (after a preposition only a noun with "of" after it counts)."""
    text = ctx.text
    if text[e - 6 : e] == "Future" and text[max(0, s - 2) : s].strip() not in ("", "."):
        return True
    nxt = _NEXT_WORD.match(text, e)
    if nxt is None or nxt[1] in FUNCTION_WORDS or nxt[1] in _FUTURE_SUBJECT_VERBS:
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, s - 12), s):
        return text.startswith(" of ", nxt.end())
    after = _AFTER_FUTURE_NOUN.match(text, nxt.end())
    return after is not None or _NOUN_SUFFIX.fullmatch(nxt[1]) is not None


# "last" as a verb: "the talks could last weeks", "expected to last months"
_VERB_BEFORE_LAST = re.compile(r"\b" + _alt(VERB_BEFORE_LAST) + r"\s+$", re.I)


def _h_recent(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    low = m.group().lower()
    if low.startswith("last") and _VERB_BEFORE_LAST.search(ctx.text, max(0, s - 12), s):
        # "could last days or weeks": the verb is left out, the length is vague
        return "DURATION", _duration(None, m["unit"]), None, _Span(m.start("unit"), e)
    if m["unit"].lower() == "years" and low.startswith(("recent", "past")):
        return "DATE", "PAST_REF", None  # "in recent years": a vague past, not a length
    return "DURATION", _duration(None, m["unit"]), None


_POSSESSIVE_OPENS = re.compile(r"(?:its|their)\s+", re.I)
_DAY_LATER_IN_SENTENCE = re.compile(
    r"\b(?:(?P<wd>" + WEEKDAY_FULL + r")|(?P<rd>today|yesterday))\b(?!'s)", re.I
)


def _spanned(span: _Span | None) -> tuple[_Span, ...]:
    """The narrower span a handler returns, if any (nothing to add otherwise)."""
    return () if span is None else (span,)


def _h_nth_day(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the eighth straight day", "its third day": the day the sentence speaks of (a day
    named before it in the sentence, else one after it, else the DCT), as in TimeBank."""
    if ctx.dct is None:
        return None
    s0, s1 = ctx.sentence(s)
    # "its third day" is tagged without its possessive, as TimeML writes determiners apart
    own = _POSSESSIVE_OPENS.match(ctx.text, s)
    span = _Span(own.end(), e) if own else None
    later = _DAY_LATER_IN_SENTENCE.search(ctx.text, e, s1)
    if later is not None and later["rd"] and later.start() - e <= 2:
        # "entered its fourth day today": the day named right after it, before one named
        # earlier in the sentence
        day = ctx.dct - dt.timedelta(days=1 if later["rd"].lower() == "yesterday" else 0)
        return "DATE", day.isoformat(), None, *_spanned(span)
    if ctx.anchor is not None and ctx.anchor_is_day and ctx.anchor_pos >= s0:
        return "DATE", ctx.anchor.isoformat(), None, *_spanned(span)
    day = ctx.dct
    if later is not None and later["wd"]:
        day = _weekday_date(ctx, WEEKDAYS[later["wd"]], None, later.start(), later.end())
    elif later is not None and later["rd"].lower() == "yesterday":
        day = ctx.dct - dt.timedelta(days=1)
    return "DATE", day.isoformat(), None, *_spanned(span)


# a sentence of what happens as a rule: every month, usually
_HABITUAL = re.compile(
    r"\b(?:(?:each|every)\s+month|monthly|usually|normally|regularly|customarily)\b", re.I
)
_VERB_AFTER_ORDINAL = re.compile(r"\s+(?-i:[a-z]{3,}(?<![es]s)(?:ed|es))\b")


def _h_ordinal_day(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "on the 10th", "from the 18th to the 22nd": a day of the month the text is in, as
    agencies write it ("Cosmos-1667 was launched on the 10th"): the month of a day named
    before it in its sentence, else the DCT's; a day after the DCT's is last month's unless
    told ahead, and one before it next month's when told ahead."""
    if ctx.dct is None:
        return None
    if ctx.text[max(0, s - 3) : s].lower() == "of " and _VERB_AFTER_ORDINAL.match(ctx.text, e):
        return None  # "the troops of the 24th reached the town": a unit, not a day
    mday = int(m["oday"])
    s0, s1 = ctx.sentence(s)
    if _HABITUAL.search(ctx.text, s0, s1):
        # "pensions are paid on the 20th and 25th of each month", "salaries are usually paid
        # on the 20th": a day of any month, no day of the calendar
        return None
    named = [d for p, d in ctx.days_named if s0 <= p < s]
    if named:
        day = _safe_date(named[-1].year, named[-1].month, mday)
        return ("DATE", day.isoformat(), None) if day else None
    ahead = ctx.tense(s, e) == FUTURE
    base = ctx.dct
    if mday > base.day and not ahead:
        base = _add_months(base.replace(day=1), -1)
    elif mday < base.day and ahead:
        base = _add_months(base.replace(day=1), 1)
    day = _safe_date(base.year, base.month, mday)
    return ("DATE", day.isoformat(), None) if day else None


def _quarter_value(first: dt.date) -> str:
    return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"


# the day or month a quarter or half closes on, named after it ("the quarter ended Sept. 30",
# "the fourth quarter ending in May", "the first fiscal quarter ended Dec. 31, 1986", "the
# fourth quarter, which ends in September")
_PERIOD_ENDS_ON = re.compile(
    r",?\s+(?:that\s+|(?P<which>which\s+))?(?P<verb>ended|ending|ends)\s+(?:on\s+|(?P<in>in\s+))?(?P<mon>"
    + MONTH
    + r")(?:\s+(?P<day>[12]\d|3[01]|0?[1-9])\b)?(?:,?\s+(?P<year>"
    + YEAR
    + r")\b)?"
)


def _closing_day(ctx: _Ctx, m: re.Match) -> dt.date | None:
    """The day a match of ``_PERIOD_ENDS_ON`` names (the 15th of a month named alone); with no
    year, the one nearest the DCT (for "ended" not more than a month after it: "will report
    on the quarter ended March 31" in mid-March); None with no year and no DCT."""
    month, day = _month_num(m["mon"]), int(m["day"] or 15)
    if m["year"]:
        return _safe_date(int(m["year"]), month, day)
    if ctx.dct is None:
        return None
    days = [d for y in (-1, 0, 1) if (d := _safe_date(ctx.dct.year + y, month, day))]
    if m["verb"].lower() == "ended":
        days = [d for d in days if d <= ctx.dct + dt.timedelta(days=31)]
    return min(days, key=lambda d: abs((d - ctx.dct).days), default=None)


def _quarter_ending_on(ctx: _Ctx, e: int) -> dt.date | None:
    """The first day of the calendar quarter that holds most of a quarter closing on the day
    named after it ("the quarter ended Sept. 30": July; a fiscal "quarter ended Jan. 31"
    runs November to January, so October), whatever quarter was named before; None with
    no such day (a month alone, "ending in May", is not enough)."""
    m = _PERIOD_ENDS_ON.match(ctx.text, e)
    if m is None or m["day"] is None or m["in"] is not None or m["which"] is not None:
        return None  # (", which ended July 27" describes the quarter named before)
    end = _closing_day(ctx, m)
    if end is None:
        return None
    # a quarter closing early in a month ("ended May 2") ran to the end of the month before
    middle = _add_months(end.replace(day=1), -2 if end.day <= 15 else -1)
    return dt.date(middle.year, (middle.month - 1) // 3 * 3 + 1, 1)


def _quarter_named_last(ctx: _Ctx, s: int) -> dt.date | None:
    """The quarter "that quarter" points back to when the last one named was a year-ago
    quarter ("a loss in the year-ago quarter; results for that quarter included a charge"),
    else None (the quarter reported on then stands)."""
    back, last = ctx.back_quarter, ctx.last_quarter
    if back is None or s - back[1] > 300 or (last is not None and last[1] > back[1]):
        return None
    return back[0]


def _reported_quarter(ctx: _Ctx, s: int, e: int) -> dt.date | None:
    """The quarter a bare "the quarter" / "the latest period" means: the last one named, else
    the last one completed before the DCT (news report a quarter after it closes)."""
    if ctx.last_quarter is not None:
        return ctx.last_quarter[0]
    closing = _three_months_to(ctx, s)
    if closing is not None:
        return closing
    if ctx.dct is None:
        return None
    step = 0 if ctx.tense(s, e) == FUTURE else -1
    d = _shift(ctx.dct, step, "Q")
    return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


# "in the three months to June", "the quarter to March": a quarter named by its
# closing month, as British and Australian reports write it
_THREE_MONTHS_TO = re.compile(
    r"\b(?:(?:three|3)\s+months|quarter)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?$")


def _three_months_to(ctx: _Ctx, s: int) -> dt.date | None:
    """The first day of the quarter "the three months to June" closes (the last date named,
    within 250 characters before ``s``), else None."""
    last = ctx.last_date
    if last is None or not 0 <= s - last[1] < 250:
        return None
    month = _MONTH_VALUE.match(last[0])
    if month is None or not _THREE_MONTHS_TO.search(ctx.text, max(0, last[1] - 40), last[1]):
        return None
    # the calendar quarter holding most of the three months: that of the middle one
    mid = _add_months(dt.date(int(month[1]), int(month[2]), 1), -1)
    return dt.date(mid.year, (mid.month - 1) // 3 * 3 + 1, 1)


def _year_back_quarter(ctx: _Ctx, s: int, e: int) -> dt.date | None:
    """The quarter "the same quarter a year ago", "the year-ago period" count a year back
    from: a forecast quarter named earlier in its sentence and after any quarter reported on
    ("would earn 7 cents in the first quarter against 3 cents in the same quarter a year
    ago"), else the quarter under report."""
    forecast = ctx.forecast_quarter
    reported = ctx.last_quarter
    s0 = ctx.sentence(s)[0]
    if (
        forecast is not None
        and forecast[1] >= s0
        and (reported is None or reported[1] < forecast[1])
    ):
        return forecast[0]
    if (
        forecast is not None
        and reported is None
        and s0 >= 2
        and forecast[1] >= ctx.sentence(s0 - 2)[0]
    ):
        # "would post a loss for its fiscal third quarter, which ends March 27. The company
        # earned $41.2 million in the year-ago quarter": with no quarter reported on, the
        # forecast quarter of the sentence before
        return forecast[0]
    return _reported_quarter(ctx, s, e)


def _h_period(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """Reporting periods: "the latest period", "the year-ago period", "the year-earlier
    quarter", "the corresponding period last year", "that quarter"."""
    low = _squash(m.group().lower())
    if low.endswith("week"):
        return _year_ago_week(ctx)
    # "the same period last year" looks a year back like "the year-ago period" (with no
    # period in view, to the year before the DCT's)
    last_year = ctx.dct.year - 1 if low.endswith("last year") and ctx.dct is not None else None
    year_back = _YEAR_BACK_PERIOD.search(low) is not None or last_year is not None
    if year_back and ctx.dct is not None and _months_counted_before(ctx, s):
        # "for the nine months, net fell from year-earlier net income of ...": the months
        # counted a year back, written as that year (as "a year earlier" there is)
        base = _counted_months_year(ctx, s) or (
            ctx.last_quarter[0].year if ctx.last_quarter is not None else ctx.dct.year
        )
        return "DATE", f"{last_year or base - 1:04d}", None
    named = ctx.last_date
    if year_back and ctx.last_quarter is None and named is not None and s - named[1] < 250:
        period = _PERIOD_VALUE.match(named[0])
        span = _MONTH_SPAN_BEFORE.search(ctx.text, max(0, named[1] - 16), named[1])
        if period is not None and period[2].startswith("-Q"):
            # "exports in the January-March period rose from the same period last year"
            return "DATE", f"{int(period[1]) - 1:04d}{period[2]}", None
        if period is not None and span is not None:
            # "exports in the January-July period rose from the same period last year": the
            # months spanned a year back, a quarter or half ("January-June") or else the year
            return "DATE", _months_span_back(span, period), None
    # a year back from the month or year in view, unless a quarter was spanned ("in the first
    # three months", "from January to March"), whatever is named last
    back_from_view = (
        year_back
        and not _QUARTER_SPAN.search(ctx.text, max(0, s - 300), s)
        and (ctx.last_quarter is not None or _three_months_to(ctx, s) is None)
    )
    if back_from_view and ctx.last_quarter is None and ctx.last_date is not None:
        period = _PERIOD_VALUE.match(ctx.last_date[0])
        if period is not None and s - ctx.last_date[1] < 250:
            # "sales in February fell from the year-ago period": that month a year before
            return "DATE", f"{int(period[1]) - 1:04d}{period[2]}", None
    if (
        back_from_view
        and "quarter" not in low
        and ctx.last_quarter is None
        and ctx.dct is not None
        and not _QUARTER_WORD.search(ctx.text, max(0, s - 400), e + 40)
    ):
        # "demand in the four weeks to April 3 rose from the same period a year ago", "the
        # year ago period" after a fiscal year: no quarter in view, so the year before the
        # year named last ("a 1986 loss against year-ago profit"), else the DCT's
        last = ctx.last_date
        year = ctx.dct.year
        if last is not None and s - last[1] < 300 and _YEAR_ONLY_VALUE.fullmatch(last[0]):
            year = int(last[0])
        return "DATE", f"{last_year or year - 1:04d}", None
    of_year = _OF_YEAR_AFTER.match(ctx.text, e)
    if of_year is not None and not year_back:
        if _months_counted_before(ctx, s):
            # "sales in the first 11 months ran ahead of the same period in 1997": those
            # months of that year, no quarter of it
            return "DATE", of_year["y"], None, _Span(s, of_year.end(), None)
        half_or_month = _half_or_month_in_view(ctx, s)
        if half_or_month is not None:
            # "prices rose in the first half of 1998 against the same period of 1997"
            return "DATE", of_year["y"] + half_or_month, None, _Span(s, of_year.end(), None)
        res = _year_quarter(int(of_year["y"]), ctx, s, e)  # "the same period of 2003"
        return None if res is None else (*res[:3], _Span(s, of_year.end(), None))
    first = _year_back_quarter(ctx, s, e) if year_back else _reported_quarter(ctx, s, e)
    if first is None:
        return None
    if year_back:
        first = dt.date(first.year - 1, first.month, 1)
    elif "period" in low and not _PERIOD_CONTEXT.search(ctx.text, max(0, s - 400), s):
        return None
    return "DATE", _quarter_value(first), None


# the first month of a span of months before the month it ends with ("January-July",
# "January to July")
_MONTH_SPAN_BEFORE = re.compile(r"\b(?P<m>" + _alt(MONTHS) + r")\s*(?:-|to|through|thru)\s*$")


_SPANNED_PERIODS = {(1, 6): "-H1", (7, 12): "-H2"} | {
    (3 * q - 2, 3 * q): f"-Q{q}" for q in range(1, 5)
}


def _months_span_back(span: re.Match, last: re.Match) -> str:
    """The value a year back of a span of months from ``span``'s month to the month value
    ``last`` ("1998-07"): the quarter or half it fills ("January-June" 1997-H1), else the
    year."""
    year, first, end = int(last[1]) - 1, MONTHS[span["m"]], int(last[2][1:])
    return f"{year:04d}{_SPANNED_PERIODS.get((first, end), '')}"


def _half_or_month_in_view(ctx: _Ctx, s: int) -> str | None:
    """The half or month part ("-H1", "-07") of the date named last in the sentence of
    ``s``, when it is one: the period "the same period of 1997" compares with."""
    last = ctx.last_date
    if last is None or last[1] < ctx.sentence(s)[0] or ctx.last_quarter is not None:
        return None
    period = _PERIOD_VALUE.match(last[0])
    if period is None or period[2].startswith("-Q"):
        return None
    return period[2]


def _reported_week(ctx: _Ctx) -> dt.date | None:
    """The first day of the week a report is on: the last week named ("last week", "the week
    ended March 13"), unless a day was named after it (a day a total runs from, "sales since
    October 1", does not count)."""
    week = ctx.last_week
    if week is None:
        return None
    pos = ctx.anchor_pos
    if (
        not ctx.anchor_is_day
        or week[1] >= pos
        or _SINCE_BEFORE.search(ctx.text, max(0, pos - 12), pos)
    ):
        return week[0]
    return None


def _year_ago_week(ctx: _Ctx) -> Result:
    """ "the year-ago week": the week a year before the week reported on (the last week
    named, else the week of the last day named, else the DCT's)."""
    week = _reported_week(ctx) or (ctx.anchor if ctx.anchor_is_day else None) or ctx.dct
    if week is None:
        return "DATE", "PAST_REF", None
    return "DATE", _fmt(week - dt.timedelta(weeks=52), "W"), None


# the three months of a calendar quarter ("January to March", "October-December")
_QUARTER_MONTHS = (
    ("January", "March"),
    ("April", "June"),
    ("July", "September"),
    ("October", "December"),
)
_SPAN_TO = r"\s*(?:-|to|through|thru|until)\s*"
_QUARTER_SPAN = re.compile(
    r"\b(?:first|opening)\s+(?:three|3)\s+months\b|\b(?:"
    + "|".join(f"{a}{_SPAN_TO}{b}" for a, b in _QUARTER_MONTHS)
    + r")\b",
    re.I,
)
# a count of months other than a quarter or a half ("the first 11 months", "the seven months")
_MONTHS_COUNTED = re.compile(
    r"\b(?:first|last|past|latest|the)\s+(?:(?:[2457-9]|1[01])|two|four|five|seven|eight|nine|ten|"
    r"eleven)\s+months\b",
    re.I,
)


def _counted_months_year(ctx: _Ctx, s: int) -> int | None:
    """The year a count of months before ``s`` in its sentence names ("the first eight months
    of 1986", "the first five months of 1986/87": 1986), else None."""
    lo = max(0, s - 300, ctx.sentence(s)[0])
    counts = list(_MONTHS_COUNTED.finditer(ctx.text, lo, s))
    named = _OF_YEAR_AFTER.match(ctx.text, counts[-1].end()) if counts else None
    return int(named["y"]) if named is not None else None


def _months_counted_before(ctx: _Ctx, s: int) -> bool:
    """Whether a count of months ("the first nine months") is named before ``s`` in its
    sentence, within 300 characters, with no quarter named after it: "Sales in the first
    nine months rose. Third-quarter profit rose from the same period of 1995" is a quarter."""
    lo = max(0, s - 300, ctx.sentence(s)[0])
    counts = list(_MONTHS_COUNTED.finditer(ctx.text, lo, s))
    return bool(counts) and not _QUARTER_WORD.search(ctx.text, counts[-1].end(), s)


_OF_YEAR_AFTER = re.compile(r"\s+(?:of|in)\s+(?P<y>" + YEAR + r")\b")
_PERIOD_CONTEXT = re.compile(r"\b(?:quarter|quarterly|period)\b", re.I)
_QUARTER_WORD = re.compile(r"\b(?:quarters?|quarterly|qtrs?)\b", re.I)
# a period compared with a year back ("the same period a year ago", "the year-ago quarter")
# is no date in view for "the same month last year" and other anaphora that follow
_YEAR_BACK_PERIOD = re.compile(r"year[-\s](?:ago|earlier)", re.I)


def _h_year_period(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the 1988 period", "the 1988 quarter": the quarter under report in that year (else
    the year); "the full year", "the whole year", "the full fiscal year": the year of the
    quarter under report (else the DCT's)."""
    year = int(m["py"]) if m["py"] else None
    unit = (m["pu"] or "").lower()
    if year is None:
        if ctx.last_quarter is not None and s - ctx.last_quarter[1] < 1500:
            return "DATE", str(ctx.last_quarter[0].year), None
        return ("DATE", str(ctx.dct.year), None) if ctx.dct is not None else None
    if unit == "period" and _months_counted_before(ctx, s):
        return "DATE", str(year), None  # "in the first nine months ... in the 1988 period"
    if unit == "quarter" or _PERIOD_CONTEXT.search(ctx.text, max(0, s - 400), s):
        return _year_quarter(year, ctx, s, e)
    return "DATE", str(year), None


def _year_quarter(year: int, ctx: _Ctx, s: int, e: int) -> Result:
    """The quarter under report, in ``year`` (the year itself when no quarter is in view)."""
    first = _reported_quarter(ctx, s, e)
    if first is None:
        return "DATE", str(year), None
    return "DATE", _quarter_value(dt.date(year, first.month, 1)), None


_MATCH_PLAY = re.compile(
    r"\b(?:goals?|scored|scoring|match|half-time|kick-off|penalty|striker|goalkeeper|keeper|"
    r"referee|substitute|replacement|innings|tries|minutes?|whistle|header|free-kick|ball|"
    r"offside|equali[sz]\w*|played|play|win|won|lead|game|coach|chances?|shot|defence|"
    r"attack|league|cup|side)\b",
    re.I,
)
# what a company reports on a quarter: a quarter among these is of the year, not of a match
_REPORTED_FIGURE = re.compile(
    r"\b(?:profits?|sales|earnings|revenues?|turnover|income|losses|growth|results|economy|"
    r"output|demand|shares|dividend)\b",
    re.I,
)


def _part_of_match(ctx: _Ctx, kind: str, s: int, e: int) -> bool:
    """Whether a bare half or quarter is one of a game: three words of play around it
    ("scored early in the second half"); a quarter only with no company figure near ("the
    first quarter was marked by tactical kicking"; not "the club's fourth-quarter profits")."""
    if len(_MATCH_PLAY.findall(ctx.text, max(0, s - 400), e + 400)) < 3:
        return False
    return kind == "H" or not _REPORTED_FIGURE.search(ctx.text, max(0, s - 200), e + 200)


_QUARTER_ENDED = re.compile(r",?\s+(?:that\s+)?ended\s+(?=[A-Z]|\w+\s+\d)")


_HALF_OF_OTHER = re.compile(
    r"[\s-]+hours?\b|\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:fiscal\s+|financial\s+)?"
    r"year\b|fiscal\b|\d)",
    re.I,
)


def _year_in_view(ctx: _Ctx, s: int, e: int) -> int | None:
    """The year of "the year" in "the second half of the year", "the last quarter of the
    year": a year named earlier in the sentence, as "the year" itself takes it ("rose 15% in
    2004, but only 2.8% in the second half of the year": 2004), unless a future verb looks
    ahead; None for none (the caller then takes the DCT's year: reading the half as a bare
    one, by tense and forecast words, sends too many plans back a year)."""
    anchor = ctx.anchor
    if (
        anchor is None
        or anchor == ctx.dct
        or ctx.anchor_pos < ctx.sentence(s)[0]
        or ctx.tense(s, e) == FUTURE
    ):
        return None
    return _period_in_view(ctx, "Y", s, e).year


# how many quarters or halves back or on from the DCT's "the latest quarter", "the next
# half" and the like are (any other word: the DCT's own; "the year-ago quarter" is read
# from the quarter under report before these)
_PERIOD_STEP = {
    "latest": -1,
    "most recent": -1,
    "last": -1,
    "previous": -1,
    "past": -1,
    "coming": 1,
    "upcoming": 1,
    "next": 1,
}


# a verb of publishing figures right before a half or quarter ("will report fourth-quarter
# results", "is due to release its first-half figures")
_REPORTING_BEFORE = re.compile(
    r"\b(?:report|release|announce|publish|post)(?:s|ed|ing)?\s+(?:its\s+|their\s+|the\s+)?$",
    re.I,
)


def _half_far_from_over(kind: str, n: int, cur: int, tense: str, ctx: _Ctx, e: int) -> bool:
    """A past verb's half of the year that is the current one yet far from over ('sales rose in
    the first half' in March): no finished half it can report on."""
    return (
        kind == "H"
        and n == cur
        and tense == PAST
        and ctx.dct is not None
        and (ctx.dct.month - 1) % 6 < 4
        and not _QUARTER_ENDED.match(ctx.text, e)
    )


def _h_quarter(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    kind = "H" if m["q"].lower() == "half" else "Q"
    if _group(m, "qc"):
        # "the past quarter of a century": 25 years, half a century 50
        mod = DURATION_MODS.get(_squash((_group(m, "qcmod") or "").lower()))
        if _group(m, "qcago") and ctx.dct is not None:
            # "a quarter century ago": the year that many years before the DCT's
            back = 25 if kind == "Q" else 50
            return "DATE", f"{ctx.dct.year - back:04d}", _DATE_MODS_OF_DURATION.get(mod or "")
        return "DURATION", "P25Y" if kind == "Q" else "P50Y", mod  # "nearly a quarter of a century"
    ordw = _squash((m["ord"] or "").lower())
    n: int | None = ORDINALS.get(ordw) if ordw in ORDINALS and ordw not in ("last",) else None
    if m["qn"]:
        n = int(m["qn"])
    if _group(m, "qm") and not ordw:
        n = _month_num(m["qm"]) // 3  # "the December quarter": the quarter it closes
    decade = _group(m, "dec") or ("19" + _group(m, "dec2") if _group(m, "dec2") else None)
    if ordw == "final" or (
        ordw == "last" and (m["year"] or _group(m, "year0") or m["fy"] or decade or m["ry"])
    ):
        n = 4 if kind == "Q" else 2  # "the last half of 1989", "of the year": its second half
    year: int | None = None
    if decade and n in (1, 2) and kind == "H":
        return "DATE", decade[:3], "START" if n == 1 else "END"
    ago = (_group(m, "ago") or _group(m, "agosfx") or "").lower()
    if not (ordw or ago or m["qn"] or n or _group(m, "ry0") or _group(m, "year0")):
        return None  # a bare "quarter"/"half" ("a quarter of the vote")
    if not (
        m["year"] or m["ry"] or m["fy"] or _group(m, "year0") or _group(m, "ry0")
    ) and _part_of_match(ctx, kind, s, e):
        return None  # "scored early in the second half", "pulled clear in the final quarter"
    if (
        kind == "H"
        and not (m["year"] or m["fy"] or _group(m, "year0"))
        and _HALF_OF_OTHER.match(ctx.text, e)
    ):
        return None  # "the first half hour", "the first half of December / of the season"
    if m["year"] or _group(m, "year0") or _group(m, "qmy"):
        year = int(m["year"] or m["year0"] or m["qmy"])
    elif m["fy"]:
        year = int(m["fy"])
    elif (m["ry"] or _group(m, "ry0")) and ctx.dct is not None:
        # "the second half of the year" after a year named in its sentence is of that year
        in_view = _year_in_view(ctx, s, e) if (m["ry"] or "").lower() == "the" else None
        year = in_view or ctx.dct.year + _rel_step(m["ry"] or m["ry0"])
    elif ago and n is not None:
        base = ctx.last_quarter[0].year if ctx.last_quarter is not None else None
        if base is None and ctx.dct is not None:
            base = ctx.dct.year
        year = base - 1 if base is not None else None
    if n is None and kind == "Q" and (ordw in ("same", "year-ago", "year-earlier") or ago):
        first = (
            _year_back_quarter(ctx, s, e) if ordw != "same" or ago else _reported_quarter(ctx, s, e)
        )
        if first is None:
            return None
        if ordw != "same" or ago:  # "the same quarter a year earlier" looks back too
            first = dt.date(first.year - 1, first.month, 1)
            ctx.back_quarter = (first, s)
        elif year is not None:
            first = dt.date(year, first.month, 1)  # "the same quarter of 2011"
        return "DATE", _quarter_value(first), None
    if n is None and kind == "Q" and year is not None and (m["ry"] or _group(m, "ry0")):
        first = _reported_quarter(ctx, s, e)  # "last year's quarter"
        if first is None:
            return None
        return "DATE", _quarter_value(dt.date(year, first.month, 1)), None
    if n is None and kind == "Q" and ordw in ("latest", "most recent"):
        apposed = _apposed_period(ctx, s, "Q")  # "in the third quarter, the latest quarter"
        if apposed is not None:
            return "DATE", apposed, None
    if n is None:
        # current / latest / last / previous / next quarter
        if ctx.dct is None:
            return None
        if m["q"].lower() == "half":
            step = _PERIOD_STEP.get(ordw, 0)
            return "DATE", _fmt(_shift(ctx.dct, step, "H"), "H"), None
        return "DATE", _fmt(_shift(ctx.dct, _PERIOD_STEP.get(ordw, 0), "Q"), "Q"), None
    if n < 1 or n > (4 if kind == "Q" else 2):
        return None
    if year is None:
        year = _year_of_report(ctx.text, e, n * (3 if kind == "Q" else 6))
    if year is None:
        year = _fiscal_year_ending(ctx, e)
    fiscal_ahead = False
    if year is None:
        if ctx.dct is None:
            return "DATE", f"XXXX-{kind}{n}", None
        year = ctx.dct.year
        cur = (ctx.dct.month - 1) // (3 if kind == "Q" else 6) + 1
        tense = ctx.tense(s, e)
        if _PLANNED_FOR.search(ctx.text, max(0, s - 40), s):
            tense = FUTURE  # "the model is scheduled for the fourth quarter", as a month is
        if n > cur and _FISCAL_IN.search(ctx.text, s, e):
            # "fiscal fourth-quarter profit" in August: a fiscal year runs ahead of the
            # calendar, and TimeBank writes its quarters in the DCT's year
            fiscal_ahead = tense != FUTURE
        elif _REPORTING_BEFORE.search(ctx.text, max(0, s - 40), s):
            # "will report fourth-quarter results" in February: figures come out once the
            # period is over, so one not yet begun is last year's whatever the tense, and so
            # is a half far from over that a past verb reports on
            if n > cur or _half_far_from_over(kind, n, cur, tense, ctx, e):
                year -= 1
        elif (
            tense != FUTURE
            and n > cur
            and not _FORECAST_BEFORE.search(ctx.text, max(ctx.sentence(s)[0], s - 120), s)
            and not (tense != PAST and _deadline_before(ctx.text, s))
        ):
            # a half or quarter not yet begun is last year's, unless forecast ("profits could
            # improve in the second half", "expected to continue into the third quarter") or a
            # deadline outside a past sentence ("rates are to stay high until the June quarter")
            year -= 1
        elif (
            tense == FUTURE
            and n < cur - 1
            and not _COMPARED_WITH_BEFORE.search(ctx.text, max(0, s - 40), s)
        ):
            # a quarter long over under a future verb is next year's, but not the one a
            # forecast is compared with ("expect growth of 1.5%, down from 1.7% in the first
            # quarter")
            year += 1
        elif _half_far_from_over(kind, n, cur, tense, ctx, e):
            # "sales rose in the first half" in March: a half far from over is no finished
            # one a past verb reports on; that is last year's
            year -= 1
    ctx.anchor = dt.date(year, (n - 1) * (3 if kind == "Q" else 6) + 1, 1)
    if kind == "Q" and (
        ctx.dct is None
        or _add_months(ctx.anchor, 3) <= ctx.dct
        or _QUARTER_ENDED.match(ctx.text, e)  # a fiscal "fourth quarter ended Sept. 30"
        or fiscal_ahead
        or (ctx.anchor <= ctx.dct and ctx.tense(s, e) == PAST)  # "reported fourth-quarter"
    ):
        # a quarter ahead ("through the third quarter of 1990") or one not over under a future
        # verb ("expect the trend to continue into the fourth quarter") is a forecast, not the
        # quarter under report that "the year-ago period" and "the quarter" hang on; nor is
        # one a figure of the quarter named before it in the sentence is compared with ("fell
        # in the first quarter from the fourth quarter and rose from a year ago")
        if not _compared_with_reported_quarter(ctx, s) and not _quarter_before_reported(ctx, s):
            ctx.last_quarter = (ctx.anchor, s)
    elif kind == "Q":
        ctx.forecast_quarter = (ctx.anchor, s)
    return "DATE", f"{year:04d}-{kind}{n}", None


# the first and last months of a calendar quarter ("July-September", "Jan/March"): a span of
# months called a "period" is a quarter only then (else its months are tagged one by one)
_QUARTER_MONTH_SPAN = (
    r"(?:jan(?:uary|\.)?\s*[-/]\s*mar(?:ch|\.)?|apr(?:il|\.)?\s*[-/]\s*june?\.?"
    r"|jul(?:y|\.)?\s*[-/]\s*sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?\s*[-/]\s*dec(?:ember|\.)?)"
)
# ... and of a half ("January-June", "Jul/Dec")
_HALF_MONTHS = (
    r"(?:jan(?:uary|\.)?\s*[-/]\s*june?\.?|jul(?:y|\.)?\s*[-/]\s*dec(?:ember|\.)?)(?![\w-])"
)


# a result of the period it follows as a possessive ("this quarter's loss")
_RESULT_OF_AFTER = re.compile(
    r"(?:'s|\u2019s)\s+(?:" + _alt(_DATA["quarter_result_nouns"]) + r")\b", re.I
)


# "fiscal" inside a quarter's expression ("the fiscal fourth quarter", "fiscal third-quarter")
_FISCAL_IN = re.compile(r"\bfiscal\b", re.I)


# a comparison right before a period: "down from 1.7% in the first quarter"
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.)\s(?:[^.;:!?]|\.\d){0,30}$", re.I
)


def _h_quarter_part(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """A quarter or half, with the part of it before it ("the end of the first quarter of
    2020": that quarter, `END`)."""
    if not m["qpre"]:
        return _h_quarter(m, ctx, s, e)
    after = ctx.text[m.end("qpre") : e]
    rest = e - len(after.lstrip())
    res = _h_quarter(m, ctx, rest, e)
    if res is None or len(res) != 3:
        return res
    if res[0] == "DATE" and res[2] is None:
        return "DATE", res[1], _point_mod(m["qpre"])
    return (*res, _Span(rest, e, None))  # "the end of the quarter of a century": the length


def _fiscal_year_ending(ctx: _Ctx, e: int) -> int | None:
    """The year a numbered quarter or half closing on the day or month named after it is
    written with: the calendar year of that day, as TimeBank writes fiscal quarters ("the
    fourth quarter ending in May" read in March 1987: 1987-Q4, not last year's; "the
    fiscal first quarter ended Sept. 30": that September's year); None with no such day, or
    no year and no DCT."""
    m = _PERIOD_ENDS_ON.match(ctx.text, e)
    end = None if m is None else _closing_day(ctx, m)
    return None if end is None else end.year


def _year_of_report(text: str, e: int, last_month: int) -> int | None:
    """The year of a quarter or half that ends in ``last_month``, from the month and year its
    figures were reported in, named after it in its clause ("posted first-quarter profits in
    August 2004": 2004; "fourth-quarter results, released in February 1999": 1998)."""
    m = _REPORTED_IN_AFTER.match(text, e)
    if m is None:
        return None
    year = int(m["y"])
    return year if last_month <= _month_num(m["mon"]) else year - 1


# a month and year after a quarter, in its clause, with no comparison between ("profits in
# August 2004"; not "up from a loss in May 1998")
_REPORTED_IN_AFTER = re.compile(
    r"(?:(?!\b(?:from|compared|against|than|ago|earlier|versus|vs)\b)[^.;:!?\d]){0,60}?"
    r"\b(?:in|on)\s+(?P<mon>" + MONTH + r")\.?\s+(?:\d{1,2},?\s+)?(?P<y>" + YEAR + r")\b"
)


# a forecast word before a half or quarter, in its clause, with no report of a result or a
# year between ("could improve in the second half"; not "lower than expected ... onto fourth
# quarter results", "might cut its dividend after it posted a fourth quarter loss")
_FORECAST_BEFORE = re.compile(
    r"(?<!\bthan\s)(?<!\bthan-)(?<!\bas\s)\b(?:could|should|would|might|expected|expects?|forecasts?|"
    r"projected|projections?|predicted|likely)\b"
    r"(?:(?!\b(?:posted|reported|earned|recorded|had|was|were|did)\b)[^.;:!?\d])*$",
    re.I,
)


# what follows a ranked season ("the wettest spring in decades / on record / since 1976 /
# ever."), not a noun it qualifies ("the best summer jobs")
_RANKED_SEASON_AFTER = re.compile(r"\s*(?:[.,;:)]|\s(?:in|on|since|for|of|ever|yet)\b)", re.I)


# "that" before a month or season points back to the date in view at a clause's start, after
# a preposition or a conjunction ("in 1989; that December", "and that summer", "in that
# spring"); after a verb or a noun only when no clause follows the month, which would make
# "that" a conjunction ("a drought that summer in", "married that June," but not "estimated
# that January orders fell", "noted that February is")
_THAT_ANAPHOR_BEFORE = re.compile(
    r"(?:^|[.;:,!?(\"'\u201c]|\b(?:and|but|or|then|in|on|by|until|till|during|through|of|"
    r"from|since|after|before|for))\s*$",
    re.I,
)
# how far an anaphoric month or season moves from the date in view ("that fall", "the
# following spring", "that December")
_ANAPHOR_STEP = {"that": 0, "that same": 0, "the following": 1, "the next": 1, "the previous": -1}
_PERIOD_IN_VIEW = re.compile(r"(\d{4})(?:-(\d\d|SP|SU|FA|WI|Q[1-4]|H[12])(?:-\d\d)?(?:T\w+)?)?")
# "that fall" / "that spring" is the season only before a stop, a conjunction, a subject or
# a past verb ("led a strike that fall and", "that spring she married"), not the verb
# ("shares that fall below", "ideas that spring from")
_SEASON_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:and|but|when|as|after|before|he|she|they|it|we|I|his|her|their)\b"
    r"|\s+[a-z]+ed\b)"
)
# what may follow an anaphoric month or season after a verb or a noun: no clause of its own
_ANAPHOR_END_AFTER = re.compile(
    _SEASON_NOUN_AFTER.pattern + r"|\s+(?:in|at|on|to|for|with|while)\b"
)


def _year_of_period_in_view(
    ctx: _Ctx, anaphor: str, first_month: int, s: int, e: int
) -> int | None:
    """The year of a month or season (``first_month`` its first month) that hangs on the date
    named last, within 400 characters: "that fall" after "a strike in 1933" is 1933's, "the
    following spring" the first spring after that date (after a year alone, the next year's),
    "that December" after "arrested again in 1989" 1989's. Told in the past, it cannot begin
    after the DCT: then it hangs on the date named before ("organized a union in 1933, died
    Jan. 3 [1995] ... led a strike that fall": 1933's). None with no such date."""
    step = _ANAPHOR_STEP.get(anaphor)
    if step is None:
        return None
    if (
        anaphor.startswith("that")
        and not _THAT_ANAPHOR_BEFORE.search(ctx.text, max(0, s - 12), s)
        and not _ANAPHOR_END_AFTER.match(ctx.text, e)
    ):
        return None  # "the department estimated that January orders fell": a conjunction
    past = None
    for last in (ctx.last_date, ctx.prev_date):
        if last is None or s - last[1] > 400:
            return None
        year = _period_year_from(last[0], step, first_month)
        if year is None:
            return None
        if ctx.dct is None or dt.date(year, first_month, 1) <= ctx.dct:
            return year
        if past is None:
            past = ctx.tense(s, e) == PAST
        if not past:
            return year
    return None


def _period_year_from(value: str, step: int, first_month: int) -> int | None:
    """The year of a month or season (first month ``first_month``) ``step`` such periods on
    from the date ``value`` (0: the one it falls in), or None for a value with no year."""
    m = _PERIOD_IN_VIEW.fullmatch(value)
    if m is None:
        return None
    year = int(m[1])
    if m[2] is None:
        return year + step  # a year alone: "in 1933 ... the following spring" is 1934's
    part = m[2]
    if part[0] in "QH":
        month = (int(part[1]) - 1) * (3 if part[0] == "Q" else 6) + 1
    else:
        month = int(part) if part.isdigit() else _SEASON_START[part]
    if step > 0:
        return year if first_month > month else year + 1
    if step < 0:
        return year if first_month < month else year - 1
    # "that winter" after a January or February date is the winter that began the year before
    return year - 1 if first_month == 12 and month <= 2 else year


def _h_season(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    code = SEASONS[m["s"].lower()]
    if m["s"][:1].isupper() and _TITLE_AFTER.match(ctx.text, m.end("s")):
        return None  # a name: "the Autumn Statement", "the Winter Olympics"
    rel = (m["rel"] or "").lower().split()
    rel_w = rel[-1] if rel else ""
    if m["year"]:
        # "in the spring of 1968 ... the following year": later anaphora hang on that year
        ctx.anchor = dt.date(int(m["year"]), _SEASON_START[code], 1)
        res = "DATE", f"{m['year']}-{code}", _point_mod(m["pre"])
        second = _group(m, "yr2")
        if second and int(second[1:]) != (int(m["year"]) + 1) % 100:
            # "the winter of 1983-84" is one season across the two years (named by the
            # first); "the summer of 1990-95" is no such pair: the season of the first year
            return (*res, _Span(s, m.start("yr2"), None))
        return res
    anaphor = " ".join(rel)
    if anaphor in _ANAPHOR_STEP and not m["ry"]:
        if (
            rel[0] == "that"
            and m["s"].lower() in ("fall", "spring")
            and not _SEASON_NOUN_AFTER.match(ctx.text, e)
        ):
            return None  # "shares that fall below", "ideas that spring from": a verb
        year = _year_of_period_in_view(ctx, anaphor, _SEASON_START[code], s, e)
        if year is not None:
            return "DATE", f"{year:04d}-{code}", _point_mod(m["pre"])
        rel_w = {"following": "next", "same": ""}.get(rel_w, rel_w)
        if rel_w == "that":
            rel_w = ""
    if m["ry"] and ctx.dct is not None:
        # "in spring next year", "the winter of last year": that year's season
        year = ctx.dct.year + _rel_step(m["ry"])
        return "DATE", f"{year:04d}-{code}", _point_mod(m["pre"])
    if m["s"].lower() == "fall" and re.match(r"\s+(?:of|in|to|by|from)\b", ctx.text[e : e + 6]):
        return None
    guarded = (
        bool(_SEASON_GUARD.search(ctx.text[max(0, s - 12) : s]))
        or (
            # (not "the fall was due to", a drop)
            rel_w == "the" and code != "FA" and _SEASON_SUBJECT.match(ctx.text, e) is not None
        )
        # "the wettest spring in decades", "the hottest summer on record": a season ranked
        or (bool(_group(m, "sup")) and _RANKED_SEASON_AFTER.match(ctx.text, e) is not None)
    )
    if rel_w in ("", "the") and not m["pre"] and not guarded:
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}", _point_mod(m["pre"])
    d = ctx.dct
    start_m = _SEASON_START[code]
    # the season containing the DCT, labelled by the year its first month falls in
    cur_code = next(c for c, sm in _SEASON_START.items() if (d.month - sm) % 12 < 3)
    cur_year = d.year if d.month >= _SEASON_START[cur_code] or cur_code != "WI" else d.year - 1
    # most recent start of this season at or before the DCT
    last_year = d.year if start_m <= d.month else d.year - 1
    if rel[:2] == ["this", "past"]:
        year = cur_year if code == cur_code else last_year
    elif rel_w in ("last", "past", "previous"):
        year = last_year - 1 if code == cur_code else last_year
    elif rel_w in ("next", "coming"):
        year = last_year + 1
    elif rel_w == "this":
        year = cur_year if code == cur_code else d.year
    else:
        tense = ctx.tense(s, e)
        deadline = _deadline_before(ctx.text, s)
        if deadline and _PROMISE_BEFORE.search(ctx.text, ctx.sentence(s)[0], s):
            tense = FUTURE  # "the army promised elections by the autumn": the deadline ahead
        elif (
            deadline
            and tense == PAST
            and (start_m - d.month) % 12 <= _DEADLINE_MONTHS_AHEAD
            and _INFINITIVE_BEFORE.search(ctx.text, ctx.sentence(s)[0], s)
        ):
            # "said the Fed was unlikely to raise rates before spring", in January: a deadline
            # season for an act still to come is ahead when it begins within seven months (not
            # "the strike lasted until the autumn")
            tense = FUTURE
        elif _PLANNED_FOR.search(ctx.text, max(0, s - 40), s):
            tense = FUTURE  # "a tour had been planned for the summer", as a month or a quarter
        if code == cur_code:
            year = cur_year
        elif tense == FUTURE:
            year = last_year + 1
        elif tense == PAST:
            year = last_year
        else:
            year = d.year
    # "The winter of 1993-94 was the worst; they hope for a truce before the winter and a
    # settlement by the end of the year": later anaphora hang on the season just named
    ctx.anchor = dt.date(year, start_m, 1)
    if _group(m, "sup"):
        # the ranking adjective is no part of the expression: "the wettest spring" tags "spring"
        return "DATE", f"{year:04d}-{code}", _point_mod(m["pre"]), _Span(m.start("s"), e, None)
    return "DATE", f"{year:04d}-{code}", _point_mod(m["pre"])


# an infinitive before a deadline season: an act still to come ("unlikely to raise rates")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
# "the summer had been the busiest on record": the season as the subject of its verb
_SEASON_SUBJECT = re.compile(
    r"\s+(?:has|had|was|is|will|saw|brought|proved|promises|looks|looked)\b(?!\s+of\b)"
)
_SEASON_GUARD = re.compile(
    r"\b(?:in|into|over|by|for|during|since|until|through|throughout|before|after|this|last|next|of)\s+$",
    re.I,
)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return dt.date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def _holiday_date(rule: str, year: int) -> dt.date:
    """The day a holiday rule ("12-25", "11-4-3" = 4th Thursday, "05-L-0", "E-2", "11-1-0+1"
    = the day after the first Monday) falls on."""
    if rule.startswith("E"):
        return _easter(year) + dt.timedelta(days=int(rule[1:]))
    rule, _, after = rule.partition("+")
    if after:
        return _holiday_date(rule, year) + dt.timedelta(days=int(after))
    parts = rule.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return dt.date(year, month, int(parts[1]))
    nth, weekday = parts[1], int(parts[2])
    if nth == "L":
        last = _add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(nth) - 1))


_ON_BEFORE = re.compile(r"\bon\s+$", re.I)


# days ahead within which a past verb is about the coming one ("campaigned for Super Tuesday")
_CAMPAIGN_DAYS = 60


def _holiday_day(name: str, rule: str, year: int) -> dt.date:
    """The day a holiday fell on in ``year``: from ``holiday_dates`` when listed (Super
    Tuesday was 5 February in 2008, 8 March in 1988), else by its rule."""
    listed = HOLIDAY_DATES.get(name, {}).get(str(year))
    if listed is not None:
        return dt.date(year, int(listed[:2]), int(listed[3:]))
    return _holiday_date(rule, year)


def _election_year(day_of: Callable[[int], dt.date], dct: dt.date, tense: str) -> int:
    """The year of a day held every fourth year ("Super Tuesday", in US presidential election
    years; ``day_of`` gives its day in a year): under a past verb the last one by the DCT
    (unless the next is weeks away: "campaigned for Super Tuesday"), under a future verb the
    next, else the nearer."""
    before = dct.year - dct.year % 4
    if day_of(before) > dct:
        before -= 4
    after = before + 4
    ago, ahead = (dct - day_of(before)).days, (day_of(after) - dct).days
    if tense == PAST:
        return after if ahead <= _CAMPAIGN_DAYS else before
    if tense == FUTURE:
        return after
    return before if ago <= ahead else after


_LUNAR_BEFORE = re.compile(r"\b(?:Lunar|Chinese|Vietnamese|Korean|Tet)\s+$")


def _h_holiday(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    name = _squash(m["hol"])
    if _HOLIDAY_NAME_AFTER.match(ctx.text, e):
        return None  # a name: "the Good Friday Agreement", "the Easter Rising"
    if name.startswith("New Year") and _LUNAR_BEFORE.search(ctx.text, max(0, s - 16), s):
        return None  # "the Lunar New Year", "Chinese New Year": a day of the moon's calendar
    rel = (_group(m, "rel") or "").lower()
    if rel and ctx.dct is not None and not m["year"]:
        d = _holiday_by_rel(name, rel, ctx.dct)
    else:
        if rel:
            s = m.start("hol")  # "this Christmas" with no DCT: the holiday alone
        d = _holiday_of(ctx, name, m["year"], s, e)
    if d is None:
        return None
    ctx.anchor = d
    if rel and s != m.start("hol"):
        return "DATE", d.isoformat(), None, _Span(s, e, None)
    weekend = _WEEKEND_AFTER.match(ctx.text, e)
    if weekend is not None:
        # "the Thanksgiving weekend", "the Memorial Day weekend": the weekend next to the
        # holiday
        start = s - 4 if ctx.text[max(0, s - 4) : s].lower() == "the " else s
        return "DATE", _weekend_by(d), None, _Span(start, weekend.end(), None)
    return "DATE", d.isoformat(), None


def _holiday_by_rel(name: str, rel: str, dct: dt.date) -> dt.date:
    """ "this Christmas" (the one of the DCT's year), "last Thanksgiving" (the last one before
    the DCT), "next Easter" (the first one after it)."""
    name, rule = _holiday_rule(name)
    rule = rule.removesuffix("/4")
    day = _holiday_day(name, rule, dct.year)
    if rel == "last" and day >= dct:
        return _holiday_day(name, rule, dct.year - 1)
    if rel == "next" and day <= dct:
        return _holiday_day(name, rule, dct.year + 1)
    return day


# the one-word holidays and the seasons counted back in the plural ("two Christmases ago")
_COUNTED_TIMES = {
    (w + "es" if w.endswith("s") else w + "s").lower(): w
    for w in (*(k for k in HOLIDAYS if " " not in k), *SEASONS)
}


def _h_times_ago(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "two Christmases ago", "three summers ago": the holiday (season) that many back from
    the last one before the DCT (at the DCT's season, the one before it)."""
    n = _num(m["n"]) if m["n"].lower() not in ("a", "one") else 1
    if n is None or n != int(n) or n < 1 or ctx.dct is None:
        return None
    word = _COUNTED_TIMES[m["hol"].lower()]
    d = ctx.dct
    if word.lower() in SEASONS:
        code = SEASONS[word.lower()]
        start = _SEASON_START[code]
        # the last of these seasons begun before the DCT's own season began
        begun = dt.date(d.year, start, 1)
        if begun > d or (d - begun).days < 92:
            begun = dt.date(d.year - 1, start, 1)
        year = begun.year - int(n) + 1
        ctx.anchor = dt.date(year, start, 1)
        return "DATE", f"{year:04d}-{code}", None
    name, rule = _holiday_rule(word)
    rule = rule.removesuffix("/4")
    day = _holiday_day(name, rule, d.year)
    last = d.year if day < d else d.year - 1
    ctx.anchor = _holiday_day(name, rule, last - int(n) + 1)
    return "DATE", ctx.anchor.isoformat(), None


def _h_mid_decade(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "by mid-decade": the middle of the DCT's decade ("mid-century" has its own rule)."""
    if ctx.dct is None:
        return None
    return "DATE", f"{ctx.dct.year:04d}"[:3], "MID"


def _h_unit_after_next(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the week after next", "the month before last": two weeks (months, years) on from the
    DCT's, or back."""
    if ctx.dct is None:
        return "DATE", "FUTURE_REF" if m["after"] else "PAST_REF", None
    gran = {"week": "W", "month": "M", "year": "Y"}[m["unit"].lower()]
    return "DATE", _fmt(_shift(ctx.dct, 2 if m["after"] else -2, gran), gran), None


def _h_unit_around_holiday(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the day after Christmas", "the week before Thanksgiving": the day (week) one on from,
    or back from, the holiday's, itself found as the holiday alone is."""
    name = _squash(m["hol"])
    if _HOLIDAY_NAME_AFTER.match(ctx.text, e):
        return None  # the start of a name ("the day after Easter Rising commemorations")
    # (its year from the whole phrase: its "before" is no deadline's, "fell the week before
    # Easter")
    day = _holiday_of(ctx, name, m["year"], s, e)
    if day is None:
        return None
    step = 1 if m["sig"].lower() == "after" else -1
    if m["unit"].lower() == "week":
        return "DATE", _fmt(day + dt.timedelta(weeks=step), "W"), None
    ctx.anchor = day + dt.timedelta(days=step)
    return "DATE", ctx.anchor.isoformat(), None


def _holiday_of(ctx: _Ctx, name: str, year: str | None, s: int, e: int) -> dt.date | None:
    """The day of a holiday in the year written with it, else in view (None with no DCT)."""
    if year:
        name, rule = _holiday_rule(name)
        return _holiday_day(name, rule.removesuffix("/4"), int(year))
    if ctx.dct is None:
        return None
    return _holiday_in_view(ctx, name, s, e)


def _holiday_rule(name: str) -> tuple[str, str]:
    """The listed name of a holiday and its rule (``holidays`` in ``data/timex.json``)."""
    return _HOLIDAYS_BY_LOWER[name.lower()]


def _holiday_in_view(ctx: _Ctx, name: str, s: int, e: int) -> dt.date:
    """The day of a holiday named without a year, by the tense around it (ValueError
    without a DCT)."""
    if ctx.dct is None:
        raise ValueError(name)
    name, rule = _holiday_rule(name)
    # "03-1-1/4": held every fourth year, in US presidential election years
    rule, quadrennial = rule.removesuffix("/4"), rule.endswith("/4")
    if quadrennial:
        tense = ctx.tense(s, e)
        if tense != PAST and _ahead_of(ctx, s):
            tense = FUTURE  # "the race ahead of Super Tuesday"
        year = _election_year(partial(_holiday_day, name, rule), ctx.dct, tense)
    else:
        this_year = _holiday_day(name, rule, ctx.dct.year)
        tense = ctx.tense(s, e)
        if tense == PAST and _ON_BEFORE.search(ctx.text, max(0, s - 4), s):
            # "struck on Good Friday": a holiday is a known day, under a past verb the last
            # one however near the next ("the Easter holidays", "a late Easter" may be ahead)
            year = ctx.dct.year if this_year <= ctx.dct else ctx.dct.year - 1
        elif tense == FUTURE:
            year = ctx.dct.year if this_year >= ctx.dct else ctx.dct.year + 1
        else:
            year = _year_for_month(ctx, this_year.month, this_year.day, s, e)
    return _holiday_day(name, rule, year)


_WEEKEND_AFTER = re.compile(r"\s+" + _WEEKEND_WORDS, re.I)
# a holiday after a clock time ("midnight on New Year's Eve"), not one in a name
_HOLIDAY_AFTER_CLOCK = re.compile(
    r",?\s+on\s+(?:the\s+(?=Fourth))?(?P<hol>"
    + _cased(HOLIDAYS)
    + r")(?![\w'])(?!"
    + _HOLIDAY_NAME_AFTER.pattern
    + r"|,?\s+"
    + YEAR
    + r")"
)


def _h_month_span_quarter(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "the April-June quarter", "the January-June period of 2001", "in July-September": the
    quarter or half those months fill (none for other spans)."""
    first, last = _month_num(m["mon"]), _month_num(m["mon2"])
    part = _SPANNED_PERIODS.get((first, last))
    if part is None:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is None:
        return "DATE", f"XXXX{part}", None
    else:
        year = _year_for_month(ctx, first, None, s, e)
    ctx.anchor = dt.date(year, first, 1)
    return "DATE", f"{year:04d}{part}", None


_POSSESSIVE_RELDAY = re.compile(r"(?:yesterday|tomorrow)'s\b", re.I)


def _day_in_view(ctx: _Ctx, s: int, *, near_only: bool = False) -> dt.date:
    """The day "earlier in the day", "for most of the day" at ``s`` is: a day named before
    (not a month or year: after "the first quarter" or "September" it is the DCT's day), in
    its own sentence that day, else the latest of the days named in the 400 characters
    before ("said Monday that warships destroyed the platform in response to a strike on
    Friday. Iran had warned earlier in the day": Monday); after "tomorrow's" in an earlier
    sentence the DCT ("waiting for tomorrow's data. A deal was launched later in the day").
    With ``near_only`` a day named in an earlier sentence and further back is no day in
    view: the DCT's day."""
    assert ctx.dct is not None
    base = ctx.anchor if ctx.anchor is not None and ctx.anchor_is_day else ctx.dct
    if base is ctx.anchor and ctx.anchor_pos < ctx.sentence(s)[0]:
        near = [d for p, d in ctx.days_named if 0 <= s - p < 400]
        if near:
            base = max(near)
        elif near_only:
            base = ctx.dct
    if (
        ctx.anchor_pos >= 0
        and ctx.anchor_pos < ctx.sentence(s)[0]
        and _POSSESSIVE_RELDAY.match(ctx.text, ctx.anchor_pos)
    ):
        base = ctx.dct
    if base > ctx.dct and ctx.tense(s, s + 1) == PAST:
        # 'would table a plan on Thursday. They met later in the day': a day ahead is not the
        # day of a past act; the latest day named before it that is not ahead, else the DCT
        gone = [d for p, d in ctx.days_named if 0 <= s - p < 400 and d <= ctx.dct]
        base = max(gone, default=ctx.dct)
    return base


def _h_the_year(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    if ctx.dct is None:
        return None
    if m["u2"]:
        unit = {"day": "D", "week": "W"}.get(m["u2"].lower(), "M")
        return "DATE", _fmt(_day_in_view(ctx, s) if unit == "D" else ctx.dct, unit), None
    if m["u"] == "Year" and _NAMED_YEAR_OF.match(ctx.text, e):
        return None  # "the Year of Europe", "the Year of the Child": a named campaign
    return "DATE", _fmt(ctx.dct, "Y"), _point_mod(m["pre"])


def _h_bare_period_part(m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """ "by end of month": the DCT's month (week, year), its end (start, middle)."""
    if ctx.dct is None:
        return None
    unit = {"week": "W", "month": "M", "year": "Y"}[m["unit"].lower()]
    mod = {"end": "END", "middle": "MID"}.get(m["part"].lower(), "START")
    return "DATE", _fmt(ctx.dct, unit), mod


# "the Year of Europe", "the International Year of the Child": a capital "Year" before "of"
# and a capital (a name, no date)
_NAMED_YEAR_OF = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")


# --------------------------------------------------------------------------- patterns

# "weeks or months", "days and weeks": one vague length, in its first unit (TimeBank)
_OR_UNIT = r"(?:\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades)(?![\w-]))?"
_BARE_BEFORE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in (
            "for",
            "within",
            "take",
            "takes",
            "took",
            "taken",
            "last",
            "lasted",
            "lasts",
            "after",
            "over",
            "spent",
            "spend",
            "spends",
            "waited",
            "wait",
        )
    )
    + ")"
)
_PRE_POINT = r"(?:(?P<pre>(?:early|late)\s+in(?=\s)|early|late|mid-|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of|end-)\s*)?"
_DAY_KIND = (
    r"(?:(?:business|trading|working|calendar)\s+(?=days?\b)"
    r"|(?:consecutive|straight|successive|full|more|additional|further|extra|whole|long)\s+)?"
)
_REL = r"(?P<rel>this\s+past|this|last|next|past|coming|previous)"
# before a weekday also "this coming", "the previous", "the following" (in the span, as TimeML)
_WEEKDAY_REL = (
    r"(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|(?:the\s+)?previous"
    r"|the\s+following)"
)
# words that open a clause or a noun phrase after "before" ("the year before we offered it",
# "the year before the crash"): then "before" is no part of the expression
_CLAUSE_START = (
    r"we|he|she|they|it|I|you|the|a|an|his|her|its|their|our|this|that|(?-i:[A-Z][a-z]+)"
)

_QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"

Handler = Callable[[re.Match, "_Ctx", int, int], Result]

# A rule only runs in small windows around the words (or numbers) it needs: its left and right
# margins cover the longest context the rule can match around such a word.
_MONTH_KEYS = {m.lower() for m in MONTHS}
_UNIT_KEYS = set(UNITS)
_PLURAL_UNITS = {"years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries"}
# a plural unit set against another after it ("weeks rather than months"), or before it
_CONTRAST_AFTER = re.compile(r"\s+(?:but|rather\s+than)\s+" + _alt(_PLURAL_UNITS) + r"\b", re.I)
_CONTRAST_BEFORE = re.compile(r"\b" + _alt(_PLURAL_UNITS) + r"\s+(?:but|rather\s+than)\s+$", re.I)
# kinds of number that trigger a rule (see _number_rules): "12/3", "1999", "1990s", "10 a.m."
_NUMBER_KINDS = ("date", "year", "decade", "clock", "ordinal")


@dataclass(frozen=True, slots=True)
class _Rule:
    """One tagging rule: its pattern and handler, and what triggers it: the lowercase words
    (``keys``) or the kind of number (``number``, one of _NUMBER_KINDS) the pattern can only
    match near, with the characters left and right of them (``margins``) it may span."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    keys: frozenset[str]
    number: str | None
    margins: tuple[int, int]


def _rule(
    name: str,
    pattern: str,
    handler: Handler,
    *,
    keys: Iterable[str] = (),
    number: str | None = None,
    margins: tuple[int, int],
) -> _Rule:
    """A rule with its pattern compiled (case-insensitive)."""
    if number is not None and number not in _NUMBER_KINDS:
        raise ValueError(f"timex rule {name!r}: unknown kind of number {number!r}")
    return _Rule(name, re.compile(pattern, re.I), handler, frozenset(keys), number, margins)


def _time_date(*, named: bool) -> str:
    """The date a clock time names after it ("March 6, 2024", "9 November"), its groups
    named for the handler or not (for a lookahead)."""

    def g(name: str) -> str:
        return f"?P<{name}>" if named else "?:"

    return (
        f"({g('tmon')}{MONTH})\\s+({g('tday')}\\d{{1,2}})(?![\\d:])"
        f"(?:,?\\s+({g('tyear')}{YEAR})(?!\\d))?"
        f"|({g('tday2')}\\d{{1,2}})\\s+({g('tmon2')}{MONTH}|{_MONTH_ABBR_CAPS})(?!\\w)"
        f"(?:,?\\s+({g('tyear2')}{YEAR})(?!\\d))?"
    )


# this/last/next with no determiner before it ("a deficit this year", not "its last year")
_BARE_REL = (
    r"(?P<bare>(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)"
    r"(?:this|last|next))"
)


# The rules, in priority order: of two candidates of the same length the earlier rule wins.
_RULES: tuple[_Rule, ...] = (
    # Tuesday, Oct. 29, 2024 / Oct. 29 / early March 3
    _rule(
        "month_day",
        B
        + _PRE_POINT
        + r"(?:(?P<rel>last|next|this)\s+)?(?:"
        + WEEKDAY_ANY
        + r",?\s+)?(?P<mon>"
        + MONTH
        + r")\s+(?P<day>\d{1,2}|"
        + DAYWORD
        + r")"
        r"(?:st|nd|rd|th)?(?!\d|[:.,]\d|-[a-z]|\s+(?!"
        + _WEEKEND_WORDS
        + r")(?:"
        + UNIT
        + r"|percent|per\b|times\b))(?:,?\s+(?P<year>"
        + YEAR
        # "on July 10 last year"
        + r")(?!\d)|\s+(?P<ry>this|last|next)\s+year\b(?!'))?"
        # "the July 4 weekend", "the July 4th holiday weekend": the weekend by that day
        + r"(?P<wkend>\s+"
        + _WEEKEND_WORDS
        + r")?",
        _h_full_date,
        keys=_MONTH_KEYS,
        margins=(30, 28),
    ),
    # 24 February 2022 / the 24th of February
    _rule(
        "day_month",
        B
        + _PRE_POINT
        + r"(?:"
        + WEEKDAY_ANY
        # "the" only before an ordinal ("the 17th April", "the seventeenth of April") or
        # "of": in "the 17 April race" it is the race's
        + r",?\s+)?(?:the\s+(?=\d{1,2}(?:st|nd|rd|th|\s+of\b)|[a-z]))?(?P<day>(?<!\d{4}[/-])\d{1,2}|"
        + ORDINAL_DAYWORD
        + r")(?:st|nd|rd|th)?"
        # (a month's abbreviation is no word's start: "at 25 Marks")
        # ("28 APR", "NLT 12 NOV": a cable's month in capitals, cut to three letters, after
        # its day's number only)
        r"\s+(?:of\s+)?(?P<mon>" + MONTH + "|" + _MONTH_ABBR_CAPS + r")(?![A-Za-z])"
        r"(?:,?\s+(?P<year>" + YEAR + r")(?!\d)"
        # "on 14 March next year"
        r"|\s+(?P<ry>this|last|next)\s+year\b(?!'))?"
        # "the Fourth of July weekend": the weekend by that day
        r"(?P<wkend>\s+" + _WEEKEND_WORDS + r")?",
        _h_full_date,
        keys=_MONTH_KEYS,
        margins=(30, 24),
    ),
    _rule(
        "numeric_date",
        B
        + r"(?:(?P<iy>"
        + YEAR
        + r")-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
        r"(?P<y>\d{4}|\d{2}))(?![\d/])",
        _h_numeric_date,
        number="date",
        margins=(2, 12),
    ),
    _rule(
        "month_year",
        B + _PRE_POINT + r"(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?P<year>" + YEAR + r")(?![\d])",
        _h_month_year,
        keys=_MONTH_KEYS,
        margins=(25, 12),
    ),
    _rule(
        "month",
        B
        + _PRE_POINT
        + r"(?:(?P<rel>this|last|next|past|coming|previous|that\s+same|that|the\s+following"
        r"|the\s+previous|the\s+next)\s+)?"
        # not after a day's number: "14 March next year" is one day ("day_month")
        r"(?<!(?<![\d,.])\d\s)(?<!(?<![\d,.])\d\d\s)(?<!\d[snrt][tdh]\s)(?P<mon>"
        + MONTH_ALONE
        + r")(?:,?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?(?![\w])",
        _h_month,
        keys=_MONTH_KEYS,
        margins=(25, 25),
    ),
    _rule(
        "year",
        B
        + r"(?:(?P<apx>around|about|circa|approximately)\s+)?"
        + _PRE_POINT
        + r"(?:the\s+year\s+)?(?:(?P<fy>fiscal(?:\s+year)?|FY)\s*)?(?P<year>"
        # "FY05": a fiscal year's two digits straight after the capitals
        + r"(?<=(?-i:FY))\d\d(?![\d/-])|"
        + YEAR_PLAIN
        + "|"
        + _EARLY_YEAR
        + "|"
        + _LATE_YEAR
        # a split year ("the 2012-13 season", "fiscal 1986/87"): one expression (_h_year)
        # ("the 2001-2002 season": the second year in full only before a season's noun)
        + r")(?:(?P<split>[-/])(?P<y2>\d\d|(?:1[89]|20)\d\d(?="
        + _SPLIT_YEAR_NOUN
        # "the biennium 2004-2005": the budget period's noun before the pair
        + r")|(?<=\bbiennium\s\d{4}[-/])(?:1[89]|20)\d\d)(?![\d/]))?"
        # (not a maker's model with a capital after its number: "Mirage 2000D", "the 1600A")
        r"(?![\d'\u2019]|s\b|\.\d|,\d|(?<=\d)(?-i:[A-RT-Z]))|"
        + B
        + r"(?P<poss>1[89]\d[1-9]|20\d[1-9])(?=['\u2019]s\b)",
        _h_year,
        number="year",
        margins=(46, 16),  # right: the conjunction an early year needs after it, a season noun
    ),
    _rule(
        "decade",
        B
        + r"(?:the\s+)?"
        + _PRE_POINT.replace(r"\s*)?", r"[-\s]*)?")
        + r"(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s|(?P<dec3>[5-9]0)s"
        # "the nineteen eighties" as read out on air
        + r"|(?:(?P<decc>eighteen|nineteen)\s+)?(?P<decw>"
        + _alt(DECADE_WORDS)
        + r"))"
        + E,
        _h_decade,
        keys=DECADE_WORDS,
        number="decade",
        margins=(26, 6),
    ),
    _rule(
        "century",
        B
        + r"(?:(?:the\s+)?"
        + _PRE_POINT
        + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
        + ORD
        + r")[-\s]+century"
        # "by mid-century": the middle of the DCT's century (not the style, "mid-century modern")
        + r"|(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\baround\s)|(?<=\btoward\s)"
        + r"|(?<=\btowards\s))(?P<midc>mid-?century)"
        + r"(?![\w-])(?!\s+(?:modern|style|design|furniture|architecture)\b))"
        + E,
        _h_century,
        keys={"century"},
        margins=(35, 2),
    ),
    _rule(
        "overnight",
        # "militia attacks overnight Tuesday": that day's night
        B + r"overnight(?:\s+(?P<wd>" + WEEKDAY_FULL + r")\b)?" + E,
        _h_overnight,
        keys={"overnight"},
        margins=(1, 12),
    ),
    _rule(
        "through_the_night",
        r"(?:(?<=\bthrough\s)|(?<=\binto\s)|(?<=\bduring\s)|(?<=\bthroughout\s)"
        # "thousands spent the night in shelters"
        r"|(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspending\s))"
        r"the\s+night(?![\w-])"
        # not a night named after it ("the night of Aug. 4", "the night before", "the night the
        # plane crashed") nor a noun it qualifies ("the night shift")
        r"(?!\s+(?:of|before|after|when|that|the|he|she|they|it|we|i|sky|shift|shifts|club|"
        r"clubs|watch|air|train|flight|bus)\b)",
        _h_through_the_night,
        keys={"night"},
        margins=(12, 12),
    ),
    _rule(
        "throughout_the_day",
        # "heavy shelling continued throughout the day": the day in view (not "the day of the
        # vote", "the day before", "the day he died")
        r"(?<=\bthroughout\s)the\s+day(?![\w-])"
        r"(?!\s+(?:of|before|after|when|that|the|he|she|they|it|we|i)\b)",
        _h_throughout_the_day,
        keys={"day"},
        margins=(12, 10),
    ),
    _rule(
        "relative_day",
        B + r"(?:(?P<pre>earlier|later|early|late)\s+)?"
        r"(?:(?P<rd>today|tonight|tomorrow|yesterday|the\s+day\s+before\s+yesterday|"
        # "the last night of the festival", "his last night in office": not yesterday's
        r"the\s+day\s+after\s+tomorrow|(?<!the\s)(?<!its\s|his\s|her\s)(?<!their\s)"
        r"last\s+night)|(?P<rd2>this|that(?:\s+same)?"
        r"|the\s+(?:same|next|following|previous)))(?:\s+(?P<pod>" + POD + r"))?" + E,
        _h_relday,
        keys={"today", "tonight", "tomorrow", "yesterday", "night", *PARTS_OF_DAY},
        margins=(30, 15),
    ),
    _rule(
        "weekday",
        B
        + r"(?:(?P<pre>earlier|later|early|late)\s+(?:on\s+)?"
        # "before dawn Sunday", "at dusk on Friday": that part of the day
        + r"|(?-i:(?P<dpod>"
        + _alt(_DATA["parts_of_day_before_day"])
        + r"))\s+(?:on\s+)?)?(?:"
        + _WEEKDAY_REL
        + r"\s+)?(?P<wd>"
        + WEEKDAY_FULL
        + r")"
        r"(?:\s+(?P<pod>"
        + POD
        + r"))?(?:\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b(?!['\u2019]))?"
        # "on Thursday 9": the day's number after it, before a stop or a preposition
        r"(?:\s+(?P<mday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=[,;:!?)]|\.(?!\d)|$|\s+"
        r"(?:at|in|on|and|when|after|before|from|against|with)\b))?" + E,
        _h_weekday,
        keys={w.lower() for w in WEEKDAYS},
        margins=(22, 28),
    ),
    _rule(
        "clock_time",
        B + r"(?:(?P<apx>about|around|approximately|circa|roughly)\s+(?=\d|noon|midnight|midday))?"
        r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b)|(?P<h24>[01]\d|2[0-3])"
        r":?(?P<mi24>[0-5]\d)\s*(?=(?:GMT|UTC|EST|EDT|BST|CET|local\s+time)\b|(?-i:Z)\b)|(?:12\s+(?=noon\b))?(?P<noon>noon|midnight|midday)"
        # "was fixed by 08:30": a bare 24-hour time after a preposition of time ("between 08:00
        # and 10:30": both ends)
        r"|(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in _BARE_CLOCK_PREPS + ("between",))
        + "".join(rf"|(?<=\b{w}\s{a}\s)" for w in _BARE_CLOCK_PREPS for a in _BARE_CLOCK_APPROX)
        + r"|(?<=\bbetween\s\d\d:\d\d\sand\s)"
        + r")"
        # "at 2:00 on July 8, 1994": a one-digit hour too when a date follows ("on" a date)
        r"(?P<hb>[01]\d|2[0-3]|[1-9](?=:[0-5]\d,?\s+on\s+(?:"
        + WEEKDAY_FULL
        + "|"
        + MONTH
        + r"|\d{1,2}\s+"
        + MONTH
        + r")\b)):(?P<mib>[0-5]\d)(?![\d:.,]\d|[\d:])(?:\s*(?:hrs|hours)\b(?=,?\s+\d))?"
        # "at 0300 hours", "by 1545 hours local time": a four-digit clock time read with
        # "hours", as agencies and armies write it, after a preposition of time (not "for 1200
        # hours", a length, nor "1500 hours of work", "2000 hours a year"; "since 1330 hours",
        # "from 0500 hours to 1900 hours")
        r"|(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in _BARE_CLOCK_PREPS + ("since", "to", "between"))
        + "".join(rf"|(?<=\b{w}\s{a}\s)" for w in _BARE_CLOCK_PREPS for a in _BARE_CLOCK_APPROX)
        + r")"
        r"(?P<hm>[01]\d|2[0-3])(?P<mim>[0-5]\d)\s+(?:hours|hrs)\b(?!\s+(?:of|a|an|per|each|every)\b)"
        # "0600 hours GMT" with a zone after it is a clock time after any word, and so is one
        # with the day after it ("between 1800 hours yesterday and 0600 hours this morning",
        # "0600 hours 7 June", "1400 hours on Sunday") or a leading nought ("0600 hours": no
        # length is written so)
        r"|(?P<hz>(?:[01]\d|2[0-3])(?=[0-5]\d\s+(?:hours|hrs)\s+(?:(?:GMT|UTC|local|"
        + _CLOCK_DAY_WORDS
        + r")\b|(?:on\s+)?(?:"
        + WEEKDAY_FULL
        + r")\b|\d{1,2}\s+"
        + MONTH
        + r"\b))|0\d(?=[0-5]\d\s+(?:hours|hrs)\b(?!\s+(?:of|a|an|per|each|every)\b)))"
        r"(?P<miz>[0-5]\d)\s+(?:hours|hrs)\b"
        # "Situation report, 1000 hrs. More than ...": a report's hour after a comma in its
        # heading, closing the sentence
        r"|(?<=,\s)(?P<hh>[01]\d|2[0-3])(?P<mih>[0-5]\d)\s+(?:hours|hrs)(?=\.\s|\.$|:\s)"
        # "at 1530 local yesterday", "at about 0700 Seoul time", "at 1700 today", "since 0400 on
        # Wednesday", "AS OF 0800 14 APRIL": a four-digit clock time with no "hours", as
        # cables write it, after a preposition of time and before "local", a place's clock
        # or its day (not an index's level, "closed at 1530 on Friday": _h_time)
        r"|(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in _BARE_CLOCK_PREPS + _CABLE_CLOCK_PREPS)
        + "".join(rf"|(?<=\b{w}\s{a}\s)" for w in _BARE_CLOCK_PREPS for a in _BARE_CLOCK_APPROX)
        # (a year after a preposition years take is one: "its lowest since 2004 on Wednesday")
        + r")(?:(?!(?:18|19|20)\d\d)|(?=\d{4}\s+(?:local\b|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b))"
        + "|"
        + "".join(rf"(?<!\b{w}\s)" for w in _YEAR_CLOCK_PREPS)
        + r")(?P<hl>[01]\d|2[0-3])(?P<mil>[0-5]\d)(?=\s+(?:local(?=[.,;]|\s+(?:on\s+)?(?:"
        + WEEKDAY_FULL
        + "|"
        + _CLOCK_DAY_WORDS
        + r")\b)|(?-i:(?!(?:"
        + WEEKDAY_FULL
        + "|"
        + MONTH
        + "|"
        + _alt(_DATA["not_zone_places"])
        + r")\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b|(?:on\s+)?"
        + WEEKDAY_FULL
        + r"\b|(?:"
        + _CLOCK_DAY_WORDS
        + r")\b|\d{1,2}\s+(?:"
        + MONTH
        + "|"
        + _MONTH_ABBR_CAPS
        + r")(?![A-Za-z])))"
        # "the Council meets at 1000.", "will brief at 1700": a bare four-digit time closing
        # its clause after "at" (no year: 1800-2099 stay years), in a text whose other clock
        # times are written so (_h_time)
        r"|(?<=\bat\s)(?!1[89]|20)(?P<hx>[01]\d|2[0-3])(?P<mix>[0-5]\d)(?=[.,;:]\s|[.,;:]?$))"
        r"(?:\s*(?:GMT|UTC|EST|EDT|PST|PDT|CST|CDT|MST|MDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|HKT"
        # ("2200 hours local", the army's short form, before a stop)
        r"|AEST|AEDT|(?-i:ET|PT|CT|MT)|local\s+time|(?<=hours\s)local(?=[.,;])|(?<=\d)(?-i:Z)"
        # ("1530 local yesterday", "1245 local on Monday", "about 1930 local.")
        r"|(?<=\d\d\s)local(?=[.,;]|\s+(?:on\s+)?(?:"
        + WEEKDAY_FULL
        + "|"
        + _CLOCK_DAY_WORDS
        + r")\b)"
        # "2:19 p.m. Eastern time", "9 a.m. Pacific Standard Time"
        r"|(?-i:Eastern|Pacific|Central|Mountain)(?:\s+(?:standard|daylight))?\s+time"
        # "2 p.m. Washington time", "9 a.m. Hong Kong time": a place's clock
        r"|(?-i:(?!(?:"
        + WEEKDAY_FULL
        + "|"
        + MONTH
        + "|"
        + _alt(_DATA["not_zone_places"])
        + r")\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time)\b)?"
        # a day after it, a date, or both ("midnight on Tuesday 9 November", "noon on Friday,
        # March 6": the date after the day)
        r"(?:,?\s+(?:on\s+|of\s+)?(?:(?P<wd>"
        + WEEKDAY_FULL
        + r"|"
        + _CLOCK_DAY_WORDS
        + r")\b|(?="
        + _time_date(named=False)
        + r"))(?:(?(wd),?\s+)(?:"
        + _time_date(named=True)
        + r"))?)?",
        _h_time,
        keys={"noon", "midnight", "midday"},
        number="clock",
        margins=(16, 40),
    ),
    _rule(
        "clock_part_of_day",
        r"(?:(?<=\b(?:at|by)\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
        r"|(?P<apx>about|around|approximately)\s+)"
        r"(?P<h>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)\s+(?:(?:on\s+)?(?:(?P<wd>"
        + WEEKDAY_FULL
        + r"|today|tomorrow|yesterday)|this)\s+(?P<pod>morning|afternoon|evening|night)|tonight)"
        + E,
        _h_clock_part_of_day,
        keys={"morning", "afternoon", "evening", "night", "tonight"},
        margins=(48, 2),
    ),
    _rule(
        "spoken_clock",
        r"(?<![\w'-])(?:(?P<smin>half|(?:a\s+)?quarter|five|ten|twenty(?:[-\s]five)?)\s+"
        r"(?P<sdir>past|after|(?<=quarter\s)to)\s+(?=\S)"
        # "two in the morning", "ten at night": only after a preposition of time or "it is"
        r"|(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _SPOKEN_CLOCK_AFTER) + ")"
        r"(?=\S+(?:\s+(?-i:o'clock))?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
        r"|(?=\S+\s+(?-i:o'clock)\b))"
        r"(?P<sh>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])"
        r"(?:\s+(?-i:o'clock))?"
        r"(?P<spod>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight"
        r"|this\s+(?:morning|afternoon|evening)))?" + E,
        _h_spoken_clock,
        keys={"clock", "past", "after", "quarter", "morning", "afternoon", "evening", "night"},
        margins=(40, 40),
    ),
    _rule(
        "new_year",
        # "in the new year": the year about to begin or just begun (not "the Chinese new
        # year", a feast, nor "the new year's budget"; "New Year" is the holiday)
        r"(?<!\w)(?<!lunar\s)(?<!chinese\s)(?<!jewish\s)(?<!persian\s)(?<!islamic\s)"
        r"the\s+(?-i:new)\s+(?-i:year)(?![-'\u2019\w])(?!\s+(?:eve|day)\b)",
        _h_new_year,
        keys={"new"},
        margins=(24, 16),
    ),
    _rule(
        "same_time_a_year_off",
        B
        + r"(?:this|that)\s+time\s+(?:(?P<ly>last|next)\s+year|a\s+year\s+(?P<ago>ago|earlier))"
        + E,
        _h_same_time_a_year_off,
        keys={"time"},
        margins=(16, 20),
    ),
    _rule(
        "relative_unit",
        B
        + r"(?:(?P<pre>earlier|later|early|late|the\s+(?:end|beginning|start|middle|close|turn)\s+of)"
        r"\s+)?"
        r"(?P<rel>this\s+past|" + _BARE_REL + r"|this|last|next|past|previous|coming|current|"
        r"the\s+current|the\s+coming|"
        r"the\s+next|the\s+past|the\s+previous|the\s+last|the\s+following|the\s+same|"
        r"that\s+same|that|"
        r"the\s+prior|the\s+preceding|the\s+latest|the)\s+(?P<unit>day|week|weekend|fortnight|month|quarter"
        r"|year"
        r"|decade|century|(?:fiscal|financial|budget)\s+year)"
        + E
        # "of" after the unit makes it a part of what follows ("the last week of February",
        # "the year of the dragon"), but not an amount after a bare this/last/next: "a
        # deficit this year of 2.5 billion", "net income last year of 76.6 mln dlrs", nor
        # the gerund of a charge: "accused Malawi last month of arming the rebels"
        + r"(?(bare)(?!-|\s+of\b(?!\s+(?:(?:"
        + DMOD
        + r"|between)\s+)?(?:"
        + NUM
        + "|"
        + VAGUE
        + r")\b|\s+[a-z]+ing\b))|(?!-|\s+of\b))"
        # "the year before", "the month earlier": a unit back from the date in view
        # ("the year before that": one more year back, "that" closing the phrase)
        r"(?:(?<=year)\s+(?P<back>before\s+that(?=\s*(?:[,.;:!?)]|and\b|$))|before|earlier)\b"
        r"(?!-|\s+(?:" + _CLAUSE_START + r")\b))?"
        # "the week after", "the day before" closing a phrase: a unit on from the date in view
        r"(?:\s+(?P<step>after|before)(?=\s*(?:[,.;:!?)]|and\b|$)))?",
        _h_rel_unit_back,
        keys={
            "day",
            "week",
            "weekend",
            "fortnight",
            "month",
            "quarter",
            "year",
            "decade",
            "century",
        },
        margins=(40, 24),
    ),
    _rule(
        "same_unit_a_year_back",
        B + r"the\s+same\s+(?P<unit>month|day)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)"
        r"|(?:of\s+)?the\s+(?:previous|prior)\s+year)" + E,
        _h_same_unit_a_year_back,
        keys={"same"},
        margins=(6, 40),
    ),
    _rule(
        "bare_period_part",
        # "reshuffle cabinet by end of month", "before end of year": a cable's or a
        # telegram's "end of" with no article, after a preposition of time (the DCT's unit)
        r"(?:"
        + "|".join(
            rf"(?<=\b{w}\s)" for w in ("by", "at", "before", "until", "till", "after", "from")
        )
        + r")(?P<part>end|beginning|start|middle)\s+of\s+(?P<unit>week|month|year)(?![\w-])",
        _h_bare_period_part,
        keys={"week", "month", "year"},
        margins=(20, 2),
    ),
    _rule(
        "period_end",
        B
        # (not "a six-month end to violence": the length of what ends, no date)
        + r"(?:(?:the\s+)?(?<!-)(?P<u>year|month|week|quarter)(?:'s|-|\s)\s*end|end-(?:of-)?(?P<u2>year)"
        r"|(?P<u3>year)end|end-(?P<yr>" + YEAR + r"))" + E,
        lambda m, c, s, e: _h_year_end(_YearEnd(m), c, s, e),
        keys={"end", "yearend"},
        margins=(15, 15),
    ),
    _rule(
        "ago",
        B
        + r"(?:(?P<amod>"
        + DMOD
        + r")\s+)?(?:(?P<num>"
        + NUM
        + r"|"
        + VAGUE
        + r")\s+"
        + _DAY_KIND
        + r"(?P<unit>"
        + UNIT
        + r")(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back"
        # "down 4 pct from a year before": "before" closing a phrase is "earlier"
        r"|before(?=\s*(?:[,.;:!?)]|and\b|$)))"
        # "ten years ago today", "a century ago this week": an anniversary, that day or week
        r"(?P<same>(?<=ago)\s+(?:today|this\s+week|this\s+month)(?!'))?|(?P<unit2>"
        r"seconds|minutes|hours|days|weeks|months|years|decades)\s+(?P<dir2>ago|earlier|later))"
        + E,
        _h_ago,
        keys={"ago", "earlier", "later", "before", "after", "now", "hence", "back"},
        margins=(40, 12),
    ),
    _rule(
        "duration",
        B
        + r"(?:(?P<mod>"
        + DMOD
        + r")\s+(?P<det>)|(?P<det2>the\s+(?:(?:past|last|next|coming|previous"
        r"|first|following|final|remaining|latest|same|initial|preceding|other)\s+)?(?:(?:"
        + DMOD
        + r")\s+)?))?"
        # "two to three weeks", "five or six days": one length, the lower bound (TimeBank)
        # (not "from 12 to 14 years", a change as often as a range)
        # (not "twenty-five years": one number, no range from twenty)
        r"(?:(?<!from\s)(?P<lo>(?!"
        + YEAR_PLAIN
        + r"\b|"
        + _COMPOUND
        + r"\b)"
        + NUM
        + r")(?:\s+(?:to|or)\s+|-)(?=\S+\s+"
        + _DAY_KIND
        + UNIT
        + r"))?"
        # (not the second year of a split year: "the first five 1986/87 months")
        # (not "in as many days": a count of the events before it)
        r"(?<!\d{4}[/-])(?!(?<=\bas\s)(?:many|few)\s+\w+\b(?!\s+as\b))(?P<num>"
        + NUM
        + r"|"
        + VAGUE
        + r")(?P<half>\s+and\s+a\s+half|[\s-]+1/2)?\s+"
        + _DAY_KIND
        + r"(?P<unit>"
        + UNIT
        + r")(?:(?P<age>\s+(?:olds?|older|younger|young|of\s+age)\b)|(?P<half2>\s+and\s+a\s+half\b))?"
        # a range before "ago" is left to "three years ago", and so is a length after "the
        # final", "the last" ("lost the final four years ago")
        + r"(?(lo)(?!\s+(?:ago|earlier|later|before|after|back|hence|from\s+now)\b))"
        + r"(?(det2)(?!\s+ago\b))",
        lambda m, c, s, e: _h_duration(_Dur(m), c, s, e),
        keys=_UNIT_KEYS,
        margins=(45, 12),
    ),
    _rule(
        "fraction_of_hour",
        B
        + r"(?:a[-\s]+)?(?P<frac>half|quarter|three[-\s]+quarters)[-\s]+(?:of[-\s]+)?an?[-\s]+hour"
        + E
        + r"(?!-)",
        _h_fraction_of_hour,
        keys={"hour"},
        margins=(24, 2),
    ),
    _rule(
        "bare_duration",
        _BARE_BEFORE
        + r"(?P<unit>"
        + _alt(_PLURAL_UNITS)
        + r")"
        + E
        + _OR_UNIT
        # not the record of a meeting ("asked for minutes of the meeting")
        + r"(?!(?<=minutes)\s+(?:of|from)\b)",
        _h_bare_duration,
        keys=_PLURAL_UNITS,
        margins=(10, 4),
    ),
    _rule(
        "bare_duration_in",
        r"(?<=\bin\s)(?P<unit>years|months|decades|minutes)" + E + _OR_UNIT + r"(?!\s+(?:of|to)\b)",
        _h_bare_duration,
        keys=_PLURAL_UNITS,
        margins=(10, 4),
    ),
    # "will take not weeks but years", "a campaign of weeks rather than months": two vague
    # lengths set against each other
    _rule(
        "contrasted_lengths",
        r"(?:(?<=\bnot\s)|(?<=\bof\s)|(?<=\bbut\s)|(?<=\bthan\s))(?P<unit>"
        + _alt(_PLURAL_UNITS)
        + r")"
        + E,
        _h_contrasted_length,
        keys=_PLURAL_UNITS,
        margins=(6, 24),
    ),
    # "months of talks", "days after the attack": a vague length (TimeML tags the noun)
    _rule(
        "vague_length",
        r"(?<![\w'-])(?<!the\s)(?<!these\s)(?<!those\s)(?<!early\s)(?<!small\s)(?<!wee\s)"
        r"(?P<unit>years|months|weeks|days|decades"
        r"|hours|minutes(?=\s+(?:after|before|away)\b))"
        + _OR_UNIT
        + r"(?=\s+(?:of|after|before|away)\b)",
        _h_bare_duration,
        keys=_PLURAL_UNITS,
        margins=(10, 8),
    ),
    _rule(
        "recent_units",
        B + r"(?:(?:the\s+)?(?:past|last|next|coming|previous|recent)\s+"
        r"|the\s+(?=(?:hours|days|weeks|months|years)" + _OR_UNIT + r"\s+ahead\b))(?P<unit>"
        r"days|weeks|months|years|decades|hours)" + _OR_UNIT + r"(?:\s+ahead\b)?" + E,
        _h_recent,
        keys=_PLURAL_UNITS,
        margins=(22, 10),
    ),
    _rule(
        "adjective_duration",
        B
        # "a 2,000-year history": a count with thousands separators too
        + r"(?:(?:an?|the)\s+(?=\S+\s+(?:period|term)\b))?(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d+|"
        + NUMWORD
        + r"|half)-(?P<unit>second|minute|hour|day|week|month|year|decade)(?:-(?:long|olds?))?"
        r"(?:\s+(?:period|term)\b)?" + E,
        _h_adj_duration,
        keys=_UNIT_KEYS,
        margins=(14, 10),
    ),
    _rule(
        "long",
        B + r"(?P<unit>week|month|year|day|hour|decade)(?:(?P<pl>s)-|[-\s]?)long" + E,
        _h_long,
        keys={"long", "yearlong", "weeklong", "monthlong", "daylong", "hourlong"},
        margins=(10, 2),
    ),
    _rule(
        "vague_adjective_duration",
        B
        + r"(?P<vq>"
        + _alt(VAGUE_LENGTH_ADJECTIVES)
        + r")-?(?P<unit>year|month|week|day|decade|hour)"
        + E
        + r"(?!-)",
        _h_vague_adjective,
        keys=set(VAGUE_LENGTH_ADJECTIVES)
        | {a + u for a in VAGUE_LENGTH_ADJECTIVES for u in ("year", "month", "week", "day")},
        margins=(2, 8),
    ),
    _rule(
        "indefinite_length",
        r"(?:(?<=\bfor\s)(?P<len>"
        + _alt(INDEFINITE_LENGTHS)
        + r")(?!\s+(?:now\b|to\s+come|after|before|ago|in\b|on\b|during|next|last|this|that"
        r"|later|earlier|\w+day))|"
        + "(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in LENGTH_PREPOSITIONS)
        + r")the\s+(?P<unit>years|decades|centuries)(?!\s+(?:of|since|to|ahead|after|before)\b))"
        + E,
        _h_indefinite,
        keys={k.split()[-1] for k in INDEFINITE_LENGTHS} | {"years", "decades", "centuries"},
        margins=(10, 16),
    ),
    _rule(
        "day_around",
        B
        + r"the\s+(?:(?P<day>day)\s+(?P<sig>before|after)"
        + E
        + r"(?!\s+(?:yesterday|tomorrow)\b)"
        # a part of the day only closing its phrase ("the night before."; not "in the
        # afternoon after early gains", "the night before the vote")
        + r"|(?P<pod>night|morning|evening|afternoon)\s+(?P<sig2>before|after)"
        + E
        + r"(?=\s*(?:[,.;:!?)\"']|--|$)))",
        _h_day_around,
        keys={"day", "night", "morning", "evening", "afternoon"},
        margins=(5, 18),
    ),
    _rule(
        "then",
        B + r"(?:" + _alt(THEN_AFTER) + r")\s+(?P<then>then)" + E + r"(?!\s*[-,]?\s*current)",
        _h_then,
        keys={"then"},
        margins=(8, 2),
    ),
    _rule(
        "set",
        B
        # "once every two years", "twice daily": the count of times is part of the set
        + r"(?:(?:once|twice|thrice)\s+(?=(?:every|each)\s|"
        + _alt(k for k in SETS if k.endswith("ly"))
        + r"\b))?"
        + r"(?:(?P<every>every|each)\s+(?P<other>other\s+)?(?:(?P<n>few|"
        + NUM
        + r")\s+)?(?P<target>"
        + UNIT
        + r"|"
        + WEEKDAY_FULL
        + r"|"
        + MONTH_ALONE
        + r"|"
        + SEASON
        + r"|morning|afternoon|evening|night)"
        # "every Saturday night": that part of every such day
        r"(?:(?<=day)\s+(?P<wpod>morning|afternoon|evening|night)\b)?|"
        r"(?P<freq>(?:once|twice|thrice|"
        + NUM
        + r"\s+times)[-\s]+(?:a|an|per|each|every)[-\s]+(?P<funit>"
        r"second|minute|hour|day|week|month|year|decade|century))|(?P<setw>"
        + _alt(SETS)
        + r"))"
        + E,
        _h_set,
        keys={"every", "each", "once", "twice", "thrice", "times", "per", "annum"}
        | {w for k in SETS for w in k.split()},
        margins=(20, 25),
    ),
    _rule(
        "reference",
        B + r"(?P<ref>" + _alt(k for k, v in REF_WORDS.items() if v) + r")" + E,
        _h_ref,
        keys={k.split()[-1] for k, v in REF_WORDS.items() if v},
        margins=(24, 4),
    ),
    _rule(
        "quarter",
        # "the third quarter", "third-quarter (profit)", "the fiscal first quarter", "the 1988
        # second quarter", "this year's third quarter", "the year-ago quarter", "the quarter a
        # year ago", "last year's quarter", "the first half of 2023", "the end of the first
        # quarter of 2020"
        B
        + r"(?:(?P<qpre>the\s+(?:end|beginning|start|middle)\s+of)\s+(?=the\s|this\s|next\s|last\s))?"
        r"(?:the\s+(?!"
        + _QORD
        + r"-(?:quarter|half)\b)|(?:(?P<qcmod>"
        + DMOD
        + r")\s+)?(?:an?\s+)?(?=(?:quarter|half)\s+of\s+a\s+century|quarter\s+century))?"
        r"(?:(?:comparable|corresponding)\s+)?"
        r"(?:(?P<ago>year[-\s]ago|year[-\s]earlier)\s+)?"
        r"(?:(?P<ry0>this|last|next)\s+year's\s+|(?P<year0>" + YEAR + r")\s+)?"
        r"(?:fiscal[-\s]+)?"
        # "the December quarter", "the March 1986 quarter": the quarter that month closes
        r"(?:(?-i:(?P<qm>March|June|September|December))(?:\s+(?P<qmy>" + YEAR + r"))?"
        r"\s+(?=quarter\b))?"
        r"(?:(?P<ord>" + _QORD + r"|current|latest|most\s+recent|previous|past|coming|upcoming"
        r"|next|year-ago|year-earlier|same|this)[-\s]+(?:fiscal\s+)?)?(?P<q>quarter|half)"
        r"(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR + r")(?!\d)|(?:the\s+)?(?P<ry>this|last|next|the|"
        r"current)\s+(?:fiscal\s+)?year|fiscal\s+(?P<fy>"
        + YEAR
        + r")|the\s+(?:(?P<dec>1[5-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s))|(?P<agosfx>\s+a\s+year\s+(?:ago|earlier))"
        r"|(?P<qc>\s+of\s+a\s+century|(?<=quarter)\s+century)(?P<qcago>\s+ago)?)?"
        + E
        + r"(?!-\w)(?P<qn>)",
        _h_quarter_part,
        keys={"quarter", "half"},
        margins=(45, 32),
    ),
    _rule(
        "quarter_code",
        B
        + r"(?-i:(?P<qh>Q(?=[1-4])|H(?=[12]))(?P<qn>[1-4]))(?:\s+(?P<year>"
        + YEAR
        + r"))?(?P<q>)(?P<ord>)(?P<ry>)(?P<fy>)"
        + E,
        lambda m, c, s, e: _h_quarter(_Quarter(m), c, s, e),
        keys={"q", "h"},
        margins=(2, 10),
    ),
    _rule(
        "season",
        B
        + _PRE_POINT
        + r"(?:(?P<rel>this\s+past|this|last|next|past|coming|the\s+coming|the\s+past|the\s+last"
        r"|the\s+next|that\s+same|that|the\s+following|the\s+previous"
        r"|the(?:\s+(?P<sup>[a-z]+est))?)\s+)?(?P<s>" + SEASON + r")"
        r"(?:\s+(?:of\s+)?(?P<year>" + YEAR + r")(?P<yr2>[-/]\d\d(?![\d/-]))?"
        # "fall next year" only after "the"/"in": "rates may fall next year" is a verb
        r"|(?:(?<!fall)|(?<=the\sfall)|(?<=in\sfall))"
        r",?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?" + E,
        _h_season,
        keys=SEASONS,
        margins=(30, 14),
    ),
    _rule(
        "the_year",
        B
        + r"(?:(?P<pre>earlier|later|early|late)\s+(?:in\s+)?)?the\s+(?P<u>year)"
        + E
        + r"(?![-'])|"
        + B
        + r"(?P<pre2>earlier|later)\s+in\s+the\s+(?P<u2>day|week|month)"
        + E,
        _h_the_year,
        keys={"year", "week", "month", "day"},
        margins=(26, 4),
    ),
    _rule(
        "holiday",
        B
        + r"(?:(?P<rel>this|last|next)\s+)?(?:the\s+(?=Fourth))?(?P<hol>"
        + _cased(HOLIDAYS)
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r")(?!\d))?"
        + E,
        _h_holiday,
        keys=_HOLIDAY_KEYS,
        margins=(26, 12),
    ),
    _rule(
        "times_ago",
        B + r"(?P<n>" + NUM + r"|an?)\s+(?P<hol>" + _alt(_COUNTED_TIMES) + r")\s+ago" + E,
        _h_times_ago,
        keys={"ago"},
        margins=(40, 1),
    ),
    _rule(
        "mid_decade",
        B + r"mid-?(?P<unit>decade)" + E,
        _h_mid_decade,
        keys={"decade"},
        margins=(6, 1),
    ),
    # "the week after next", "the year before last": two units from the DCT's
    _rule(
        "unit_after_next",
        B + r"the\s+(?P<unit>week|month|year)\s+(?:(?P<after>after\s+next)|before\s+last)" + E,
        _h_unit_after_next,
        keys={"next", "last"},
        margins=(24, 2),
    ),
    # "the week after Thanksgiving", "the day before Christmas Eve": a day or week on from
    # (back from) the holiday's
    _rule(
        "unit_around_holiday",
        B
        + r"the\s+(?P<unit>day|week)\s+(?P<sig>after|before)\s+(?:the\s+(?=Fourth))?(?P<hol>"
        + _cased(HOLIDAYS)
        + r")(?![\w'])(?:,?\s+(?P<year>"
        + YEAR
        + r")(?!\d))?"
        + E,
        _h_unit_around_holiday,
        keys=_HOLIDAY_KEYS,
        margins=(24, 12),
    ),
    _rule(
        "month_span_quarter",
        B
        + r"(?:the\s+)?(?=(?:"
        + _QUARTER_MONTH_SPAN
        + "|"
        + _HALF_MONTHS
        + r")\s+period\b|[\w.]+\s*[-/]\s*[\w.]+\s+quarter\b)(?P<mon>"
        + MONTH
        + r")\s*[-/]\s*(?P<mon2>"
        + MONTH
        + r")\s+(?P<q>quarter|period)(?:\s+of\s+(?P<year>"
        + YEAR
        + r")(?!\d))?"
        + E,
        _h_month_span_quarter,
        keys={"quarter", "period"},
        margins=(30, 10),
    ),
    # "exports in January-March", "output during January-June 2001": a span of months after
    # a preposition, written with a hyphen, when it fills a quarter or a half ("in July/Sept."
    # stays two months)
    _rule(
        "month_span",
        r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bthroughout\s))(?="
        + _QUARTER_MONTH_SPAN
        + r"(?![\w-])|"
        + _HALF_MONTHS
        + r")(?P<mon>"
        + MONTH
        + r")\s*-\s*(?P<mon2>"
        + MONTH
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r")(?!\d))?"
        + E,
        _h_month_span_quarter,
        keys={"january", "jan", "april", "apr", "july", "jul", "october", "oct"},
        margins=(12, 24),
    ),
    _rule(
        "reporting_period",
        B
        + r"(?:(?:the\s+)?(?:(?:latest|year[-\s]ago|year[-\s]earlier|comparable|corresponding|same)"
        r"\s+){1,2}"
        r"period(?:\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?"
        r"|(?:the\s+)?year[-\s](?:ago|earlier)\s+week"
        r"|year-(?:ago|earlier)(?=\s+[a-z]))" + E,
        _h_period,
        keys={"period", "ago", "earlier"},
        margins=(40, 30),
    ),
    _rule(
        "week_of_month",
        B
        + r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>"
        + MONTH_ALONE
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r")(?!\d))?"
        + E,
        _h_week_of_month,
        keys={"week"},
        margins=(16, 24),
    ),
    _rule(
        "nth_day",
        B + r"(?:the|its|their|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        r"|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?day"
        + E
        + r"(?![-\w]|\s+(?:in|on)\s+(?:office|the\s+job))",
        _h_nth_day,
        keys={"day"},
        margins=(40, 20),
    ),
    # "on the 10th", "from the 18th to the 22nd": a day of the month in view, after a
    # preposition of time, closing its phrase (not "the 10th anniversary", "on the 3rd floor")
    _rule(
        "ordinal_day",
        r"(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in _ORDINAL_DAY_PREPS)
        + r")the\s+(?P<oday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|to|at|in|on|when|after|before|but|as|from|with"
        r"|by|until|till|or|of\s+(?:this|the\s+same)\s+month"
        # "protested on the 25th against the decree", "a decree announced on the 24th
        # abolishes": a preposition, or a verb in -s/-ed, goes on the sentence (no "the 24th
        # floor", "the 25th anniversary")
        r"|against|near|outside|amid|during|for|into|over|that|while|despite|following"
        r"|(?-i:said|says|told)|(?-i:[a-z]{3,}(?<![es]s)(?:ed|es)))\b)",
        _h_ordinal_day,
        number="ordinal",
        margins=(10, 24),  # right: the verb after it ("the 24th abolishes")
    ),
    _rule(
        "spoken_year",
        B
        + _PRE_POINT
        + r"(?:(?P<yc>eighteen|nineteen)\s+(?P<yt>"
        + _COMPOUND
        + "|"
        + "|".join(_TEENS + _TENS)
        + r")|(?:the\s+year\s+)?(?<!\w)(?P<ykilo>two\s+thousand)(?:\s+(?:and\s+)?(?P<yk>"
        + "|".join(_DIGITS_WORDS)
        + r"|ten|eleven|twelve))?)"
        + E
        + r"(?![-\w])",
        _h_spoken_year,
        keys={"eighteen", "nineteen", "thousand"},
        margins=(24, 24),
    ),
    _rule(
        "part_of_day",
        "(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in ("in", "by", "at", "during", "until", "from", "since"))
        # ("struck their targets in the early afternoon": "the" before "early"/"late" too)
        + r")(?:the\s+(?:(?=(?:early|late)\s+(?:morning|afternoon|evening)\b)(?P<podmod2>early|late)\s+)?"
        r"|(?P<mid>mid)-?\s?|(?P<podmod>early|late)\s+)"
        r"(?P<pod>morning|afternoon|evening)(?:\s+(?P<rd>yesterday|today|tomorrow))?" + E,
        _h_pod_of_day,
        keys={"morning", "afternoon", "evening"},
        margins=(14, 12),
    ),
    # "began at dawn", "By dawn the square had been cleared", "arrested in dawn raids": that
    # part of the day in view (not "as dawn broke", "a pre-dawn raid", "a dusk-to-dawn
    # curfew", as AQUAINT leaves them)
    _rule(
        "bare_dawn",
        r"(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in _DAWN_PREPS)
        + r")(?-i:(?P<pod>dawn|daybreak|dusk|nightfall|first\s+light|last\s+light))(?![\w-])"
        # "before dawn today": that part of the DCT's day (or the day before or after); "at
        # first light this morning"
        r"(?:\s+(?P<rd>today|yesterday|tomorrow|this\s+morning|this\s+evening)\b)?"
        r"|(?<![\w-])(?-i:(?P<pod2>dawn))(?=\s+(?:raids?|attacks?|assaults?|swoops?)\b)",
        _h_bare_dawn,
        keys={"dawn", "daybreak", "dusk", "nightfall", "light"},
        margins=(14, 14),
    ),
    _rule(
        "weekday_set",
        r"(?<![\w'])(?P<wd>" + _cased(_DATA["standalone_weekdays"]) + r")(?:s(?:\s+(?P<pod>"
        r"morning|afternoon|evening|night)s?)?|\s+(?P<pod2>morning|afternoon|evening|night)s)" + E,
        _h_weekday_set,
        keys={w.lower() + x for w in _DATA["standalone_weekdays"] for x in ("", "s")},
        margins=(0, 16),
    ),
    _rule(
        "year_period",
        B
        + r"the\s+(?:(?P<py>"
        + YEAR
        + r")\s+(?P<pu>period|quarter)|(?:full|whole|entire)\s+(?:fiscal\s+)?year)"
        + E
        + r"(?!-)",
        _h_year_period,
        keys={"period", "quarter", "full", "whole", "entire"},
        margins=(12, 12),
    ),
)


class _Proxy:
    """Match wrapper that supplies defaults for groups a pattern does not define."""

    __slots__ = ("_m", "_defaults")

    def __init__(self, m: re.Match, defaults: dict[str, Any]) -> None:
        self._m = m
        self._defaults = defaults

    def __getitem__(self, key: str):
        if key in self._defaults:
            v = self._defaults[key]
            return v(self._m) if callable(v) else v
        try:
            return self._m[key]
        except IndexError:
            return None


def _YearEnd(m: re.Match) -> _Proxy:  # noqa: N802
    return _Proxy(m, {"u": lambda x: x["u"] or x["u2"] or x["u3"] or "year"})


def _Dur(m: re.Match) -> _Proxy:  # noqa: N802
    return _Proxy(m, {"det": lambda x: x["det2"], "age": lambda x: x["age"]})


def _Quarter(m: re.Match) -> _Proxy:  # noqa: N802
    return _Proxy(
        m,
        {
            "q": lambda x: "half" if x["qh"] == "H" else "quarter",
            "ord": None,
            "ry": None,
            "fy": None,
            "dec": None,
        },
    )


_TRAILING = re.compile(r"[\s,]+$")


def _rule_index(rules: tuple[_Rule, ...]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Rule numbers by trigger word and by kind of number; refuses a rule nothing triggers
    (it would never run) and two rules of one name."""
    by_key: dict[str, list[int]] = {}
    by_number: dict[str, list[int]] = {kind: [] for kind in _NUMBER_KINDS}
    names: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.name in names:
            raise ValueError(f"two timex rules are named {rule.name!r}")
        names.add(rule.name)
        if not rule.keys and rule.number is None:
            raise ValueError(f"timex rule {rule.name!r} has no trigger word or number")
        for key in rule.keys:
            by_key.setdefault(key, []).append(i)
        if rule.number is not None:
            by_number[rule.number].append(i)
    return by_key, by_number


def _word_pattern(words: Iterable[str]) -> re.Pattern:
    """A regex matching any of ``words`` (lowercase letters) as a whole run of letters, its
    alternatives shared as a prefix tree ("ma(?:rch|y)") so each position is tried once."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternatives(node: dict[str, dict]) -> str:
        branches = [ch + alternatives(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(r"(?<![a-z])" + alternatives(tree) + r"(?![a-z])")


_KEY_RULES, _NUMBER_RULES = _rule_index(_RULES)
# trigger words as they can occur in text: a whole run of letters ("semi-annual" never does)
_KEY_WORDS = _word_pattern(k for k in _KEY_RULES if re.fullmatch("[a-z]+", k))
_NUMERIC_DATE_RULES = _NUMBER_RULES["date"]
_YEAR_RULES = _NUMBER_RULES["year"]
_DECADE_RULES = _NUMBER_RULES["decade"]
_CLOCK_RULES = _NUMBER_RULES["clock"]
_ORDINAL_RULES = _NUMBER_RULES["ordinal"]
_DIGITS = re.compile(r"\d+")
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_BARE_CLOCK_AFTER = re.compile(r":[0-5]\d(?![\d:])")
_BARE_CLOCK_BEFORE = re.compile(
    r"\b(?:(?:"
    + "|".join(_BARE_CLOCK_PREPS)
    + r")\s(?:(?:"
    + "|".join(_BARE_CLOCK_APPROX)
    + r")\s)?"
    r"|between\s|between\s\d\d:\d\d\sand\s)$"
)
_CLOCK_AFTER = re.compile(
    r"(?:[:.]\d\d)?\s*(?:[ap]\.?m\b)|\s*(?:gmt|utc|e[sd]t|bst|cet|local)\b|z\b"
)

# what a cable's four-digit clock time with no "hours" has after it ("1700 today", "0400 on
# Wednesday", "0800 14 april", "0700 seoul time"), in lower case
_CABLE_CLOCK_AFTER = re.compile(
    r"\s+(?:today|tomorrow|yesterday|tonight|this\s|on\s|\d{1,2}\s+[a-z]|[a-z]+(?:\s+[a-z]+)?\s+time\b|"
    + "|".join(w.lower() for w in _DATA["standalone_weekdays"])
    + ")"
)

_BARE_CABLE_CLOCK_AFTER = re.compile(r"[.,;:](?:\s|$)|$")


def _number_rules(lower: str, start: int, end: int) -> list[int]:
    """Rules a number at lower[start:end] may take part in."""
    size = end - start
    nxt = lower[end : end + 1]
    rules: list[int] = []
    if nxt in ("/", "-") and lower[end + 1 : end + 2].isdigit():
        rules += _NUMERIC_DATE_RULES
    if size == 4 or (size == 2 and lower[start - 2 : start] == "fy"):
        rules += _YEAR_RULES
    if nxt == "s" or lower[end : end + 2] == "'s":
        rules += _DECADE_RULES
    if size <= 2 and lower[end : end + 2] in _ORDINAL_ENDS and lower[start - 4 : start] == "the ":
        rules += _ORDINAL_RULES
    if (
        (size <= 4 and _CLOCK_AFTER.match(lower, end))
        or (size == 4 and lower.startswith((" hours", " hrs"), end))
        or (size == 4 and _CABLE_CLOCK_AFTER.match(lower, end))
        or (
            size == 4
            and lower[start - 3 : start] == "at "
            and _BARE_CABLE_CLOCK_AFTER.match(lower, end)
        )
        or (
            size <= 2
            and _BARE_CLOCK_AFTER.match(lower, end)
            and _BARE_CLOCK_BEFORE.search(lower, max(0, start - 21), start)
        )
    ):
        rules += _CLOCK_RULES
    return rules


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the merged text windows around the words that rule needs."""
    lower = text.lower()
    n = len(text)
    spans: list[list[tuple[int, int]]] = [[] for _ in _RULES]
    for m in _KEY_WORDS.finditer(lower):
        i, j = m.span()
        # a run of plain letters next to an accented one is part of a longer word
        if (i == 0 or not lower[i - 1].isalpha()) and (j >= n or not lower[j].isalpha()):
            for r in _KEY_RULES[m.group()]:
                spans[r].append((i, j))
    for m in _DIGITS.finditer(lower):
        for r in _number_rules(lower, m.start(), m.end()):
            spans[r].append(m.span())
    out: list[list[tuple[int, int]]] = []
    for r, sp in enumerate(spans):
        merged: list[tuple[int, int]] = []
        if sp:
            left, right = _RULES[r].margins
            for lo, hi in sorted(sp):
                lo, hi = max(0, lo - left), min(n, hi + right)
                if merged and lo <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
                else:
                    merged.append((lo, hi))
        out.append(merged)
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    cands = []
    for prio, windows in enumerate(_windows(text)):
        rx = _RULES[prio].pattern
        last_end = -1
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                s, e = m.span()
                if s < last_end:
                    continue
                brk = _PARAGRAPH_BREAK.search(text, s, e)
                if brk is not None:
                    # no expression runs across a blank line ("Sunday, 27 February" over a
                    # kick-off time "1500 GMT" in the next paragraph): the part before it
                    m = rx.match(text, s, brk.start())
                    if m is None:
                        continue
                    e = m.end()
                last_end = e
                trail = _TRAILING.search(text, s, e)
                if trail is not None and trail.end() == e:
                    e = trail.start()
                if e > s:
                    cands.append((s, e, prio, m))
    return cands


def _select(cands):
    """Longest non-overlapping candidates (ties: the earlier rule wins)."""
    chosen: list[tuple[int, int, int, re.Match]] = []
    starts: list[int] = []  # accepted spans, disjoint and sorted by start
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        s, e = c[0], c[1]
        i = bisect.bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _ascii_punct(text: str) -> str:
    """Typographic apostrophes and hyphens as ASCII ones, one character for one (replace is
    much faster than translate with a table)."""
    for typographic, ascii_ in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-")):
        text = text.replace(typographic, ascii_)
    return text


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_ONLY_VALUE = re.compile(r"\d{4}-\d\d")
_MONTH_IN_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?$")
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-|$)")
_PERIOD_VALUE = re.compile(r"(\d{4})(-(?:Q[1-4]|H[12]|\d\d))$")


log = logging.getLogger(__name__)
# what a handler meets on odd input ("February 30", a number too large for a date): no expression
_UNRESOLVABLE = (KeyError, ValueError, OverflowError, IndexError, TypeError)
_FAILED_RULES: set[str] = set()  # rules whose handler failed in this process (warned once)


def _apply(rule: _Rule, m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    """The rule's handler on one candidate; None (the candidate is skipped) when it cannot
    resolve it ("February 30") or fails. A skipped candidate leaves the anchors as they were;
    a failure other than an unresolvable date is logged once per rule."""
    anchor, last_quarter = ctx.anchor, ctx.last_quarter
    try:
        res = rule.handler(m, ctx, s, e)
    except _UNRESOLVABLE:
        res = None
    except Exception:
        res = None
        if rule.name not in _FAILED_RULES:
            _FAILED_RULES.add(rule.name)
            log.warning(
                "timex rule %r failed on %r; its candidates are skipped",
                rule.name,
                ctx.text[s:e],
                exc_info=True,
            )
    if res is None:
        ctx.anchor, ctx.last_quarter = anchor, last_quarter
    return res


_DURATION_PARTS = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?"
)
_DURATION_GAP = re.compile(r"(?:,|\s+and)?\s+")
_AND_GAP = re.compile(r"\s+and\s+")
_DURATION_UNITS = ("Y", "M", "W", "D", "H", "M", "S")


def _joined_duration(prev: Timex, value: str, text: str, start: int) -> str | None:
    """The value of "two hours 45 minutes" from its two parts, when ``prev`` is a counted
    duration just before ``value``'s and in larger units only (else None)."""
    if prev.type != "DURATION" or prev.anchor is not None:
        return None
    if not _DURATION_GAP.fullmatch(text, prev.end, start):
        return None
    if prev.mod is not None and not _AND_GAP.fullmatch(text, prev.end, start):
        return None  # "in almost two centuries, five days after": a bound joins only by "and"
    a, b = _DURATION_PARTS.fullmatch(prev.value), _DURATION_PARTS.fullmatch(value)
    if a is None or b is None:
        return None
    units_a = [i for i, g in enumerate(a.groups()) if g]
    units_b = [i for i, g in enumerate(b.groups()) if g]
    if not units_a or not units_b or max(units_a) >= min(units_b):
        return None
    parts = [x or y for x, y in zip(a.groups(), b.groups(), strict=True)]
    date = "".join(f"{n}{u}" for n, u in zip(parts[:4], _DURATION_UNITS[:4], strict=True) if n)
    time = "".join(f"{n}{u}" for n, u in zip(parts[4:], _DURATION_UNITS[4:], strict=True) if n)
    return "P" + date + ("T" + time if time else "")


_OR_SO = re.compile(r"\s+or\s+so\b(?!\s+(?:much|many|far|long|that|as)\b)", re.I)
_ENDS_IN_UNIT = re.compile(r"(?:" + UNIT + r"|\d)$", re.I)
_SPOKEN_YEAR_OF = re.compile(r"\s+(?:of\s+)?", re.I)
_MONTH_OR_SEASON_VALUE = re.compile(r"\d{4}-(\d{2}|SP|SU|FA|WI)")


_WEEK_TO = re.compile(r",?\s+(?:to|ended|ending|through|until)\s+(?:on\s+)?", re.I)


def _week_ending(prev: Timex, value: str, text: str, start: int) -> Timex | None:
    """ "the week to 25 December", "the week ended Friday": the ISO week holding most of the
    seven days that end on the day named (not the publication week), or None."""
    if (
        prev.type != "DATE"
        or not prev.text.lower().endswith("week")
        or _WEEK_TO.fullmatch(text, prev.end, start) is None
    ):
        return None
    last = dt.date.fromisoformat(value[:10])
    return Timex(
        prev.start,
        prev.end,
        prev.text,
        prev.type,
        _fmt(last - dt.timedelta(days=3), "W"),
        prev.mod,
        prev.anchor,
    )


# a week reported on, which "the previous week" steps back from ("the week" of "the week
# ended March 13", "last week", "earlier this week"; not "the previous week" itself)
_REPORTED_WEEK = re.compile(r"(?:(?:earlier|later|late|early)\s+)?(?:the|this|last)\s+week", re.I)


def _week_start(value: str) -> dt.date:
    """The Monday of an ISO week value ("1987-W11", "1987-W11-WE")."""
    m = _WEEK_VALUE.match(value)
    return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)


# a length or a night whose unit is capitalised mid-sentence is a title ("the hit single
# One Night", "told CBS's 60 Minutes", "Ant & Dec's Saturday Night Takeaway"); case-sensitive
_TITLE_UNIT = re.compile(
    r"(?<=[a-z,] )(?:[\w-]+ )?(?:Minutes|Hours|Days|Nights|Night|Weeks|Months|Years)$"
)


# an award or a title: "Novel of the Year", "Goal of the Month", "Player of the Day"
_TITLE_PERIOD = re.compile(r"(?<=[a-z] of )the (?:Year|Month|Week|Day|Decade|Century)$")


def tag(text: str, dct: dt.date | None, *, doc=None) -> list[Timex]:
    """Temporal expressions of ``text`` with TIMEX3 type/value/mod, in text order."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    # typographic apostrophes and dashes match like ASCII ones (same length: offsets hold)
    scan = _ascii_punct(text)
    ctx = _Ctx(scan, dct, doc)
    out: list[Timex] = []
    for s, e, prio, m in _select(_candidates(scan)):
        if out and s < out[-1].end:
            continue  # inside an expression a rule before widened ("the same period in 1997")
        before, quarter_before = ctx.anchor, ctx.last_quarter
        res = _apply(_RULES[prio], m, ctx, s, e)
        if res is None:
            continue
        typ, value, mod = res[:3]
        if (typ in ("DURATION", "TIME") and _TITLE_UNIT.match(scan, s, e)) or (
            typ == "DATE" and _TITLE_PERIOD.match(scan, s, e)
        ):
            # "the song One Night", "CBS's 60 Minutes", "Saturday Night Takeaway": no date, so
            # later "the next day" is not dated from the title's Saturday
            ctx.anchor, ctx.last_quarter = before, quarter_before
            continue
        if typ == "DATE" and _RECORD_SINCE_BEFORE.search(scan, max(0, s - 90), s):
            # "the fastest growth since the second quarter of 2010", "the lowest since 1974":
            # a record's term of comparison is no time the story moves to ("the previous
            # quarter", "the following year", "the month" after it hang on the time before)
            ctx.anchor, ctx.last_quarter = before, quarter_before
        anchor = None
        if len(res) == 4:
            s, e, anchor = res[3]
        if (
            _RULES[prio].name == "spoken_year"
            and out
            and _SPOKEN_YEAR_OF.fullmatch(scan, out[-1].end, s)
        ):
            # "January nineteen ninety-seven", "the winter of nineteen ninety-four": one date
            prev = out.pop()
            month_or_season = _MONTH_OR_SEASON_VALUE.fullmatch(prev.value)
            if month_or_season is None:
                out.append(prev)
            else:
                s, value = prev.start, value + prev.value[4:]
                if month_or_season[1].isdigit():
                    ctx.anchor = dt.date(int(value[:4]), int(month_or_season[1]), 1)
        if typ == "DURATION" and out and anchor is None:
            joined = _joined_duration(out[-1], value, scan, s)
            if joined is not None:
                # "two hours 45 minutes", "three years and six months": one length ("up to
                # 2 minutes and 40 seconds": the first part's bound bounds the whole)
                prev = out.pop()
                s, value, mod = prev.start, joined, mod or prev.mod
        or_so = _OR_SO.match(scan, e) if typ in ("DATE", "DURATION") else None
        if or_so is not None and _ENDS_IN_UNIT.search(scan, s, e):
            # "the next year or so", "two years or so": the hedge is part of the expression
            e, mod = or_so.end(), mod or "APPROX"
        if typ in ("DATE", "TIME") and _DAY_VALUE.match(value):
            ctx.days_named.append((s, dt.date.fromisoformat(value[:10])))
            if typ == "TIME" and _CLOCK_VALUE.match(value):
                ctx.last_clock = (dt.date.fromisoformat(value[:10]), s)
        if typ == "DATE" and out and _DAY_VALUE.match(value):
            week_to = _week_ending(out[-1], value, scan, s)
            if week_to is not None:
                out[-1] = week_to  # "the week to 25 December": the week that day ends
                ctx.last_week = (_week_start(week_to.value), s)
        if typ == "DATE" and value.endswith("-WE") and _WEEK_VALUE.fullmatch(value):
            ctx.last_weekend = (value, s)
        if typ == "DATE" and _REPORTED_WEEK.fullmatch(scan, s, e) and _WEEK_VALUE.fullmatch(value):
            ctx.last_week = (_week_start(value), s)
        if (
            typ == "DATE"
            and _CALENDAR_VALUE.match(value)
            and not (
                _RULES[prio].name in ("reporting_period", "quarter", "ago")
                and _YEAR_BACK_PERIOD.search(scan, s, e)
            )
        ):
            ctx.prev_date, ctx.last_date = ctx.last_date, (value, s)
            if (
                _MONTH_ONLY_VALUE.fullmatch(value)
                and not _FROM_BEFORE.search(scan, max(0, s - 6), s)
                and not _COMPARED_FIGURE_BEFORE.search(scan, max(0, s - 50), s)
            ):
                ctx.reported_month = (value, s)
        elif typ == "DATE" and value.startswith("XXXX"):
            ctx.unknown_date_pos = s
        if typ == "DATE" and _DAY_OR_MONTH_VALUE.fullmatch(value) and _timeline_entry(ctx, s, e):
            ctx.last_entry = (value, s)
        if (
            typ == "TIME"
            and ctx.anchor is before
            and _DAY_VALUE.match(value)
            and _DAY_NAMED_IN.search(scan, s, e)
        ):
            # "about 1:15 a.m. Saturday ... the next day": a clock time naming its day dates
            # what follows as the day alone would
            ctx.anchor = dt.date.fromisoformat(value[:10])
        if ctx.anchor is not before:
            ctx.anchor_pos = s
            ctx.anchor_is_day = typ == "DURATION" or _DAY_VALUE.match(value) is not None
        if (
            typ == "TIME"
            and out
            and _CONVERSION_GAP.fullmatch(scan, out[-1].end, s)
            and _BARE_CLOCK.fullmatch(scan, s, e)
        ):
            value = _converted_time(out[-1].value, value)
        out.append(Timex(s, e, text[s:e], typ, value, mod, anchor))
    out = _joined_weekdays(_joined_months(out, scan, dct), scan)
    out = _weeks_of_days(_clocks_on_days_after(_clock_ranges(out, scan), scan), text)
    out = _years_to_months(_parts_of_months(_parts_of_named_days(out, text), text), text)
    out = _counted_from(_ranges_forward(_day_ranges(out, scan), scan), scan)
    return _days_from_d_day(out, text, dct)


# a day named inside a clock time ("1:15 a.m. Saturday", "10 p.m. on March 3", "noon yesterday")
_DAY_NAMED_IN = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
# a record before "since" in its clause ("the lowest since", "the first contraction since",
# "its biggest drop since")
_RECORD_SINCE_BEFORE = re.compile(
    r"\b(?:first|highest|lowest|fastest|slowest|biggest|largest|smallest|strongest|weakest|"
    r"best|worst|sharpest|steepest|deepest|longest|shortest|heaviest)\b"
    r"[^.;:!?()]{0,70}\bsince\s+$",
    re.I,
)
# "11:30 p.m. local time (1530 GMT)": the same moment in another zone, in brackets
_CONVERSION_GAP = re.compile(r"[ \t]*\([ \t]*")
# a clock time with no day of its own ("1530 GMT", "3:40 p.m. ET")
_BARE_CLOCK = re.compile(r"[\d:.]+(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{1,5}|\s+local\s+time)?", re.I)
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")


def _converted_time(local: str, other: str) -> str:
    """The value of a clock time given in brackets as the time ``local`` in another zone: on
    that time's day, or the day before or after when the hours are more than 12 apart
    ("2 a.m. local time (1800 GMT)" is the evening before)."""
    first, second = _CLOCK_VALUE.fullmatch(local), _CLOCK_VALUE.fullmatch(other)
    if first is None or second is None:
        return other
    day = dt.date.fromisoformat(first[1])
    gap = int(second[2]) - int(first[2])
    if gap > 12:
        day -= dt.timedelta(days=1)
    elif gap < -12:
        day += dt.timedelta(days=1)
    return day.isoformat() + other[10:]


_RANGE_WORD = r"\s*(?:-|\u2013|to|and|or|until|till|through|thru)\s*"
# "5-6 March", "from 6 to 9 January": a day's number before a range word and a dated day
_FIRST_DAY_BEFORE = re.compile(
    r"(?<![\w$.,/-])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?" + _RANGE_WORD + r"$", re.I
)
# "March 5-6", "April 24 and 25": a day's number after a dated day and a range word, before
# a stop or a word that no amount takes ("March 5 to 7 pct" is no range of days)
_LAST_DAY_AFTER = re.compile(
    _RANGE_WORD + r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,\s*(?P<year>" + YEAR + r"))?"
    r"(?![\w.,/%-]*\d)"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:in|at|on|and|for|with|when|as|after|before|to)\b)",
    re.I,
)
_DAY_FIRST = re.compile(r"\d")
_MONTH_FIRST_DAY = re.compile(r"[A-Za-z][A-Za-z.]*\s+\d{1,2}(?:st|nd|rd|th)?$")


def _day_ranges(out: list[Timex], text: str) -> list[Timex]:
    """A range or choice of days of one month written once ("on 5-6 March", "from 6 to 9
    January", "April 24 and 25", "on 6 or 7 January") is two dates, the bare number taking
    the month and year of the dated day (as TimeBank tags "April 24 and 25"); the bare
    number must be the earlier day."""
    added: list[Timex] = []
    dropped: set[int] = set()
    for i, t in enumerate(out):
        if not _DAY_VALUE.fullmatch(t.value):
            continue
        day = int(t.value[8:10])
        if _DAY_FIRST.match(t.text):
            prev_end = out[i - 1].end if i else 0
            m = _FIRST_DAY_BEFORE.search(text, max(prev_end, t.start - 12), t.start)
            if m is not None and int(m["day"]) < day:
                added.append(_other_day(t, text, m.start("day"), m.end("day"), int(m["day"])))
            continue
        if not _MONTH_FIRST_DAY.fullmatch(t.text):
            continue
        # the number may run into a year tagged alone: "March 5-6, 1987" is two days of 1987
        after = out[i + 1] if i + 1 < len(out) else None
        m = _LAST_DAY_AFTER.match(text, t.end, after.end if after else len(text))
        if m is None or int(m["day"]) <= day:
            continue
        if m["year"]:
            if after is None or (after.start, after.end) != m.span("year"):
                continue
            dropped.add(i + 1)
            t = out[i] = replace(t, value=f"{m['year']}{t.value[4:]}")
        elif after is not None and after.start < m.end():
            continue
        added.append(_other_day(t, text, m.start("day"), m.end(), int(m["day"])))
    if not added:
        return out
    kept = [t for k, t in enumerate(out) if k not in dropped]
    return sorted(kept + added, key=lambda t: t.start)


# "from Nov. 3 to Feb. 20", "from September through June": the words between a range's ends
_RANGE_TO = re.compile(r"\s*(?:-|\u2013|to|through|thru|until|till)\s+", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# a month a figure is compared with ("up from 4.6 percent in February"): no month reported on
_COMPARED_FIGURE_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+with)\s+(?:[^\s,;]+\s+){1,4}in\s+$", re.I
)
_NO_YEAR = re.compile(r"[^\d]*(?:\d{1,2}(?:st|nd|rd|th)?)?[^\d]*")


def _ranges_forward(out: list[Timex], text: str) -> list[Timex]:
    """A range of two days or months written without their years runs forward: "the
    exhibition runs from Nov. 3 to Feb. 20" (in June) ends in the February after that
    November, and "from September to June" in the June after, whatever each end read alone
    would be."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        unit = _range_unit(a.value)
        if (
            unit is None
            or unit != _range_unit(b.value)
            or not _RANGE_TO.fullmatch(text, a.end, b.start)
            or not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
            or not (_NO_YEAR.fullmatch(a.text) and _NO_YEAR.fullmatch(b.text))
            or b.value[4:] >= a.value[4:]
            or b.value[:4] > a.value[:4]
        ):
            continue
        out[i + 1] = replace(b, value=f"{int(a.value[:4]) + 1:04d}{b.value[4:]}")
    return out


def _range_unit(value: str) -> str | None:
    """ "D" or "M" for a day or month value, else None."""
    if _DAY_VALUE.fullmatch(value):
        return "D"
    return "M" if _MONTH_ONLY_VALUE.fullmatch(value) else None


def _other_day(t: Timex, text: str, s: int, e: int, day: int) -> Timex:
    """The day ``day`` of the month of ``t``'s value, at ``text[s:e]``."""
    return Timex(s, e, text[s:e], "DATE", f"{t.value[:8]}{day:02d}", None)


_WEEKDAY_RANGE = re.compile(r"\s*(?:-|\u2013|to|through|thru|until|till)\s*", re.I)
_BARE_WEEKDAY = re.compile(r"(?:" + _alt(WEEKDAYS) + r")\.?", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _joined_weekdays(out: list[Timex], text: str) -> list[Timex]:
    """A range of two bare weekdays runs forward: the second is the first of its days on or
    after the first ("runs Tuesday through Thursday" read on a Wednesday is next week's
    Tuesday to Thursday, not next Tuesday back to tomorrow; "between Friday and Sunday")."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (
            _DAY_VALUE.fullmatch(a.value)
            and _DAY_VALUE.fullmatch(b.value)
            and _BARE_WEEKDAY.fullmatch(a.text)
            and _BARE_WEEKDAY.fullmatch(b.text)
            and (
                _WEEKDAY_RANGE.fullmatch(text, a.end, b.start)
                # "sometime between Friday and Sunday": a range too
                or (
                    _AND_GAP.fullmatch(text, a.end, b.start)
                    and _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start)
                )
            )
        ):
            continue
        first, last = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
        moved = first + dt.timedelta(days=(last.weekday() - first.weekday()) % 7)
        if moved != last:
            out[i + 1] = replace(b, value=moved.isoformat())
    return out


# "4 p.m. the next day", "at noon, the following day": the clock's day is the day after it
_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?")
_ANAPHORIC_DAY = re.compile(r"(?:that|the\s+(?:next|following|previous|same))\s+day", re.I)


def _clocks_on_days_after(out: list[Timex], text: str) -> list[Timex]:
    """A clock time right before a day told by reference ("returned its verdict shortly before
    4 p.m. the next day") is on that day, not the day named before the clock."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.type == "TIME"
            and _DAY_VALUE.match(a.value)
            and _DAY_VALUE.fullmatch(b.value)
            and _ANAPHORIC_DAY.fullmatch(b.text)
            and _CLOCK_DAY_GAP.fullmatch(text, a.end, b.start)
        ):
            out[i] = replace(a, value=b.value + a.value[10:])
            if text[a.end : b.start].isspace():
                # "at noon the next day": one expression, that time of that day
                out[i] = replace(out[i], end=b.end, text=text[a.start : b.end])
                out[i + 1] = replace(b, start=-1)
    return [t for t in out if t.start >= 0]


# a bare clock time (its hours word, zone or "local time" only) before another of a range
_RANGE_CLOCK = re.compile(
    r"(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?:[:.]?\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:hours|hrs))?(?:\s+(?:GMT|UTC|local(?:\s+time)?))?",
    re.I,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|to|and|until|till)\s*", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)


def _clock_ranges(out: list[Timex], text: str) -> list[Timex]:
    """The first end of a range of clock times that names no day takes the day the second
    names ("fighting which lasted from 0500 hours to 1900 hours yesterday", "between 8 a.m.
    and 2 p.m. on Sunday"): a range is told on one day."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.type == "TIME"
            and b.type == "TIME"
            and _CLOCK_VALUE.fullmatch(a.value)
            and _CLOCK_VALUE.fullmatch(b.value)
            and a.value[:10] != b.value[:10]
            and _RANGE_CLOCK.fullmatch(a.text)
            and not _RANGE_CLOCK.fullmatch(b.text)
            and _RANGE_JOIN.fullmatch(text, a.end, b.start)
            and _RANGE_OPEN.search(text, max(0, a.start - 9), a.start)
        ):
            out[i] = replace(a, value=b.value[:10] + a.value[10:])
    return out


# "the morning of March 25", "the afternoon of the 24th", "the early hours of Tuesday": that
# part of the day named after it ("the night of June 3" keeps its date alone, as AQUAINT tags
# it)
_DAYS_PART_OF_BEFORE = re.compile(
    r"\bthe\s+(?:(?P<pod>morning|afternoon|evening)|(?:early|small|wee)\s+hours)\s+of\s+$", re.I
)


_THIS_MORNING = re.compile(r"this\s+morning", re.I)


def _parts_of_named_days(out: list[Timex], text: str) -> list[Timex]:
    """A part of the day before "of" and a day ("on the morning of March 25", "in the early
    hours of Tuesday") is one TIME, that part of that day, as TimeML writes it (the early
    hours are the morning's, ``TMO``); a part of the day tagged alone before it is dropped."""
    res: list[Timex] = []
    for t in out:
        part = None
        if t.type == "DATE" and _DAY_VALUE.fullmatch(t.value):
            part = _DAYS_PART_OF_BEFORE.search(text, max(0, t.start - 24), t.start)
        elif t.type == "TIME" and _THIS_MORNING.fullmatch(t.text):
            # "in the early hours of this morning": one TIME, the DCT's morning
            part = _DAYS_PART_OF_BEFORE.search(text, max(0, t.start - 24), t.start)
            if part is not None and part["pod"]:
                part = None
        if part is not None and res and res[-1].end > part.start():
            if res[-1].type == "TIME" and res[-1].start >= part.start():
                res.pop()  # "the morning" tagged alone before "of October 4"
            else:
                part = None
        if part is not None and t.type == "TIME":
            t = replace(t, start=part.start(), text=text[part.start() : t.end])
        elif part is not None:
            pod = PARTS_OF_DAY[part["pod"].lower()] if part["pod"] else "MO"
            t = replace(
                t,
                start=part.start(),
                text=text[part.start() : t.end],
                type="TIME",
                value=f"{t.value}T{pod}",
                mod=None,
            )
        res.append(t)
    return res


# "the last ten days of July", "the first half of next month": the start or end of that month
_PART_OF_MONTH_BEFORE = re.compile(
    r"\bthe\s+(?:(?P<first>first|opening)|last|final|closing|latter|second)\s+(?:(?:\d{1,2}|"
    + NUMWORD
    + r"|few)\s+days|half)\s+of\s+$",
    re.I,
)
_MONTH_VALUE = re.compile(r"\d{4}-[01]\d")


def _parts_of_months(out: list[Timex], text: str) -> list[Timex]:
    """The first or last days or half of a month ("rainfall in the last ten days of June",
    "talks in the first half of next month", the Chinese 上旬 and 下旬 as agencies translate
    them) are that month, one DATE with ``START`` or ``END``; a length tagged alone before it
    ("the last ten days") is dropped (not a count of months: "the first nine months of the
    year" stays a length, as TimeBank writes it)."""
    res: list[Timex] = []
    for t in out:
        part = None
        if t.type == "DATE" and _MONTH_VALUE.fullmatch(t.value) and not t.mod:
            part = _PART_OF_MONTH_BEFORE.search(text, max(0, t.start - 40), t.start)
        if part is not None and res and res[-1].end > part.start():
            if res[-1].type == "DURATION" and res[-1].start >= part.start():
                res.pop()
            else:
                part = None
        if part is not None:
            t = replace(
                t,
                start=part.start(),
                text=text[part.start() : t.end],
                mod="START" if part["first"] else "END",
            )
        res.append(t)
    return res


# "growth in the year to March 2002": a year's length up to a month
_YEAR_TO_GAP = re.compile(r"\s+to\s+")
_YEAR_LENGTH = re.compile(r"the\s+year", re.I)


def _years_to_months(out: list[Timex], text: str) -> list[Timex]:
    """ "the year to March 2002" is one length, as "the year ended June 30" is (``P1Y``), not
    a year and a month ("the 12 months to February" stays two, as the press dev file writes
    it)."""
    res: list[Timex] = []
    for t in out:
        if (
            res
            and t.type == "DATE"
            and _MONTH_VALUE.fullmatch(t.value)
            and _YEAR_LENGTH.fullmatch(res[-1].text)
            and _YEAR_TO_GAP.fullmatch(text, res[-1].end, t.start)
        ):
            a = res.pop()
            # (the month it runs to still dates an event told of it: ``anchor``)
            t = Timex(a.start, t.end, text[a.start : t.end], "DURATION", "P1Y", None, t.value)
        res.append(t)
    return res


# "the week of 13 January", "the week of Jan. 13": the week that day falls in
_WEEK_OF_BEFORE = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.I)


def _weeks_of_days(out: list[Timex], text: str) -> list[Timex]:
    """ "the week of" before a day is that day's ISO week, one expression, as TimeML writes
    it ("a hearing is listed for the week of 13 January")."""
    for i, t in enumerate(out):
        if not _DAY_VALUE.fullmatch(t.value):
            continue
        week = _WEEK_OF_BEFORE.search(text, max(0, t.start - 14), t.start)
        if week is None or (i and out[i - 1].end > week.start()):
            continue
        value = _fmt(dt.date.fromisoformat(t.value), "W")
        out[i] = replace(t, start=week.start(), text=text[week.start() : t.end], value=value)
    return out


def _counted_from(out: list[Timex], text: str) -> list[Timex]:
    """A length counted from a day ("a week from Friday", "ten days from June 3") stays two
    expressions, as TimeML writes it, but the length carries the day it reaches, which dates
    an event as "three days later" does; not a span that starts on that day ("for a year
    from March 1", "over four years from April 1")."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        length = _SIMPLE_LENGTH.fullmatch(a.value)
        if (
            length is None
            or a.type != "DURATION"
            or a.anchor is not None
            or a.mod is not None
            or not _DAY_VALUE.fullmatch(b.value)
            or not _FROM_BETWEEN.fullmatch(text, a.end, b.start)
            or _SPAN_OF_BEFORE.search(text, max(0, a.start - 24), a.start)
        ):
            continue
        try:
            day = _shift(dt.date.fromisoformat(b.value[:10]), int(length[1]), length[2])
        except (ValueError, OverflowError):
            continue  # past the calendar's last year: "10,000 years from today"
        out[i] = replace(a, anchor=day.isoformat())
    return out


_SIMPLE_LENGTH = re.compile(r"P(\d+)([DWMY])")
# "D+3", "D-1", "G+2": a day counted from an operation's first day (D-Day, the ground war's
# G-Day), as military briefings write it (after a preposition of time or "is": not "the D-2
# rocket")
_D_DAY_COUNT = re.compile(
    r"\b(?:on|by|from|until|till|at|before|after|since|is|was)\s+(?P<d>(?-i:[DG])(?P<sign>[+-])"
    r"(?P<n>\d{1,3}))(?![\w+-])",
    re.I,
)
# the start of an operation before the day it began on ("began on", "crossed into Iraq on",
# "Since 24 March", "launched at 0100 hours on Friday", "began at dawn on Saturday"): a D-Day
_START_BEFORE_DAY = re.compile(
    r"\b(?:began|begun|begin|started|launched|opened|commenced|crossed\b[^.;]{0,40}?|"
    r"since)\s+(?:on\s+|at\s+)?(?:the\s+)?$",
    re.I,
)
_D_DAY_REACH = 90  # days before the DCT an operation's D-Day may lie
_OPERATION_NOUN = _alt(_DATA["operation_nouns"])
# "Day 13 of Operation Allied Force", "Operation Protective Edge, Day 13:": the operation's
# thirteenth day
_DAY_NUMBER = re.compile(
    r"(?<![\w-])(?-i:Day)\s+(?P<n>\d{1,3})(?=\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])|"
    + _OPERATION_NOUN
    + r")|\s*:)",
)
# "the first day of the operation", "the third day of the fighting", "its fourth day": an
# operation's day counted from its first
_NTH_DAY_OF = re.compile(
    r"(?<![\w-])(?:the|its)\s+(?P<nth>"
    + _alt(ORDINALS)
    + r")\s+day\s+of\s+(?:the\s+|its\s+|(?-i:(?=[A-Z])))(?P<op>(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    + _OPERATION_NOUN
    + r"|(?-i:Operation)\s)",
    re.I,
)
_TODAY_IS_BEFORE = re.compile(r"\b(?:today|this)\s+is\s+$", re.I)
_DAY_APPOSED = re.compile(r",\s+$")
_D_DAY_MARKS = ("D+", "D-", "G+", "G-")  # what every `_D_DAY_COUNT` match holds
# what every `_DAY_NUMBER` or `_NTH_DAY_OF` match holds: a text without it has no operation day
_OPERATION_DAY = re.compile(r"(?-i:Day)\s+\d|\bday\s+of\s", re.I)


def _days_from_d_day(out: list[Timex], text: str, dct: dt.date | None) -> list[Timex]:
    """A day counted from D-Day ("Marines reached An Nasiriyah on D+3"): the day that many
    days on from (back from) the day the text names as an operation's start, before or
    after the count ("crossed into Iraq on 20 March", "Since 24 March, aircraft have flown
    2,000 sorties"; the earliest such day within `_D_DAY_REACH` days before the DCT). Left
    untagged with no DCT or no such day."""
    if dct is None or not (any(m in text for m in _D_DAY_MARKS) or _OPERATION_DAY.search(text)):
        return out
    starts = [
        _start_day(t)
        for t in out
        if t.type in ("DATE", "TIME")
        and _DAY_VALUE.match(t.value)
        and _START_BEFORE_DAY.search(text, max(0, t.start - 60), t.start)
        and 0 <= (dct - _start_day(t)).days <= _D_DAY_REACH
    ]
    d_day = min(starts) if starts else None
    added: list[Timex] = []
    for m in _D_DAY_COUNT.finditer(text) if d_day is not None else ():
        s, e = m.span("d")
        if any(t.start < e and s < t.end for t in out):
            continue
        n = int(m["n"]) * (1 if m["sign"] == "+" else -1)
        day = (d_day + dt.timedelta(days=n)).isoformat()
        added.append(Timex(s, e, text[s:e], "DATE", day))
    for m in _DAY_NUMBER.finditer(text):
        s, e = m.span()
        if any(t.start < e and s < t.end for t in out):
            continue
        if _TODAY_IS_BEFORE.search(text, max(0, s - 12), s) or (
            s < 60 and not re.search(r"[.!?]\s", text[:s])
        ):
            day = dct.isoformat()  # "Today is Day 13 of ...", a report headed "..., Day 13:"
        elif d_day is not None:
            day = (d_day + dt.timedelta(days=int(m["n"]) - 1)).isoformat()
        else:
            continue
        added.append(Timex(s, e, text[s:e], "DATE", day))
    out = sorted(out + added, key=lambda t: t.start) if added else out
    return _nth_days_of_operation(out, text, d_day)


def _start_day(t: Timex) -> dt.date:
    """The day an expression naming an operation's start stands for (the day after for
    "midnight on Wednesday, March 25", whose end it is)."""
    day = dt.date.fromisoformat(t.value[:10])
    return day + dt.timedelta(days=1) if t.value.endswith("T24:00") else day


def _nth_days_of_operation(out: list[Timex], text: str, d_day: dt.date | None) -> list[Timex]:
    """An operation's day by its number ("the third day of the fighting", "its fourth day of
    the offensive", "the first day of the operation") is counted from the day the text names
    as its start; the first day set beside a day ("on Friday, the first day of the
    operation") is that day. A first day with no known start stays untagged."""
    added: list[Timex] = []
    for m in _NTH_DAY_OF.finditer(text):
        n = ORDINALS[m["nth"].lower()]
        s, e = m.start(), text.rfind("day", m.start(), m.start("op")) + 3
        if text[s:].lower().startswith("its "):
            s += 4
        i = next((k for k, t in enumerate(out) if t.start < e and s < t.end), None)
        before = next((t for t in reversed(out) if t.end <= s), None)
        day = None
        if (
            n == 1
            and before is not None
            and before.type == "DATE"
            and _DAY_VALUE.fullmatch(before.value)
            and _DAY_APPOSED.fullmatch(text, before.end, s)
        ):
            day = before.value
        elif d_day is not None:
            day = (d_day + dt.timedelta(days=n - 1)).isoformat()
        if day is None:
            continue
        if i is not None:
            out[i] = replace(out[i], value=day)
        elif n == 1:
            added.append(Timex(s, e, text[s:e], "DATE", day))
    return sorted(out + added, key=lambda t: t.start) if added else out


_SPAN_OF_BEFORE = re.compile(r"\b(?:over|for|within|during|throughout|of|lasting)\s+$", re.I)
_FROM_BETWEEN = re.compile(r"\s+from\s+(?:(?:this|next|last)\s+)?", re.I)


# months joined into a list or a range ("in July or August", "May/June", "from April to
# September", "April, August, September and December last year")
_MONTH_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|to|through|until)\s+|[-/]\s*)")
_BARE_MONTH = re.compile(r"(?:(?:early|mid|late)\s+|mid-)?" + MONTH + r"\.?", re.I)
_DATED_MONTH = re.compile(
    r"(?:(?:early|mid|late)\s+|mid-)?" + MONTH + r"\.?,?\s+(?:\d{4}|(?:last|this|next)\s+year)",
    re.I,
)


def _joined_months(out: list[Timex], text: str, dct: dt.date | None) -> list[Timex]:
    """Months joined into one list or range share a year, each month read alone may not: the
    months before a dated last one take its year ("April, August, September and December last
    year"), and two bare months in calendar order read in different years, one of them the
    DCT's, both take the DCT's ("scheduled for July or August", "the July-December ceiling",
    "for May/June"), unless the first is a month of this year already past and the second
    last year's ("79.6 pct in January and December", in March: listed backwards). A range
    across New Year ("September-January") keeps its two years."""
    if dct is None:
        return out
    i = 0
    while i < len(out):
        chain = [i]
        while (
            chain[-1] + 1 < len(out)
            and _MONTH_VALUE.fullmatch(out[chain[-1]].value)
            and _MONTH_VALUE.fullmatch(out[chain[-1] + 1].value)
            and _MONTH_JOIN.fullmatch(text, out[chain[-1]].end, out[chain[-1] + 1].start)
        ):
            chain.append(chain[-1] + 1)
        i = chain[-1] + 1
        if len(chain) < 2 or not all(_BARE_MONTH.fullmatch(out[k].text) for k in chain[:-1]):
            continue
        months = [int(out[k].value[5:7]) for k in chain]
        if months != sorted(set(months)):
            continue  # not in calendar order: listed backwards or across New Year
        last = out[chain[-1]]
        if _DATED_MONTH.fullmatch(last.text):
            year = last.value[:4]
        elif _BARE_MONTH.fullmatch(last.text) and len(chain) == 2:
            years = [out[k].value[:4] for k in chain]
            if years[0] == years[1] or str(dct.year) not in years:
                continue
            if years[0] == str(dct.year) and months[0] < dct.month:
                continue  # "79.6 pct in January and December": the months just past, backwards
            year = str(dct.year)
        else:
            continue
        for k in chain:
            out[k] = replace(out[k], value=year + out[k].value[4:])
    return out


# --------------------------------------------------------------------------- event dates

_DAY_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_PART_VALUE = re.compile(r"(\d{4})-([QH])([1-4])")
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_VALUE = re.compile(r"\d{4}")
_DECADE_VALUE = re.compile(r"\d{3}")


def timex_interval(value: str) -> tuple[str | None, str | None, str]:
    """(start, end, granularity) of a DATE/TIME value; (None, None, "unknown") if vague."""
    v = value.removeprefix("FY")
    try:
        if _DAY_PREFIX.match(v):
            d = dt.date.fromisoformat(v[:10])
            return d.isoformat(), d.isoformat(), "day"
        m = _WEEK_VALUE.fullmatch(v)
        if m:
            monday = _week_start(v)
            first = monday + dt.timedelta(days=5 if m[3] else 0)
            return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week"
        m = _MONTH_VALUE.fullmatch(v)
        if m:
            first = dt.date(int(m[1]), int(m[2]), 1)
            last = _add_months(first, 1) - dt.timedelta(days=1)
            return first.isoformat(), last.isoformat(), "month"
        m = _PART_VALUE.fullmatch(v)
        if m:
            size = 3 if m[2] == "Q" else 6
            first = dt.date(int(m[1]), (int(m[3]) - 1) * size + 1, 1)
            last = _add_months(first, size) - dt.timedelta(days=1)
            return first.isoformat(), last.isoformat(), "quarter" if m[2] == "Q" else "unknown"
        m = _SEASON_VALUE.fullmatch(v)
        if m:
            first = dt.date(int(m[1]), _SEASON_START[m[2]], 1)
            last = _add_months(first, 3) - dt.timedelta(days=1)
            return first.isoformat(), last.isoformat(), "unknown"
        if _YEAR_VALUE.fullmatch(v):
            return f"{v}-01-01", f"{v}-12-31", "year"
        if _DECADE_VALUE.fullmatch(v):
            return f"{v}0-01-01", f"{v}9-12-31", "unknown"
    except ValueError:
        pass
    return None, None, "unknown"


def _clause_head(tok):
    """The verb heading the clause a token belongs to (the token itself if it is one)."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


_PREP_MOD: dict[str, str] = {
    "by": "ON_OR_BEFORE",
    "before": "BEFORE",
    "until": "ON_OR_BEFORE",
    "after": "AFTER",
    "since": "ON_OR_AFTER",
    "till": "ON_OR_BEFORE",
}


def calendar_value(value: str) -> str | None:
    """The calendar part of a DATE/TIME value an event can be placed by ("2024-10-29T10:00" ->
    "2024-10-29", "FY1989" -> "1989"); None for references, durations and unknown dates
    (PRESENT_REF, PXY, XXXX-WXX-1...)."""
    v = value.removeprefix("FY")
    if _DAY_PREFIX.match(v):
        v = v[:10]
    start, _, _ = timex_interval(v)
    return v if start is not None else None


_REF_STATUS: dict[str, Status] = {"PRESENT_REF": "ongoing", "FUTURE_REF": "planned"}


def _calendar(t: Timex) -> str | None:
    """The calendar value an expression dates an event by: its own value, or for an anchored
    duration ("two days later") the value it reaches."""
    return calendar_value(t.value) or (calendar_value(t.anchor) if t.anchor else None)


def _to_event_date(t: Timex, status: Status, mod: str | None) -> EventDate:
    return text_event_date(_calendar(t) or t.value, t.text, status, mod)


def text_event_date(value: str, text: str, status: Status, mod: str | None = None) -> EventDate:
    """The date object of an event the text dates by ``text`` to the calendar ``value``."""
    start, end, gran = timex_interval(value)
    return {
        "value": value,
        "start": start,
        "end": end,
        "granularity": gran,  # type: ignore[typeddict-item]
        "text": text,
        "basis": "text",
        "mod": mod,
        "status": status,
    }


def event_date(
    timexes: list[Timex],
    sent_start: int,
    sent_end: int,
    trigger_token,
    status: Status,
    dct: dt.date | None,
    dateline: Timex | None = None,
) -> EventDate:
    """The date object of one event (see the module docstring for the order of preference).

    Only calendar values date an event; a reference word in the trigger's clause ("now",
    "soon") only turns a ``past`` status into ``ongoing`` or ``planned``."""
    in_sent = [
        t
        for t in timexes
        if t.start >= sent_start
        and t.end <= sent_end
        and (t.type in ("DATE", "TIME") or t.anchor is not None)
        and (dateline is None or (t.start, t.end) != (dateline.start, dateline.end))
    ]
    specific = [t for t in in_sent if _calendar(t) is not None]
    refs = [t for t in in_sent if t.value in _REF_STATUS]
    chosen: Timex | None = None
    doc = getattr(trigger_token, "doc", None)
    trig_pos = getattr(trigger_token, "idx", (sent_start + sent_end) // 2)
    own_unresolved = False  # 'signed in Rome last October and is due to come into force in
    # November 2006' with no publication date: October of no year, not November 2006
    if doc is not None and specific:
        same = _same_clause(doc, specific, trigger_token)
        if same:
            chosen = min(same, key=lambda t: abs(t.start - trig_pos))
        else:
            own_unresolved = bool(_same_clause(doc, _unresolved(in_sent, dct), trigger_token))
    if chosen is None and specific and not own_unresolved:
        chosen = min(specific, key=lambda t: abs(t.start - trig_pos))
    if (
        chosen is None
        and dateline is not None
        and dateline.type in ("DATE", "TIME")
        and calendar_value(dateline.value) is not None
    ):
        chosen = dateline
    if chosen is None:
        if status == "past" and doc is not None and refs:
            near = _same_clause(doc, refs, trigger_token)
            if near:
                status = _REF_STATUS[min(near, key=lambda t: abs(t.start - trig_pos)).value]
        return publication_date(status)
    mod = chosen.mod
    if mod is None and doc is not None and chosen is not dateline:
        mod = _relation_mod(doc, chosen, trigger_token)
    return _to_event_date(chosen, status, mod)


def _unresolved(timexes: list[Timex], dct: dt.date | None) -> list[Timex]:
    """The dates among ``timexes`` that name a day, week or month of no known year ('last
    October', 'Monday' with no publication date: XXXX-10, XXXX-WXX-1) and, with no
    publication date, a time before or after the report ('last week': PAST_REF); with one,
    'recently' is only vague and dates nothing."""
    refs = ("PAST_REF", "FUTURE_REF") if dct is None else ()
    return [
        t
        for t in timexes
        if t.type == "DATE" and ((t.value or "").startswith("XXXX-") or t.value in refs)
    ]


def _same_clause(doc, timexes: list[Timex], trigger_token) -> list[Timex]:
    """The expressions in the trigger's clause (or heading it within a few steps)."""
    head = _clause_head(trigger_token)
    same = []
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        chain = [root]
        while chain[-1].head.i != chain[-1].i and len(chain) < 12:
            chain.append(chain[-1].head)
        if _clause_head(root).i == head.i or trigger_token in chain[:4]:
            same.append(t)
    return same


def _relation_mod(doc, timex: Timex, trigger_token) -> str | None:
    """BEFORE/AFTER... when the event is placed relative to the date, not on it.

    "by Friday" (preposition before the expression) or "before he leaves office in January"
    (the expression sits in a clause introduced by before/after/until/since).
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    words = _text_before(doc, span, timex.start, 8).lower().split()
    if words and words[-1] in _PREP_MOD:
        return _PREP_MOD[words[-1]]
    if span is None or len(span) == 0:
        return None
    head = _clause_head(span.root)
    if head.i == _clause_head(trigger_token).i:
        return None
    for child in head.children:
        if child.dep_ == "mark" and child.lower_ in _PREP_MOD:
            return _PREP_MOD[child.lower_]
    return None


def _text_before(doc, span, pos: int, width: int) -> str:
    """The ``width`` characters before character ``pos``, read from the tokens just before
    ``span`` (the tokens around ``pos``): ``doc.text`` would rebuild the whole document."""
    if span is None or len(span) == 0:
        return doc.text[max(0, pos - width) : pos]
    first = span.start
    while first > 0 and doc[first].idx > pos - width:
        first -= 1
    offset = doc[first].idx
    text = doc[first : span.start + 1].text_with_ws
    return text[max(0, pos - width - offset) : pos - offset]


# a place in small letters is a dateline's only before its date ("Beijing, April 3 (Xinhua) --"),
# never a day's or a month's name ("Tuesday, March 3 - ..."; normalize.TITLE_PLACE)
_TITLE_DATELINE = TITLE_PLACE + ","
_DATELINE_HEAD = re.compile(
    r"\s*(?:[A-Z][A-Z .'\-]+(?:,[^,\n]{1,40})?(?:\s*\(\w+\))?,?|" + _TITLE_DATELINE + r")\s*$"
)
# an agency's mark in brackets or bare ("April 3 (Xinhua) --", "March 18 TASS --")
_DATELINE_TAIL = re.compile(
    r"\s*(?:\((?:\w+|" + AGENCY_NAMES + r")\)\s*|(?:" + AGENCY_NAMES + r")\s+)?"
    r"(?:-|--|\u2013|\u2014|:)\s"
)


_DATELINE_REACH = 120  # characters from the start of an article a dateline can take
# how every text that ``_DATELINE_HEAD`` matches begins ("BAHRAIN, ", "KYIV, Ukraine (AP) ",
# "Beijing, April 3")
_DATELINE_OPENING = re.compile(
    r"\s*(?:[A-Z][A-Z .'\-]|" + _TITLE_DATELINE + r"\s*[A-Z][a-z]{2,8}\.?\s+\d)"
)


def dateline_day(text: str, dct: dt.date | None) -> dt.date | None:
    """The day an article's dateline names ("BAHRAIN, March 5 - ..."), if it names one."""
    head = text[:_DATELINE_REACH]
    if not _DATELINE_OPENING.match(head):
        return None  # no dateline can start this text: not worth tagging its head
    line = find_dateline(head, tag(head, dct))
    if line is None or not _DAY_VALUE.fullmatch(line.value):
        return None
    return dt.date.fromisoformat(line.value)


def tag_article(text: str, dct: dt.date | None, *, doc=None) -> tuple[list[Timex], Timex | None]:
    """Expressions of a news article and its dateline's date.

    Relative expressions ("yesterday", "on Monday", "next week") resolve against the day the
    dateline names when it names one ("BAHRAIN, March 5 - ..." in a message of March 4), the
    day the story was written for; otherwise against the DCT."""
    timexes = tag(text, dateline_day(text, dct) or dct, doc=doc)
    return timexes, find_dateline(text, timexes)


def find_dateline(text: str, timexes: list[Timex]) -> Timex | None:
    """The dateline's date ("SALVADOR, Feb 26 - ...", "KYIV, Ukraine (AP) Oct. 29 -"), if any."""
    for t in timexes:
        if t.start > _DATELINE_REACH - 40:
            break
        if (
            t.type == "DATE"
            and _DATELINE_HEAD.match(text[: t.start])
            and _DATELINE_TAIL.match(text, t.end)
        ):
            return t
    return None


# --------------------------------------------------------------------------- CLI helper


def timex_lines(text: str, dct: dt.date | None) -> list[str]:
    """One compact JSON object per expression (keys start, end, text, type, value, mod)."""
    return [json.dumps(t.as_dict(), ensure_ascii=False) for t in tag(text, dct)]


def run_cli(dct: str | None, path: str = "-") -> int:
    """Body of ``eventstream timex``: tag a text file (or stdin) and print JSON lines."""
    day = dt.date.fromisoformat(dct[:10]) if dct else None  # a date or an RFC 3339 time
    text = sys.stdin.read() if path in ("-", "") else Path(path).read_text(encoding="utf-8")
    for line in timex_lines(text, day):
        sys.stdout.write(line + "\n")
    return 0
