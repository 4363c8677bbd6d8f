"""The throughput benchmark runs end to end on a tiny corpus and reports every section.

Only the shape of the report is checked here; speed targets are read from the benchmark's
output, never asserted in tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "throughput.py"

QUIET_ARTICLES = [
    "The club confirmed the striker will miss Saturday's match with a hamstring injury.",
    "Shares in the retailer rose 4% after it reported stronger holiday sales than expected.",
]


@pytest.mark.broker
@pytest.mark.timeout(600)
def test_benchmark_prints_every_section_and_writes_json(tmp_path, seed_article, fixtures_dir):
    corpus = tmp_path / "tiny.jsonl"
    records = [seed_article] + [
        {"id": f"quiet-{i}", "text": text, "published_at": "2025-01-1{i}T08:00:00Z"}
        for i, text in enumerate(QUIET_ARTICLES)
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--corpus",
            str(corpus),
            "--articles",
            "3",
            "--seed-articles",
            "2",
            "--seed",
            str(fixtures_dir / "seed" / "article.json"),
            "--e2e-corpora",
            "seed",
            "--workers",
            "1,2",
            "--partitions",
            "2",
            "--latency-seconds",
            "2",
            "--memory",
            "--memory-articles",
            "6",
            "--memory-checkpoint",
            "3",
            "--timeout",
            "240",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=560,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    text = proc.stdout
    for heading in (
        "1. raw spaCy",
        "2. extractor alone",
        "2b. extractor / raw nlp.pipe interleaved",
        "3–4. end to end",
        "5. memory",
        "targets",
    ):
        assert f"== {heading}" in text, text
    assert "full default pipeline" in text and "project configuration" in text
    assert "seed recall (prefilter" in text
    assert "1 worker(s)" in text and "2 worker(s)" in text and "at half rate" in text

    [path] = out.glob("throughput-*.json")
    results = json.loads(path.read_text(encoding="utf-8"))
    seed_name = next(name for name in results["raw"] if name.startswith("seed"))
    mixed_name = next(name for name in results["raw"] if name.startswith("mixed"))
    for name in (seed_name, mixed_name):
        assert results["raw"][name]["full"]["articles"] == (2 if name == seed_name else 3)
        assert "lemmatizer" in results["raw"][name]["full"]["pipeline"]
        assert results["extractor"][name]["articles_per_s"] > 0
    assert results["extractor"]["seed_recall"]["prefilter"]["required"] > 0
    assert results["extractor"]["start_up"]["rss_mb"] > 50
    for name in (seed_name, mixed_name):  # the target figures: median and range of the rounds
        ratio = results["ratio"][name]
        assert len(ratio["per_round_by_cpu"]) == ratio["rounds"] == 3
        assert ratio["by_cpu"]["min"] <= ratio["by_cpu"]["median"] <= ratio["by_cpu"]["max"]
        assert ratio["by_cpu"]["median"] > 0
    assert "median of 3 interleaved rounds" in text
    e2e = results["e2e"][seed_name]
    one, two = e2e["1_workers"], e2e["2_workers"]
    # every seed copy has events, so every article published is answered
    assert one["max_rate"]["articles_with_events"] == one["max_rate"]["articles"]
    assert set(one["half_rate"]["latency_s"]) == {"p50", "p95", "p99"}
    assert len(two["rss"]["peak_per_worker_mb"]) == 2
    assert all(mb > 50 for mb in two["rss"]["peak_per_worker_mb"])
    assert results["memory"]["articles"] == 6
    assert results["memory"]["end"]["median_rss_mb"] > 50
    assert results["memory"]["end"]["trimmed_rss_mb"] > 50
    assert results["memory"]["end"]["peak_rss_mb"] >= results["memory"]["checkpoint"]["peak_rss_mb"]
