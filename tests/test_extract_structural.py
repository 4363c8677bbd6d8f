"""Trigger entries whose structural tests turned away words of the right sense (issue #10):
object lists narrower than their sense and entries of a weaker sense that won. Each rule on
sentences written for the test, beside one that must keep (or not give) the event."""

from __future__ import annotations

from test_extract import _brief
from test_extract_precision import _extract, _types


def _codes(extractor, text: str, etype: str) -> set[str]:
    return {e["cameo"] for e in _extract(extractor, text) if e["type"] == etype}


def test_freeing_any_person_is_a_release(extractor):
    for text, iso in (
        ("Rebels in Mali freed a kidnapped Swiss couple on Sunday.", "CHE"),
        ("The Cuban authorities freed the American priest on Friday.", "USA"),
    ):
        events = [e for e in _extract(extractor, text) if e["type"] == "concession"]
        assert any(t["country"] == iso for e in events for t in e["targets"]), text
    assert "concession" not in _types(extractor, "The studio released the new film in March.")


def test_a_counterattack_launched_is_an_attack(extractor):
    assert "attack" in _types(
        extractor, "Armenian troops launched a counterattack near the border."
    )
    assert "attack" not in _types(extractor, "The company launched a push into Asian markets.")


def test_imports_halted_and_a_state_suspended_are_sanctions(extractor):
    assert "163" in _codes(
        extractor, "Russia stopped imports of Moldovan wine last spring.", "sanction"
    )
    suspended = _extract(extractor, "The Commonwealth suspended Fiji after the coup.")
    assert ["FJI"] in [whom for _, whom in _brief(suspended, "sanction")]
    assert "sanction" not in _types(extractor, "The league suspended the player for three games.")
    assert "161" in _codes(
        extractor, "Bolivia suspended security coordination with Peru.", "sanction"
    )


def test_a_proposal_or_package_blocked_is_a_veto(extractor):
    text = "France blocked the European Commission's proposal on farm subsidies."
    assert "129" in _codes(extractor, text, "rejection")
    assert "rejection" not in _types(extractor, "Protesters blocked the road to the airport.")


def test_an_expelled_correspondent_is_deported_not_a_withdrawn_envoy(extractor):
    events = _extract(extractor, "Beijing expelled an American correspondent last week.")
    assert "coercion" in {e["type"] for e in events}
    assert "sanction" not in {e["type"] for e in events}
    diplomats = "Beijing expelled two American diplomats last week."
    assert "166" in _codes(extractor, diplomats, "sanction")


def test_patrols_stepped_up_are_a_show_of_force_not_a_threat(extractor):
    types = _types(extractor, "The Greek navy stepped up patrols in the Aegean.")
    assert "threat" not in types and types & {"military_exercise", "deployment"}


def test_a_former_colony_occupied_is_an_occupation(extractor):
    text = "Indonesian troops occupied the former Portuguese colony in 1975."
    assert "occupation" in _types(extractor, text)
