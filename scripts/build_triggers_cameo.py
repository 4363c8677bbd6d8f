"""Build ``stream/extract/data/triggers_cameo.json`` from the PETRARCH2 CAMEO verb dictionary.

    python scripts/build_triggers_cameo.py [--cameo ../shared/dictionaries/petrarch2/CAMEO.2.0.txt]
    python scripts/build_triggers_cameo.py --check   # exit 1 if the committed file differs

``CAMEO.2.0.txt`` (Open Event Data Alliance, MIT licence) holds verb synonym blocks, each with a
CAMEO code, and phrase patterns under them ("* SANCTIONS [163] # IMPOSE"). This script keeps
what fits the lexicon's entry format and the project's event types, selectively:

* a CAMEO code becomes one of our types through ``cameo_types`` in ``data/ontology.json``
  (longest prefix); codes outside the vocabulary are dropped;
* a pattern becomes an entry for the verb its comment names (not the whole synonym block,
  whose other members rarely share the phrase), when it has the shape the parse can check:
  a direct object, a particle, a particle and object, a preposition with or without its
  object, a subject, or a subject with any of these ("&MILITARY * &TOWN"), each a single word
  or a synonym set; a two-word object ("{MARTIAL LAW}") becomes its head with the modifier
  as ``object_compound`` unless ``vague_modifiers`` lists the modifier ("{MORE TROOPS}");
  "* (OUT OF)" becomes the preposition 'out' (the parse's head of 'out of') on a verb with an
  object. Longer nouns, nouns after a preposition, two prepositions and multi-word subjects
  are dropped, and so is a verb with only a preposition ("come to", "head for"); a two-word
  object or subject-and-object pattern is dropped for a verb whose hand entry reads that
  object as another type (being more specific it would win) and for an object the hand
  lexicon reads as an event noun ("war games", "air raid"), and so is a pattern listed in
  ``drop_patterns`` as "verb: PATTERN" (reviewed: "withdraw: * {CIVILIAN STAFF}" is no aid);
* a verb of a block becomes a bare verb entry (with the block's or its own code) only when
  ``cameo_select.json`` beside this script lists it in ``bare_verbs`` (the WordNet synonym
  blocks hold many words far too vague alone: "go", "think", "match") and the hand lexicon
  has no entry that reads it without a preposition or particle ("pummel" stays a bare attack
  though the hand lexicon reads "pummel ... with shells"); verbs and objects (or synonym
  sets, as ``@cameo_name``) listed there as too vague are dropped everywhere, phrasal verbs
  of ``drop_phrasal`` ("give up", "press on") alone, and so are the codes of ``drop_codes``
  (economic cooperation, intent to …: reported speech and modality find those better than a
  verb);
* patterns coded ``[---]`` (the phrase is no event: "kill time") become ``object_not`` on
  the verb's bare entry;
* ``cameo_edits.json`` beside this script takes reviewed lemmas out of derived entries and
  puts others in (a retyped reading, a narrowed object, entries the sets were measured with);
  an edit that no longer applies stops the build.

The output is deterministic (sorted); rebuilding from the same inputs gives the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from stream.extract.lexicon import PREPOSITION_WORDS  # noqa: E402

DATA = REPO / "stream" / "extract" / "data"
DEFAULT_CAMEO = REPO.parent / "shared" / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
SELECT = Path(__file__).resolve().parent / "cameo_select.json"
EDITS = Path(__file__).resolve().parent / "cameo_edits.json"
OUT = DATA / "triggers_cameo.json"
PARTICLES = frozenset({"up", "down", "out", "off", "back", "in", "on", "over", "away", "through"})
PREPOSITIONS = PREPOSITION_WORDS | {"from", "by", "about", "between", "across", "toward", "under"}
ITEM = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


@dataclass
class Block:
    """A verb synonym block: its default code and its verbs (lemma -> own code)."""

    name: str
    code: str | None
    verbs: dict[str, str | None] = field(default_factory=dict)
    phrasal: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # lemma -> prt
    patterns: list[tuple[list[str], list[str], str | None, list[str]]] = field(default_factory=list)


def _code(text: str) -> str | None:
    """'[042:043]' -> '042'; '[080!]' -> '080' (a stray mark in the file); '[---]' or
    '[:173]' -> None."""
    inner = text.strip("[] ").split(":")[0].strip()
    digits = re.match(r"\d+", inner)
    return digits.group(0) if digits else None


def parse(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets (name -> lower-case words) and verb blocks of a CAMEO verb file."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns, current_set = True, None
            continue
        if not line.strip():
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = line.strip().rstrip("_")[1:]
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                word = line[1:].strip().rstrip("_").replace("_", " ").lower()
                synsets[current_set].append(word)
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", line)
            if m:
                block = Block(m.group(1), _code(m.group(2)))
                blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            m = re.match(r"-\s*(.*?)\*(.*?)\s*(\[[^\]]*\])\s*$", line)
            if not m:
                continue
            verbs = [v.strip().lower() for v in re.split(r"[,/]", comment) if v.strip()]
            block.patterns.append(
                (ITEM.findall(m.group(1)), ITEM.findall(m.group(2)), _code(m.group(3)), verbs)
            )
            continue
        _add_verb(block, line)
    return synsets, blocks


def _add_verb(block: Block, line: str) -> None:
    """One verb line: 'HANG {HANGS ...} [190]', '+SHOOT_DOWN {...}', 'WIRE_+TAP'."""
    code_m = re.search(r"\[[^\]]*\]", line)
    code = _code(code_m.group(0)) if code_m else None
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not head:
        return
    word = head[0]
    parts = word.split("_")
    if word.startswith("+") and len(parts) == 2 and parts[1].lower() in PARTICLES:
        lemma = parts[0][1:].lower()
        block.phrasal[lemma] = (parts[1].lower(), code or block.code)
        return
    if "_" in word or "+" in word or not word.isalpha():
        return  # pre-verb compounds and fixed phrases the parse cannot check
    block.verbs[word.lower()] = code


def singular(word: str) -> str:
    """The lexicon lemma of a noun the dictionary spells plural ('homes' -> 'home')."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > 3:
        return word[:-1]
    return word


