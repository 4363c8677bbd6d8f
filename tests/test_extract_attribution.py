"""Speech attributions at a sentence's end ('…, Ghana charged on Monday') and the acts a state
charges in a clause of its own."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.syntax import repair_attributions


def _extract(extractor, text: str) -> set[tuple[str, tuple, tuple]]:
    events = extractor.extract(Article(id="t", text=text, published_at="1987-05-04T12:00:00Z"))
    return {
        (
            e["type"],
            tuple(a["country"] for a in e["actors"]),
            tuple(a["country"] for a in e["targets"]),
        )
        for e in events
    }


def test_a_trailing_attribution_becomes_the_root_of_its_sentence(extractor):
    doc = extractor.nlp("Nicaraguan troops entered Honduran territory, Honduras charged on Monday.")
    sent = next(iter(doc.sents))
    if sent.root.lower_ == "charged":  # a parse that already reads it right has nothing to do
        assert repair_attributions(sent, extractor.lexicon) == 0
    else:
        assert repair_attributions(sent, extractor.lexicon) == 1
    sent = next(iter(doc.sents))
    assert sent.root.lower_ == "charged"
    assert next(t for t in doc if t.lower_ == "entered").dep_ == "ccomp"
    other = extractor.nlp("Iraq attacked a tanker, and Iran said it would retaliate.")
    assert repair_attributions(next(iter(other.sents)), extractor.lexicon) == 0  # 'and', a clause


def test_a_state_charging_after_a_comma_accuses_the_doer_it_names(extractor):
    events = _extract(
        extractor, "Nicaraguan troops entered Honduran territory, Honduras charged on Monday."
    )
    assert ("accusation", ("HND",), ("NIC",)) in events
    events = _extract(
        extractor,
        "Togolese soldiers crossed the border and attacked a village, Ghana charged on Monday.",
    )
    assert ("accusation", ("GHA",), ("TGO",)) in events
    assert ("attack", ("TGO",), ("GHA",)) in events  # no target named: the accuser was struck


def test_an_act_charged_in_a_clause_with_its_doer_is_an_event_too(extractor):
    events = _extract(extractor, "Kenya charged that Ugandan troops had shelled a border post.")
    assert {("accusation", ("KEN",), ("UGA",)), ("shelling", ("UGA",), ("KEN",))} <= events
    events = _extract(extractor, "Angola has shelled Namibian towns, South Africa alleged.")
    assert ("shelling", ("AGO",), ("NAM",)) in events
    planned = _extract(extractor, "Chad charged that Libya plans to attack its garrisons.")
    assert not any(t == "attack" for t, _, _ in planned)  # not done yet: the accusation alone
    unnamed = _extract(extractor, "Kenya charged that they had shelled a border post.")
    assert not any(t == "shelling" for t, _, _ in unnamed)  # no doer named in the clause
