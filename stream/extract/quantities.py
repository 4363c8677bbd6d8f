"""How many: counts of people and things near an event's trigger.

``find_quantities(sent, trigger=None) -> list[Quantity]`` returns ``{value, unit, approximate,
text}`` dicts (``stream/extract/model.py``), nearest to the trigger first:

- "some 10,000 soldiers" → 10000, soldiers, approximate; "3,000 North Korean soldiers" → 3000
  soldiers (nationality adjectives are not part of the unit);
- "a couple thousand more" → 2000, approximate, the unit borrowed from a counted noun earlier in
  the sentence (or the previous one): soldiers;
- "500 additional Patriot and ARAAM missiles" → 500 missiles;
- "hundreds of armored vehicles" → value null, approximate, unit "armored vehicles", text
  "hundreds"; a bare number after a stray paragraph break ("increase\\n\\nto 12,000") borrows
  its unit the same way.

Units are plural head nouns, with synonyms normalised by ``data/units.tsv`` (troops,
servicemen → soldiers); number words, hedges and nouns that are never units are in
``data/quantity_words.json``. Not quantities: durations and dates ("two-hour", "three-year",
"Oct. 29, 2024", years), hyphenated measures ("500-page"), ordinals, percentages, money,
weights and distances (not counts of people or weapons), and "the two sides"-style references.
``approximate`` is true for hedged numbers (some, about, nearly, up to, more than, at least, a
couple, several) and for round plurals (dozens, hundreds, thousands).

When ``trigger`` is given only numbers in the trigger's clause are returned (the clause of the
nearest verb at or above the trigger, and everything below the trigger itself).

``find_money(sent, trigger)`` reads the sums of money in the trigger's clause ('a loan of
dollars 10bn', '50 million dollars in aid', '300m euros', '$2bn'): value in units of the
currency, unit its plural name ('dollars', 'euros', 'pounds'); the pipeline adds them to the
counts of aid, pledges, concessions, sanctions, appeals, demands and agreements
(``MONEY_TYPES``), as the article annotators give a sum pledged or lent as the event's quantity.
"""

from __future__ import annotations

import csv
import json
import math
import re
from functools import cache
from pathlib import Path

from stream.extract.model import Quantity

DATA_DIR = Path(__file__).resolve().parent / "data"

_WORDS = json.loads((DATA_DIR / "quantity_words.json").read_text(encoding="utf-8"))
_SMALL: dict[str, float] = _WORDS["small_numbers"]
NUMBER_WORDS = _SMALL  # 'three' → 3, 'twenty' → 20
_SCALES: dict[str, int] = _WORDS["scales"]
_ROUND_PLURALS = frozenset(_WORDS["round_plurals"])
_HEDGES = frozenset(_WORDS["hedges"])
_NOT_UNITS = frozenset(_WORDS["not_units"])
_SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
_UNIT_STOP_WORDS = frozenset(_WORDS["unit_stop_words"])
_NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT"}
)
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "US$"})
_MAX_COUNT = 2**53  # larger numbers are no count of people or things (and exceed JSON's ints)
_CURRENCIES: dict[str, str] = _WORDS["currencies"]  # 'dollars', '$' → dollars
_MONEY_SCALES: dict[str, int] = _WORDS["money_scales"]  # '10bn', '300 m', 'million'
MONEY_TYPES = frozenset(_WORDS["money_types"])  # the event types whose sums are read
_TOLL: dict[str, list[str]] = _WORDS["toll_clauses"]  # 'were killed … when missiles hit'
_AMOUNT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]*)\.?$")


@cache
def _unit_table() -> dict[str, str]:
    table: dict[str, str] = {}
    with (DATA_DIR / "units.tsv").open(encoding="utf-8") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.reader(rows, delimiter="\t"):
            table[row[0]] = row[1]
    return table


def find_quantities(sent, trigger=None) -> list[Quantity]:
    """Counts with units in ``sent`` (restricted to ``trigger``'s clause when given, then the
    toll of the main clause a 'when' clause of the trigger hangs on)."""
    found = _clause_quantities(sent, trigger)
    if trigger is None:
        return found
    seen = {(q["value"], q["unit"]) for q in found}
    for verb in _toll_verbs(trigger):
        for quantity in _clause_quantities(sent, verb):
            if (quantity["value"], quantity["unit"]) not in seen:
                seen.add((quantity["value"], quantity["unit"]))
                found.append(quantity)
    return found