def _words(item: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """A single noun or a synonym set, lower-cased lemmas; None for anything longer."""
    if item.startswith("&"):
        name = item[1:].rstrip("_")
        return ["@cameo_" + name.lower()] if synsets.get(name) else None
    if item.isalpha() and item.lower() not in PREPOSITIONS:
        return [singular(item.lower())]
    return None


def _noun(
    item: str, synsets: dict[str, list[str]], vague: frozenset[str] = frozenset()
) -> tuple[list[str], list[str] | None] | None:
    """An object: a word or synonym set (no modifier), or a two-word noun '{MARTIAL LAW}'
    as its head and the modifier the parse must show on it (None if not checkable, or if
    the modifier is one of ``vague``: '{MORE TROOPS}' is no phrase of its own)."""
    if not item.startswith("{"):
        words = _words(item, synsets)
        return (words, None) if words else None
    parts = item.strip("{}").split()
    if len(parts) != 2 or parts[0].lower() in vague:
        return None
    modifier, head = _words(parts[0], synsets), _words(parts[1], synsets)
    if modifier is None or head is None:
        return None
    if not parts[0].startswith("&"):
        modifier = [parts[0].lower()]  # a modifier keeps its form: 'human', 'armed'
    return head, modifier


def _shape(
    pre: list[str],
    post: list[str],
    synsets: dict[str, list[str]],
    vague: frozenset[str] = frozenset(),
) -> dict[str, list[str]] | None:
    """The entry constraints a pattern's words translate to, or None if not checkable."""
    pre = [p for p in pre if p not in ("$", "+", "%", "^")]
    post = [p for p in post if p not in ("$", "+", "%", "^")]
    out: dict[str, list[str]] = {}
    if pre:
        if len(pre) != 1 or (subject := _words(pre[0], synsets)) is None:
            return None
        if post:  # '&MILITARY * &TOWN': a subject and what follows the verb
            rest = _shape([], post, synsets, vague)
            if rest is None or set(rest) == {"prep"}:
                return None
            out.update(rest)
        out["subject"] = subject
        return out
    if post and post[0].isalpha() and post[0].lower() in PARTICLES and len(post) <= 2:
        out["prt"] = [post[0].lower()]
        post = post[1:]
    if len(post) == 1 and post[0].lower() in PREPOSITIONS:  # '* WITH': a bare preposition
        post = [f"({post[0]})"]
    if post and not post[0].startswith("("):
        obj = _noun(post[0], synsets, vague)
        if obj is None:
            return None
        out["object"] = obj[0]
        if obj[1]:
            out["object_compound"] = obj[1]
        post = post[1:]
    if post:
        if len(post) != 1 or not post[0].startswith("("):
            return None
        inner = post[0].strip("()").split()
        if len(inner) == 2 and inner[0].lower() in PARTICLES and inner[1].lower() in PREPOSITIONS:
            # '* (OUT OF)': the parse hangs 'of' on 'out' ('drove the villagers out of their
            # homes'), so the entry is the preposition 'out' on a verb with an object (the
            # empty list marks the flag 'transitive'); after an object it is not checkable
            return None if out else {"prep": [inner[0].lower()], "transitive": []}
        preps = [p.lower() for p in inner[0].split("/")] if inner else []
        if not preps or not all(p in PREPOSITIONS for p in preps) or len(inner) > 2:
            return None
        out["prep"] = preps
        if len(inner) == 2:
            pobj = _words(inner[1], synsets)
            if pobj is None:
                return None
            out["prep_object"] = pobj
    return out or None


def type_of(code: str, table: dict[str, str]) -> str | None:
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]] or None
    return None


