"""A hash of each article's events over the news corpus, to show that a speed change leaves
every output as it was, and the extractor's CPU time on the same run.

Articles go through ``Extractor().extract_many`` in corpus order, in batches (the extractor
keeps a memory of common words across articles, so the order and batches are fixed). Each
article's events, every field but ``extracted_at``, are serialised with sorted keys and hashed;
one line per article (``id`` and the first 16 hex digits of the hash) goes to ``--out`` or
stdout, and a last line gives the hash of all of them. Two runs are identical when their
outputs are (``diff``). On stderr: ``Extractor()``'s start-up CPU, the extraction's process CPU
time and the peak resident memory (``VmHWM``). ``--profile FILE`` writes a cProfile of the
extraction (not of the start-up).

    python benchmarks/events_digest.py [--articles N] [--out FILE] [--profile FILE]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import orjson  # noqa: E402
from _data import SHARED, require  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "news-mix.jsonl.gz"
DROPPED = ("extracted_at",)  # fields that differ between runs of the same code


def read_records(path: Path) -> list[dict[str, Any]]:
    """Article records (with a ``text``) of a JSON-lines file, gzip-compressed or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        records = [orjson.loads(line) for line in fh if line.strip()]
    return [r for r in records if isinstance(r, dict) and isinstance(r.get("text"), str)]


def spread_sample(records: Sequence[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """``count`` records spread evenly over ``records`` (all of them when ``count`` is 0), as
    ``throughput.py`` samples the corpus."""
    if count <= 0:
        return list(records)
    step = max(1, len(records) // count)
    return list(records[::step][:count])


def events_hash(events: Iterable[dict[str, Any]]) -> str:
    """The hash of one article's events, every field but those of ``DROPPED``."""
    kept = [{k: v for k, v in dict(e).items() if k not in DROPPED} for e in events]
    data = orjson.dumps(kept, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    return hashlib.sha256(data).hexdigest()[:16]


def digest_lines(ids: Sequence[str], hashes: Sequence[str]) -> Iterator[str]:
    """One ``id hash`` line per article, then ``ALL`` and the hash of those lines."""
    whole = hashlib.sha256()
    for article_id, digest in zip(ids, hashes, strict=True):
        line = f"{article_id} {digest}"
        whole.update(line.encode() + b"\n")
        yield line
    yield f"ALL {whole.hexdigest()[:16]} ({len(ids)} articles)"


def peak_rss_mb() -> float:
    """The process's peak resident memory (``VmHWM``) in MB, 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(records: Sequence[dict[str, Any]], batch: int, profile: Path | None) -> list[str]:
    """Each record's events hash, in order; the timings on stderr."""
    import spacy  # noqa: F401  (imported before the start-up is timed, as throughput.py does)

    from stream.extract import Article, Extractor

    started = time.process_time()
    extractor = Extractor()
    start_up = time.process_time() - started
    articles = [
        Article(
            id=r.get("id") or f"article-{i}",
            text=r["text"],
            published_at=r.get("published_at"),
            title=r.get("title"),
        )
        for i, r in enumerate(records)
    ]
    hashes: list[str] = []
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    started = time.process_time()
    for k in range(0, len(articles), batch):
        hashes.extend(
            events_hash(found) for found in extractor.extract_many(articles[k : k + batch])
        )
    cpu = time.process_time() - started
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    print(
        f"Extractor() {start_up:.2f} CPU-s; {len(articles)} articles {cpu:.2f} CPU-s"
        f" ({len(articles) / cpu if cpu else 0:.1f} per CPU-s); peak RSS {peak_rss_mb():.0f} MB",
        file=sys.stderr,
    )
    return hashes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=0, help="spread sample (0: all)")
    parser.add_argument("--batch", type=int, default=32, help="articles per extract_many call")
    parser.add_argument("--out", type=Path, help="write the lines here instead of stdout")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the extraction here")
    args = parser.parse_args(argv)
    require((args.corpus, "the corpus as argument"))
    records = spread_sample(read_records(args.corpus), args.articles)
    hashes = run(records, args.batch, args.profile)
    ids = [str(r.get("id") or f"article-{i}") for i, r in enumerate(records)]
    text = "\n".join(digest_lines(ids, hashes)) + "\n"
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