def _toll_verbs(trigger) -> list:
    """The verbs of harm whose counts are the toll of a strike told in their 'when' clause
    ('Eleven civilians were killed and 59 wounded when US missiles hit …': 'killed', then
    'wounded'), the deadly ones first; [] when the trigger heads no such clause."""
    if trigger.dep_ != "advcl" or not any(
        c.lower_ in _TOLL["marks"] and c.dep_ in ("advmod", "mark") for c in trigger.children
    ):
        return []
    first = trigger.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verbs = [first, *(c for c in first.children if c.dep_ == "conj")]
    harm = [v for v in verbs if v.lower_ in _TOLL["harm"]]
    if trigger.head not in harm:
        return []
    return sorted(harm, key=lambda v: (v.lower_ not in _TOLL["deadly"], v.i))


def _clause_quantities(sent, trigger=None) -> list[Quantity]:
    """Counts with units in ``sent`` (restricted to ``trigger``'s clause when given), the
    nearest to the trigger first."""
    out: list[tuple[int, Quantity]] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used or not _is_number_word(tok):
            continue
        run = _number_run(tok, sent)
        used.update(t.i for t in run)
        last = run[-1]
        if trigger is not None and not _in_clause(last, trigger):
            continue
        inner = _round_of_round(last)  # "tens of thousands of protesters"
        if inner is not None:
            used.add(inner.i)
            quantity = _quantity([inner], sent)
            if quantity is not None:
                quantity["text"] = sent.doc[last.i : inner.i + 1].text
        else:
            quantity = _quantity(run, sent)
        if quantity is not None:
            anchor = trigger.i if trigger is not None else last.i
            out.append((abs(last.i - anchor), quantity))
    out.sort(key=lambda pair: pair[0])
    return [q for _, q in out]


def find_money(sent, trigger) -> list[Quantity]:
    """Sums of money in ``trigger``'s clause ('a loan of dollars 10bn', '50 million dollars in
    aid', 'promised 300m euros', '$2bn'), nearest to the trigger first: the value in units of
    the currency, ``unit`` its plural name ('dollars', 'euros', 'pounds')."""
    out: list[tuple[int, Quantity]] = []
    k = sent.start
    while k < sent.end:
        found = _sum_at(sent, k)
        if found is None:
            k += 1
            continue
        end, quantity = found
        root = next((t for t in sent.doc[k:end] if not k <= t.head.i < end), sent.doc[end - 1])
        if root.head.i == trigger.i or _in_clause(
            root.head if root.pos_ == "VERB" else root, trigger
        ):
            out.append((abs(k - trigger.i), quantity))
        k = end
    out.sort(key=lambda pair: pair[0])
    return [q for _, q in out]


def _sum_at(sent, k: int) -> tuple[int, Quantity] | None:
    """The sum of money whose number starts at token ``k`` (or at the currency before it):
    the token after it and the quantity, or None."""
    doc = sent.doc
    currency = _CURRENCIES.get(doc[k].lower_) if not _is_verb(doc[k]) else None
    start = k
    if currency is not None:
        k += 1
    value, k = _amount(sent, k)
    if value is None:
        return None
    if currency is None:
        after = _CURRENCIES.get(doc[k].lower_) if k < sent.end else None
        if after is None or doc[k].text in ("$", "£", "€", "¥"):
            return None
        if after == "pounds" and k + 1 < sent.end and doc[k + 1].lower_ == "of":
            return None  # '500 pounds of explosives': a weight
        currency, k = after, k + 1
    hedges = _hedges([doc[start]], doc[start]) if start > sent.start else []
    return k, {
        "value": value,
        "unit": currency,
        "approximate": bool(hedges),
        "text": doc[start:k].text,
    }


def _is_verb(tok) -> bool:
    """A verb that is also a currency's name ('an agreement that marks 15 years'): no money."""
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _amount(sent, k: int) -> tuple[float | int | None, int]:
    """The number at token ``k`` with its scale ('10bn', '300 m', 'seven million', '1.5
    billion') and the token after it; (None, k) when there is none."""
    doc = sent.doc
    if k >= sent.end:
        return None, k
    match = _AMOUNT.match(doc[k].lower_)
    if match is not None and (not match.group(2) or match.group(2) in _MONEY_SCALES):
        value = float(match.group(1).replace(",", "")) * _MONEY_SCALES.get(match.group(2), 1)
        k += 1
    elif doc[k].lower_ in _SMALL and doc[k].tag_ == "CD":
        value, k = _SMALL[doc[k].lower_], k + 1
    else:
        return None, k
    while k < sent.end and doc[k].lower_.rstrip(".") in _MONEY_SCALES:
        value *= _MONEY_SCALES[doc[k].lower_.rstrip(".")]
        k += 1
    if not math.isfinite(value) or value > _MAX_COUNT * 1000:
        return None, k
    return (int(value) if value == int(value) else value), k


