"""benchmarks/cameo_eval.py: where the judged scorer and the CAMEO-code family disagree."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _cameo_eval():
    spec = importlib.util.spec_from_file_location(
        "cameo_eval", REPO / "benchmarks" / "cameo_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_type_and_code_families_that_disagree_are_counted(tmp_path):
    scorer = tmp_path / "score.py"  # the judged scorer's two names the count needs
    scorer.write_text(
        'FAMILY = {"meeting": "MEET", "pledge": "PLEDGE", "aid": "AID"}\n'
        "def fam_match(a, b):\n    return a == b\n",
        encoding="utf-8",
    )
    table = {"04": "MEET", "03": "PLEDGE", "036": "PLEDGE", "07": "AID"}
    predictions = [
        [{"type": "meeting", "cameo": "036"}, {"type": "pledge", "cameo": "033"}],
        [{"type": "aid", "cameo": "070"}, {"type": "aid", "cameo": "033"}],
    ]
    assert _cameo_eval().disagreements(scorer, predictions, table) == 2
