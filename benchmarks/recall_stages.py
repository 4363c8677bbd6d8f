"""Where missed required events are lost: the stage of the extractor that drops each one.

    python benchmarks/recall_stages.py [--set NAME ...] [--all-tune] [--list]
        [--corpus ../shared/corpus/news-mix.jsonl.gz] [--scorer ../shared/tools/event_score.py]

Runs the extractor over whole articles as ``article_eval.py`` does, with hooks on its own
functions, and sorts every required gold event it misses by the first stage that lost it:

- ``a-prefilter``: no parsed sentence holds the evidence: the relevance pre-filter
  (``stream/extract/relevance.py``) never passed its sentence (reason: the sentence names no
  political actor word, or no lexicon entry's words are in it), or the parser split it;
- ``b-no-trigger``: the sentence was parsed but no trigger word inside the evidence matched a
  lexicon entry (``events.find_triggers``);
- ``c-dropped``: a trigger fired inside the evidence but no event came of it: the trigger was
  absorbed by another (nesting), ``events._draft`` refused it, ``build_drafts`` folded it, the
  pipeline's ``_worth_reporting`` judged it no news or a repeat filter dropped it; the reason is
  the code's own test (the ``if`` whose ``return`` fired, and its comment);
- ``d-unmatched``: an event was made from the evidence's sentence but the scorer matched it to
  nothing here: wrong type, or its countries miss the gold actors, or another gold event of
  the sentence took it.

``--set`` may be given more than once; ``--all-tune`` takes every tuning set (``bbc_tune*``,
``own_bbc*``, ``own_wire*``, ``own_world*`` and the dev articles' tune half). The check sets
(``bbc``, ``bbc_check2``, the dev check half) are refused. The table counts the misses per
stage and set family, with a few example evidences; ``--list`` prints every miss.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from _data import require
from article_eval import (
    BBC_GOLD,
    DEFAULT_ARTICLES,
    DEFAULT_CORPUS,
    DEFAULT_GOLD,
    DEFAULT_SCORER,
    DEFAULT_SPLIT,
    OWN_SETS,
    load_scorer,
    read_records,
    split_ids,
)

CHECK_SETS = frozenset({"bbc", "bbc_check2"})
"""Held-out sets: never diagnosed (the dev set is only ever read through its tune half)."""
TUNE_SETS = ("dev", *(s for s in BBC_GOLD if s not in CHECK_SETS), *OWN_SETS)
STAGES = ("a-prefilter", "b-no-trigger", "c-dropped", "d-unmatched")
REPEAT_FILTERS = (
    "_one_blow_two_verbs",
    "_told_again",
    "_weapon_of_the_blow",
    "_harm_of_a_blow_told",
    "_visit_told_before",
    "_told_twice",
    "_said_again",
)
"""The pipeline's filters that drop an event worth reporting as a second telling of one."""


def family(name: str) -> str:
    """The set family a set belongs to ('own_wire12' → 'own_wire*')."""
    if name == "dev":
        return "dev-tune"
    for stem in ("bbc_tune", "own_wire", "own_world", "own_bbc"):
        if name.startswith(stem):
            return f"{stem}*"
    return name


@dataclass(slots=True)
class Miss:
    """A required gold event the extractor missed, with the stage that lost it."""

    set: str
    gold_id: str
    stage: str
    reason: str
    evidence: str


@dataclass(slots=True)
class _Sentence:
    """A parsed sentence: its span in the article text and what became of its triggers."""

    start: int
    end: int
    triggers: list[tuple[int, int, str, str]] = field(default_factory=list)  # span, word, fate


@dataclass(slots=True)
class _Article:
    sentences: list[_Sentence] = field(default_factory=list)


def returned_at(func: Callable[..., Any], *args: Any) -> tuple[Any, int]:
    """``func(*args)`` and the line of ``func`` its ``return`` ran on (traced)."""
    code = getattr(func, "__code__", None)
    line = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal line
        if event == "return":
            line = frame.f_lineno
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code is code else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        result = func(*args)
    finally:
        sys.settrace(old)
    return result, line


