"""Defects of several kinds found in review, an eleventh round: a summons of a foreign envoy is
an accusation (CAMEO 11x), a protest note handed or sent alone stays a protest."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------- a summons of an envoy is an accusation (CAMEO 11x)


@pytest.mark.parametrize(
    ("text", "doer", "envoy"),
    [
        (
            "The Danish foreign ministry summoned the Chilean ambassador to complain about the "
            "arrests.",
            "DNK",
            "CHL",
        ),
        ("Norway called in the Iraqi charge d'affaires on Tuesday.", "NOR", "IRQ"),
        ("Ghana summoned the Togolese envoy to protest at the border closure.", "GHA", "TGO"),
    ],
)
def test_a_summons_is_an_accusation(extractor, text, doer, envoy):
    found = _of_type(extractor, text, "accusation")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {envoy}, found[0]["targets"]
    assert found[0]["cameo"].startswith("11"), found[0]["cameo"]
    assert not _of_type(extractor, text, "protest")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt summoned the Israeli envoy and handed him a protest note over the raid.",
        "Chile summoned the Bolivian consul on Friday and gave him a note protesting the "
        "border incident.",
    ],
)
def test_a_summons_with_a_note_is_one_accusation(extractor, text):
    # one act, typed as the formal protest the summons delivers (CAMEO 11x kept)
    found = _all(extractor, text)
    assert [e["type"] for e in found] == ["protest"], found
    assert found[0]["cameo"].startswith("11"), found[0]["cameo"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Malaysia delivered a protest note to the Thai embassy on Monday.", "THA"),
        ("Kenya sent a formal protest note to Kampala over the shooting.", "UGA"),
    ],
)
def test_a_note_told_alone_stays_a_protest(extractor, text, target):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["targets"]) == {target}, found[0]["targets"]
    assert not _of_type(extractor, text, "accusation")


# ------------------------------------------------------------ CAMEO codes of some acts


@pytest.mark.parametrize(
    "text",
    [
        "Beijing staged war games in the Taiwan Strait on Tuesday.",
        "The Pakistani army held war games near the Indian border last month.",
    ],
)
def test_war_games_of_one_state_are_an_exercise(extractor, text):
    found = _of_type(extractor, text, "military_exercise")
    assert found, [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert found[0]["cameo"].startswith("15"), found[0]["cameo"]
    assert not _of_type(extractor, text, "cooperation")


def test_joint_war_games_stay_military_cooperation(extractor):
    text = "Egypt and the United States began joint war games in the desert on Sunday."
    found = _of_type(extractor, text, "cooperation")
    assert found and found[0]["cameo"] == "062", _all(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters stopped relief convoys from reaching the besieged city of Tuzla.",
        "Government troops prevented food shipments from entering the rebel-held port.",
    ],
)
def test_aid_kept_from_a_place_is_a_blockade(extractor, text):
    found = _of_type(extractor, text, "blockade")
    assert found, [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "191"
    assert not _of_type(extractor, text, "sanction")


def test_aid_halted_by_its_giver_stays_a_sanction(extractor):
    text = "The European Community halted food deliveries to Sudan in March."
    assert [e["cameo"] for e in _of_type(extractor, text, "sanction")] == ["1623"]


@pytest.mark.parametrize(
    "text",
    [
        "The Mozambican rebel army handed over its heavy weapons to UN peacekeepers on Friday.",
        "The militia gave its artillery to the international monitors in May.",
    ],
)
def test_weapons_given_to_peacekeepers_are_disarmament(extractor, text):
    found = _of_type(extractor, text, "withdrawal")
    assert found, [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "0873", found[0]["cameo"]


# ------------------------------------------- measures and acts said to be done, planned


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Libyan troops are to begin leaving on March 1, the agreement says.", "1989-03-01"),
        ("Soviet troops will start leaving Mongolia on May 15.", "1989-05-15"),
    ],
)
def test_forces_scheduled_to_leave_are_a_planned_withdrawal(extractor, text, day):
    found = [e for e in _all(extractor, text, "1988-12-13") if e["type"] == "withdrawal"]
    assert found, [(e["type"], e["cameo"]) for e in _all(extractor, text, "1988-12-13")]
    assert found[0]["date"]["status"] == "planned", found[0]["date"]
    assert found[0]["date"]["value"] == day, found[0]["date"]
    assert found[0]["cameo"].startswith("087"), found[0]["cameo"]


def test_a_state_promising_to_withdraw_still_pledges(extractor):
    text = "Hanoi said it would withdraw all its troops from Laos by 1990."
    assert _of_type(extractor, text, "pledge"), _all(extractor, text)


def test_a_pledge_made_on_a_day_is_dated_that_day(extractor):
    text = "France made a pledge on Monday to withdraw its garrison from Chad by 1990."
    found = _of_type(extractor, text, "pledge")
    assert found, [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert found[0]["date"]["value"] == "1987-06-01", found[0]["date"]


# ------------------------------------------------------------------------------ doers


@pytest.mark.parametrize(
    "text",
    [
        "The guerrilla commander, Ahmad Shah, said his fighters shelled Soviet positions near "
        "Kunduz.",
        "Ahmad Shah, a rebel commander, said his men ambushed a Soviet convoy on Monday.",
    ],
)
def test_a_rebel_speakers_fighters_are_not_the_foe(extractor, text):
    armed = [e for e in _all(extractor, text) if e["category"] == "military"]
    assert armed, _all(extractor, text)
    assert "RUS" not in _countries(armed[0]["actors"]), armed[0]["actors"]
    assert "RUS" in _countries(armed[0]["targets"]), armed[0]["targets"]


def test_officials_of_a_region_take_no_country_of_the_text(extractor):
    text = (
        "The United States asked its allies to stop buying Libyan oil. European officials "
        "said they would reject the request."
    )
    found = _of_type(extractor, text, "rejection")
    assert found, _all(extractor, text)
    assert "USA" not in _countries(found[0]["actors"]), found[0]["actors"]


def test_the_two_koreas_are_both_states(extractor):
    text = "The two Koreas will hold Red Cross talks in Seoul next month."
    found = _of_type(extractor, text, "meeting")
    assert found, _all(extractor, text)
    sides = _countries(found[0]["actors"]) | _countries(found[0]["targets"])
    assert sides == {"PRK", "KOR"}, sides


def test_forces_said_in_a_relative_clause_to_leave_on_a_day(extractor):
    text = "The Libyan troops, which are to begin leaving on March 1, number about 3,000."
    found = [e for e in _all(extractor, text, "1988-12-13") if e["type"] == "withdrawal"]
    assert found, _all(extractor, text, "1988-12-13")
    assert found[0]["date"]["value"] == "1989-03-01", found[0]["date"]


def test_forces_a_minister_says_will_leave_are_his_pledge(extractor):
    text = "The Chadian defence minister said the country's troops would pull out of the strip."
    assert _of_type(extractor, text, "pledge"), _all(extractor, text)