def _round_of_round(tok):
    """The inner plural of "tens of thousands", "hundreds of thousands", or None."""
    if tok.lower_ not in _ROUND_PLURALS:
        return None
    if tok.dep_ == "quantmod" and tok.head.lower_ in _ROUND_PLURALS and tok.head.i > tok.i:
        return tok.head  # parsed as "tens" modifying "thousands"
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.lower_ in _ROUND_PLURALS:
                return inner
    return None


def _is_number_word(tok) -> bool:
    low = tok.lower_
    if low in _ROUND_PLURALS:
        return True
    if low == "dozen" and tok.tag_ != "CD":  # "a dozen tanks"
        return True
    if tok.ent_type_ in _SKIP_ENTS and tok.ent_type_ != "QUANTITY":
        return False
    if (
        low in _SMALL
        and low != "one"
        and tok.dep_ in ("nummod", "compound")
        and tok.head.i == tok.i + 1
        and tok.head.tag_ in ("NNS", "NNPS")
    ):
        return True  # "Eleven civilians" opening a sentence, read as a name
    return tok.tag_ == "CD" or (tok.like_num and low not in ("one",) and tok.pos_ == "NUM")


def _number_run(tok, sent) -> list:
    """The number expression starting at ``tok``: "10,000", "a couple thousand", "12 million"."""
    run = [tok]
    k = tok.i + 1
    while k < sent.end:
        nxt = sent.doc[k]
        if nxt.tag_ == "CD" or nxt.lower_ in _SCALES:
            run.append(nxt)
            k += 1
            continue
        break
    # "a couple thousand": the article and "couple" precede the first number token
    k = tok.i - 1
    while (
        k >= sent.start
        and sent.doc[k].lower_ in ("couple", "a", "an", "few")
        and (sent.doc[k].ent_type_ == tok.ent_type_ or sent.doc[k].head.i == tok.i)
    ):
        run.insert(0, sent.doc[k])
        k -= 1
    return run


def _value(run) -> float | int | None:
    total = 0.0
    current = 0.0
    seen = False
    for tok in run:
        low = tok.lower_.replace(",", "")
        if low in ("and",):
            continue
        if low in _SCALES:
            current = (current or 1) * _SCALES[low]
            if _SCALES[low] >= 1000:
                total += current
                current = 0.0
            seen = True
            continue
        if low in ("a", "an"):  # "a thousand", "a couple thousand"
            current = current or 1
            seen = True
            continue
        if low == "couple":
            current = 2
            seen = True
            continue
        if low in _SMALL:
            current += _SMALL[low]
            seen = True
            continue
        try:
            current += float(low)
            seen = True
        except ValueError:
            return None
    if not seen:
        return None
    value = total + current
    if not math.isfinite(value) or abs(value) > _MAX_COUNT:  # "1e400", "NaN", 10**25
        return None
    return int(value) if value == int(value) else value


def _quantity(run, sent) -> Quantity | None:
    doc = sent.doc
    first, last = run[0], run[-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].text == "-":  # "two-hour", "500-page"
        return None
    if first.i > 0 and (
        doc[first.i - 1].text in _CURRENCY_SIGNS
        or (doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_)
        or doc[first.i - 1].lower_ in _NOT_UNITS  # "pounds 500m"
    ):
        return None
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("m", "bn", "mn", "k", "%"):
        return None
    if (
        last.head.pos_ == "PROPN"
        and last.head.i < last.i
        and last.dep_ in ("nummod", "compound", "appos")
    ):
        return None  # "Radio 4", "Resolution 1701", "Boeing 777"
    if any(t.ent_type_ in _SKIP_ENTS for t in run) and last.lower_ not in _ROUND_PLURALS:
        return None
    if len(run) == 1 and len(last.text) == 4 and last.text.startswith("0") and last.text.isdigit():
        return None  # a clock time: "(0700 EDT)"
    round_plural = last.lower_ in _ROUND_PLURALS and len(run) == 1
    value = None if round_plural else _value(run)
    if value is None and not round_plural:
        return None
    if (
        isinstance(value, (int, float))
        and 1900 <= value <= 2100
        and "," not in last.text
        and len(run) == 1
    ):
        return None  # a year
    unit_tok = _unit_token(last)
    if unit_tok is not None and unit_tok.lower_ in _NOT_UNITS:
        counted = _unit_token(unit_tok)  # "1,000 rounds of five-inch shells": shells are counted
        if counted is not None and counted.lower_ in _unit_table():
            unit_tok = counted
    unit = _unit_text(unit_tok) if unit_tok is not None else None
    if unit_tok is not None and (
        unit_tok.lower_ in _NOT_UNITS or unit_tok.ent_type_ in ("DATE", "TIME", "MONEY")
    ):
        return None
    if unit is None and last.dep_ in _NOMINAL_DEPS:  # "a couple thousand more are heading"
        unit = _borrowed_unit(last, sent)
    table = _unit_table()
    before = doc[first.i - 1] if first.i > 0 else None
    if (
        value is not None
        and value <= 2
        and before is not None
        and before.lower_ in ("the", "both", "these", "those", "their", "its")
    ):
        return None  # "the two sides"
    if value == 1 and (unit is None or unit not in table.values()):
        return None
    if unit is None and value is not None and value < 10:
        return None
    hedges = _hedges(run, last)
    text_start = min([first.i, *(t.i for t in hedges)])
    while text_start > sent.start and doc[text_start - 1].lower_ in (
        "at",
        "up",
        "as",
        "more",
        "close",
        "an",
        "no",
    ):
        text_start -= 1
    return {
        "value": value,
        "unit": unit,
        "approximate": bool(hedges)
        or round_plural
        or any(t.lower_ in ("couple", "few") for t in run),
        "text": doc[text_start : last.i + 1].text,
    }