@cache
def _returns(func: Callable[..., Any]) -> list[tuple[int, int, str]]:
    """The ``return`` statements of ``func``: their first and last line (in the file) and
    the test of the innermost ``if`` holding each, with that test's comment, short."""
    lines, first = inspect.getsourcelines(func)
    tree = ast.parse(textwrap.dedent("".join(lines)))
    out: list[tuple[int, int, str]] = []

    def walk(node: ast.AST, test: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = test
            if isinstance(child, ast.If):
                said = lines[child.lineno - 1] if child.lineno <= len(lines) else ""
                comment = said.split("#", 1)[1].strip() if "#" in said else ""
                inner = f"if {ast.unparse(child.test)}"[:80] + (
                    f"  # {comment[:70]}" if comment else ""
                )
            if isinstance(child, ast.Return):
                end = child.end_lineno or child.lineno
                said = lines[end - 1]
                comment = said.split("#", 1)[1].strip() if "#" in said else ""
                reason = inner or f"return {ast.unparse(child.value or ast.Constant(None))}"[:80]
                if comment and "#" not in reason:
                    reason += f"  # {comment[:70]}"
                out.append((child.lineno + first - 1, end + first - 1, reason))
            walk(child, inner)

    walk(tree, "")
    return out


def code_reason(func: Callable[..., Any], line: int) -> str:
    """The test of ``func`` whose ``return`` ran on ``line``: the ``if`` holding it and its
    comment, short ('_draft: if mod.conditional  # … would follow if …')."""
    held = [r for r in _returns(func) if r[0] <= line <= r[1]]
    if not held:
        return f"{func.__name__}:{line}"
    return f"{func.__name__}: {held[-1][2]}"


class StageRecorder:
    """Hooks on the extractor's own functions that note, for every parsed sentence, what
    became of each trigger that fired in it. Used as a context manager around extraction."""

    def __init__(self) -> None:
        self.articles: dict[str, _Article] = {}
        self._prep: Any = None
        self._sentence: _Sentence | None = None
        self._found: list[Any] = []
        self._drafted: dict[int, tuple[Any, str]] = {}  # trigger token index → (draft, reason)
        self._fate: dict[int, str] = {}  # id(draft) → reason it was dropped
        self._event_of: dict[int, Any] = {}  # id(draft) → its event
        self._repeats: dict[int, str] = {}  # id(event) → the repeat filter that dropped it
        self._keep: list[Any] = []

    @contextmanager
    def hooked(self) -> Iterator[StageRecorder]:
        """Patch the pipeline's and events module's functions while extracting."""
        from stream.extract import events, pipeline

        saved: list[tuple[Any, str, Any]] = []

        def patch(owner: Any, name: str, new: Any) -> None:
            saved.append((owner, name, getattr(owner, name)))
            setattr(owner, name, new)

        recorder = self
        original_events = pipeline.Extractor._events
        original_worth = pipeline.Extractor._worth_reporting
        original_build = pipeline.build_drafts
        original_find = events.find_triggers
        original_draft = events._draft

        def _events(extractor: Any, prep: Any, doc: Any) -> Any:
            recorder._prep = prep
            recorder.articles[prep.article.id] = _Article()
            return original_events(extractor, prep, doc)

        def build_drafts(sent: Any, lex: Any, ont: Any) -> Any:
            start, end = recorder._prep.to_original(sent.start_char, sent.end_char)
            recorder._sentence = _Sentence(start, end)
            recorder._found, recorder._drafted = [], {}
            drafts = original_build(sent, lex, ont)
            recorder._note_triggers(drafts)
            recorder._sentence = None
            return drafts

        def find_triggers(sent: Any, lex: Any) -> Any:
            found = original_find(sent, lex)
            if recorder._sentence is not None:
                recorder._found.extend(found)
            return found

        def _draft(trig: Any, lex: Any, ont: Any) -> Any:
            draft, line = returned_at(original_draft, trig, lex, ont)
            reason = "" if draft is not None else code_reason(original_draft, line)
            recorder._drafted[trig.token.i] = (draft, reason)
            return draft

        def worth(extractor: Any, event: Any, draft: Any, *rest: Any) -> bool:
            ok, line = returned_at(original_worth, extractor, event, draft, *rest)
            recorder._keep += [event, draft]  # their ids stay theirs while the article is read
            recorder._event_of[id(draft)] = event
            if not ok:
                recorder._fate[id(draft)] = f"{code_reason(original_worth, line)} {_parties(event)}"
            return bool(ok)

        def repeat(name: str, original: Callable[..., bool]) -> Callable[..., bool]:
            def check(event: Any, *rest: Any) -> bool:
                said = original(event, *rest)
                if said:
                    recorder._repeats[id(event)] = f"{name}: told before (one act)"
                return said

            return check

        patch(pipeline.Extractor, "_events", _events)
        patch(pipeline.Extractor, "_worth_reporting", worth)
        patch(pipeline, "build_drafts", build_drafts)
        patch(events, "find_triggers", find_triggers)
        patch(events, "_draft", _draft)
        for name in REPEAT_FILTERS:
            patch(pipeline, name, repeat(name, getattr(pipeline, name)))
        try:
            yield self
        finally:
            for owner, name, old in reversed(saved):
                setattr(owner, name, old)

    def _note_triggers(self, drafts: list[Any]) -> None:
        """Note each fired trigger of the sentence being built with what became of it so far;
        the drafts kept are watched by the pipeline's filters (``_fate``)."""
        sentence = self._sentence
        assert sentence is not None
        kept = {id(d) for d in drafts}
        for trig in self._found:
            tok = trig.token
            span = self._prep.to_original(tok.idx, tok.idx + len(tok))
            drafted = self._drafted.get(tok.i)
            if drafted is None:
                owner = trig.absorbed_by
                fate = (
                    f"absorbed by '{owner.token.text}' ({owner.entry.type})"
                    if owner is not None
                    else "set aside before drafting (own air cover, arrival, advice)"
                )
            elif drafted[0] is None:
                fate = drafted[1]
            elif id(drafted[0]) not in kept:
                fate = "folded in build_drafts (own stance, one per type, accord made)"
            else:
                self._keep.append(drafted[0])
                fate = f"draft:{id(drafted[0])}"
            sentence.triggers.append((*span, f"{tok.text}/{trig.entry.type}", fate))
        self.articles[self._prep.article.id].sentences.append(sentence)

    def fate(self, text: str) -> str:
        """A fate noted while building drafts, resolved against the pipeline's filters."""
        if not text.startswith("draft:"):
            return text
        key = int(text[6:])
        if key in self._fate:
            return self._fate[key]
        event = self._event_of.get(key)
        if event is None:
            return "drafted, no event judged"
        return self._repeats.get(id(event), "kept (event made)")


def classify(
    recorder: StageRecorder,
    relevance: Any,
    scorer: ModuleType,
    name: str,
    gold: list[dict[str, Any]],
    records: list[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]],
) -> list[Miss]:
    """The missed required events of ``gold`` with the stage and reason of each."""
    from stream.extract.normalize import normalize
    from stream.extract.relevance import rough_sentences, sentence_words

    texts = {r["id"]: r.get("text") or "" for r in records}
    misses: list[Miss] = []
    for art in gold:
        golds, events = art["events"], preds.get(art["id"], [])
        matched, _, _ = scorer.match_article(golds, events)
        text = texts[art["id"]]
        noted = recorder.articles.get(art["id"], _Article())
        for g in golds:
            if not g["required"] or g["id"] in matched:
                continue
            evidence = scorer.norm(g["evidence"])
            stage, reason = _unmatched(scorer, g, matched, events, evidence, typed=True)
            if not stage:
                stage, reason = _lost(recorder, noted, text, g["evidence"], g["types"])
            if reason in (MADE, SPLIT):  # the events of its sentence: of which types
                made = _unmatched(scorer, g, matched, events, evidence, typed=False)
                stage, reason = made if made[0] else (stage, reason)
            if stage == "a-prefilter" and not reason:
                reason = _prefilter_reason(
                    relevance, normalize, rough_sentences, sentence_words, text, g["evidence"]
                )
            misses.append(Miss(name, g["id"], stage, reason, g["evidence"]))
    return misses


