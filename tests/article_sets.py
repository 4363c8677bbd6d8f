"""Whole-article sets of ``benchmarks/data`` scored as ``benchmarks/article_eval.py`` scores
them, with the judging scorer copied into ``tests/``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO / "tests" / "fixtures" / "articles" / "event_score.py"


def set_summary(capsys: pytest.CaptureFixture[str], name: str) -> dict:
    """The summary line of ``article_eval.py --set NAME`` (run in-process, so it scores with
    the tests' shared extractor when the test takes ``benchmark_extractor``)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import article_eval

    assert article_eval.main(["--set", name, "--scorer", str(SCORER)]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])
