"""TIMEX3 tagger: the hand-annotated dev files in ``benchmarks/data`` keep their value F1.

Scored as TempEval-3 scores them (relaxed span match, exact matches first and then overlaps
in document order; value F1 = value accuracy x relaxed F1), with the tagger run as the
benchmark runs it (``tag_article``, relative dates on the dateline's day). Each floor sits
a little under the file's figure when it was set, so a rule change that costs a file
anything but noise fails here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"

# value F1 (and relaxed span F1) each file may not fall below
FLOORS = {
    "timex_dev.jsonl": (98.0, 99.5),
    "timex_dev_1998.jsonl": (96.5, 97.5),
    "timex_dev_2013.jsonl": (96.5, 98.3),
    "timex_dev_ap.jsonl": (97.2, 98.8),
    "timex_dev_broadcast.jsonl": (96.7, 97.8),
    "timex_dev_courts.jsonl": (98.4, 99.0),
    "timex_dev_finance.jsonl": (92.3, 97.3),
    "timex_dev_news14.jsonl": (97.2, 99.2),
    "timex_dev_nineties.jsonl": (96.0, 99.0),
    "timex_dev_obits.jsonl": (98.4, 99.4),
    "timex_dev_own.jsonl": (99.3, 99.4),
    "timex_dev_politics.jsonl": (96.6, 98.8),
    "timex_dev_press.jsonl": (97.3, 98.8),
    "timex_dev_web13.jsonl": (97.3, 99.1),
    "timex_dev_sports.jsonl": (98.3, 99.5),
    "timex_dev_science.jsonl": (98.1, 99.5),
    "timex_dev_weather.jsonl": (99.0, 99.6),
    "timex_dev_wire98.jsonl": (98.8, 99.6),
    "timex_dev_xinhua.jsonl": (98.7, 99.2),
    "timex_dev_wire13.jsonl": (98.5, 99.6),
    "timex_dev_wire13b.jsonl": (98.8, 99.5),
    "timex_dev_wire42.jsonl": (98.0, 99.5),
    "timex_dev_aq43.jsonl": (95.5, 96.5),
    "timex_dev_wikinews.jsonl": (96.4, 99.3),
    "timex_dev_chronicle.jsonl": (97.0, 98.8),
    "timex_dev_agencies.jsonl": (98.7, 99.7),
    "timex_dev_releases.jsonl": (98.8, 99.2),
    "timex_dev_magazine.jsonl": (99.5, 99.8),
    "timex_dev_bulletins.jsonl": (98.8, 99.5),
    "timex_dev_cables.jsonl": (98.5, 99.3),
}


def _timex_eval():
    path = DATA.parent / "timex_eval.py"
    spec = importlib.util.spec_from_file_location("timex_eval_for_floors", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _align(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs: identical spans first, then overlaps in document order."""
    pairs: list[tuple[dict, dict]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used_p and (g["start"], g["end"]) == (p["start"], p["end"]):
                pairs.append((g, p))
                used_g.add(i)
                used_p.add(j)
                break
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        for j, p in enumerate(pred):
            if j not in used_p and p["start"] < g["end"] and g["start"] < p["end"]:
                pairs.append((g, p))
                used_g.add(i)
                used_p.add(j)
                break
    return pairs


def _scores(path: Path) -> tuple[float, float]:
    """Value F1 and relaxed span F1 (percent) of the tagger on one dev file."""
    timex_eval = _timex_eval()
    n_gold = n_pred = matched = right = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        doc = json.loads(line)
        doc.setdefault("id", str(n))
        doc["timexes"] = timex_eval.locate(doc)
        pred = timex_eval.predict(doc)["timexes"]
        pairs = _align(doc["timexes"], pred)
        n_gold += len(doc["timexes"])
        n_pred += len(pred)
        matched += len(pairs)
        right += sum(g["value"].strip() == p["value"].strip() for g, p in pairs)
    precision, recall = matched / n_pred, matched / n_gold
    relaxed = 2 * precision * recall / (precision + recall)
    return 100 * relaxed * right / matched, 100 * relaxed


def test_every_dev_file_has_a_floor() -> None:
    assert sorted(p.name for p in DATA.glob("timex_dev*.jsonl")) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_file_keeps_its_value_f1(name: str) -> None:
    value_floor, relaxed_floor = FLOORS[name]
    value_f1, relaxed_f1 = _scores(DATA / name)
    assert value_f1 >= value_floor, f"{name}: value F1 {value_f1:.2f} < {value_floor}"
    assert relaxed_f1 >= relaxed_floor, f"{name}: relaxed F1 {relaxed_f1:.2f} < {relaxed_floor}"