def _unmatched(
    scorer: ModuleType,
    g: dict[str, Any],
    matched: dict[str, Any],
    events: list[dict[str, Any]],
    evidence: str,
    typed: bool,
) -> tuple[str, str]:
    """Stage d when an event was made from the evidence's sentence: with ``typed`` one of the
    gold's types (wrong parties, or taken by another gold event), else of another type; else
    empty."""
    made = [p for p in events if evidence in scorer.norm((p.get("evidence") or {}).get("sentence"))]
    want = set(g.get("actors") or [])
    if not typed:
        if not made:
            return "", ""
        got = ",".join(sorted({p["type"] for p in made}))
        return "d-unmatched", f"wrong type: got {got}, want {'/'.join(g['types'])}"
    made = [p for p in made if p.get("type") in g["types"]]
    if not made:
        return "", ""
    for p in made:
        pc = scorer.countries(p, "actors") | scorer.countries(p, "targets")
        if want and not pc & want:
            continue
        taker = next((k for k, v in matched.items() if v is p), None)
        return "d-unmatched", f"event taken by gold {taker}" if taker else "one event, matched"
    p = made[0]
    got = ",".join(sorted(scorer.countries(p, "actors"))) or "-"
    gotw = ",".join(sorted(scorer.countries(p, "targets"))) or "-"
    return "d-unmatched", f"wrong parties: got {got}->{gotw}, want {','.join(sorted(want))}"


