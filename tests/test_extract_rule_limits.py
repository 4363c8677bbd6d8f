"""Where some rules stop: capitals spelled out after a country's name, vehicles that blow up,
shows of force two states make that are no exercise, and vows of what will not happen."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events
from test_cameo_own import _codes


def _led_by(extractor, text: str, name: str) -> list[dict]:
    """The events of ``text`` whose first doer is written ``name``."""
    return [
        e for e in extract_events(extractor, text) if e["actors"] and e["actors"][0]["text"] == name
    ]


def test_capitals_spelled_out_after_a_country_name_stand_for_the_body_not_the_state(extractor):
    text = (
        "BOGOTA, May 3 - Fighters of the National Unity Council of Chad (NUCC) ambushed an army "
        "patrol on Monday. The NUCC attacked a police post near the town on Tuesday, officials said."
    )
    named = _led_by(extractor, text, "NUCC")
    assert named
    assert all(a["kind"] != "country" for e in named for a in e["actors"])


def test_capitals_the_gazetteer_knows_keep_their_own_reading(extractor):
    text = (
        "BOGOTA, May 3 - Guerrillas of the Revolutionary Armed Forces of Colombia (FARC) ambushed "
        "a patrol on Monday. The FARC attacked a police post near the town on Tuesday."
    )
    named = _led_by(extractor, text, "FARC")
    assert named and all(a["kind"] != "country" for e in named for a in e["actors"])


def test_a_vehicle_that_blows_up_killing_people_is_no_accident(extractor):
    assert events_of_type(
        extract_events(extractor, "A bus exploded in Jerusalem on Sunday, killing 19 people."),
        "attack",
    )
    plunged = extract_events(
        extractor, "A bus plunged into a gorge in Peru on Sunday, killing 27 people."
    )
    assert not events_of_type(plunged, "attack")


def test_two_states_mobilizing_for_war_make_no_military_cooperation(extractor):
    codes = _codes(extractor, "Ecuador and Peru mobilized for war on Monday.")
    assert ("military_exercise", "150") in codes and ("cooperation", "062") not in codes
    codes = _codes(extractor, "Chilean and Argentine warships held exercises off Cape Horn.")
    assert ("cooperation", "062") in codes


def test_a_vow_that_a_state_will_not_go_on_fighting_is_no_threat(extractor):
    events = extract_events(extractor, "Syria vowed that it would not continue the war.")
    assert not events_of_type(events, "threat")
    events = extract_events(extractor, "Syria vowed that it would continue the war.")
    assert events_of_type(events, "threat") and country_codes(
        events_of_type(events, "threat")[0]["actors"]
    ) == {"SYR"}
