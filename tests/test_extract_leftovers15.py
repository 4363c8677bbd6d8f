"""Defects of several kinds found in review, a fifteenth round: surrenders by armed men
(a de-escalation, CAMEO 0874, as the coded sentences have it) and no one else's, renunciations of
violence typed as what they yield, the count of a crowd that gives itself up."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ----------------------------------------------- armed men surrendering de-escalate (0874)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("About 200 Tamil militants laid down their rifles and surrendered to the army.", "LKA"),
        ("The Contra rebels surrendered to Nicaraguan troops near the border on Friday.", "NIC"),
    ],
)
def test_armed_men_surrendering_de_escalate(extractor, text, country):
    found = _of_type(extractor, text, "withdrawal")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert found[0]["trigger"] == "surrendered"
    assert found[0]["cameo"] == "0874"
    assert _countries(found[0]["actors"]) == {country}, found[0]["actors"]


def test_a_wanted_man_and_his_guards_giving_themselves_up_is_no_event(extractor):
    text = (
        "Lehder, 40, is one of the reputed heads of the Medellin cartel. Police said an "
        "informant led them to a farm near Medellin, where Lehder and 12 bodyguards "
        "surrendered without a fight."
    )
    assert not [e for e in _all(extractor, text) if e["trigger"] == "surrendered"]


def test_the_count_of_those_who_walked_out_and_surrendered(extractor):
    text = "About 150 Tamil militants walked out of the temple and surrendered to the army."
    found = _of_type(extractor, text, "withdrawal")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert [(q["value"], q["unit"]) for q in found[0]["quantities"]] == [(150, "militants")]


# ------------------------------------------------------ renouncing violence is a concession


@pytest.mark.parametrize(
    "text",
    [
        "The IRA renounced violence in a statement issued in Dublin on Thursday.",
        "Yasser Arafat renounced terrorism at a news conference in Geneva.",
    ],
)
def test_renouncing_violence_is_a_concession(extractor, text):
    assert _of_type(extractor, text, "concession"), [
        (e["type"], e["trigger"]) for e in _all(extractor, text)
    ]
    assert not _of_type(extractor, text, "rejection")


def test_renouncing_a_treaty_stays_a_rejection(extractor):
    text = "Iraq renounced its 1975 border treaty with Iran on Wednesday."
    found = _of_type(extractor, text, "rejection")
    assert found and _countries(found[0]["targets"]) == {"IRN"}, _all(extractor, text)


# ------------------------------------------------ a people's name as what is freed or released


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Libya freed three Britons who had crossed the border from Tunisia.", "LBY"),
        ("Syria released the Frenchmen on Tuesday.", "SYR"),
    ],
)
def test_freeing_people_of_a_nation_passes_the_pre_filter(extractor, text, doer):
    found = _of_type(extractor, text, "concession")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "0841"
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]


# ------------------------------------------------- the press reporting an act told before


def test_a_news_agency_reporting_the_talks_makes_no_second_meeting(extractor):
    text = (
        "Mitterrand held talks with Honecker in Paris on Monday. In Prague, the official "
        "news agency CTK reported the talks without comment."
    )
    found = _of_type(extractor, text, "meeting")
    assert [e["trigger"] for e in found] == ["held talks"], found


def test_talks_the_press_reports_with_their_parties_stay(extractor):
    text = "Tass reported the talks between Shevardnadze and Shultz on Tuesday."
    found = _of_type(extractor, text, "meeting")
    assert found and _countries(found[0]["actors"]) == {"RUS", "USA"}, _all(extractor, text)


# ------------------------------------------------------ prices that sink, bonds that plunge


@pytest.mark.parametrize(
    "text",
    [
        "Swiss franc bonds sank sharply with domestic Swiss prices but recovered in late trade "
        "as the franc soared.",
        "Dutch guilder bonds sank sharply with domestic Dutch prices but rallied in late trade "
        "as the guilder firmed.",
    ],
)
def test_a_thing_traded_sinking_is_no_attack(extractor, text):
    assert not [e for e in _all(extractor, text) if e["category"] == "military"], _all(
        extractor, text
    )


def test_a_warship_sinking_a_tanker_stays_an_attack(extractor):
    text = "Iraqi warships sank an Iranian tanker in the Gulf on Sunday."
    found = _of_type(extractor, text, "attack")
    assert found and _countries(found[0]["targets"]) == {"IRN"}, _all(extractor, text)
