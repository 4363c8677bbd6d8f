"""Trigger entries whose structural tests turned away words of the right sense (issue #10):
object lists narrower than their sense, a particle parsed as an adverb, a capital read as a
name after a preposition, and entries of a weaker sense that won. Each rule on sentences
written for the test, beside one that must keep (or not give) the event."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types

from stream.extract.syntax import objects, repair_participle_verbs, subjects


def _codes(extractor, text: str, etype: str) -> set[str]:
    return {e["cameo"] for e in _extract(extractor, text) if e["type"] == etype}


def test_a_preposition_word_right_after_its_verb_is_its_particle(extractor):
    assert "0833" in _codes(
        extractor,
        "Peru's prime minister stepped down on Tuesday amid a corruption inquiry.",
        "concession",
    )
    assert "concession" not in _types(extractor, "The Peruvian minister stepped out of the car.")


def test_a_capital_read_as_a_name_after_to_is_a_trip_there(extractor):
    text = "The Ghanaian president headed to Abuja on Monday for a summit."
    assert (["GHA"], ["NGA"]) in side_countries(_extract(extractor, text), "visit")


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
    assert ["FJI"] in [whom for _, whom in side_countries(suspended, "sanction")]
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


def test_a_participle_read_on_its_object_is_the_verb_of_a_verbless_sentence(nlp):
    doc = nlp("Demonstrators in Kutaisi hurled bottles at riot police.")
    hurled = next(t for t in doc if t.text == "hurled")
    assert hurled.dep_ == "amod"  # the parser's misreading this repair is for
    assert repair_participle_verbs(next(iter(doc.sents))) == 1
    assert hurled.dep_ == "ROOT" and hurled.tag_ == "VBD"
    assert [t.text for t in subjects(hurled)] == ["Demonstrators"]
    assert [t.text for t in objects(hurled)] == ["bottles"]
    for text in ("An impounded ship in the harbour.", "Two wounded soldiers in the camp."):
        assert repair_participle_verbs(next(iter(nlp(text).sents))) == 0, text


def test_protesters_who_hurled_are_read_in_a_verbless_parse(extractor):
    text = "Georgian demonstrators in Kutaisi hurled bottles at riot police."
    assert "protest" in _types(extractor, text)


def test_a_reaction_an_act_draws_is_an_event_of_its_own(extractor):
    text = "Greece blocked the Commission's farm proposal, drawing sharp criticism from Germany."
    events = _extract(extractor, text)
    assert "rejection" in {e["type"] for e in events}
    assert (["DEU"], ["GRC"]) in side_countries(events, "accusation")


def test_weapons_that_hit_back_make_no_retort(extractor):
    text = "Syrian gunners shelled the border post, and Turkish jets hit back at targets in Syria."
    assert "accusation" not in _types(extractor, text)
    said = "The Turkish foreign minister hit back at his Syrian critics on Monday."
    assert "accusation" in _types(extractor, said)
