"""Classes of errors read off CAMEO batch 37 (benchmarks/data/cameo_own36.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import country_codes, live_events, type_cameos

PUB = "2010-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The European Union condemned the killings in Andijan on Friday.", "IGOEUREEC"),
        ("The Arab League condemned the shelling of Homs on Sunday.", "IGOARBALL"),
    ],
)
def test_a_body_named_by_common_words_alone_is_an_actor(extractor, text, body):
    # every word of 'European Union' names other things too; together they name the body,
    # so a sentence whose only other name is a town is still read
    found = [e for e in _live(extractor, text) if e["type"] == "accusation"]
    assert found and found[0]["actors"][0]["code"].startswith(body[:6]), _codes(extractor, text)


def test_the_cochairs_of_a_group_act_for_it(extractor):
    # 'co-chairs' split at the hyphen made three subjects; a body named '… Group' is no firm
    text = (
        "The co-chairs of the OSCE Minsk Group called on the presidents of Armenia and "
        "Azerbaijan on Thursday to meet before the end of the year."
    )
    found = [e for e in _live(extractor, text) if e["type"] == "appeal"]
    assert found and found[0]["actors"][0]["code"].startswith("IGO"), _codes(extractor, text)


def test_a_company_named_group_stays_a_company(extractor):
    text = "The chairman of the Virgin Group criticised the Greek government on Monday."
    found = [e for e in _live(extractor, text) if e["type"] == "accusation"]
    assert not found or not found[0]["actors"][0]["code"].startswith("IGO")


def test_deaths_told_beside_a_clash_are_its_toll(extractor):
    text = "Israeli troops clashed with Palestinian gunmen in Jenin on Monday and two soldiers were killed."
    assert [c for c in _codes(extractor, text) if c[0] != "clash"] == []
    text = (
        "Israeli troops clashed with Palestinian gunmen in Jenin on Monday and two soldiers "
        "were killed by a sniper."
    )
    assert ("attack", "180") in _codes(extractor, text)


def test_a_leader_welcomed_to_a_capital_is_hosted(extractor):
    text = "Chirac welcomed Putin to Paris on Monday."
    found = [e for e in _live(extractor, text) if e["type"] == "visit"]
    assert found and country_codes(found[0]["actors"]) == {"FRA"}, _codes(extractor, text)
    text = "The prime minister welcomed the president's decision to the surprise of many."
    assert not [c for c in _codes(extractor, text) if c[0] == "visit"]


def test_troops_of_a_stabilisation_force_keep_the_peace(extractor):
    text = (
        "The first Brazilian troops of the U.N. stabilisation force arrived in Port-au-Prince "
        "on Tuesday."
    )
    assert ("peacekeeping", "074") in _codes(extractor, text)


def test_a_call_told_as_the_time_of_a_talk_is_no_call_of_its_own(extractor):
    text = (
        "Downing Street said Tony Blair had discussed the issue with President George W Bush "
        "when they spoke by telephone last week."
    )
    assert not [c for c in _codes(extractor, text) if c[0] == "call"], _codes(extractor, text)


def test_the_doers_named_by_an_undated_act_behind_them_commit_no_act(extractor):
    text = (
        "India ruled out on Monday any resumption of talks with Pakistan until Islamabad acted "
        "against the militants behind the Pulwama bombing."
    )
    assert _codes(extractor, text) == [("rejection", "120")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a charge that someone was behind an act keeps the act
        ("Libyan agents were behind the bombing of a Cairo cinema.", ("attack", "183")),
        # deaths beside a one-sided blow are not its toll: the gunners' own side fell
        (
            "Indian artillery has been pounding the ridges since May 9, and at least 30 Indian "
            "soldiers have been killed, officials said.",
            ("attack", "180"),
        ),
    ],
)
def test_acts_beside_the_classes_stay(extractor, text, code):
    assert code in _codes(extractor, text), _codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "etype", "state"),
    [
        (
            "Baloch separatists blew up a gas pipeline in Dera Bugti on Tuesday.",
            "attack",
            "PAK",
        ),
        (
            "Civic leaders in Santa Cruz threatened on Monday to paralyse Bolivia with a general "
            "strike.",
            "threat",
            "BOL",
        ),
    ],
)
def test_a_people_or_a_town_names_its_state(extractor, text, etype, state):
    found = [e for e in _live(extractor, text) if e["type"] == etype]
    assert found and country_codes(found[0]["actors"]) == {state}, _codes(extractor, text)
