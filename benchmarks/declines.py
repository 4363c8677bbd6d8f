"""Where the extractor declines trigger words on unannotated world news, tallied by reason.

    python benchmarks/declines.py [--articles 400] [--seed 7] [--reason TEXT] [--samples 15]
        [--corpus ../shared/corpus/news-mix.jsonl.gz]
        [--dev-articles ../shared/fixtures/articles/dev.articles.jsonl]
        [--audit-samples benchmarks/data/precision_audit_samples.json] [--out declines.jsonl]

Runs the extractor over ``--articles`` world-news articles of the news corpus drawn with
``--seed`` (the pool of ``precision_audit.py``: BBC politics and Reuters 1987 stories naming war,
the military or diplomacy), less every annotated article (the dev articles, the BBC gold sets)
and every article of the stored precision-audit samples. It watches four places a word that
inflects a trigger lemma can stop short of an event:

* ``match_token``: no entry of the word's lemma fits. Either the word is declined (another
  sense, a figure of speech, a modifier of a noun, an example, a broken promise) or an entry's
  constraint on the parse is unmet (the object, preposition or subject it asks for);
* ``_draft``: the trigger matched, but modality, a missing party or a check on the clause
  (a condition, a goal, a session) makes it no event;
* ``_worth_reporting``: the event was built but is not news (politics at home, a background
  mention without both parties, no party at all).

Each decline is labelled by the function and the condition of the ``return`` that made it
(read from the source, so labels follow the code). The output counts declines by label,
declined words first, unmet constraints after; ``--reason TEXT`` then prints ``--samples``
random declines whose label contains TEXT, with their sentence, for judging by hand whether
they are events an analyst would want. ``--out`` writes every decline as a JSON line. A
diagnostic, not a score: it changes nothing in what the extractor reports.
"""

from __future__ import annotations

import argparse
import gzip
import json
import linecache
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from _data import REPO, require
from precision_audit import DEFAULT_CORPUS, DEFAULT_DEV, annotated_ids, world_news

DEFAULT_AUDIT = REPO / "benchmarks" / "data" / "precision_audit_samples.json"


@dataclass
class Decline:
    article: str
    stage: str  # declined | constraint | draft | report
    reason: str
    word: str
    type: str
    sentence: str


def condition_of(code: CodeType, line: int) -> str:
    """The ``if`` condition the ``return`` at ``line`` of ``code`` sits under, one line."""
    path = code.co_filename
    ret = linecache.getline(path, line)
    depth = len(ret) - len(ret.lstrip())
    for n in range(line - 1, code.co_firstlineno, -1):
        text = linecache.getline(path, n)
        stripped = text.strip()
        indent = len(text) - len(text.lstrip())
        if stripped.startswith(("if ", "elif ")) and indent < depth:
            parts = [stripped]
            while not parts[-1].split("#")[0].rstrip().endswith(":") and n < line - 1:
                n += 1
                parts.append(linecache.getline(path, n).strip())
            found = " ".join(parts)
            if len(found) < 25:  # 'if not ok:' says little: name the test that set it too
                found = f"{condition_of(code, n - len(parts) + 1)} / {found}"
            return found[:110]
        if stripped and indent < depth and not stripped.startswith((")", "]", "or ", "and ")):
            break
    return ret.strip()[:110]


class Watch:
    """Records the line each watched function returns from, through ``sys.settrace``."""

    def __init__(self, functions: list[Callable[..., Any]]) -> None:
        self.codes = {f.__code__: f.__name__ for f in functions}
        self.returned: dict[str, tuple[CodeType, int, Any]] = {}

    def _local(self, frame: FrameType, event: str, arg: Any):
        if event == "return":
            self.returned[self.codes[frame.f_code]] = (frame.f_code, frame.f_lineno, arg)
        return self._local

    def _global(self, frame: FrameType, event: str, arg: Any):
        return self._local if frame.f_code in self.codes else None

    def start(self) -> None:
        sys.settrace(self._global)

    def reason(self, name: str) -> str:
        code, line, _ = self.returned[name]
        return f"{name}: {condition_of(code, line)}"


