"""Defects of several kinds found in review, a twelfth round: a pronoun of one sex stands for
no person whose name or title tells the other; a trip told through 'he' or 'she' is a visit;
money or aid pledged and not yet given is a pledge (CAMEO 033x), not aid."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------- a pronoun of one sex, a person of the other


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "President Bush received Mrs Thatcher at the White House on Friday. She thanked the "
            "United States for its loyalty.",
            "support",
            "GBR",
        ),
        (
            "Mrs. Bhutto met Mr. Gandhi in Islamabad on Friday. He praised Pakistan for its "
            "restraint.",
            "support",
            "IND",
        ),
        (
            "Philippine President Corazon Aquino met President Reagan in Washington on "
            "Wednesday. She thanked the United States for its aid.",
            "support",
            "PHL",
        ),
    ],
)
def test_a_pronoun_takes_no_person_of_the_other_sex(extractor, text, kind, doer):
    found = _of_type(extractor, text, kind)
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]


def test_him_after_she_is_the_man(extractor):
    text = (
        "Indian Prime Minister Rajiv Gandhi received Pakistani Prime Minister Benazir Bhutto "
        "on Friday. She invited him to visit Islamabad."
    )
    found = _of_type(extractor, text, "appeal")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {"PAK"}, found[0]["actors"]
    assert "IND" in _countries(found[0]["targets"]), found[0]["targets"]


def test_a_pronoun_of_unknown_sex_still_resolves(extractor):
    text = "Chinese Premier Li Peng arrived in Tokyo on Monday. He praised Japan for its help."
    found = _of_type(extractor, text, "support")
    assert found and _countries(found[0]["actors"]) == {"CHN"}, found


# ------------------------------------------------------------ a trip told through the speaker


@pytest.mark.parametrize(
    ("text", "traveller", "host"),
    [
        (
            "The Kenyan president arrived in Lagos on Tuesday. He will travel to Accra on "
            "Thursday.",
            "KEN",
            "GHA",
        ),
        (
            "Prime Minister Margaret Thatcher opened the conference on Monday. She said she "
            "would fly to Moscow in March.",
            "GBR",
            "RUS",
        ),
    ],
)
def test_a_trip_told_through_he_or_she_is_a_visit(extractor, text, traveller, host):
    found = [e for e in _of_type(extractor, text, "visit") if host in _countries(e["targets"])]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {traveller}, found[0]["actors"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Premier Li Peng arrived in Tokyo on Monday.",
        "Chinese Premier Li Peng arrived in Tokyo on Monday. He said he would travel to Seoul "
        "next month.",
    ],
)
def test_a_named_traveller_still_travels(extractor, text):
    found = [e for e in _of_type(extractor, text, "visit") if "JPN" in _countries(e["targets"])]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {"CHN"}, found[0]["actors"]


# ------------------------------------------------------------- money or aid pledged, not given


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged $40 million in aid to Sudan.",
        "Norway promised 30 million kroner in food aid to Ethiopia on Monday.",
        "Canada committed 15 million dollars to the rebuilding of Beirut.",
    ],
)
def test_money_pledged_is_a_pledge(extractor, text):
    kinds = [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert any(t == "pledge" and c.startswith("033") for t, c in kinds), kinds
    assert not any(t == "aid" for t, _ in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Japan gave 3 million dollars in aid to the flood victims in Bangladesh.",
        "Sweden sent tents and blankets to flood victims in Ethiopia last week.",
    ],
)
def test_aid_given_stays_aid(extractor, text):
    kinds = [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert any(t == "aid" and c.startswith("07") for t, c in kinds), kinds


def test_troops_committed_to_a_force_are_sent(extractor):
    text = "Ghana committed 600 soldiers to the West African force in Liberia."
    kinds = [(e["type"], e["cameo"]) for e in _all(extractor, text)]
    assert ("peacekeeping", "074") in kinds, kinds


# ------------------------------------------------ a concession agreed to stays a pledge (035x)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Congress agreed to lift the embargo on grain sales to Cuba.", "03"),
        ("Iran agreed to meet the Iraqi envoy in Geneva.", "03"),
    ],
)
def test_a_concession_agreed_to_is_an_intent(extractor, text, family):
    cameos = [e["cameo"] for e in _all(extractor, text) if not e["negated"]]
    assert any(c.startswith(family) for c in cameos), cameos


# ---------------------------------------------------- a people at home in several states


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Hutu rebels attacked a village south of Bujumbura on Sunday, killing 12 people.", "BDI"),
        ("Tutsi soldiers raided a market near Gitega on Friday.", "BDI"),
        ("Hutu militiamen attacked a camp near Gisenyi, killing 30 refugees.", "RWA"),
    ],
)
def test_a_people_of_several_states_acts_for_the_one_it_acts_in(extractor, text, doer):
    found = [e for e in _all(extractor, text) if e["type"] in ("attack", "clash", "shelling")]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]


# ------------------------------------------------------ a summons told with no doer named


@pytest.mark.parametrize(
    ("text", "doer", "envoy"),
    [
        (
            "The Danish ambassador was summoned to the Polish foreign ministry on Monday.",
            "POL",
            "DNK",
        ),
        (
            "The Kenyan envoy was summoned to the foreign ministry in Kampala and handed a "
            "protest.",
            "UGA",
            "KEN",
        ),
        (
            "CAIRO, May 4 - The Libyan ambassador was summoned to the foreign ministry on Tuesday.",
            "EGY",
            "LBY",
        ),
    ],
)
def test_a_summons_with_no_doer_is_the_hosts(extractor, text, doer, envoy):
    found = _of_type(extractor, text, "accusation")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {envoy}, found[0]["targets"]


def test_an_envoy_called_to_a_ministry_is_summoned(extractor):
    text = (
        "ATHENS, June 3 - The Turkish ambassador was called to the foreign ministry on Tuesday "
        "and handed a protest over the incident."
    )
    kinds = [
        (e["type"], _countries(e["actors"]), _countries(e["targets"]))
        for e in _all(extractor, text)
    ]
    assert ("accusation", {"GRC"}, {"TUR"}) in kinds, kinds
    assert not any(k == "protest" for k, _, _ in kinds), kinds


def test_an_envoy_called_to_a_podium_is_no_summons(extractor):
    text = "The Nigerian envoy was called to the podium to speak at the summit in Lome."
    assert not _of_type(extractor, text, "accusation")
