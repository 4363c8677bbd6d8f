"""Two real attacks, many reports: do they become two incidents?

    python benchmarks/incidents_gulf.py [--corpus ../shared/corpus/news-mix.jsonl.gz]

Replays every article of the benchmark corpus published from 16 to 21 October 1987 (276
Reuters stories, of 19 and 20 October; ``--since``/``--until`` change the range) through the
extractor and the incident matching, in publication order as a replay delivers them, and
checks the incidents against a hand annotation
(``benchmarks/data/gulf-1987-10.annotation.json``) of which articles report the U.S. strike on
Iranian oil platforms (19 Oct) and which report Iran's missile attack on the U.S.-flagged
tanker Sea Isle City (16 Oct). The annotation read every article that mentions Iran or the
Gulf; the others report neither attack.

Prints the figures and the checks; exits 1 when a check fails, 2 when the corpus is missing.
The corpus is for research use and stays outside the repository, so this is a benchmark
rather than a unit test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, require  # noqa: E402

from stream.codec import article_from_record  # noqa: E402
from stream.extract import Extractor  # noqa: E402
from stream.incidents import IncidentEngine  # noqa: E402
from stream.incidents.matching import Incident  # noqa: E402

ANNOTATION = Path(__file__).resolve().parent / "data" / "gulf-1987-10.annotation.json"
DEFAULT_CORPUS = SHARED / "corpus" / "news-mix.jsonl.gz"


def load_slice(corpus: Path, since: str, until: str) -> list[dict[str, Any]]:
    """The corpus records published from day ``since`` to day ``until``, in publication order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = [
            r
            for r in map(json.loads, lines)
            if since <= (r.get("published_at") or "")[:10] <= until
        ]
    return sorted(records, key=lambda r: r["published_at"])


def replay(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extract the articles and match their events into incidents, as the stage does."""
    engine = IncidentEngine()
    articles = [article_from_record(r).article for r in records]
    for events in Extractor().extract_many(articles):
        for event in events:
            engine.add(event)
    return [Incident(state).record() for state in engine.store.values()]


def check(incidents: list[dict[str, Any]], annotation: dict[str, Any]) -> list[tuple[str, bool]]:
    """The acceptance checks, each as (what it says, whether it holds)."""
    platform = set(annotation["platform_strike"]["articles"])
    tanker = set(annotation["tanker_attack"]["articles"])
    assault = [r for r in incidents if r["family"] == "assault"]
    if not assault:
        return [("some assault incident was formed", False)]
    strike = max(assault, key=lambda r: len(platform & set(r["articles"])))
    dated = [r for r in assault if r["date"]["value"] == annotation["tanker_attack"]["date"]]
    if not dated:
        return [("an incident is dated to the tanker attack's day", False)]
    attack = max(dated, key=lambda r: len(tanker & set(r["articles"])))
    strike_hits = len(platform & set(strike["articles"]))
    attack_hits = len(tanker & set(attack["articles"]))
    print(
        f"platform strike: {strike['mentions']} mentions, {len(strike['articles'])} articles, "
        f"{strike_hits} of {len(platform)} annotated\n"
        f"tanker attack:   {attack['mentions']} mentions, {len(attack['articles'])} articles, "
        f"{attack_hits} of {len(tanker)} annotated"
    )
    splinters = [
        other
        for other in assault
        if other["incident_id"] not in (strike["incident_id"], attack["incident_id"])
        for same in (strike, attack)
        if (other["date"]["value"], other["actor_countries"][:1])
        == (same["date"]["value"], same["actor_countries"][:1])
        and len(other["articles"]) > 2
    ]
    return [
        ("the two attacks are different incidents", strike["incident_id"] != attack["incident_id"]),
        (
            "the strike is dated to its day",
            strike["date"]["value"] == annotation["platform_strike"]["date"],
        ),
        ("the strike's actor is the USA", strike["actor_countries"][:1] == ["USA"]),
        ("the tanker attack's actor is Iran", attack["actor_countries"][:1] == ["IRN"]),
        ("the strike gathers most articles reporting it", strike_hits * 2 > len(platform)),
        ("the strike gathers little else", strike_hits >= 0.9 * len(strike["articles"])),
        (
            "every article the tanker attack gathers reports it",
            len(attack["articles"]) >= 2 and set(attack["articles"]) <= tanker,
        ),
        ("neither attack is split into big pieces", not splinters),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--since", default="1987-10-16", help="first publication day")
    parser.add_argument("--until", default="1987-10-21", help="last publication day")
    args = parser.parse_args()
    require((args.corpus, "--corpus PATH"))
    annotation = json.loads(ANNOTATION.read_text(encoding="utf-8"))
    records = load_slice(args.corpus, args.since, args.until)
    found = len({r["id"] for r in records} & set(annotation["replayed"]))
    print(
        f"{len(records)} articles published {args.since} … {args.until}; "
        f"{found} of the {len(annotation['replayed'])} that mention Iran or the Gulf"
    )
    results = check(replay(records), annotation)
    for what, holds in results:
        print(f"{'ok  ' if holds else 'FAIL'} {what}")
    return 0 if all(holds for _, holds in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