MADE = "events made of its triggers"
SPLIT = "parsed, but split across parsed sentences"


def _lost(
    recorder: StageRecorder, noted: _Article, text: str, evidence: str, types: list[str]
) -> tuple[str, str]:
    """Stage a, b or c for an evidence no event of its types was made from: c when a trigger
    inside it fired (one of the gold's types first) and was dropped."""
    at = text.find(evidence)
    end = at + len(evidence)
    holding = [s for s in noted.sentences if s.start <= at and end <= s.end]
    if not holding:
        if any(s.start < end and at < s.end for s in noted.sentences):
            return "a-prefilter", SPLIT
        return "a-prefilter", ""
    inside = [t for s in holding for t in s.triggers if at <= t[0] and t[1] <= end]
    inside.sort(key=lambda t: t[2].split("/")[-1] not in types)  # the gold's types first
    if not inside:
        others = [t[2] for s in holding for t in s.triggers]
        return "b-no-trigger", ("other triggers: " + ", ".join(others[:3])) if others else ""
    dropped = [(t, f) for t in inside if not (f := recorder.fate(t[3])).startswith("kept")]
    if not dropped:  # its triggers made events, of other types or parties
        return "d-unmatched", MADE
    trig, fate = dropped[0]
    return "c-dropped", f"{trig[2]}: {fate}"


def _prefilter_reason(
    relevance: Any,
    normalize: Callable[[str], Any],
    rough_sentences: Callable[[str], list[tuple[int, int]]],
    sentence_words: Callable[[str], tuple[set[str], set[str]]],
    text: str,
    evidence: str,
) -> str:
    """Why the pre-filter passed no sentence holding ``evidence``: no actor word, or no
    lexicon entry's words (the two conditions of ``Relevance.is_candidate``)."""
    clean = normalize(text).text
    at = clean.find(evidence[:40])
    if at < 0:
        return "evidence not found in the cleaned text"
    for start, end in rough_sentences(clean):
        if start <= at < end:
            sentence = clean[start:end]
            if relevance.is_candidate(sentence, lead=not start):
                return "a candidate alone, but not parsed (run or sentence bounds)"
            words, names = sentence_words(sentence)
            if not relevance._names_actor(words, names):
                return "no actor word"
            return "no lexicon entry's words"
    return "no rough sentence"


