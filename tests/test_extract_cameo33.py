"""Classes of errors read off CAMEO batch 33 (benchmarks/data/cameo_own32.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "1995-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)

DEPLOYMENTS = {
    # forces sent or arriving to enforce or keep a peace or an accord, alone or through
    # 'help': military protection (074), no show of force
    "Some 2,000 Nigerian soldiers landed in Monrovia on Friday to help enforce the ceasefire.": (
        "peacekeeping",
        "074",
    ),
    "Nigeria sent 2,000 troops to Liberia to enforce the ceasefire.": ("peacekeeping", "074"),
    # helping a party, guarding places, protecting foreigners, or troops massed to strike
    # stay deployments (154), as the whole-article annotators code them
    "Iraq sent an armoured division to help Syria early in the war.": ("deployment", "154"),
    "Malawi sent 300 troops into Mozambique to help guard the railway to Nacala.": (
        "deployment",
        "154",
    ),
    "Libya massed troops near the border to invade Chad, French sources said.": (
        "deployment",
        "154",
    ),
}


@pytest.mark.parametrize(("text", "act"), DEPLOYMENTS.items())
def test_troops_sent_to_help_or_protect_are_military_protection(extractor, text, act):
    codes = _codes(extractor, text)
    other = ("deployment", "154") if act[0] == "peacekeeping" else ("peacekeeping", "074")
    assert act in codes and other not in codes, codes


CAPTIVES_SENT_HOME = {
    # captives sent, shipped or flown home or back are freed to their country (0841)
    "Iraq sent home 1,000 Iranian prisoners of war through the Red Cross on Sunday.": "IRQ",
    "Vietnam flew back 30 Chinese prisoners captured in the border war.": "VNM",
}


@pytest.mark.parametrize(("text", "country"), CAPTIVES_SENT_HOME.items())
def test_prisoners_sent_home_are_released(extractor, text, country):
    freed = [e for e in _live(extractor, text) if e["cameo"] == "0841"]
    assert freed and [a["country"] for a in freed[0]["actors"]] == [country]


def test_refugees_sent_back_stay_deported(extractor):
    codes = _codes(extractor, "Thailand sent back 2,000 Cambodian refugees on Monday.")
    assert ("coercion", "174") in codes and not any(c == "0841" for _, c in codes), codes


def test_recognising_someone_as_president_is_recognition(extractor):
    text = "Washington recognised Guillermo Endara as Panama's president on Wednesday."
    assert ("support", "054") in _codes(extractor, text)
