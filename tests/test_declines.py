"""The decline tally runs on a tiny corpus, leaves annotated and audited articles out and names
the condition that declined each trigger word."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "declines.py"

ARTICLES = {
    "reuters-1": (
        "The Iranian cabinet met on Sunday to discuss the war. "
        "The opposition launched a diplomatic offensive against the army. "
        "Iraqi troops attacked a Kuwaiti convoy on Monday."
    ),
    "reuters-2": "Iraqi troops attacked a Kuwaiti convoy on Monday, and talks failed.",  # annotated
    "reuters-3": "Shares of the bank rose three pct on Monday.",  # no world news
    "reuters-4": "Syrian troops shelled the town after talks failed.",  # in an audit sample
}


def _corpus(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        for rid, text in ARTICLES.items():
            record = {"id": rid, "text": text, "published_at": "1987-03-02", "title": "t"}
            out.write(json.dumps(record) + "\n")
    dev = tmp_path / "dev.articles.jsonl"
    dev.write_text(json.dumps({"id": "reuters-2", "text": ""}) + "\n", encoding="utf-8")
    audit = tmp_path / "audit.json"
    audit.write_text(json.dumps({"about": "", "samples": {"A": ["reuters-4"]}}), encoding="utf-8")
    return ["--corpus", str(corpus), "--dev-articles", str(dev), "--audit-samples", str(audit)]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )


def test_declines_are_tallied_by_the_condition_that_made_them(tmp_path):
    out = tmp_path / "declines.jsonl"
    run = _run(*_corpus(tmp_path), "--reason", "_meets_alone", "--out", str(out))
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 1  # the annotated, audited and non-news articles are left out
    sections = ("\n" + run.stdout).split("\n== ")
    draft = next(s for s in sections if s.startswith("draft"))
    assert "_meets_alone(trig, actors, targets)" in draft  # 'the Iranian cabinet met'
    declined = next(s for s in sections if s.startswith("declined"))
    assert "_is_figurative(tok)" in declined  # 'a diplomatic offensive'
    assert "The Iranian cabinet met on Sunday to discuss the war." in sections[-1]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["article"] for r in rows} == {"reuters-1"}
    assert not any(r["word"] == "attacked" for r in rows)  # the attack is an event
    assert summary["declines"] == len(rows)


def test_a_missing_corpus_is_named_in_one_line(tmp_path):
    run = _run("--corpus", str(tmp_path / "none.jsonl.gz"))
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1
    assert "none.jsonl.gz" in run.stderr
