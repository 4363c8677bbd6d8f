"""Build ``stream/extract/data/subdivisions.tsv``: provinces, regions and districts from
pycountry's ISO 3166-2 table, most of them named after their chief town (Cusco, Ayacucho,
Gao, Kidal, Jaffna, Trincomalee), so that a town the hand list ``places.tsv`` lacks still
gives its country.

A name is kept only when it is safe as a place: written in plain letters once accents are
dropped ('Herāt' → 'Herat'), at most three words, of one country only, not a country's name,
demonym or capital, of a large kind (a province, region, state, governorate, district; no
French department, commune or borough: 'Cher', 'Var'), with no word many countries' names
share ('Western Province'), at least four letters long, not in ``NOT_PLACES`` (a sea,
people's names), never seen in lowercase in the news corpus (``--corpus``: 'Delta',
'Rivers', 'Plateau', 'Central' are words) nor twice before another capitalised word that is
no place word ('Victoria Beckham'). British and US subdivisions are left out: home places of
English-language copy, counties and boroughs named like towns and words ('Reading', 'Bath');
``places.tsv`` lists the states. Run after a pycountry upgrade:

    python scripts/build_subdivisions.py [--corpus ../shared/corpus/news-mix.jsonl.gz] [--out F]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "stream" / "extract" / "data"
CORPUS = ROOT.parent / "shared" / "corpus" / "news-mix.jsonl.gz"
LEFT_OUT = frozenset({"GB", "US"})
# kinds of subdivision kept: large ones, often named after their chief town (not French
# departments, communes, parishes or boroughs: 'Cher', 'Var', 'Nord')
KINDS = frozenset(
    {"Province", "Region", "State", "Governorate", "District", "Prefecture", "Oblast"}
    | {"Administrative region", "Autonomous region", "Autonomous province", "Emirate"}
    | {"Autonomous republic", "Republic", "Division", "Territory", "Federal territory"}
)
# words of names many countries' subdivisions share ('Western Province', 'Northern Territory')
GENERIC_WORDS = frozenset(
    {"Central", "Northern", "Southern", "Eastern", "Western", "North", "South", "East"}
    | {"West", "Capital", "Province", "Region", "Territory", "City", "Upper", "Lower"}
)
PLACE_WORDS = frozenset(
    {"Province", "Region", "State", "District", "City", "Governorate", "County", "Valley"}
)
# names that are more often something else: a sea, another country's city, people's names,
# words of Romance languages in English copy
NOT_PLACES = frozenset(
    {"Red Sea", "Bari", "Aurora", "Isabela", "Guerrero", "Hidalgo", "Latina", "Fermo", "Como"}
    | {"Ordu", "Imperia", "Sana", "Adan", "Dara", "Florida", "Victoria", "Georgia"}
    # Portuguese compass words, parts of other countries' names ('Timor-Leste')
    | {"Leste", "Norte"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def plain(name: str) -> str | None:
    """The name in plain letters ('Kandahār' → 'Kandahar'), or None if it keeps others."""
    name = re.sub(r"\s*\[.*?\]", "", name)
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub("[\u2018\u2019\u02bb\u02bc']", "", folded).strip()
    if not re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+){0,2}", folded):
        return None
    return folded


def candidates() -> dict[str, set[str]]:
    """Plain subdivision name → the ISO3 codes of the countries that have one so named."""
    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.country_code in LEFT_OUT or sub.type not in KINDS:
            continue
        name = plain(sub.name)
        if name is not None and not GENERIC_WORDS & set(name.split()):
            found[name].add(pycountry.countries.get(alpha_2=sub.country_code).alpha_3)
    return found


def corpus_usage(path: Path, names: set[str]) -> tuple[set[str], Counter]:
    """Words the corpus writes in lowercase, and how often each name comes before a
    capitalised word that is no place word."""
    lower: set[str] = set()
    before_name: Counter = Counter()
    wanted = {n.lower() for n in names}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            words = _WORD.findall(json.loads(line)["text"])
            for i, word in enumerate(words):
                if word.islower() and word in wanted:
                    lower.add(word)
                nxt = words[i + 1] if i + 1 < len(words) else ""
                if word in names and nxt[:1].isupper() and nxt not in PLACE_WORDS:
                    before_name[word] += 1
    return lower, before_name


def known_names() -> set[str]:
    """Country names, demonyms and capitals already in countries.json."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    out: set[str] = set()
    for info in countries.values():
        for key in ("aliases", "adjectives", "people", "capitals"):
            out.update(n.lower() for n in info.get(key) or [])
    return out


def build(corpus: Path) -> dict[str, list[str]]:
    """ISO3 → the subdivision names kept for it."""
    found = {n: c for n, c in candidates().items() if len(c) == 1}
    known = known_names()
    single = {n for n in found if " " not in n and "-" not in n}
    lower, before_name = corpus_usage(corpus, single)
    out: dict[str, list[str]] = defaultdict(list)
    for name, codes in sorted(found.items()):
        low = name.lower()
        if low in known or low in lower or before_name[name] >= 2 or len(name) < 4:
            continue
        if name in NOT_PLACES:
            continue
        out[next(iter(codes))].append(name)
    return dict(sorted(out.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=DATA / "subdivisions.tsv")
    args = parser.parse_args()
    kept = build(args.corpus)
    target = args.out
    lines = [
        "# Provinces, regions and districts (ISO 3166-2, from pycountry) with their country.",
        "# Built by scripts/build_subdivisions.py; places.tsv wins over these.",
        "# names (|-separated)\tcountry",
    ]
    lines += [f"{'|'.join(names)}\t{iso3}" for iso3, names in kept.items()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {sum(map(len, kept.values()))} names of {len(kept)} countries to {target}")


if __name__ == "__main__":
    main()
