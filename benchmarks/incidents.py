"""The incidents stage: its cost to a worker's throughput, and its state over an endless feed.

1. ``throughput``: the same articles through a real ``eventstream worker`` on the embedded
   broker, with the stage off and on (alternating, ``--rounds`` times each): articles/s from
   the first receipt to the last, articles per CPU second of the worker and its extraction
   process (what the code costs, whatever else the machine runs), and for "on" how long after
   the last receipt the incidents topic stopped changing (the stage keeping up or not).
2. ``state``: the corpus's events (extracted once, in process) go through the stage's
   engine three times over (``--passes``), in archive order, as three replays of the archive
   would deliver them; every 1,000 events it records the entries the stage's table holds
   (open and closed incidents), their JSON size, and the derived indexes. Bounded state
   means the later passes peak where the first did.

    python benchmarks/incidents.py [--corpus PATH] [--articles 1500] [--rounds 1] [--passes 3]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from statistics import mean
from typing import Any

import orjson

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news-mix.jsonl.gz"


def read_corpus(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield orjson.loads(line)


# --- 1. throughput ----------------------------------------------------------------------


def worker_rate(bootstrap: str, records: list[bytes], *, incidents: bool, workdir: Path) -> dict:
    """Articles/s of one worker over ``records`` (first to last receipt)."""
    from kafka import KafkaConsumer, KafkaProducer
    from throughput import cpu_seconds, tree

    from stream.broker import ensure_pipeline_topics, stop_process
    from stream.config import Settings, quick_join
    from stream.demo import start_worker

    suffix = uuid.uuid4().hex[:8]
    settings = quick_join(
        Settings(
            broker=bootstrap,
            app_id=f"bench-{suffix}",
            articles_topic=f"articles-{suffix}",
            events_topic=f"events-{suffix}",
            dlq_topic=f"dlq-{suffix}",
            receipts_topic=f"receipts-{suffix}",
            incidents_topic=f"incidents-{suffix}",
            datadir=str(workdir / suffix),
            metrics_port=0,
            incidents=incidents,
        )
    )
    ensure_pipeline_topics(settings)
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, linger_ms=5)
    for value in records:
        producer.send(settings.articles_topic, value=value)
    producer.flush()
    producer.close()
    worker = start_worker(settings, log_path=workdir / f"worker-{suffix}.log")
    try:
        receipts = KafkaConsumer(
            settings.receipts_topic,
            bootstrap_servers=settings.bootstrap_servers,
            auto_offset_reset="earliest",
            consumer_timeout_ms=120_000,
        )
        first = last = None
        count = 0
        for _ in receipts:
            last = time.monotonic()
            first = first or last
            count += 1
            if count >= len(records):
                break
        receipts.close()
        settled = None
        incidents_seen = 0
        if incidents:
            out = KafkaConsumer(
                settings.incidents_topic,
                bootstrap_servers=settings.bootstrap_servers,
                auto_offset_reset="earliest",
                consumer_timeout_ms=5_000,
            )
            newest = last
            for _ in out:
                incidents_seen += 1
                newest = time.monotonic()
            out.close()
            settled = max(0.0, newest - last) if newest and last else None
        worker_cpu = cpu_seconds(worker.pid)  # the Faust process: agents, stage, broker I/O
        total_cpu = sum(cpu_seconds(p) for p in tree(worker.pid))
    finally:
        stop_process(worker)
    seconds = (last - first) if first and last and last > first else float("nan")
    return {
        "incidents": incidents,
        "articles": count,
        "seconds": seconds,
        "rate": count / seconds if seconds else float("nan"),
        "stage_settled_after_s": settled,
        "worker_cpu_s": worker_cpu,
        "total_cpu_s": total_cpu,
        "articles_per_cpu_s": count / total_cpu if total_cpu else float("nan"),
        "incident_records": incidents_seen,
    }


def run_throughput(corpus: Path, articles: int, rounds: int) -> list[dict]:
    from stream.broker import EmbeddedBroker

    records = [orjson.dumps(r) for r in itertools.islice(read_corpus(corpus), articles)]
    results = []
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        for round_ in range(rounds):
            for incidents in (False, True) if round_ % 2 == 0 else (True, False):
                result = worker_rate(
                    broker.bootstrap, records, incidents=incidents, workdir=Path(tmp)
                )
                results.append(result)
                print(
                    f"  stage {'on ' if incidents else 'off'}: {result['articles']} articles "
                    f"in {result['seconds']:.1f} s = {result['rate']:.1f} articles/s; CPU "
                    f"{result['worker_cpu_s']:.1f} s worker process, {result['total_cpu_s']:.1f} s "
                    f"with extraction = {result['articles_per_cpu_s']:.1f} articles/CPU-s"
                    + (
                        f"; incidents settled {result['stage_settled_after_s']:.1f} s after the "
                        f"last receipt ({result['incident_records']} incident records)"
                        if incidents and result["stage_settled_after_s"] is not None
                        else ""
                    ),
                    flush=True,
                )
    return results


# --- 2. state ---------------------------------------------------------------------------


def extract_all(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    from stream.codec import article_from_record
    from stream.extract import Extractor

    records = list(itertools.islice(read_corpus(corpus), limit))
    extractor = Extractor()
    events: list[dict[str, Any]] = []
    started = time.monotonic()
    for i in range(0, len(records), 256):
        chunk = [article_from_record(r).article for r in records[i : i + 256]]
        for found in extractor.extract_many(chunk):
            events.extend(found)
        print(f"  … extracted {min(i + 256, len(records))}/{len(records)}", file=sys.stderr)
    print(f"  {len(records)} articles → {len(events)} events in {time.monotonic() - started:.0f} s")
    return events


def run_state(events: list[dict[str, Any]], passes: int) -> list[dict]:
    from stream.incidents import IncidentEngine
    from stream.incidents.matching import partition_key

    engine = IncidentEngine()
    partitions: dict[str, int] = {}
    rows = []
    started = time.monotonic()
    processed = 0
    for n in range(1, passes + 1):
        peak = {"entries": 0, "open": 0, "bytes": 0, "seen": 0, "blocks": 0}
        for event in events:
            partition = partitions.setdefault(partition_key(event), len(partitions))
            engine.add(event, partition)
            processed += 1
            if processed % 1000 == 0:
                sample = {
                    "entries": len(engine.store),
                    "open": sum(s["status"] == "open" for s in engine.store.values()),
                    "bytes": sum(len(orjson.dumps(s)) for s in engine.store.values()),
                    "seen": sum(len(i.seen) for i in engine._partitions.values()),
                    "blocks": sum(len(i.blocks) for i in engine._partitions.values()),
                }
                peak = {k: max(peak[k], sample[k]) for k in peak}
        stats = engine.stats
        row = {
            "pass": n,
            **{f"peak_{k}": v for k, v in peak.items()},
            "final_entries": len(engine.store),
            "opened": stats.opened,
            "joined": stats.joined,
            "duplicates": stats.duplicates,
            "closed": stats.closed,
            "reopened": stats.reopened,
            "forgotten": stats.forgotten,
        }
        rows.append(row)
        print(
            f"  pass {n}: peak {peak['entries']} table entries ({peak['open']} open, "
            f"{peak['bytes'] / 1e6:.2f} MB JSON), peak indexes {peak['seen']} seen ids / "
            f"{peak['blocks']} blocks; {len(engine.store)} entries at the end; so far "
            f"{stats.opened} opened, {stats.joined} joined, {stats.duplicates} duplicates, "
            f"{stats.closed} closed, {stats.reopened} reopened, {stats.forgotten} forgotten",
            flush=True,
        )
    elapsed = time.monotonic() - started
    print(f"  engine: {processed} events in {elapsed:.1f} s = {processed / elapsed:,.0f} events/s")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=1500, help="articles per worker run")
    parser.add_argument("--rounds", type=int, default=1, help="off/on pairs of worker runs")
    parser.add_argument("--passes", type=int, default=3, help="replays of the corpus (state)")
    parser.add_argument("--state-articles", type=int, default=None, help="corpus prefix (state)")
    parser.add_argument("--skip", choices=("throughput", "state"), action="append", default=[])
    parser.add_argument(
        "--events-cache", type=Path, default=None, help="keep the extracted events here (JSONL)"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"missing corpus {args.corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    if "throughput" not in args.skip:
        print(f"throughput: {args.articles} articles, one worker, stage off vs on")
        results = run_throughput(args.corpus, args.articles, args.rounds)
        off = [r["rate"] for r in results if not r["incidents"]]
        on = [r["rate"] for r in results if r["incidents"]]
        print(f"  on/off, wall clock: {sum(on) / len(on) / (sum(off) / len(off)):.2f}")
        on_cpu = [r["articles_per_cpu_s"] for r in results if r["incidents"]]
        off_cpu = [r["articles_per_cpu_s"] for r in results if not r["incidents"]]
        print(
            f"  on/off, per CPU second: {sum(on_cpu) / len(on_cpu) / (sum(off_cpu) / len(off_cpu)):.2f}"
        )
        # The extraction process does the same work whether the stage runs or not, but its CPU
        # time varies by several seconds from run to run on a shared machine: averaged over
        # all runs, only the worker process's CPU (where the stage runs) tells on from off.
        extraction = mean(r["total_cpu_s"] - r["worker_cpu_s"] for r in results)
        worker_on = mean(r["worker_cpu_s"] for r in results if r["incidents"])
        worker_off = mean(r["worker_cpu_s"] for r in results if not r["incidents"])
        print(
            f"  worker process CPU: {worker_off:.2f} s off, {worker_on:.2f} s on "
            f"({(worker_on - worker_off) / args.articles * 1000:.1f} ms per article); "
            f"extraction {extraction:.1f} s on average; on/off per CPU second with it: "
            f"{(extraction + worker_off) / (extraction + worker_on):.2f}"
        )
    if "state" not in args.skip:
        print(f"state: the corpus replayed {args.passes} times through the stage's engine")
        cache = args.events_cache
        if cache is not None and cache.exists():
            events = [orjson.loads(line) for line in cache.read_bytes().splitlines() if line]
        else:
            events = extract_all(args.corpus, args.state_articles)
            if cache is not None:
                cache.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in events))
        run_state(events, args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
