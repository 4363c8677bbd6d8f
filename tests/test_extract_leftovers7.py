"""Defects of several kinds found in review, a seventh round: one armed act told by its
weapon and its verb or again by its noun with the harm it did; conditional threats and the
acts they are conditioned on; someone said to be behind an attack; fights breaking out with
an adjective opening the sentence; borders and missions kept or ordered closed; stances not
held; ties that stay strained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stream.extract import Article, events

DATA = Path(__file__).resolve().parent.parent / "stream" / "extract" / "data"


def _all(extractor, text: str, published: str | None = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str) -> list[dict]:
    return [e for e in _all(extractor, text) if e["type"] == kind]


def _codes(people: list[dict]) -> set[str]:
    return {p["code"][:3] for p in people if p.get("code")}


_ARMED = {"attack", "clash", "shelling", "airstrike", "mass_violence"}


def _armed(extractor, text: str) -> list[dict]:
    return [e for e in _all(extractor, text) if e["type"] in _ARMED]


# --------------------------------------------------------------------- one act, two tellings


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani artillery fired on Indian posts in the Kargil sector on Thursday.",
        "Syrian artillery pounded Christian districts of Beirut overnight.",
        "Ethiopian artillery hit Eritrean trenches near Badme on Friday.",
    ],
)
def test_a_weapon_and_its_verb_tell_one_blow(extractor, text):
    found = _armed(extractor, text)
    assert len(found) == 1, [(e["type"], e["trigger"]) for e in found]
    assert found[0]["type"] == "shelling" and found[0]["targets"], text


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets bombed Kurdish camps in the Zab valley on Monday; the raid killed 30 "
        "guerrillas.",
        "Ethiopian gunners shelled Eritrean trenches near Zalambessa on Friday. The "
        "bombardment killed 40 soldiers, a spokesman said.",
        "Thai troops attacked Cambodian positions on Tuesday. Eight soldiers were wounded in "
        "the clash, an army officer said.",
        "Chadian forces stormed a Libyan garrison at Maaten es-Sarra on Saturday. More than "
        "1,000 Libyans died in the fighting, Chad said.",
    ],
)
def test_harm_told_with_the_noun_of_an_act_told_is_that_act(extractor, text):
    found = _armed(extractor, text)
    assert len(found) == 1, [(e["type"], e["trigger"]) for e in found]


def test_harm_the_noun_of_an_untold_act_did_is_still_told(extractor):
    text = "Eight Thai soldiers were wounded in the clash near the Cambodian border on Tuesday."
    assert _armed(extractor, text)


def test_two_weapons_verbs_of_two_sentences_stay_two_blows(extractor):
    text = (
        "Iraqi artillery shelled Iranian positions east of Basra on Monday. Iraqi warplanes "
        "bombed a power station in Dezful on Tuesday."
    )
    assert len(_armed(extractor, text)) == 2


# --------------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        ("Egypt said it would strike back should Israeli jets attack its airfields.", "EGY", "ISR"),
        ("Syria said it would respond should Israel attack its forces in Lebanon.", "SYR", "ISR"),
    ],
)
def test_an_inverted_condition_is_no_appeal_and_no_act(extractor, text, speaker, other):
    found = _all(extractor, text)
    assert not [e for e in found if e["type"] in ("appeal", "demand")], text
    assert not [e for e in found if other in _codes(e["actors"])], text


def test_a_threat_on_an_inverted_condition_is_aimed_at_its_doer(extractor):
    text = "Chad said it would retaliate should Libya attack its garrisons in Tibesti."
    found = _of_type(extractor, text, "threat")
    assert found and _codes(found[0]["actors"]) == {"TCD"}
    assert "LBY" in _codes(found[0]["targets"])


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "Norway said it might quit the whaling talks if Washington imposed trade curbs.",
            "NOR",
            "USA",
        ),
        (
            "Portugal said it might quit the fisheries commission and could review its "
            "Atlantic base agreement if Spain seized its trawlers.",
            "PRT",
            "ESP",
        ),
    ],
)
def test_a_break_threatened_on_a_condition_is_a_threat(extractor, text, doer, target):
    found = _of_type(extractor, text, "threat")
    assert found and doer in _codes(found[0]["actors"]), text
    assert target in _codes(found[0]["targets"]), text
    assert not [e for e in _all(extractor, text) if e["type"] in ("concession", "pledge")]


def test_talks_quit_are_talks_broken_off(extractor):
    found = _of_type(extractor, "Pretoria quit the border talks with Luanda on Monday.", "sanction")
    assert found and found[0]["cameo"].startswith("16")


def test_a_leader_quitting_is_still_a_resignation(extractor):
    assert _of_type(extractor, "The Nigerian oil minister quit on Monday.", "concession")


# --------------------------------------------------------------------- said to be behind


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        ("Egypt said Libya was behind the bombing of a Cairo cinema.", "EGY", "LBY"),
        ("Pakistan said India was responsible for the blast in Lahore.", "PAK", "IND"),
    ],
)
def test_one_said_to_be_behind_an_attack_is_accused(extractor, text, speaker, accused):
    found = _of_type(extractor, text, "accusation")
    assert found and _codes(found[0]["actors"]) == {speaker}, text
    assert accused in _codes(found[0]["targets"]), text
    assert not [e for e in _armed(extractor, text) if accused in _codes(e["actors"])], text


def test_responsibility_claimed_is_no_accusation(extractor):
    text = (
        "The Kurdish rebels claimed responsibility for a bomb attack on a police bus in Ankara, "
        "a spokesman for the group said."
    )
    assert not _of_type(extractor, text, "accusation")


def test_one_told_to_be_behind_an_attack_did_it(extractor):
    found = _armed(extractor, "Libyan agents were behind the bombing of a Cairo cinema.")
    assert found and "LBY" in _codes(found[0]["actors"])


# --------------------------------------------------------------------- fights breaking out


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Fierce clashes broke out between Eritrean and Ethiopian troops near Badme.",
            {"ERI", "ETH"},
        ),
        (
            "Fierce fighting broke out between Azerbaijani and Armenian forces on Sunday.",
            {"AZE", "ARM"},
        ),
    ],
)
def test_an_adjective_opening_the_sentence_names_no_side(extractor, text, sides):
    found = _of_type(extractor, text, "clash")
    assert found and _codes(found[0]["actors"]) == sides, text


# --------------------------------------------------------------------- closed and kept closed


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Thailand has kept the border crossings into Cambodia closed since March.", "THA", "KHM"),
        (
            "Algeria ordered its frontier with Morocco closed to all traffic on Monday.",
            "DZA",
            "MAR",
        ),
    ],
)
def test_a_border_kept_or_ordered_closed_is_closed(extractor, text, doer, target):
    found = _of_type(extractor, text, "sanction")
    assert found and _codes(found[0]["actors"]) == {doer}, text
    assert target in _codes(found[0]["targets"]), text


def test_a_mission_ordered_closed_is_a_break(extractor):
    text = "Canada ordered its consulate in Karachi closed on Friday."
    found = _of_type(extractor, text, "sanction")
    assert found and _codes(found[0]["actors"]) == {"CAN"}


def test_a_border_kept_open_is_no_closure(extractor):
    assert not _of_type(
        extractor, "Thailand kept the border crossings into Cambodia open.", "sanction"
    )


# --------------------------------------------------------------------- stances and ties


@pytest.mark.parametrize(
    "text",
    [
        "Italy said it had no objection to the Spanish request.",
        "The Dutch government raised no objection to the plan.",
    ],
)
def test_a_stance_not_held_is_no_event(extractor, text):
    assert not _of_type(extractor, text, "accusation"), text


def test_an_objection_voiced_is_still_one(extractor):
    assert _of_type(
        extractor, "Italy voiced strong objections to the Spanish request.", "accusation"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Peru and Ecuador have been strained since the 1995 border war.",
        "Ties between Lagos and Accra have been frozen since 1983.",
    ],
)
def test_ties_that_stay_strained_are_no_sanction(extractor, text):
    assert not _of_type(extractor, text, "sanction"), text


def test_ties_frozen_by_a_state_are_still_a_sanction(extractor):
    assert _of_type(extractor, "Ghana froze relations with Nigeria on Monday.", "sanction")


# --------------------------------------------------------------------- word lists in data


def test_the_round_s_word_lists_are_read_from_data():
    words = json.loads((DATA / "event_syntax.json").read_text("utf-8"))
    assert frozenset(words["harm_verbs"]) == events.HARM_VERBS
    assert frozenset(words["stance_holding_verbs"]) == events.STANCE_HOLDING_VERBS
    assert {k: frozenset(v) for k, v in words["alleged_doer"].items()} == events.ALLEGED_DOER
