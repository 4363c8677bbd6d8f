"""Classes of errors read off CAMEO batch 30 (benchmarks/data/cameo_own29.jsonl), the dev
tune half and the batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "2015-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


def _types(extractor, text: str) -> list[str]:
    return sorted(e["type"] for e in _live(extractor, text))


FOUNDED_TOGETHER = [
    # 'joint' on the object of a verb of founding: the doers' cooperation
    "Laos and Thailand launched a joint venture on Monday to run a ferry across the Mekong.",
    "Chile and Argentina set up a joint commission to manage the glaciers on their border.",
    "Nepal and India opened a joint checkpoint at Birgunj to speed up the movement of goods.",
]


@pytest.mark.parametrize("text", FOUNDED_TOGETHER)
def test_a_joint_body_founded_is_cooperation(extractor, text):
    events = _live(extractor, text)
    assert [e["type"] for e in events] == ["cooperation"]
    assert len({a["country"] for a in events[0]["actors"]}) == 2


def test_a_joint_statement_or_a_firms_venture_founds_no_cooperation(extractor):
    assert (
        _types(extractor, "Renault and Nissan set up a joint venture to build cars in Chennai.")
        == []
    )
    assert "cooperation" not in _types(
        extractor, "France and Germany issued a joint statement on the crisis on Monday."
    )


def test_a_joint_police_operation_is_cooperation_not_a_clash(extractor):
    text = (
        "Thai and Malaysian police launched a joint operation against rubber smugglers on Friday."
    )
    events = _live(extractor, text)
    assert [e["type"] for e in events] == ["cooperation"]
    assert {a["country"] for a in events[0]["actors"]} == {"THA", "MYS"}


def test_troops_sent_with_their_arms_are_a_deployment(extractor):
    """'rushed troops and tanks to the border': forces moved with their weapons, no arms
    given; tanks alone sent to a state stay an arms transfer."""
    text = "Pakistan rushed troops and artillery to the Kashmir frontier on Wednesday."
    assert _types(extractor, text) == ["deployment"]
    assert _types(extractor, "Russia sent tanks and rocket launchers to Armenia in 1995.") == [
        "arms_transfer"
    ]


def test_an_aircraft_destroying_systems_is_a_strike_not_relief(extractor):
    """'drones destroyed three air defence systems': a blow at things a relief word names
    ('systems'), no aid dropped; 'planes dropped food' stays relief."""
    text = "Turkish drones destroyed two Syrian air defence systems near Idlib on Sunday."
    assert _types(extractor, text) == ["airstrike"]
    assert _types(extractor, "Jordanian planes dropped food and medicine over the camp.") == ["aid"]


NO_BLOW = [
    "The former Nepalese prime minister died of a heart attack in Kathmandu on Sunday.",
    "The Indonesian rupiah came under heavy attack from currency speculators on Tuesday.",
    "The Korean won came under renewed attack from sellers as exports fell.",
]


@pytest.mark.parametrize("text", NO_BLOW)
def test_illness_and_market_attacks_are_no_blow(extractor, text):
    assert not {"attack", "clash"} & set(_types(extractor, text))


def test_an_attack_from_rebels_stays_a_blow(extractor):
    text = "The Nepalese town of Beni came under attack from Maoist rebels on Saturday."
    assert {"attack", "clash"} & set(_types(extractor, text))


def test_a_demand_told_in_full_under_a_rejection_is_a_demand_too(extractor):
    """'rejected a Chinese demand that it recall its envoy': China demanded (CAMEO 10x) and
    the speaker rejected; 'rejected demands for reform' is only the rejection."""
    text = "Vietnam on Friday rejected a Chinese demand that it withdraw its oil rig from the area."
    events = _live(extractor, text)
    assert sorted(e["type"] for e in events) == ["demand", "rejection"]
    demand = next(e for e in events if e["type"] == "demand")
    assert [a["country"] for a in demand["actors"]] == ["CHN"]
    assert _types(
        extractor, "The Bolivian government rejected demands for a new constitution."
    ) == ["rejection"]


def test_a_protest_of_a_crowd_met_with_force_is_news_too(extractor):
    """'opened fire on students protesting against …': the crowd's protest (its participle or
    relative clause) is an act of its own beside the force, not background, as CAMEO codes
    both."""
    text = "Police in Dhaka opened fire on workers protesting against low wages on Sunday."
    assert _types(extractor, text) == ["attack", "protest"]
    text = "Riot police fired tear gas at youths who set fire to a police station in Nairobi."
    assert _types(extractor, text) == ["attack", "protest"]


def test_a_passive_not_to_be_ruled_out_is_a_guess(extractor):
    """'a coup could not be ruled out, analysts said': no one keeps an option open or
    threatens; 'Paris did not rule out an intervention' still does."""
    text = "Diplomats in Niamey said a new coup attempt could not be ruled out."
    assert _types(extractor, text) == []
    assert _types(extractor, "France did not rule out a military intervention in Niger.") == [
        "threat"
    ]
