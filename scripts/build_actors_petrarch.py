"""Build the PETRARCH2 / Phoenix actor data under ``stream/extract/data/``.

Reads the MIT-licensed PETRARCH2 dictionaries (Open Event Data Alliance) and writes:

``petrarch_people.tsv``
    Dated person entries of ``Phoenix.Countries.actors.txt`` and ``Phoenix.International
    .actors.txt``: ``names`` (|-separated, the primary name first, title-prefixed forms such
    as "President Reagan" dropped) and ``codes`` (|-separated ``CODE@FROM-TO``; FROM/TO are
    YYYYMMDD or empty for an open end; a bare ``CODE`` applies when no dated code does).
``petrarch_groups.tsv``
    Named non-state and international actors (``Phoenix.MilNonState.actors.txt``,
    ``Phoenix.International.actors.txt`` entries that are not persons): ``names``, ``code``.
``agents.tsv``
    Agent nouns of ``Phoenix.agents.txt`` (substitution sets expanded): ``noun``, ``sector``.

``petrarch2.LICENSE`` beside them carries the dictionaries' licence notice. Run after
updating the dictionaries:

    python scripts/build_actors_petrarch.py [--source ../shared/dictionaries/petrarch2]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "stream" / "extract" / "data"
DEFAULT_SOURCE = REPO.parent / "shared" / "dictionaries" / "petrarch2"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_CODE = re.compile(r"\[([^\]]*)\]")
# Title words that begin some synonyms ("PRESIDENT_REAGAN"); the resolver reads titles itself.
_TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "premier",
        "minister",
        "former",
        "gov.",
        "governor",
        "govenor",
        "sen.",
        "senator",
        "rep.",
        "gen.",
        "general",
        "king",
        "queen",
        "prince",
        "sheikh",
        "sheik",
        "ayatollah",
        "hojatolislam",
        "chancellor",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "vice",
        "deputy",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "the",
        "chairman",
        "leader",
        "pope",
        "col.",
        "president-elect",
        "lt.",
        "maj.",
        "adm.",
        "emir",
        "sultan",
        "cardinal",
        "bishop",
        "archbishop",
        "rev.",
        "judge",
        "ambassador",
        "envoy",
    ]
)
# Agent nouns that name no actor on their own: too general, adjectives, places, things and
# events ("children", "retired", "hospital", "uprising"); the hand-written roles cover people.
_SKIP_AGENTS = frozenset(
    {"man", "men", "woman", "women", "person", "people", "persons", "individual", "resident"}
    | {"residents", "citizen", "citizens", "member", "members", "group", "groups", "side"}
    | {"child", "children", "girl", "victim", "victims", "community", "village", "population"}
    | {"neighborhood", "neighbourhood", "townspeople", "rabble", "mob", "retired", "vip"}
    | {"naturalized", "state-owned", "semi-official", "jewish", "hebrew", "hindu", "sunni"}
    | {"muslim", "moslem", "anglican", "hasid", "hasidim", "jew", "religion", "rebellion"}
    | {"uprising", "revolt", "insurgence", "governance", "polity", "industry", "kingdom"}
    | {"school", "college", "university", "preschool", "schoolhouse", "kindergarten"}
    | {"kindergarden", "conservatory", "hospital", "sanatorium", "sanatarium", "sanitarium"}
    | {"monastery", "diocese", "archdiocese", "prison", "magazine", "tv", "television", "blog"}
    | {"publication", "gazette", "tabloid", "media", "airline", "airway", "aerospace"}
    | {"business", "company", "corporation", "telecom", "manafacture", "jumbojet", "doc"}
    | {"containership", "gangland", "gangdom", "reactionaries", "intellectual", "exile"}
)


def _phrase(raw: str) -> str:
    """ "RONALD_WILSON_REAGAN_" → "Ronald Wilson Reagan" (cased for display)."""
    raw = re.sub(r"\{[^}]*\}", "", raw).strip().rstrip("_").replace("_", " ")
    raw = raw.translate(_APOSTROPHES)
    words = [w for w in raw.split() if w]
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(w if any(c.islower() for c in w) else _title(w) for w in words)


def _title(word: str) -> str:
    if "." in word and len(word) <= 4:  # initials "B." "U.N."
        return word.upper()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _date(text: str) -> str:
    """YYMMDD or YYYYMMDD → YYYYMMDD (two-digit years below 30 are 20xx)."""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        return f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    return text


def _restriction(body: str) -> str | None:
    """ "USAGOV 810120-890120" → "USAGOV@19810120-19890120"; bare "USAELI" stays."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z-]{3,}", code) or len(code) < 3:
        return None
    if len(parts) == 1:
        return code
    span = "".join(parts[1:])
    if span.startswith(">"):
        return f"{code}@{_date(span[1:])}-"
    if span.startswith("<"):
        return f"{code}@-{_date(span[1:])}"
    if "-" in span:
        start, end = span.split("-", 1)
        return f"{code}@{_date(start)}-{_date(end)}"
    return code


