"""Speed of the TIMEX3 tagger on a news corpus (no spaCy parse: the lexical tense path).

    python benchmarks/timex_speed.py [../shared/corpus/news-mix.jsonl.gz] [--limit N]

Prints articles, expressions, microseconds per article and per expression.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

from _data import SHARED, require

from stream.extract.model import parse_dct
from stream.extract.timex import tag

DEFAULT = SHARED / "corpus" / "news-mix.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    require((args.path, "the corpus as argument"))
    opener = gzip.open if args.path.suffix == ".gz" else open
    with opener(args.path, "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    if args.limit:
        articles = articles[: args.limit]
    docs = [(a["text"], parse_dct(a.get("published_at"))) for a in articles]
    tag("warm-up on Tuesday, Oct. 29, 2024.", None)
    types: Counter[str] = Counter()
    start = time.perf_counter()
    for text, dct in docs:
        for t in tag(text, dct):
            types[t.type] += 1
    elapsed = time.perf_counter() - start
    n_expr = sum(types.values())
    chars = sum(len(text) for text, _ in docs)
    print(f"articles        {len(docs)}")
    print(f"characters      {chars}")
    print(f"expressions     {n_expr}  {dict(types)}")
    print(f"total           {elapsed:.2f} s")
    print(f"per article     {1e6 * elapsed / max(1, len(docs)):.0f} us")
    print(f"per expression  {1e6 * elapsed / max(1, n_expr):.0f} us")


if __name__ == "__main__":
    main()