def _pattern_verbs(block: Block, named: list[str]) -> list[str]:
    """Block verbs a pattern's comment names ('KILLED_AND' names 'kill')."""
    out = []
    lemmas = set(block.verbs) | set(block.phrasal)
    for name in named:
        base = name.split("_")[0].split()[0] if name.split() else ""
        for lemma in lemmas:
            if base == lemma or (
                base.startswith(lemma) and len(base) - len(lemma) <= 3 and len(lemma) >= 3
            ):
                out.append(lemma)
    return sorted(set(out))


def _hand_objects(hand: dict) -> dict[str, dict[str, set[str]]]:
    """Verb lemma -> type -> the object words of its hand entries (classes expanded)."""
    classes = hand.get("classes", {})
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in hand["entries"]:
        if e["pos"] != "verb" or "object" not in e:
            continue
        words = {x for w in e["object"] for x in (classes.get(w[1:], ()) if w[0] == "@" else [w])}
        for lemma in e["lemmas"]:
            out[lemma][e["type"]] |= words
    return out


def _hand_nouns(hand: dict) -> set[str]:
    """The lemmas of the hand lexicon's event nouns (any type)."""
    return {lemma for e in hand["entries"] if e["pos"] == "noun" for lemma in e["lemmas"]}


def _overrides_hand(
    verb: str,
    etype: str,
    shape: dict[str, list[str]],
    hand_objects: dict[str, dict[str, set[str]]],
    hand_nouns: set[str],
    synsets: dict[str, list[str]],
) -> bool:
    """Whether a refined pattern (a two-word object, or a subject with an object) would give
    ``verb`` and its object another type than a hand entry does, being more specific ('sold
    military aircraft' stays an arms transfer, not CAMEO's 062), or names an object the hand
    lexicon reads as an event noun of its own, with its own modifiers ('conducted joint war
    games' is cooperation there, the pattern's 150 would outrank it)."""
    if "object" not in shape or not ({"object_compound", "subject"} & set(shape)):
        return False
    heads = set()
    for w in shape["object"]:
        name = w.removeprefix("@cameo_")
        heads |= {singular(x) for x in synsets.get(name.upper(), [])} if w != name else {w}
    if heads & hand_nouns:
        return True
    return any(words & heads for t, words in hand_objects.get(verb, {}).items() if t != etype)