def read_actor_records(path: Path) -> list[tuple[list[str], list[str]]]:
    """(names, codes) for every record of a PETRARCH .actors file."""
    records: list[tuple[list[str], list[str]]] = []
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        if names:
            records.append((list(names), list(codes)))
        names.clear()
        codes.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body = line.split("#", 1)[0]
        if line.startswith(("\t", " ")) and body.strip().startswith("["):
            codes.extend(c for m in _CODE.finditer(body) if (c := _restriction(m.group(1))))
            continue
        if line.startswith("+"):
            name = _CODE.split(body[1:])[0]
            if name.strip():
                names.append(_phrase(name))
            codes.extend(c for m in _CODE.finditer(body) if (c := _restriction(m.group(1))))
            continue
        flush()
        first = body.split("[", 1)[0]
        if first.strip():
            names.append(_phrase(first))
        codes.extend(c for m in _CODE.finditer(body) if (c := _restriction(m.group(1))))
    flush()
    return records


def _is_person(codes: list[str], names: list[str]) -> bool:
    """Entries with dated codes or a person-like sector are people; countries have bare ISO3."""
    if not codes or not names:
        return False
    if all(len(c.split("@")[0]) == 3 for c in codes):
        return False  # a country or a bare organisation code
    return any("@" in c for c in codes) or "ELI" in "".join(codes)


def _clean_names(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        words = name.split()
        if not words or words[0].lower() in _TITLE_WORDS and len(words) > 1:
            continue
        if name.lower().endswith("administration") or len(name) < 3:
            continue
        if name not in out:
            out.append(name)
    return out


def build_people(source: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for names, codes in read_actor_records(source / file):
            if not _is_person(codes, names):
                continue
            clean = _clean_names(names)
            if clean:
                rows.append(("|".join(clean), "|".join(dict.fromkeys(codes))))
    return rows


def build_groups(source: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for file in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"):
        for names, codes in read_actor_records(source / file):
            if not codes or _is_person(codes, names):
                continue
            bare = [c for c in codes if "@" not in c]
            clean = [n for n in dict.fromkeys(names) if len(n) > 2]
            if bare and clean:
                rows.append(("|".join(clean), bare[0]))
    return rows


def build_agents(source: Path) -> list[tuple[str, str]]:
    text = (source / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    sets: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", body)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        code = _CODE.search(body)
        if code is None:
            continue
        sector = code.group(1).replace("~", "").strip()[:3]
        if not re.fullmatch(r"[A-Z]{3}", sector):
            continue
        raw = body[: code.start()].strip()
        forms = [raw]
        for key, values in sets.items():
            if key in raw:
                forms = [f.replace(key, v + "_") for f in forms for v in values]
        for form in forms:
            if "!" in form:
                continue
            noun = re.sub(r"\{[^}]*\}", "", form).replace("_", " ").lower()
            noun = " ".join(noun.split())
            if not noun or noun in _SKIP_AGENTS or not re.fullmatch(r"[a-z][a-z .'/-]*", noun):
                continue
            rows.setdefault(noun, sector)
    return sorted(rows.items())


def _license_notice(source: Path) -> str:
    return (source / "LICENSE").read_text(encoding="utf-8")


def write(source: Path, out: Path) -> dict[str, int]:
    header = "# Converted from the PETRARCH2/Phoenix dictionaries (MIT, see petrarch2.LICENSE)"
    people = build_people(source)
    groups = build_groups(source)
    agents = build_agents(source)
    tables = {
        "petrarch_people.tsv": (
            "# names (|-separated)\tcodes (CODE@YYYYMMDD-YYYYMMDD|...)",
            people,
        ),
        "petrarch_groups.tsv": ("# names (|-separated)\tCAMEO code", groups),
        "agents.tsv": ("# agent noun (lowercase)\tsector", agents),
    }
    for name, (columns, rows) in tables.items():
        lines = [header, "# built by scripts/build_actors_petrarch.py", columns]
        lines += ["\t".join(row) for row in rows]
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(source / "LICENSE", out / "petrarch2.LICENSE")
    return {name: len(rows) for name, (_, rows) in tables.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not (args.source / "Phoenix.Countries.actors.txt").exists():
        print(f"missing PETRARCH2 dictionaries: {args.source}", file=sys.stderr)
        return 2
    print(write(args.source, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
