"""Defects of several kinds found in review, a thirteenth round: a curfew, state of emergency
or martial law imposed or lifted in the passive is the act of the place's state."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------- a state's measure told with no doer


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        (
            "A curfew was imposed in the Sri Lankan capital on Tuesday after riots.",
            "coercion",
            "LKA",
        ),
        ("A state of emergency was declared in Panama on Monday.", "coercion", "PAN"),
        ("Martial law was lifted in Taiwan on Wednesday after 38 years.", "concession", "TWN"),
        ("The curfew in Colombo was lifted on Thursday.", "concession", "LKA"),
        ("JERUSALEM, June 1 - A curfew was clamped on the city on Sunday.", "coercion", "ISR"),
    ],
)
def test_a_state_measure_with_no_doer_is_the_states(extractor, text, kind, state):
    found = _of_type(extractor, text, kind)
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {state}, found[0]["actors"]


@pytest.mark.parametrize(
    "text",
    [
        "A new law was introduced in the Sri Lankan parliament on Tuesday.",
        "A state of emergency was declared in the province after the floods.",
    ],
)
def test_other_laws_and_disasters_stay_no_measure(extractor, text):
    assert not [e for e in _all(extractor, text) if e["type"] == "coercion"]


# ------------------------------------------------- a protest told by a participle on the crowd


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Crowds waving placards gathered in Caracas on Sunday.", "VEN"),
        ("Thousands of students, chanting slogans, walked through central Seoul on Friday.", "KOR"),
        ("Hundreds of farmers carrying banners gathered in Manila on Monday.", "PHL"),
    ],
)
def test_a_crowd_a_protest_participle_describes_protests(extractor, text, where):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {where}, found[0]["actors"]


@pytest.mark.parametrize(
    ("text", "where", "mission"),
    [
        (
            "Crowds waving placards gathered outside the French embassy in Tehran on Sunday.",
            "IRN",
            "FRA",
        ),
        (
            "Several hundred students marched to the Nicaraguan embassy in San Jose on Friday.",
            "CRI",
            "NIC",
        ),
    ],
)
def test_a_crowd_at_a_foreign_mission_protests_against_its_state(extractor, text, where, mission):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {where}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {mission}, found[0]["targets"]


def test_a_visitor_at_an_embassy_is_no_protest(extractor):
    text = "The ambassador drove to the U.S. embassy in Tegucigalpa on Thursday."
    assert not _of_type(extractor, text, "protest")


# ------------------------------------------------- a ship's name is no state


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("The freighter Kuwait Pride was hit by a missile on Sunday.", "attack", "KWT"),
        (
            "Iraqi warplanes struck the supertanker Kuwait Star off Kharg island on Monday.",
            "airstrike",
            "KWT",
        ),
        ("Iranian gunboats fired on the tanker Saudi Glory near Dubai on Friday.", "attack", "SAU"),
    ],
)
def test_a_state_in_a_ships_name_is_no_target(extractor, text, kind, named):
    found = [e for e in _all(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert named not in _countries(found[0]["targets"]), found[0]["targets"]


def test_a_ships_flag_in_apposition_is_its_state(extractor):
    text = "Iraqi jets hit the Saudi Glory, a Liberian-flagged tanker, on Tuesday."
    found = [e for e in _all(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert found and _countries(found[0]["targets"]) == {"LBR"}, found


def test_a_flagged_ship_named_after_its_noun_keeps_the_flag(extractor):
    text = "Iranian gunboats attacked the Greek-owned tanker Saudi Glory on Sunday."
    found = _of_type(extractor, text, "attack")
    assert found and _countries(found[0]["targets"]) == {"GRC"}, found


# ------------------------------------------------- money sent, relief carried


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Kuwait sent 30 million dollars to Yemen on Monday.", "KWT", "YEM"),
        ("Libya sent five million dlrs in aid to Uganda last month.", "LBY", "UGA"),
        ("Norway sent three ships carrying relief supplies to Bangladesh on Monday.", "NOR", "BGD"),
        ("Two Greek ships carrying food and medicine arrived in Beirut on Sunday.", "GRC", "LBN"),
    ],
)
def test_money_sent_and_relief_carried_are_aid(extractor, text, giver, helped):
    found = _of_type(extractor, text, "aid")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {giver}, found[0]["actors"]
    assert helped in _countries(found[0]["targets"]), found[0]["targets"]
    assert not _of_type(extractor, text, "deployment")


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent warships carrying troops to the Gulf on Monday.",
        "Peruvian helicopters carrying supplies flew to the garrison on Monday.",
    ],
)
def test_troops_and_bare_supplies_carried_stay_no_aid(extractor, text):
    assert not _of_type(extractor, text, "aid")


# ------------------------------------------------- a people with no state names no country


def test_a_stateless_peoples_party_names_no_country(extractor):
    text = "The main Tamil opposition party accused the ruling party of fraud on Monday."
    assert not _of_type(extractor, text, "accusation")


def test_a_party_named_with_its_countrys_adjective_stays(extractor):
    text = "The main Sri Lankan opposition party accused the ruling party of fraud on Monday."
    found = _of_type(extractor, text, "accusation")
    assert found and _countries(found[0]["actors"]) == {"LKA"}, found


def test_a_stateless_peoples_fighters_keep_their_country(extractor):
    text = "Tamil guerrillas attacked an army camp near Jaffna on Monday."
    found = _of_type(extractor, text, "attack")
    assert found and _countries(found[0]["actors"]) == {"LKA"}, found


def test_money_sent_to_a_place_of_no_state_is_no_aid(extractor):
    text = "Washington said it would send 5 million dollars to the Upper Huallaga valley."
    assert not [e for e in _all(extractor, text) if e["type"] in ("aid", "pledge")]
