"""TempEval-3 scores of the TIMEX3 tagger on TIMEX3-annotated JSON lines.

The tagger runs as the extractor runs it: ``tag_article``, relative expressions resolved
against the day a dateline names ("WARSAW, February 26 (Xinhua) --") when it names one.

Each line: ``{"id": ..., "dct": "YYYY-MM-DD", "text": ..., "timexes": [{"start", "end",
"text", "type", "value"}]}`` (TBAQ as converted for TempEval-3, or the dev sets; ``id`` may be
missing, then the line number is used; ``start``/``end`` may be missing, then ``text`` is
located in the document, in order). The tagger's predictions are written in the format of the
TempEval-3 scorer (``te3_score.py GOLD PRED``) and scored by that scorer's own code, so the
figures are the official ones: strict and relaxed span F1, type accuracy, value accuracy and
value F1 = value accuracy x relaxed F1 (the figure TempEval-3 ranked systems by).

    python benchmarks/timex_eval.py                       # TBAQ TimeBank and AQUAINT parts
    python benchmarks/timex_eval.py ../shared/fixtures/timex/tbaq/timebank.jsonl --errors 40
    python benchmarks/timex_eval.py benchmarks/data/timex_dev.jsonl --classes
    python benchmarks/timex_eval.py FILE.jsonl --pred preds.jsonl   # keep the predictions
    python benchmarks/timex_eval.py --spacy FILE.jsonl    # tense from a spaCy parse
    python benchmarks/timex_eval.py --split tune --errors 40   # AQUAINT's tune half only

``--split tune|check`` keeps, of a file whose documents are in the fixed split
``benchmarks/data/dev_split.json`` (key ``aquaint``: sha1 order of the document ids,
alternating), only that half; a file none of whose documents are in the split (TimeBank) is
scored whole. Tune on ``tune``; ``check`` is only ever reported, its errors never looked at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from stream.extract.timex import tag_article

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_SCORER = SHARED / "tools" / "te3_score.py"
DEFAULT_GOLD = [
    SHARED / "fixtures" / "timex" / "tbaq" / "timebank.jsonl",
    SHARED / "fixtures" / "timex" / "tbaq" / "aquaint.jsonl",
]
SPLIT_FILE = Path(__file__).resolve().parent / "data" / "dev_split.json"
SPLIT_KEY = "aquaint"
COLUMNS = ("gold", "pred", "strict_F1", "relaxed_F1", "type_acc", "value_acc", "value_F1")


def load_scorer(path: Path) -> ModuleType:
    """The TempEval-3 scorer module (``te3_score.py``) loaded from its file."""
    spec = importlib.util.spec_from_file_location("te3_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(path: Path) -> dict[str, dict]:
    """Gold documents keyed by id, every expression with its offsets."""
    docs: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            doc["id"] = str(doc.get("id", n))
            doc["timexes"] = locate(doc)
            docs[doc["id"]] = doc
    return docs


def split_ids(split: str, split_file: Path = SPLIT_FILE) -> tuple[set[str], set[str]]:
    """Ids of one half of the fixed TBAQ-AQUAINT split, and the ids of both halves."""
    halves = json.loads(split_file.read_text(encoding="utf-8"))[SPLIT_KEY]
    return set(halves.get(split, [])), set(halves["tune"]) | set(halves["check"])


def keep_split(docs: dict[str, dict], split: str, split_file: Path = SPLIT_FILE) -> dict:
    """The documents of one half of the split (all of them for ``all``, or when none of the
    file's documents is in the split)."""
    if split == "all":
        return docs
    half, both = split_ids(split, split_file)
    if not both & docs.keys():
        return docs
    return {doc_id: doc for doc_id, doc in docs.items() if doc_id in half}


def locate(doc: dict) -> list[dict]:
    """Gold expressions with offsets (located in order when the record has none)."""
    text = doc["text"]
    out, pos = [], 0
    for g in doc.get("timexes", []):
        if "start" in g and "end" in g:
            s, e = int(g["start"]), int(g["end"])
        else:
            s = text.find(g["text"], pos)
            if s < 0:
                s = text.find(g["text"])
            if s < 0:
                raise ValueError(f"gold text {g['text']!r} not in document {doc.get('id')}")
            e = s + len(g["text"])
        pos = e
        out.append({**g, "start": s, "end": e, "text": text[s:e]})
    return out


def predict(doc: dict, nlp=None) -> dict:
    """One prediction line for the scorer: the tagger's expressions of one document."""
    dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
    parse = nlp(doc["text"]) if nlp is not None else None
    timexes = [t.as_dict() for t in tag_article(doc["text"], dct, doc=parse)[0]]
    return {"id": doc["id"], "dct": doc.get("dct"), "text": doc["text"], "timexes": timexes}


def doc_errors(scorer: ModuleType, gold: dict, pred: dict, spans: bool) -> list[str]:
    """Wrong values (and with ``spans`` misses, extras, span differences) of one document,
    on the scorer's own alignment, each with the text around it."""
    text, g_list, p_list = gold["text"], gold["timexes"], pred["timexes"]

    def around(start: int, end: int) -> str:
        return text[max(0, start - 90) : end + 40].replace("\n", " ")

    pairs = scorer.align(g_list, p_list)
    out = []
    for gi, pi, strict in sorted(pairs):
        g, p = g_list[gi], p_list[pi]
        if g["value"].strip() != (p.get("value") or "").strip():
            out.append(
                f"VALUE {g['text']!r}: gold {g['type']} {g['value']} / got {p['type']}"
                f" {p['value']} ({p['text']!r}) | dct {gold.get('dct')} | {gold['id']}"
                f" | ...{around(g['start'], g['end'])}..."
            )
        elif spans and not strict:
            out.append(f"SPAN  gold {g['text']!r} / got {p['text']!r}")
    if spans:
        seen_g = {gi for gi, _, _ in pairs}
        seen_p = {pi for _, pi, _ in pairs}
        for gi, g in enumerate(g_list):
            if gi not in seen_g:
                out.append(
                    f"MISS  {g['text']!r} {g['type']} {g['value']} | ...{around(g['start'], g['end'])}..."
                )
        for pi, p in enumerate(p_list):
            if pi not in seen_p:
                out.append(
                    f"EXTRA {p['text']!r} {p['type']} {p['value']} | ...{around(p['start'], p['end'])}..."
                )
    return out


def row(res: dict) -> dict[str, float | int]:
    return {
        "gold": res["n_gold"],
        "pred": res["n_pred"],
        "strict_F1": res["strict"]["F1"],
        "relaxed_F1": res["relaxed"]["F1"],
        "type_acc": res["type"]["accuracy"],
        "value_acc": res["value"]["accuracy"],
        "value_F1": res["value"]["F1"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="gold JSONL files (default: TBAQ)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path of te3_score.py")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="list N value errors (with their context)",
    )
    ap.add_argument(
        "--spans", action="store_true", help="with --errors: also misses, extras, span differences"
    )
    ap.add_argument("--classes", action="store_true", help="the scorer's breakdown by class")
    ap.add_argument("--pred", type=Path, help="write the predictions here (one file only)")
    ap.add_argument("--spacy", action="store_true", help="pass a spaCy parse (tense from the tree)")
    ap.add_argument(
        "--split",
        choices=("tune", "check", "all"),
        default="all",
        help="one half of the fixed AQUAINT split in benchmarks/data/dev_split.json",
    )
    ap.add_argument("--split-file", type=Path, default=SPLIT_FILE, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    paths = args.paths or DEFAULT_GOLD
    if not args.scorer.is_file():
        print(f"TempEval-3 scorer not found at {args.scorer}; pass --scorer PATH/te3_score.py")
        return 2
    for path in paths:
        if not path.is_file():
            print(f"gold file not found: {path}; pass the path: timex_eval.py PATH.jsonl")
            return 2
    scorer = load_scorer(args.scorer)
    nlp = None
    if args.spacy:
        from stream.extract.pipeline import load_nlp

        nlp = load_nlp()
    if args.split != "all" and not args.split_file.is_file():
        print(f"split file not found: {args.split_file}")
        return 2
    print(f"{'file':<28}" + "".join(f"{c:>11}" for c in COLUMNS))
    for path in paths:
        gold = load_gold(path)
        label = path.name
        kept = keep_split(gold, args.split, args.split_file)
        if len(kept) != len(gold):
            label = f"{path.stem}-{args.split} ({len(kept)})"
        gold = kept
        preds = {doc_id: predict(doc, nlp) for doc_id, doc in gold.items()}
        if args.pred:
            with args.pred.open("w", encoding="utf-8") as fh:
                for p in preds.values():
                    fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        res = scorer.score(gold, preds)
        cells = row(res)
        print(
            f"{label:<28}"
            + "".join(
                f"{v:>11d}" if isinstance(v, int) else f"{100 * v:>11.2f}" for v in cells.values()
            )
        )
        if args.classes:
            print(scorer.render(res, label))
        if args.errors:
            lines = [
                line
                for doc_id, doc in gold.items()
                for line in doc_errors(scorer, doc, preds[doc_id], args.spans)
            ]
            for line in lines[: args.errors]:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
