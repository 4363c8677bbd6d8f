"""Build ``stream/extract/data/countries.json`` from pycountry plus the hand-written terms.

Every ISO 3166-1 country gets an entry with its canonical name and the names pycountry knows
(short, official, common); ``country_terms.tsv`` adds demonyms, people nouns, capitals and
common aliases. Run after editing either source:

    python scripts/build_countries.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "stream" / "extract" / "data"


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _people_forms(adjectives: list[str]) -> list[str]:
    """Plural nouns formed from demonyms: Ukrainian → Ukrainians, Israeli → Israelis."""
    return [a + "s" for a in adjectives if a.endswith(("an", "i")) and " " not in a[-3:]]


def _read_terms(path: Path) -> dict[str, dict[str, list[str] | str]]:
    terms: dict[str, dict[str, list[str] | str]] = {}
    with path.open(encoding="utf-8") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.reader(rows, delimiter="\t"):
            row += [""] * (6 - len(row))
            iso3, name, adjectives, people, capitals, aliases = row[:6]
            adj = _split(adjectives)
            terms[iso3] = {
                "name": name,
                "adjectives": adj,
                "people": _split(people) + _people_forms(adj),
                "capitals": _split(capitals),
                "aliases": _split(aliases),
            }
    return terms


def build() -> dict[str, dict]:
    """Merge pycountry's names with the hand-written terms, keyed by ISO3."""
    terms = _read_terms(DATA / "country_terms.tsv")
    out: dict[str, dict] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = terms.pop(iso3, {})
        names = [country.name]
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(value)
        canonical = extra.get("name") or getattr(country, "common_name", None) or country.name
        aliases = list(dict.fromkeys([canonical, *names, *extra.get("aliases", [])]))
        out[iso3] = {
            "name": canonical,
            "alpha2": country.alpha_2,
            "aliases": aliases,
            "adjectives": extra.get("adjectives", []),
            "people": list(dict.fromkeys(extra.get("people", []))),
            "capitals": extra.get("capitals", []),
        }
    for iso3, extra in terms.items():  # codes outside ISO 3166 (Kosovo: XKX)
        out[iso3] = {
            "name": extra["name"],
            "alpha2": None,
            "aliases": list(dict.fromkeys([extra["name"], *extra["aliases"]])),
            "adjectives": extra["adjectives"],
            "people": list(dict.fromkeys(extra["people"])),
            "capitals": extra["capitals"],
        }
    return dict(sorted(out.items()))


def main() -> None:
    countries = build()
    target = DATA / "countries.json"
    target.write_text(json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {target}")


if __name__ == "__main__":
    main()
