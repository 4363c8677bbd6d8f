"""TempEval-3-style scores of the TIMEX3 tagger on TIMEX3-annotated JSON lines.

Each line: ``{"dct": "YYYY-MM-DD", "text": ..., "timexes": [{"start", "end", "text", "type",
"value"}]}``; ``start``/``end`` may be missing, then ``text`` is located in the document (in
order). Prints strict and relaxed span precision/recall/F1, type and value accuracy over the
relaxed matches, and value F1 = value accuracy x relaxed F1.

    python benchmarks/timex_eval.py ../shared/fixtures/timex/cases.jsonl benchmarks/data/timex_dev.jsonl
    python benchmarks/timex_eval.py --errors benchmarks/data/timex_dev.jsonl
    python benchmarks/timex_eval.py --spacy benchmarks/data/timex_dev.jsonl   # with parses
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from stream.extract.timex import Timex, tag


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> dict[str, float]:
        sp = self.strict_sys / self.system if self.system else 0.0
        sr = self.strict_gold / self.gold if self.gold else 0.0
        rp = self.relaxed_sys / self.system if self.system else 0.0
        rr = self.relaxed_gold / self.gold if self.gold else 0.0
        rf = self._f1(rp, rr)
        matched = self.relaxed_gold
        type_acc = self.type_ok / matched if matched else 0.0
        value_acc = self.value_ok / matched if matched else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_P": sp,
            "strict_R": sr,
            "strict_F1": self._f1(sp, sr),
            "relaxed_P": rp,
            "relaxed_R": rr,
            "relaxed_F1": rf,
            "type_acc": type_acc,
            "value_acc": value_acc,
            "type_F1": type_acc * rf,
            "value_F1": value_acc * rf,
        }


def locate(doc: dict) -> list[Gold]:
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
                raise ValueError(f"gold text {g['text']!r} not in {text!r}")
            e = s + len(g["text"])
        pos = e
        out.append(Gold(s, e, text[s:e], g["type"], g["value"]))
    return out


def score_doc(doc: dict, scores: Scores, nlp=None) -> None:
    dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
    gold = locate(doc)
    parse = nlp(doc["text"]) if nlp is not None else None
    system: list[Timex] = tag(doc["text"], dct, doc=parse)
    scores.gold += len(gold)
    scores.system += len(system)
    used: set[int] = set()
    matched_sys: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, t in enumerate(system):
            overlap = min(g.end, t.end) - max(g.start, t.start)
            if i not in used and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            scores.errors.append(f"MISS  {g.text!r} {g.type} {g.value}  | {doc['text']}")
            continue
        t = system[best]
        used.add(best)
        matched_sys.add(best)
        scores.relaxed_gold += 1
        scores.relaxed_sys += 1
        if (t.start, t.end) == (g.start, g.end):
            scores.strict_gold += 1
            scores.strict_sys += 1
        else:
            scores.errors.append(f"SPAN  {g.text!r} vs {t.text!r}  | {doc['text']}")
        scores.type_ok += t.type == g.type
        scores.value_ok += t.value == g.value
        if t.type != g.type or t.value != g.value:
            scores.errors.append(
                f"VALUE {g.text!r}: gold {g.type} {g.value} / got {t.type} {t.value}"
                f"  | dct {doc.get('dct')} | {doc['text']}"
            )
    for i, t in enumerate(system):
        if i not in matched_sys:
            scores.errors.append(f"EXTRA {t.text!r} {t.type} {t.value}  | {doc['text']}")


def evaluate(path: Path, nlp=None) -> Scores:
    scores = Scores()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                score_doc(json.loads(line), scores, nlp)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true", help="list misses, extras and wrong values")
    ap.add_argument("--spacy", action="store_true", help="pass a spaCy parse (tense from the tree)")
    args = ap.parse_args(argv)
    nlp = None
    if args.spacy:
        from stream.extract.pipeline import load_nlp

        nlp = load_nlp()
    cols = [
        "gold",
        "system",
        "strict_F1",
        "relaxed_P",
        "relaxed_R",
        "relaxed_F1",
        "type_acc",
        "value_acc",
        "value_F1",
    ]
    print(f"{'file':<28}" + "".join(f"{c:>11}" for c in cols))
    for path in args.paths:
        scores = evaluate(path, nlp)
        rep = scores.report()
        cells = "".join(
            f"{rep[c]:>11d}" if isinstance(rep[c], int) else f"{rep[c]:>11.3f}" for c in cols
        )
        print(f"{path.name:<28}{cells}")
        if args.errors:
            for err in scores.errors:
                print("   ", err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