def instrument(records: list[Decline], current: dict[str, str]) -> Watch:
    """Wrap the extractor's decision points so that each decline is appended to ``records``."""
    from stream.extract import events as ev
    from stream.extract import pipeline as pl

    watch = Watch([ev.match_token, ev._matches, ev._other_sense, ev._draft])
    worth = pl.Extractor._worth_reporting
    watch.codes[worth.__code__] = "_worth_reporting"
    match_token, draft = ev.match_token, ev._draft

    def note(stage: str, reason: str, tok: Any, etype: str) -> None:
        sentence = tok.sent.text.replace("\n", " ")
        records.append(Decline(current["id"], stage, reason, tok.text, etype, sentence))

    def watched_match(tok: Any, lex: Any, present: Any = None) -> Any:
        # unscreened: the sentence's words only spare trying entries that fail anyway, and
        # tried, each entry is declined by the condition of its own
        found = match_token(tok, lex)
        if found is not None or tok.lower_ not in lex.anchors:
            return found
        pos = ev.pos_of(tok)
        lemmas = ev.lemmas(tok, lex, pos) if pos else set()
        entries = [e for lemma in lemmas for e in lex.by_lemma.get((pos, lemma), ())]
        if not entries:
            return None  # an inflection of another part of speech's lemma: nothing to decline
        entries.sort(key=lambda entry: -entry.specificity)
        if watch.reason("match_token").endswith("if best is None:"):
            loosest = entries[-1]  # every entry failed: why the least specific one did
            watch.returned.pop("_other_sense", None)
            ev._matches(loosest, tok, lex, ev.objects(tok))
            other = watch.returned.get("_other_sense")
            reason = watch.reason("_matches")
            stage = "constraint"
            if other is not None and other[2]:
                reason, stage = watch.reason("_other_sense"), "declined"
            elif "_is_figurative" in reason or "_never_an_event" in reason:
                stage = "declined"
            note(stage, f"{reason} [{loosest.type}]", tok, loosest.type)
        else:
            note("declined", watch.reason("match_token"), tok, entries[-1].type)
        return None

    def watched_draft(trig: Any, lex: Any, ont: Any) -> Any:
        made = draft(trig, lex, ont)
        if made is None:
            note("draft", watch.reason("_draft"), trig.token, trig.entry.type)
        return made

    def watched_worth(
        self: Any, event: Any, made: Any, actors: Any, owners: Any, *rest: Any
    ) -> bool:
        ok = worth(self, event, made, actors, owners, *rest)
        if not ok:
            note("report", watch.reason("_worth_reporting"), made.token, event["type"])
        return ok

    ev.match_token, ev._draft = watched_match, watched_draft
    pl.Extractor._worth_reporting = watched_worth  # type: ignore[method-assign]
    return watch


def pool(corpus: Path, skip: set[str], seed: int, size: int) -> list[dict[str, Any]]:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        found = [r for r in map(json.loads, lines) if r["id"] not in skip and world_news(r)]
    random.Random(seed).shuffle(found)
    return found[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reason", default=None, help="print samples of labels holding this")
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--dev-articles", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--audit-samples", type=Path, default=DEFAULT_AUDIT)
    parser.add_argument("--out", type=Path, default=None, help="write every decline (JSON lines)")
    args = parser.parse_args(argv)
    require((args.corpus, "--corpus PATH"), (args.dev_articles, "--dev-articles PATH"))
    skip = annotated_ids(args.dev_articles)
    if args.audit_samples.exists():
        stored = json.loads(args.audit_samples.read_text(encoding="utf-8"))["samples"]
        skip |= {i for ids in stored.values() for i in ids}
    records = pool(args.corpus, skip, args.seed, args.articles)

    from stream.extract import Article, Extractor

    declines: list[Decline] = []
    current: dict[str, str] = {}
    extractor = Extractor()
    watch = instrument(declines, current)
    watch.start()
    try:
        for record in records:
            current["id"] = record["id"]
            extractor.extract(
                Article(
                    id=record["id"],
                    text=record.get("text") or "",
                    published_at=record.get("published_at"),
                    title=record.get("title"),
                )
            )
    finally:
        sys.settrace(None)
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as out:
            for d in declines:
                out.write(json.dumps(asdict(d)) + "\n")
    counts = Counter((d.stage, d.reason) for d in declines)
    for stage in ("declined", "draft", "report", "constraint"):
        print(f"== {stage}")
        for (s, reason), n in counts.most_common():
            if s == stage:
                print(f"{n:6d}  {reason}")
    if args.reason is not None:
        chosen = [d for d in declines if args.reason in d.reason]
        random.Random(args.seed).shuffle(chosen)
        print(f"== {len(chosen)} declines whose reason holds {args.reason!r}")
        for d in chosen[: args.samples]:
            print(f"{d.article}  {d.type}  <<{d.word}>>  {d.reason}\n    {d.sentence[:400]}")
    by_stage = Counter(d.stage for d in declines)
    print(json.dumps({"articles": len(records), "declines": len(declines), **by_stage}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
