"""Print the events the extractor finds in a random sample of unannotated world-news articles,
for judging their precision by hand.

    python benchmarks/precision_audit.py [--seed 1] [--articles 30] [--sample A|B|...|X]
        [--corpus ../shared/corpus/news-mix.jsonl.gz]
        [--dev-articles ../shared/fixtures/articles/dev.articles.jsonl]
        [--samples benchmarks/data/precision_audit_samples.json] [--exclude ID ...] [--seed-only]
        [--words 2]

The pool is every ``bbc-politics-*`` article of the news corpus and every Reuters story of 1987
that names war, the military or diplomacy (at least two distinct such words, see
``WORLD_NEWS``; ``--words 1`` takes any story naming one or more, a wider pool for when
the first is used up), less the hand-annotated articles: the dev articles (``--dev-articles``) and the
BBC articles of ``benchmarks/data/bbc*.gold.json``. ``--seed`` picks the sample; a seed's sample
leaves out the articles the smaller positive seeds draw at the same size, so seeds 1 and 2 give
disjoint samples (``--exclude`` drops further ids; ``--seed-only`` draws from the whole pool
left, without leaving out the smaller seeds' draws, for when those would empty it). A seed's
draw changes when a new gold set joins the annotated ones, so ``--sample A``, ``B`` … ``Z``,
``AA``, ``AB`` … replays instead the articles
of a stored, judged sample (``--samples``), less any that has since been annotated. Each event
is printed with its type, actor and target codes, date (and "negated" for an act told as not
done), trigger and evidence sentence; the last
line counts articles and events.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from _data import REPO, SHARED, require

DEFAULT_CORPUS = SHARED / "corpus" / "news-mix.jsonl.gz"
DEFAULT_DEV = SHARED / "fixtures" / "articles" / "dev.articles.jsonl"
DEFAULT_SAMPLES = REPO / "benchmarks" / "data" / "precision_audit_samples.json"
WORLD_NEWS = re.compile(
    r"\b(war|military|troops|army|navy|warships?|missiles?|attack(?:ed|s)?|guerrillas?|rebels?"
    r"|diplomat(?:s|ic)?|embassy|ambassador|foreign minister|summit|sanctions|ceasefire"
    r"|invasion|bomb(?:ed|ing|s)?|talks)\b",
    re.IGNORECASE,
)
"""Words of war and diplomacy; a Reuters story with two distinct ones joins the pool."""


def annotated_ids(dev_articles: Path) -> set[str]:
    """Ids of the articles annotated by hand: the dev articles and every BBC gold set's."""
    ids = {json.loads(line)["id"] for line in dev_articles.open(encoding="utf-8") if line.strip()}
    for gold in (REPO / "benchmarks" / "data").glob("bbc*.gold.json"):
        ids |= {a["id"] for a in json.loads(gold.read_text(encoding="utf-8"))["articles"]}
    return ids


def world_news(record: dict[str, Any], least: int = 2) -> bool:
    """A BBC politics article, or a Reuters story naming at least ``least``
    distinct words of war/diplomacy."""
    if record["id"].startswith("bbc-politics-"):
        return True
    if not record["id"].startswith("reuters-"):
        return False
    words = {m.group(0).lower() for m in WORLD_NEWS.finditer(record.get("text") or "")}
    return len(words) >= least


def sample(
    corpus: Path,
    skip: set[str],
    seed: int,
    size: int,
    earlier_seeds: bool = True,
    least: int = 2,
) -> list[dict[str, Any]]:
    """``size`` world-news records of ``corpus`` not in ``skip`` (a Reuters story naming
    ``least`` words of war/diplomacy), drawn with ``seed``, none of them drawn by a smaller
    positive seed (so samples of different seeds never overlap) unless ``earlier_seeds`` is
    false."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        pool = [r for r in map(json.loads, lines) if r["id"] not in skip and world_news(r, least)]
    for earlier in range(1, seed if earlier_seeds else 1):
        taken = {id(r) for r in random.Random(earlier).sample(pool, min(size, len(pool)))}
        pool = [r for r in pool if id(r) not in taken]
    return random.Random(seed).sample(pool, min(size, len(pool)))


def stored(corpus: Path, ids: list[str], skip: set[str]) -> list[dict[str, Any]]:
    """The records of ``ids`` not in ``skip``, in the order of ``ids``."""
    wanted = set(ids) - skip
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        found = {r["id"]: r for r in map(json.loads, lines) if r["id"] in wanted}
    return [found[i] for i in ids if i in found]


def describe(event: dict[str, Any]) -> str:
    """One event: type, actor -> target codes, date and status ("negated" for an act told as
    not done), trigger, evidence sentence."""
    who = ",".join(a["country"] or f"({a['text']})" for a in event["actors"]) or "-"
    whom = ",".join(a["country"] or f"({a['text']})" for a in event["targets"]) or "-"
    date = event["date"]["value"] or "(pub)"
    negated = " negated" if event["negated"] else ""
    sentence = " ".join(event["evidence"]["sentence"].split())
    return (
        f"  {event['type']:<14} {who} -> {whom}  {date} {event['date']['status']}{negated}"
        f"  '{event['trigger']}'\n      | {sentence}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=int, default=30, help="how many articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--dev-articles", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--exclude", nargs="*", default=[], help="article ids to leave out")
    parser.add_argument(
        "--seed-only", action="store_true", help="do not leave out the smaller seeds' draws"
    )
    parser.add_argument(
        "--words", type=int, default=2, help="distinct words of war/diplomacy a story names"
    )
    parser.add_argument(
        "--sample", default=None, help="replay a stored sample (A to Z, then AA, AB ...)"
    )
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES, help="stored samples")
    args = parser.parse_args(argv)
    require((args.corpus, "--corpus PATH"), (args.dev_articles, "--dev-articles PATH"))
    skip = annotated_ids(args.dev_articles) | set(args.exclude)
    if args.sample is not None:
        require((args.samples, "--samples PATH"))
        samples = json.loads(args.samples.read_text(encoding="utf-8"))["samples"]
        if args.sample not in samples:
            parser.error(f"--sample {args.sample}: not in {args.samples} ({', '.join(samples)})")

    from stream.codec import article_from_record
    from stream.extract import Extractor

    if args.sample is not None:
        records = stored(args.corpus, samples[args.sample], skip)
    else:
        records = sample(
            args.corpus, skip, args.seed, args.articles, not args.seed_only, args.words
        )
    articles = [article_from_record(r).article for r in records]
    total = 0
    for record, events in zip(records, Extractor().extract_many(articles), strict=True):
        print(f"== {record['id']}  {record.get('published_at') or ''}  {record['title']}")
        for event in events:
            print(describe(event))
        total += len(events)
    drawn = {"sample": args.sample} if args.sample else {"seed": args.seed}
    print(json.dumps({**drawn, "articles": len(records), "events": total}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