def load_set(
    name: str, corpus: Path, articles: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The gold articles and texts of a tuning set (the dev set: its tune half)."""
    if name in CHECK_SETS:
        raise SystemExit(f"recall_stages: {name} is a check set; it is never diagnosed")
    if name in OWN_SETS:
        texts, gold_path = OWN_SETS[name]
    elif name in BBC_GOLD:
        texts, gold_path = corpus, BBC_GOLD[name]
    else:
        texts, gold_path = articles, DEFAULT_GOLD
    require((texts, "--corpus PATH"), (gold_path, "the gold file"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    if name == "dev":
        require((DEFAULT_SPLIT, "the split file"))
        wanted = split_ids(DEFAULT_SPLIT, "tune") or set()
        gold = [a for a in gold if a["id"] in wanted]
    return gold, read_records(texts, {a["id"] for a in gold})


def diagnose(
    extractor: Any, scorer: ModuleType, name: str, gold: list[dict], records: list[dict]
) -> tuple[list[Miss], dict[str, int]]:
    """Extract one set's articles with the hooks on and classify its misses; also the set's
    counts of required events, those found, false positives and duplicates."""
    from stream.codec import article_from_record

    recorder = StageRecorder()
    with recorder.hooked():
        out = extractor.extract_many([article_from_record(r).article for r in records])
    preds: dict[str, list[dict]] = defaultdict(list)
    for events in out:
        for e in events:
            preds[e["article_id"]].append(e)
    result = scorer.summarize(
        [(a["events"], *scorer.match_article(a["events"], preds.get(a["id"], []))) for a in gold]
    )
    counts = {k: result[k] for k in ("required", "found", "false_positives", "duplicates")}
    return classify(recorder, extractor.relevance, scorer, name, gold, records, preds), counts


def table(
    misses: list[Miss], totals: dict[str, Counter[str]] | None = None, examples: int = 3
) -> str:
    """Counts per stage and family, then the commonest reasons of each stage with examples;
    with ``totals`` (per family: required, found, false_positives, duplicates) those too."""
    totals = totals or {}
    families = sorted({family(m.set) for m in misses} | set(totals))
    counts = Counter((m.stage, family(m.set)) for m in misses)
    head = f"{'stage':<14}" + "".join(f"{f:>12}" for f in families) + f"{'all':>8}"
    rows = [head]
    for stage in STAGES:
        cells = [counts[stage, f] for f in families]
        rows.append(f"{stage:<14}" + "".join(f"{c:>12}" for c in cells) + f"{sum(cells):>8}")
    total = [sum(counts[s, f] for s in STAGES) for f in families]
    rows.append(f"{'missed':<14}" + "".join(f"{c:>12}" for c in total) + f"{sum(total):>8}")
    for key in ("required", "found", "false_positives", "duplicates") if totals else ():
        cells = [totals.get(f, Counter())[key] for f in families]
        rows.append(f"{key[:14]:<14}" + "".join(f"{c:>12}" for c in cells) + f"{sum(cells):>8}")
    for stage in STAGES:
        of_stage = [m for m in misses if m.stage == stage]
        if not of_stage:
            continue
        rows.append(f"\n{stage}: {len(of_stage)}")
        reasons = Counter(_reason_class(m.reason) for m in of_stage)
        for reason, n in reasons.most_common(8):
            rows.append(f"  {n:>4}  {reason}")
            for m in [m for m in of_stage if _reason_class(m.reason) == reason][:examples]:
                rows.append(f"          {m.set}: {m.evidence[:80]}  [{m.reason[-40:]}]")
    return "\n".join(rows)


def _parties(event: dict[str, Any]) -> str:
    """'(IRN->IRQ)': the countries (or texts) of an event's doers and targets."""
    who = ",".join(a["country"] or a["text"][:20] for a in event["actors"]) or "-"
    whom = ",".join(a["country"] or a["text"][:20] for a in event["targets"]) or "-"
    return f"({who}->{whom})"


REASON_KINDS = (
    ("wrong parties: got -->", "wrong parties: no doer found"),
    ("wrong parties", "wrong parties: other countries"),
    ("wrong type", "wrong type (another event of the sentence)"),
    ("event taken by gold", "one event for two gold events"),
    ("absorbed by", "absorbed by another trigger (nesting)"),
    ("other triggers", "no trigger in the evidence (others in the sentence)"),
)
"""Reasons counted as one kind by how they start (the first that fits)."""


def _reason_class(reason: str) -> str:
    """A reason in the words shared by its kind, for counting: without the trigger word and
    the parties it names ('attack/attack: _draft: if … (IRN->-)' → '_draft: if …')."""
    head, _, rest = reason.partition(": ")
    reason = rest if "/" in head and rest else reason
    for start, kind in REASON_KINDS:
        if reason.startswith(start):
            return kind
    if not reason:
        return "no trigger in the sentence"
    return re.sub(r" \([^()]*->[^()]*\)$", "", reason)[:110]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="a tuning set (repeatable)")
    parser.add_argument("--all-tune", action="store_true", help="every tuning set")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--list", action="store_true", help="print every miss")
    parser.add_argument("--sums", action="store_true", help="print each set's counts")
    args = parser.parse_args(argv)
    names = list(TUNE_SETS) if args.all_tune else args.set
    refused = [n for n in names if n in CHECK_SETS or n not in TUNE_SETS]
    if refused or not names:
        parser.error(f"not a tuning set: {refused[0]}" if refused else "give --set or --all-tune")
    require((args.scorer, "--scorer PATH"))
    scorer = load_scorer(args.scorer)
    from stream.extract import Extractor

    extractor = Extractor()
    misses: list[Miss] = []
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        gold, records = load_set(name, args.corpus, args.articles)
        found, counts = diagnose(extractor, scorer, name, gold, records)
        misses += found
        totals[family(name)].update(counts)
        if args.sums:
            print(json.dumps({"set": name, **counts}))
        if args.list:
            for m in found:
                print(f"{m.set}\t{m.gold_id}\t{m.stage}\t{m.reason}\t{m.evidence}")
    print(table(misses, totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
