"""Worker start-up and first-event latency on the embedded broker.

    python benchmarks/worker_startup.py [--runs 3]

For each run: start a broker, start ``eventstream worker`` (short group timings, as the demo
uses), publish the seed article, and time the first event on the events topic. Prints the
worker's own start-up phases (imports, group join, model load), the first-event latency from
worker start, resident memory of the worker and its extraction process, and the time a
SIGTERM takes to stop it.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer

from stream.broker import EmbeddedBroker, ensure_pipeline_topics, stop_process
from stream.config import Settings, quick_join
from stream.demo import start_worker

SEED = Path(__file__).resolve().parent.parent / "stream" / "samples" / "seed-ap-2024-10-29.json"
PHASES = {
    "imports": r"worker starting, ([\d.]+) s after process start",
    "joined": r"joined group .*?, ([\d.]+) s after process start",
    "model_load": r"model loaded in ([\d.]+) s",
    "first_batch": r"batch of \d+ articles: .* in ([\d.]+) s",
}


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.extend(int(p) for p in text)
    return out


def one_run(workdir: str) -> dict[str, float]:
    result: dict[str, float] = {}
    t0 = time.monotonic()
    with EmbeddedBroker() as broker:
        result["broker_start"] = time.monotonic() - t0
        settings = quick_join(Settings(broker=broker.bootstrap, datadir=os.path.join(workdir, "s")))
        ensure_pipeline_topics(settings)
        log = Path(workdir) / f"worker-{time.time_ns()}.log"
        consumer = KafkaConsumer(
            settings.events_topic,
            bootstrap_servers=settings.bootstrap_servers,
            auto_offset_reset="earliest",
        )
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
        producer.send(settings.articles_topic, SEED.read_bytes())
        producer.flush()
        producer.close()
        started = time.monotonic()
        worker = start_worker(settings, log_path=log)
        try:
            while not any(consumer.poll(timeout_ms=100).values()):
                if time.monotonic() - started > 120:
                    raise RuntimeError(f"no event within 120 s; see {log}")
            result["first_event_from_worker_start"] = time.monotonic() - started
            time.sleep(0.5)
            result["worker_rss_mb"] = rss_mb(worker.pid)
            result["extraction_process_rss_mb"] = sum(rss_mb(c) for c in children(worker.pid))
        finally:
            consumer.close()
            stopping = time.monotonic()
            stop_process(worker, timeout=30)
            result["sigterm_to_exit"] = time.monotonic() - stopping
        text = log.read_text()
        for name, pattern in PHASES.items():
            match = re.search(pattern, text)
            if match:
                result[name] = float(match.group(1))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        runs = [one_run(workdir) for _ in range(args.runs)]
    load = os.getloadavg()[0]
    print(
        f"{args.runs} runs, {os.cpu_count()} cores, load average {load:.1f}, {sys.version.split()[0]}"
    )
    for key in runs[0]:
        values = [r[key] for r in runs if key in r]
        unit = "MB" if key.endswith("_mb") else "s"
        print(
            f"  {key:32s} median {statistics.median(values):7.2f} {unit}"
            f"   (min {min(values):.2f}, max {max(values):.2f})"
        )


if __name__ == "__main__":
    main()
