"""The article benchmark runs end to end on a tiny annotated fixture and says what is missing."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "article_eval.py"
FIXTURES = REPO / "tests" / "fixtures" / "articles"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )


def _fixture_args(split: str) -> list[str]:
    return [
        "--articles",
        str(FIXTURES / "tiny.articles.jsonl"),
        "--gold",
        str(FIXTURES / "tiny.gold.json"),
        "--scorer",
        str(FIXTURES / "event_score.py"),
        "--split-file",
        str(FIXTURES / "split.json"),
        "--split",
        split,
    ]


def test_article_benchmark_scores_the_chosen_half(tmp_path):
    pred = tmp_path / "pred.jsonl"
    run = _run(*_fixture_args("check"), "--errors", "--pred-out", str(pred))
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["split"], result["articles"], result["required"]) == ("check", 1, 1)
    events = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    assert events and {e["article_id"] for e in events} == {"tiny-1"}
    # the same numbers as the scorer's own command on the events written out
    gold = FIXTURES / "tiny.gold.json"
    scored = subprocess.run(
        [sys.executable, str(FIXTURES / "event_score.py"), "articles", str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    want = json.loads(scored.stdout)
    for ours, theirs in [
        ("found", "found"),
        ("recall", "recall"),
        ("precision", "precision"),
        ("false_positives", "false_positives"),
        ("dates", "date_acc"),
        ("places", "location_acc"),
        ("quantities", "quantity_acc"),
    ]:
        assert result[ours] == want[theirs], ours

    quiet = json.loads(_run(*_fixture_args("tune")).stdout.strip().splitlines()[-1])
    assert (quiet["articles"], quiet["required"], quiet["events"]) == (1, 0, 0)


def test_article_benchmark_names_the_missing_file(tmp_path):
    args = _fixture_args("all")
    args[1] = str(tmp_path / "absent.jsonl")
    run = _run(*args)
    assert run.returncode == 2
    assert "absent.jsonl" in run.stderr and "--articles" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_article_benchmark_reads_a_check_set_from_the_corpus_by_id(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    other = json.dumps({"id": "other-1", "text": "Nothing happened."}) + "\n"
    articles = (FIXTURES / "tiny.articles.jsonl").read_text(encoding="utf-8")
    corpus.write_bytes(gzip.compress((other + articles).encode("utf-8")))
    gold = FIXTURES / "tiny.gold.json"
    args = ["--set", "bbc", "--gold", str(gold), "--scorer", str(FIXTURES / "event_score.py")]
    run = _run(*args, "--corpus", str(corpus))
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    want = len(json.loads(gold.read_text(encoding="utf-8"))["articles"])
    assert (result["set"], result["articles"]) == ("bbc", want)

    missing = _run(*args, "--corpus", str(tmp_path / "absent.jsonl.gz"))
    assert missing.returncode == 2
    assert "absent.jsonl.gz" in missing.stderr and "--corpus" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_article_benchmark_refuses_evidence_outside_one_sentence(tmp_path):
    articles = tmp_path / "articles.jsonl"
    one_line = (FIXTURES / "tiny.articles.jsonl").read_text("utf-8").replace("\\n\\n", " ")
    articles.write_text(one_line, encoding="utf-8")
    gold = json.loads((FIXTURES / "tiny.gold.json").read_text(encoding="utf-8"))
    event = gold["articles"][0]["events"][0]
    for evidence in [
        "on Monday, shipping sources said. The tanker was not",  # past a sentence end
        "Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Sunday",  # not in the text
    ]:
        event["evidence"] = evidence
        path = tmp_path / "gold.json"
        path.write_text(json.dumps(gold), encoding="utf-8")
        args = _fixture_args("all")
        args[1], args[3] = str(articles), str(path)
        run = _run(*args)
        assert run.returncode == 2, evidence
        assert "1.1" in run.stderr and "one sentence" in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1


def test_every_registered_set_has_its_files():
    """A set the benchmark offers as a choice must have its gold (and texts) in the repository."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from article_eval import BBC_GOLD, OWN_SETS

    missing = [str(path) for path in BBC_GOLD.values() if not path.exists()]
    missing += [str(p) for pair in OWN_SETS.values() for p in pair if not p.exists()]
    assert not missing
    assert "bbc_tune23" in BBC_GOLD and "own_wire37" in OWN_SETS
