"""Code health of the extractor: the CAMEO trigger file rebuilds from its inputs,
rules that read spaCy lemmas (which the extractor's parse does not have) read the lexicon's
forms instead, word lists live in data files, and two small rule bugs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "scripts"
DATA = REPO / "stream" / "extract" / "data"
SAMPLE = Path(__file__).parent / "fixtures" / "cameo_verbs_sample.txt"
EDIT_META = {"lemmas", "type", "cameo", "note"}


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_triggers_cameo", SCRIPTS / "build_triggers_cameo.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _constraints(entry: dict) -> dict:
    """An entry's or an edit's constraints, word lists sorted."""
    skip = EDIT_META | {"pos", "confidence"}
    return {k: sorted(v) if isinstance(v, list) else v for k, v in entry.items() if k not in skip}


def _holders(entries: list[dict], edit: dict) -> set[str]:
    """The lemmas of the committed entries with an edit's type, code and constraints."""
    cons = _constraints(edit)
    out: set[str] = set()
    for e in entries:
        own = _constraints(e)
        if e["type"] == edit["type"] and e["cameo"] == edit["cameo"] and own == cons:
            out |= set(e["lemmas"])
    return out


def test_cameo_edits_are_in_the_committed_file():
    """Every addition of cameo_edits.json is in triggers_cameo.json and no removal is (the
    check that needs no CAMEO dictionary)."""
    edits = _json(SCRIPTS / "cameo_edits.json")
    entries = _json(DATA / "triggers_cameo.json")["entries"]
    for edit in edits["add"]:
        assert set(edit["lemmas"]) <= _holders(entries, edit), edit
    for edit in edits["remove"]:
        assert not set(edit["lemmas"]) & _holders(entries, edit), edit


def test_check_mode_tells_a_hand_edit_from_the_build(tmp_path: Path, capsys, monkeypatch):
    """`build_triggers_cameo.py --check` passes on a file the build made and fails, writing
    nothing, on one edited by hand (run it with the PETRARCH2 CAMEO.2.0.txt before committing)."""
    builder = _builder()
    no_edits = tmp_path / "cameo_edits.json"  # the real edits name entries the sample lacks
    no_edits.write_text('{"add": [], "remove": []}', encoding="utf-8")
    monkeypatch.setattr(builder, "EDITS", no_edits)
    out = tmp_path / "triggers_cameo.json"
    assert builder.main(["--cameo", str(SAMPLE), "--out", str(out)]) == 0
    built = out.read_text(encoding="utf-8")
    assert builder.main(["--cameo", str(SAMPLE), "--out", str(out), "--check"]) == 0
    out.write_text(built.replace('"confidence": 0.5', '"confidence": 0.9', 1), encoding="utf-8")
    edited = out.read_text(encoding="utf-8")
    assert edited != built
    assert builder.main(["--cameo", str(SAMPLE), "--out", str(out), "--check"]) == 1
    assert out.read_text(encoding="utf-8") == edited
    assert "cameo_edits.json" in capsys.readouterr().out


def test_an_edit_that_no_longer_applies_stops_the_build():
    builder = _builder()
    grouped = {builder._key("attack", "190", {}): {"pummel"}}
    builder.apply_edits(grouped, {"add": [{"lemmas": ["raze"], "type": "attack", "cameo": "190"}]})
    assert grouped[builder._key("attack", "190", {})] == {"pummel", "raze"}
    with pytest.raises(ValueError):
        builder.apply_edits(
            grouped, {"remove": [{"lemmas": ["maul"], "type": "attack", "cameo": "190"}]}
        )


@pytest.fixture(scope="module")
def extractor():
    from stream.extract import Extractor

    return Extractor()


def _sentence(extractor, text: str):
    return next(extractor.nlp(text).sents)


def _trigger(extractor, text: str, word: str):
    from stream.extract.events import find_triggers

    sent = _sentence(extractor, text)
    return next(t for t in find_triggers(sent, extractor.lexicon) if t.token.text == word)


def _events(extractor, text: str) -> list[dict]:
    from stream.extract import Article

    return extractor.extract(Article(id="t", text=text, published_at="2024-03-05T12:00:00Z"))


# 1. Rules that compared spaCy lemmas, which the extractor's parse leaves empty


def test_a_state_of_siege_is_read_by_the_word_state(extractor):
    from stream.extract.events import _state_of_law

    sent = _sentence(extractor, "The junta declared a state of siege in the capital.")
    siege = next(t for t in sent if t.text == "siege")
    assert _state_of_law(siege) is True


def test_a_perfect_with_has_tells_a_past_act(extractor):
    from stream.extract import timex

    text = "The envoy who will lead the talks has arrived on Friday."
    start = text.index("Friday")
    assert timex._doc_tense(extractor.nlp(text), start, start + len("Friday")) == timex.PAST


def test_a_quotation_shares_a_verb_in_another_form(extractor):
    from stream.extract.pipeline import _quotes_again

    told = {"evidence": {"sentence": "Greece demanded that Iraq withdraws its troops."}}
    sent = _sentence(extractor, "We demand that Iraq withdraw its forces now.")
    demand = next(t for t in sent if t.text == "demand")
    assert _quotes_again(demand, told, extractor.lexicon) is True


# 4. Small bugs


def test_a_relative_pronoun_stands_for_the_thing_that_threatens(extractor):
    from stream.extract.events import _thing_threatens

    trig = _trigger(extractor, "The war, which threatens the whole region, goes on.", "threatens")
    assert _thing_threatens(trig, extractor.lexicon) is True


def test_warplanes_meeting_jets_hold_no_talks(extractor):
    events = _events(extractor, "Iraqi warplanes met Iranian jets over the Gulf on Tuesday.")
    assert [e["type"] for e in events] == []


def test_ministers_meeting_still_meet(extractor):
    events = _events(extractor, "The Iraqi foreign minister met his Iranian counterpart in Geneva.")
    assert [(e["type"], e["cameo"]) for e in events] == [("meeting", "040")]
