"""Defects of several kinds found in review, a seventeenth round: protests staged as a noun
(a human chain), withdrawals told with 'would leave', and acts read where none is told."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------ a human chain is a protest (CAMEO 141)


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        (
            "In Austria, about 5,000 people formed a human chain around the Zwentendorf plant.",
            "AUT",
        ),
        ("Several thousand students formed a human chain in Manila on Sunday.", "PHL"),
    ],
)
def test_a_human_chain_is_a_protest_of_the_crowds_country(extractor, text, crowd):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "141", found[0]["cameo"]
    assert _countries(found[0]["actors"]) == {crowd}, found[0]["actors"]


def test_a_chain_of_shops_is_no_protest(extractor):
    text = "A Dutch retailer formed a chain of shops in Belgium last year."
    assert not _of_type(extractor, text, "protest")


# ------------------------------------- a ship's flag state arrests no one aboard it


def test_people_arrested_aboard_a_ship_are_held_by_the_datelines_state(extractor):
    text = (
        "ROME, May 4 - Italian customs officers have seized a freighter carrying explosives "
        "in the Adriatic.\n\nThe Panamanian-registered Aurora was boarded on Saturday by "
        "customs launches backed by a navy patrol boat and escorted to port, the ministry "
        "said.\n\nSix Irishmen aboard were arrested, a ministry spokesman said.\n"
    )
    found = [e for e in _of_type(extractor, text, "coercion") if e["trigger"] == "arrested"]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {"ITA"}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {"IRL"}, found[0]["targets"]


# ------------------------------------- forces ordered to search are sent, no alert or drill


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Kenyan president ordered police to comb the forest for the gunmen.", "KEN"),
        ("Irish ministers ordered troops and police to search for hidden weapons.", "IRL"),
    ],
)
def test_forces_ordered_to_search_are_a_deployment(extractor, text, doer):
    found = _of_type(extractor, text, "deployment")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "154", found[0]["cameo"]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert not _of_type(extractor, text, "military_exercise")


# ------------------------- a participle on the reported subject ('shells fired from …')


def test_a_reduced_relative_under_a_reporting_verb_keeps_the_blow(extractor):
    text = (
        "The agency quoted a military spokesman as saying that several shells fired from Iraqi "
        "positions across the border landed on the island on Sunday night, damaging a school."
    )
    found = _of_type(extractor, text, "shelling")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {"IRQ"}, found[0]["actors"]
    assert found[0]["date"]["value"] == "1987-05-31", found[0]["date"]


# ------------------------------------ a place named before terror attacks is no attacker


@pytest.mark.parametrize(
    "text",
    [
        "Ministers rushed new laws through parliament after the US terror attacks of "
        "September 2001.",
        "Britain tightened its border checks after the Madrid terror bombings last year.",
    ],
)
def test_a_place_before_terror_attacks_is_no_doer(extractor, text):
    doers = {c for e in _all(extractor, text) for c in _countries(e["actors"])}
    assert doers.isdisjoint({"USA", "ESP", "GBR"}), [
        (e["type"], e["trigger"], e["actors"]) for e in _all(extractor, text)
    ]


def test_a_national_adjective_before_terror_attacks_stays_the_doer(extractor):
    text = "The minister said Libyan terror attacks had killed dozens of Europeans."
    found = _of_type(extractor, text, "attack")
    assert found and _countries(found[0]["actors"]) == {"LBY"}, found
