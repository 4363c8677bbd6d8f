"""Defects of several kinds found in review of wire stories, an eighteenth round: a counted
force backed by others, measures over held ground, envoys summoned with no country word on
them, aircraft back at base, a battle told with a gerund."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------- a counted force backed by others


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Hundreds of Syrian troops backed by tanks pushed north on Monday and stormed "
            "the village of Kfar Nabra.",
            "SYR",
        ),
        (
            "Thousands of Iraqi soldiers backed by artillery crossed the river at dawn and "
            "attacked the town of Qasr Shirin.",
            "IRQ",
        ),
    ],
)
def test_a_counted_force_backed_by_arms_does_its_own_deed(extractor, text, doer):
    found = _of_type(extractor, text, "attack")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]


# ------------------------------------------------------------ measures over held ground


def test_a_curfew_over_held_ground_is_the_holders_on_its_people(extractor):
    text = (
        "GAZA, Jan 5 - Israeli soldiers shot and wounded two Palestinian youths in Gaza on "
        "Monday. A curfew was imposed on the Bureij refugee camp in the Gaza Strip after "
        "residents stoned an army jeep."
    )
    found = _of_type(extractor, text, "coercion")
    assert len(found) == 1, found
    assert _countries(found[0]["actors"]) == {"ISR"}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {"PSE"}, found[0]["targets"]


def test_a_curfew_over_held_ground_with_no_holder_named_has_no_doer(extractor):
    text = "A curfew was imposed on the Bureij refugee camp in the Gaza Strip on Monday."
    found = _of_type(extractor, text, "coercion")
    assert len(found) == 1, found
    assert found[0]["actors"] == [], found[0]["actors"]
    assert _countries(found[0]["targets"]) == {"PSE"}, found[0]["targets"]


def test_a_curfew_at_home_stays_the_states_own(extractor):
    text = "COLOMBO, Jan 5 - A curfew was imposed on Trincomalee after rebels attacked a camp."
    found = _of_type(extractor, text, "coercion")
    assert len(found) == 1 and _countries(found[0]["actors"]) == {"LKA"}, found


# ------------------------------------------------------------------- envoys summoned


@pytest.mark.parametrize(
    ("text", "doer", "envoy"),
    [
        ("Tanzania summoned the Ugandan high commissioner on Monday to protest.", "TZA", "UGA"),
        (
            "LONDON, May 2 - The Libyan charge d'affaires was summoned to the Foreign Office "
            "on Tuesday.",
            "GBR",
            "LBY",
        ),
    ],
)
def test_a_summoned_envoy_is_the_target_by_his_own_phrase(extractor, text, doer, envoy):
    found = [e for e in _all(extractor, text) if e["trigger"].startswith(("summoned", "d'"))]
    assert len(found) == 1, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {envoy}, found[0]["targets"]


# ------------------------------------------------------------------ aircraft back at base


def test_a_bomber_back_at_base_cooperates_with_no_one(extractor):
    text = (
        "TRIPOLI - The official news agency said the Libyan bomber had returned safely to "
        "base after the raid."
    )
    assert _of_type(extractor, text, "cooperation") == []


# --------------------------------------------------------------- a battle told by a gerund


def test_a_toll_in_fighting_told_by_a_gerund_is_one_battle(extractor):
    text = (
        "ASMARA, May 3 - The rebels said they killed more than 400 government soldiers in "
        "fighting around Keren on Tuesday."
    )
    armed = [e for e in _all(extractor, text) if e["type"] in ("attack", "clash")]
    assert [e["type"] for e in armed] == ["clash"], [(e["type"], e["trigger"]) for e in armed]


# ------------------------------------------------------ a fight whose sides have no country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "NAIROBI, Jan 17 - Foreign residents were flown out today as fighting between rival "
            "factions of Uganda's ruling movement went into its third day.",
            "UGA",
        ),
        (
            "LIMA, May 18 - A police patrol killed nine suspected guerrillas in a clash near "
            "Ayacucho on Sunday, a police communique said.",
            "PER",
        ),
    ],
)
def test_a_fight_whose_sides_have_no_country_is_one_within_its_country(extractor, text, country):
    found = _of_type(extractor, text, "clash")
    assert len(found) == 1, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {country}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {country}, found[0]["targets"]


def test_gunmen_opening_fire_make_no_fight_within_a_country(extractor):
    text = (
        "PORT-AU-PRINCE - Gunmen burst into a school in the Ruelle district and opened fire "
        "on voters, witnesses said."
    )
    found = [e for e in _all(extractor, text) if e["type"] == "clash"]
    assert all(not e["actors"] for e in found), found