def _pattern_text(pre: list[str], post: list[str]) -> str:
    """A pattern as the dictionary writes it: '&MILITARY * {TEAR GAS}'."""
    return " ".join([*pre, "*", *post])


Key = tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]
EDIT_META = frozenset({"lemmas", "type", "cameo", "note"})


def _key(etype: str, code: str, cons: dict[str, list[str]]) -> Key:
    """The grouping key of an entry: its type, code and sorted constraints."""
    return (etype, code, tuple(sorted((k, tuple(sorted(w))) for k, w in cons.items())))


def apply_edits(grouped: dict[Key, set[str]], edits: dict) -> None:
    """Take the lemmas of ``edits["remove"]`` out of their derived entries and put those of
    ``edits["add"]`` in (``cameo_edits.json``); an edit that no longer applies is an error."""
    for kind in ("remove", "add"):
        for edit in edits.get(kind, ()):
            cons = {k: v for k, v in edit.items() if k not in EDIT_META}
            lemmas = grouped[_key(edit["type"], edit["cameo"], cons)]
            stale = (
                set(edit["lemmas"]) - lemmas if kind == "remove" else set(edit["lemmas"]) & lemmas
            )
            if stale:
                raise ValueError(f"cameo_edits.json: {kind} of {sorted(stale)} no longer applies")
            if kind == "remove":
                lemmas -= set(edit["lemmas"])
            else:
                lemmas |= set(edit["lemmas"])


