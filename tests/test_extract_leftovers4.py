"""Defects of several kinds found in review, a fourth round: names with particles, one act
told in the lead and again later, forces with no country, negated acts and pronoun doers."""

from __future__ import annotations

import pytest

from stream.extract import Article


def _all(extractor, text: str, published: str = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str) -> list[dict]:
    return [e for e in _all(extractor, text) if e["type"] == kind]


# --------------------------------------------------------------------- names with particles


def test_a_known_name_with_dos_is_one_person_of_his_state(extractor):
    text = "Jose Eduardo dos Santos accused Pretoria of arming the rebels on Friday."
    (event,) = _of_type(extractor, text, "accusation")
    assert [a["country"] for a in event["actors"]] == ["AGO"]
    assert [t["country"] for t in event["targets"]] == ["ZAF"]


def test_a_titled_known_name_with_dos_keeps_its_state(extractor):
    text = (
        "Angola's President Jose Eduardo dos Santos urged the Security Council on Friday "
        "to condemn the raid."
    )
    events = [e for e in _all(extractor, text) if e["type"] in ("appeal", "demand")]
    assert events
    assert {a["country"] for e in events for a in e["actors"]} == {"AGO"}


def test_particles_of_known_names_are_raised_and_others_left(extractor):
    raise_ = extractor.gazetteer.raise_name_particles
    text = "Jose Eduardo dos Santos met Carlos dos Reis in Rio de Janeiro."
    out = raise_(text)
    assert len(out) == len(text)
    assert "Jose Eduardo Dos Santos" in out
    assert "Carlos dos Reis" in out  # no dictionary knows him
    assert "Rio de Janeiro" in out


# --------------------------------------------------------------------- one act, told again


def test_a_charge_retold_by_the_accusers_envoy_is_one_accusation(extractor):
    text = (
        "Greece accused Turkey on Tuesday of sending warplanes into its airspace over the "
        "Aegean.\n\n"
        "Athens newspapers gave the story their front pages.\n\n"
        "The Greek ambassador in Ankara made the formal charge in a note to the Turkish "
        "foreign ministry, a spokesman said."
    )
    events = _of_type(extractor, text, "accusation")
    assert len(events) == 1
    assert [a["country"] for a in events[0]["actors"]] == ["GRC"]


def test_sanctions_retold_with_no_day_are_one_event_of_the_leads_day(extractor):
    text = (
        "Canada imposed trade sanctions on Fiji on Monday after the army seized power.\n\n"
        "Fiji's sugar exports go mostly to Europe.\n\n"
        "The Canadian government imposed the sanctions to press the army to restore the "
        "constitution, a spokesman said."
    )
    events = _of_type(extractor, text, "sanction")
    assert len(events) == 1
    assert events[0]["date"]["value"] == "1987-06-01"


def test_an_undated_raid_retold_with_its_day_takes_the_day(extractor):
    text = (
        "Iraqi warplanes bombed the Iranian port of Bushehr, Baghdad radio said.\n\n"
        "Shipping in the area was light.\n\n"
        "Tehran radio said the raid on the port on Saturday killed 12 people."
    )
    armed = [e for e in _all(extractor, text) if e["type"] in ("airstrike", "attack")]
    assert len(armed) == 1
    assert armed[0]["date"]["value"] == "1987-05-30"
    assert [q["value"] for q in armed[0]["quantities"]] == [12]


_GREEK_CHARGE = (
    "Greece accused Turkey on Tuesday of sending warplanes into its airspace.\n\n"
    "Athens newspapers gave the story their front pages.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "On May 12, Greece accused Turkey of harassing its fishing boats, the spokesman said.",
        "Greece accused Bulgaria of massing troops on the border, the spokesman said.",
        "In another charge, Greece accused Turkey of harassing its fishing boats.",
    ],
    ids=["another-day", "another-state", "marked-another"],
)
def test_a_second_charge_told_apart_stays_apart(extractor, later):
    assert len(_of_type(extractor, _GREEK_CHARGE + later, "accusation")) == 2


# --------------------------------------------------------------------- forces with no country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "MANILA, June 1 - Soldiers killed 14 communist guerrillas in a clash on the island "
            "of Negros on Sunday, the military said.",
            "PHL",
        ),
        (
            "LIMA, June 1 - Four guerrillas were shot dead by security forces in the Andes on "
            "Sunday, officials said.",
            "PER",
        ),
    ],
    ids=["soldiers", "passive-security-forces"],
)
def test_bare_forces_of_a_story_naming_no_state_are_the_datelines(extractor, text, country):
    events = [e for e in _all(extractor, text) if e["type"] in ("clash", "attack")]
    assert events
    assert {a["country"] for e in events for a in e["actors"]} == {country}


def test_bare_troops_after_two_states_take_neither_datelines_state(extractor):
    text = (
        "NICOSIA, June 1 - Iran and Iraq traded artillery fire across the border on Sunday.\n\n"
        "Troops shelled the town of Mehran overnight, a radio report said."
    )
    events = [e for e in _all(extractor, text) if e["type"] == "shelling"]
    assert events
    assert all(a["country"] != "CYP" for e in events for a in e["actors"])


def test_a_bare_force_joined_to_a_national_one_is_of_its_state(extractor):
    text = "Turkish police and soldiers raided three Kurdish villages near Mardin on Monday."
    events = _all(extractor, text)
    assert events
    assert {a["country"] for a in events[0]["actors"]} == {"TUR"}
    assert len(events[0]["actors"]) == 2


def test_police_joined_to_a_national_force_are_kept_as_its_police(extractor):
    text = "Syrian troops and police sealed off the Lebanese border town on Monday."
    events = _all(extractor, text)
    assert events
    assert [a["country"] for a in events[0]["actors"]] == ["SYR", "SYR"]


# --------------------------------------------------------------------- acts held back


def test_refraining_from_an_act_negates_it(extractor):
    text = "Egypt has so far refrained from imposing sanctions on Libya, diplomats said."
    events = _of_type(extractor, text, "sanction")
    assert events
    assert all(e["negated"] for e in events)


def test_abstaining_from_a_condemnation_negates_it(extractor):
    text = "Britain abstained from condemning Israel in the Security Council on Friday."
    events = _of_type(extractor, text, "accusation")
    assert events
    assert all(e["negated"] for e in events)


def test_a_charge_made_apart_from_a_refusal_is_not_negated(extractor):
    text = "Egypt accused Libya of arming the rebels after it refrained from talks."
    events = [e for e in _of_type(extractor, text, "accusation") if e["trigger"] == "accused"]
    assert events
    assert not any(e["negated"] for e in events)


def test_an_earlier_dated_act_is_no_retelling_of_an_undated_lead(extractor):
    text = (
        "Iraq said its warplanes had attacked an Iranian supertanker in the Gulf.\n\n"
        "Shipping sources had no word of damage.\n\n"
        "The last confirmed Iraqi raid took place on April 2, when the Iranian tanker "
        "Avaj was hit."
    )
    assert len([e for e in _all(extractor, text) if e["type"] in ("attack", "airstrike")]) >= 2


def test_a_threat_repeated_stays_a_threat_of_its_own(extractor):
    text = (
        "Britain threatened on Tuesday to bar Japanese banks from London.\n\n"
        "Japanese banks hold large sums there.\n\n"
        "The minister repeated the threat of sanctions on Thursday before leaving Tokyo."
    )
    assert len(_of_type(extractor, text, "threat")) == 2
