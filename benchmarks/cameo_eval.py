"""Event-family precision/recall/F1 and source-country accuracy on human-coded sentences.

    python benchmarks/cameo_eval.py [--data ../shared/fixtures/cameo/dev.jsonl] [--errors]
                                    [--split tune|check|all] [--min-confidence 0.0]

Each record is one sentence with CAMEO/PLOVER-coded events. A predicted event's family comes
from its CAMEO code through the mapping tables in ``mapping.json`` (longest code prefix); gold
families are the records' ``compact`` field. Per sentence the predicted and gold family sets
are compared (negated events are not reported as having happened, so they do not count).
Source-country accuracy compares the first actor of the predicted event of a gold family with
the gold sources' first three letters (a country code, or IGO/NGO...; reciprocal codings of one
sentence accept either party), over gold families whose source names one; ``strict`` also
counts gold families with no such prediction.
With ``--scorer`` (default ``../shared/tools/event_score.py``) the same predictions are also
scored by that tool's ``bench`` mode, the per-event measure used to judge (in-scope families
only, close families count as the same), printed as a second JSON line; it reads an event's
family from its type, this script from its CAMEO code, and the line counts the events where
the two disagree.
``--data benchmarks/data/cameo_own.jsonl`` scores our own-wording sentences (one or more per
CAMEO code, and sentences with no event), with the family table in
``benchmarks/data/cameo_families.json`` when no ``mapping.json`` lies beside the data.
``--split`` scores one half of the fixed split in ``benchmarks/data/dev_split.json``: tune
rules looking only at ``tune`` errors; ``check`` is scored to report, never to read errors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "fixtures" / "cameo" / "dev.jsonl"
DEFAULT_SCORER = REPO.parent / "shared" / "tools" / "event_score.py"
SPLIT_FILE = REPO / "benchmarks" / "data" / "dev_split.json"
FAMILY_TABLE = REPO / "benchmarks" / "data" / "cameo_families.json"
OWN_DATA = REPO / "benchmarks" / "data" / "cameo_own.jsonl"


def load_family_table(mapping_path: Path) -> dict[str, str]:
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    table = dict(mapping["cameo_prefix_to_compact"])
    table.update(mapping.get("cameo_code_to_compact", {}))
    return table


def family_of(cameo: str, table: dict[str, str]) -> str | None:
    for length in range(len(cameo), 1, -1):
        fam = table.get(cameo[:length])
        if fam:
            return fam
    return None


def split_ids(split: str, split_file: Path = SPLIT_FILE) -> set[str] | None:
    """Sentence ids of one half of the fixed dev split (None for ``all``)."""
    if split == "all":
        return None
    return set(json.loads(split_file.read_text(encoding="utf-8"))["cameo"][split])


def source_of(event: dict) -> str | None:
    if not event["actors"]:
        return None
    first = event["actors"][0]
    return first["country"] or (first["code"] or "")[:3] or None


def gold_source(code: str | None) -> str | None:
    if not code:
        return None
    head = code.split("|")[0][:3]
    return head if head.isalpha() and head.isupper() else None


def evaluate(
    records: list[dict],
    predictions: list[list[dict]],
    table: dict[str, str],
    min_conf: float,
    show_errors: bool,
) -> dict[str, float]:
    tp = fp = fn = 0
    src_ok = src_n = src_strict_n = 0
    errors: Counter[str] = Counter()
    for rec, events in zip(records, predictions, strict=True):
        events = [e for e in events if not e["negated"] and e["confidence"] >= min_conf]
        pred_fams = {f for e in events if (f := family_of(e["cameo"], table))}
        gold_fams = {e["compact"] for e in rec["events"]}
        tp += len(pred_fams & gold_fams)
        fp += len(pred_fams - gold_fams)
        fn += len(gold_fams - pred_fams)
        wanted: dict[str, set[str]] = {}
        for g in rec["events"]:
            src = gold_source(g.get("source"))
            if src is not None:
                wanted.setdefault(g["compact"], set()).add(src)
        for fam, sources in wanted.items():  # reciprocal codings accept either party first
            src_strict_n += 1
            same = [e for e in events if family_of(e["cameo"], table) == fam]
            same.sort(key=lambda e: not e["actors"])  # an event with actors has a first actor
            if not same:
                continue
            src_n += 1
            got = source_of(same[0])
            src_ok += got in sources
            if got not in sources and show_errors:
                print(f"  SRC want {sorted(sources)} got {got}: {rec['text'][:110]}")
        if show_errors and pred_fams != gold_fams:
            desc = [(e["type"], e["cameo"], e["trigger"], source_of(e)) for e in events]
            print(
                f"FAM gold={sorted(gold_fams)} pred={sorted(pred_fams)} {desc}\n    {rec['text'][:160]}"
            )
            for f in pred_fams - gold_fams:
                errors[f"FP {f}"] += 1
            for f in gold_fams - pred_fams:
                errors[f"FN {f}"] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show_errors:
        print("most frequent errors:", errors.most_common(15))
    return {
        "sentences": len(records),
        "family_precision": round(precision, 3),
        "family_recall": round(recall, 3),
        "family_f1": round(f1, 3),
        "source_country_accuracy": round(src_ok / src_n, 3) if src_n else 0.0,
        "source_country_accuracy_strict": round(src_ok / src_strict_n, 3) if src_strict_n else 0.0,
        "source_events": src_n,
    }


def _scorer_module(scorer: Path):
    spec = importlib.util.spec_from_file_location("event_score", scorer)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def disagreements(scorer: Path, predictions: list[list[dict]], table: dict[str, str]) -> int:
    """Events whose type the judged scorer reads as another family than their CAMEO code
    gives here (e.g. a planned meeting, CAMEO 036: MEET by type, PLEDGE by code)."""
    module = _scorer_module(scorer)
    return sum(
        not module.fam_match(module.FAMILY.get(e["type"]), family_of(e["cameo"], table))
        for events in predictions
        for e in events
    )


def judged_score(scorer: Path, records: list[dict], predictions: list[list[dict]]) -> dict:
    """The shared scorer's sentence-level ``bench`` result for these records."""
    module = _scorer_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        pred.write_text(
            "".join(json.dumps(e) + "\n" for events in predictions for e in events),
            encoding="utf-8",
        )
        result = module.score_bench(str(gold), str(pred))
    result.pop("recall_by_type", None)
    return {"scorer": "event_score bench", **result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mapping", type=Path, default=None)
    parser.add_argument("--split", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--min-confidence", type=float, default=0.0)
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)

    from stream.extract import Article, Extractor

    mapping = args.mapping or args.data.parent / "mapping.json"
    if args.mapping is None and not mapping.is_file():
        mapping = FAMILY_TABLE  # e.g. the own-wording set in benchmarks/data
    for path, flag in ((args.data, "--data"), (mapping, "--mapping")):
        if not path.is_file():
            print(f"missing {path}: pass {flag} PATH", file=sys.stderr)
            return 2
    table = load_family_table(mapping)
    records = [
        json.loads(line)
        for line in args.data.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    wanted = split_ids(args.split)
    if wanted is not None:
        records = [r for r in records if r["id"] in wanted]
    for r in records:  # coder notes appended to some sentences are not news text
        r["text"] = r["text"].split(" Note:")[0]
    extractor = Extractor()
    t0 = time.perf_counter()
    articles = [Article(id=r["id"], text=r["text"], published_at=None) for r in records]
    predictions = extractor.extract_many(articles)
    elapsed = time.perf_counter() - t0
    result = evaluate(records, predictions, table, args.min_confidence, args.errors)
    result["seconds"] = round(elapsed, 2)
    print(json.dumps(result))
    if args.scorer.is_file():
        judged = judged_score(args.scorer, records, predictions)
        judged["type_vs_cameo_family_disagreements"] = disagreements(
            args.scorer, predictions, table
        )
        print(json.dumps(judged))
    else:
        print(f"missing {args.scorer}: pass --scorer PATH for the judged per-event score")
    return 0


if __name__ == "__main__":
    sys.exit(main())