def _unit_token(last):
    """The counted noun: head of a nummod, object of "hundreds of", conjunct of a name."""
    if last.lower_ in _ROUND_PLURALS or last.dep_ not in ("nummod", "quantmod", "compound", "amod"):
        for child in last.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None
    head = last.head
    if head.pos_ == "PROPN":  # "500 additional Patriot and ARAAM missiles"
        nouns = [c for c in head.conjuncts if c.pos_ == "NOUN"]
        if nouns:
            return nouns[-1]
        if head.head.pos_ == "NOUN" and head.dep_ == "compound":
            return head.head
        if head.tag_ == "NNPS" and head.i > last.i:  # "1,000 ethnic Turks"
            return head
        return None
    if head.pos_ in ("NOUN",) and head.i > last.i:
        return head
    return None


def _unit_text(noun) -> str:
    table = _unit_table()
    mods = []
    k = noun.i - 1
    while k >= 0:
        tok = noun.doc[k]
        if tok.head.i != noun.i or tok.dep_ not in ("amod", "compound"):
            break
        if (
            tok.pos_ == "PROPN"
            or tok.ent_type_ in ("NORP", "GPE", "ORG")
            or tok.lower_ in _UNIT_STOP_WORDS
        ):
            break
        mods.insert(0, tok.lower_)
        k -= 1
    head = noun.text if noun.tag_ == "NNPS" else noun.lower_
    if not mods and head in table:
        return table[head]
    if noun.tag_ == "NN" and head not in table:
        head = _plural(head)
    return " ".join([*mods, head])


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _borrowed_unit(last, sent) -> str | None:
    """Unit of a bare number from the nearest counted noun before it (this sentence first)."""
    table = _unit_table()
    for tok in reversed(sent.doc[sent.start : last.i]):
        if tok.lower_ in table:
            return table[tok.lower_]
    if sent.start > 0:
        previous = sent.doc[sent.start - 1].sent
        for tok in reversed(previous):
            if tok.lower_ in table:
                return table[tok.lower_]
    return None


def _hedges(run, last) -> list:
    """Hedging words before or on the number ("some", "more than", "at least", "up to")."""
    doc = last.doc
    found = [
        c
        for t in run
        for c in t.children
        if c.dep_ in ("quantmod", "advmod") and c.lower_ in _HEDGES
    ]
    k = run[0].i - 1
    while (
        k >= 0
        and k >= run[0].i - 3
        and doc[k].lower_ in _HEDGES | {"an", "at", "to", "as", "a", "of"}
    ):
        if doc[k].lower_ in _HEDGES:
            found.append(doc[k])
        k -= 1
    while found and doc[min(t.i for t in found)].lower_ in ("than",):
        break
    return found


def _clause_verb(tok):
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _in_clause(tok, trigger) -> bool:
    """True when ``tok`` belongs to the trigger's clause: the nearest verb above it is the
    trigger or the trigger's own clause verb (climbing only through "to"-infinitives and the
    participle giving its toll: "a bomb exploded, injuring about 30 people", and a verb
    sharing the trigger's subject and object: "killed or wounded 4,000 soldiers"), or the
    subject of the verb a subjectless trigger is joined to ("150 militants walked out and
    surrendered")."""
    if _in_shared_subject(tok, trigger):
        return True
    verb = _clause_verb(trigger)
    node = tok
    while node.i not in (trigger.i, verb.i):
        toll = node.dep_ == "advcl" and node.tag_ == "VBG"
        shared = (
            node.dep_ == "conj"
            and node.head.i == trigger.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        )
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ not in ("xcomp", "aux", "auxpass")
            and not toll
            and not shared
        ):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _in_shared_subject(tok, trigger) -> bool:
    """True when ``tok`` is in the subject of the verb that ``trigger``, a conjoined verb with
    no subject of its own, shares it with."""
    if trigger.dep_ != "conj" or trigger.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i <= tok.i <= s.right_edge.i for s in subjects)