def build(cameo: Path, select: dict, ontology: dict, hand: dict, edits: dict | None = None) -> dict:
    synsets, blocks = parse(cameo)
    table: dict[str, str] = ontology["cameo_types"]
    drop_verbs = set(select["drop_verbs"])
    drop_objects = set(select["drop_objects"])
    bare_verbs = set(select["bare_verbs"])
    drop_codes = tuple(select["drop_codes"])
    drop_phrasal = set(select["drop_phrasal"])
    vague_modifiers = frozenset(select["vague_modifiers"])
    drop_patterns = set(select["drop_patterns"])
    hand_objects, hand_nouns = _hand_objects(hand), _hand_nouns(hand)
    hand_verbs = {  # verbs the hand lexicon reads without a preposition or particle
        lemma
        for e in hand["entries"]
        if e["pos"] == "verb" and not ("prep" in e or "prt" in e)
        for lemma in e["lemmas"]
    }
    grouped: dict[Key, set[str]] = defaultdict(set)  # constraints -> lemmas
    null_objects: dict[str, set[str]] = defaultdict(set)
    for block in blocks:
        for pre, post, code, named in block.patterns:
            shape = _shape(pre, post, synsets, vague_modifiers)
            if shape is None:
                continue
            verbs = [
                v
                for v in _pattern_verbs(block, named)
                if v not in drop_verbs and f"{v}: {_pattern_text(pre, post)}" not in drop_patterns
            ]
            if code is None:
                if set(shape) == {"object"}:
                    for v in verbs:
                        null_objects[v].update(shape["object"])
                continue
            etype = type_of(code, table)
            if etype is None or not verbs or code.startswith(drop_codes):
                continue
            if set(shape) == {"prep"}:
                continue  # 'come to', 'head for': a verb and a preposition decide nothing
            if set(shape) == {"prt"}:
                verbs = [v for v in verbs if f"{v} {shape['prt'][0]}" not in drop_phrasal]
            if any(
                set(shape.get(k, ())) & drop_objects
                for k in ("object", "object_compound", "prep_object", "subject")
            ):
                continue
            verbs = [
                v
                for v in verbs
                if not _overrides_hand(v, etype, shape, hand_objects, hand_nouns, synsets)
            ]
            for v in verbs:  # (a phrasal pattern may have lost all its verbs above)
                prt = block.phrasal.get(v, (None, None))[0]
                cons = dict(shape)
                if prt and "prt" not in cons:
                    cons["prt"] = [prt]
                grouped[_key(etype, code, cons)].add(v)
        for lemma, (prt, code) in block.phrasal.items():
            etype = type_of(code, table) if code else None
            if etype and lemma in bare_verbs and lemma not in drop_verbs:
                grouped[(etype, code, (("prt", (prt,)),))].add(lemma)
        for lemma, own in block.verbs.items():
            code = own or block.code
            if not code or lemma in drop_verbs or lemma in hand_verbs:
                continue
            etype = type_of(code, table)
            if etype and lemma in bare_verbs and not code.startswith(drop_codes):
                grouped[(etype, code, ())].add(lemma)
    apply_edits(grouped, edits or {})
    entries = []
    for (etype, code, cons), lemmas in grouped.items():
        if not lemmas:
            continue
        entry: dict = {"lemmas": sorted(lemmas), "pos": "verb", "type": etype, "cameo": code}
        for key, words in cons:
            entry[key] = list(words) if key != "transitive" else True
        if not cons:
            nots = sorted(set().union(*(null_objects.get(v, set()) for v in lemmas)))
            if nots:
                entry["object_not"] = nots
        entry["confidence"] = select["confidence"]
        entries.append(entry)
    used = {
        w[7:]
        for e in entries
        for k, v in e.items()
        if k != "lemmas" and isinstance(v, list)
        for w in v
        if w.startswith("@cameo_")
    }
    classes = {
        "cameo_" + name.lower(): sorted({singular(w) for w in words if " " not in w})
        for name, words in sorted(synsets.items())
        if name.lower() in used
    }
    entries.sort(key=lambda e: (e["type"], e["cameo"], e["lemmas"], json.dumps(e, sort_keys=True)))
    return {
        "_doc": (
            "Generated by scripts/build_triggers_cameo.py from CAMEO.2.0.txt, the PETRARCH2 "
            "CAMEO verb dictionary (Copyright (c) 2015 Open Event Data Alliance, MIT licence: "
            "see CAMEO.LICENSE beside this file). Do not edit by hand: edit "
            "scripts/cameo_select.json, scripts/cameo_edits.json or triggers.json and rebuild. "
            "Entries have the format of triggers.json; hand entries are read first and win ties."
        ),
        "classes": classes,
        "entries": entries,
    }


def render(data: dict) -> str:
    """JSON text with one class or entry per line (small diffs, readable)."""

    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=False)

    classes = ",\n".join(f"  {one(k)}: {one(v)}" for k, v in data["classes"].items())
    entries = ",\n".join(f"  {one(e)}" for e in data["entries"])
    return (
        f'{{\n "_doc": {one(data["_doc"])},\n "classes": {{\n{classes}\n }},\n'
        f' "entries": [\n{entries}\n ]\n}}\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cameo", type=Path, default=DEFAULT_CAMEO)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if --out differs from what the build makes",
    )
    args = parser.parse_args(argv)
    if not args.cameo.is_file():
        print(f"missing {args.cameo}: pass --cameo PATH to CAMEO.2.0.txt", file=sys.stderr)
        return 2
    select = json.loads(SELECT.read_text(encoding="utf-8"))
    ontology = json.loads((DATA / "ontology.json").read_text(encoding="utf-8"))
    hand = json.loads((DATA / "triggers.json").read_text(encoding="utf-8"))
    edits = json.loads(EDITS.read_text(encoding="utf-8"))
    data = build(args.cameo, select, ontology, hand, edits)
    text = render(data)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            print(f"{args.out} differs from the build: put hand edits in {EDITS.name}")
            return 1
        print(f"{args.out}: up to date ({len(data['entries'])} entries)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(data['entries'])} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
