"""Classes of errors read off CAMEO batch 36 (benchmarks/data/cameo_own35.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import country_codes, live_events, type_cameos

PUB = "2012-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


def test_an_inquiry_into_a_killing_at_home_is_kept(extractor):
    # prosecutors investigating a violent crime at home: the state's justice at work
    texts = (
        "Libyan prosecutors opened a criminal investigation on Sunday into the killing of "
        "demonstrators in Benghazi.",
        "Lebanese prosecutors launched an inquiry into the assassination of the former minister.",
    )
    for text in texts:
        found = [e for e in _live(extractor, text) if (e["cameo"] or "").startswith("09")]
        assert found, (text, _codes(extractor, text))


def test_an_inquiry_into_a_matter_at_home_stays_politics(extractor):
    text = (
        "Libyan prosecutors opened an investigation on Sunday into the accounts of the "
        "football federation in Benghazi."
    )
    assert not [c for c in _codes(extractor, text) if c[1].startswith("09")]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # missiles fired into the sea hit no one: a show of force; rockets into a country do
        (
            "Pyongyang fired three short-range missiles into the sea off its west coast on Monday.",
            ("military_exercise", "150"),
            ("attack", "190"),
        ),
        ("Hamas fired rockets into southern Israel on Monday.", ("attack", "190"), None),
        # security forces raiding offices at home repress, no armed attack
        (
            "Bahraini security forces raided the offices of an opposition newspaper in Manama.",
            ("coercion", "170"),
            ("attack", "190"),
        ),
        # an aircraft shot down is brought down by military force
        (
            "Syrian F-16s shot down a Turkish reconnaissance jet over the Mediterranean on Friday.",
            ("attack", "190"),
            ("attack", "180"),
        ),
    ],
)
def test_armed_acts_are_typed_by_what_they_hit(extractor, text, wanted, unwanted):
    codes = _codes(extractor, text)
    assert wanted in codes and unwanted not in codes, codes


def test_a_state_firm_acts_for_its_state(extractor):
    text = (
        "Naftogaz threatened on Monday to halt gas transit to Europe unless Moscow paid its fees."
    )
    threats = [e for e in _live(extractor, text) if e["type"] == "threat"]
    assert threats and country_codes(threats[0]["actors"]) == {"UKR"}, _codes(extractor, text)
    text = "Venezuela's state oil company stopped selling crude to American refiners on Friday."
    found = [e for e in _live(extractor, text) if e["type"] == "sanction"]
    assert found and country_codes(found[0]["actors"]) == {"VEN"}, _codes(extractor, text)


def test_a_private_firm_stopping_sales_is_business(extractor):
    text = "Toyota stopped selling cars to Russian dealers on Friday."
    assert not [c for c in _codes(extractor, text) if c[0] == "sanction"]


def test_a_nerve_agent_used_is_mass_violence(extractor):
    text = "Iraqi troops used sarin against Kurdish villages in 1988, investigators concluded."
    assert ("mass_violence", "204") in _codes(extractor, text)
    text = "The army used chemical weapons against the rebel-held suburbs, the inspectors said."
    assert [c for c in _codes(extractor, text) if c[1].startswith("204")]
