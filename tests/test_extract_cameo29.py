"""Classes of errors read off CAMEO batch 29 (benchmarks/data/cameo_own28.jsonl), the dev
tune half and the batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "1992-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


CODED = {
    # 'agreed to extend their ceasefire': the truce declared for a new term, not an intent
    "The Angolan government and UNITA agreed on Monday to extend their truce by a month.": [
        ("ceasefire", "0871")
    ],
    "The Sudanese army and the SPLA extended their ceasefire by three months on Sunday.": [
        ("ceasefire", "0871")
    ],
    # agreeing to a new truce keeps the intent code it had
    "The Angolan government and UNITA agreed to a ceasefire on Monday.": [("agreement", "0356")],
}


@pytest.mark.parametrize(("text", "wanted"), CODED.items())
def test_truce_extensions(extractor, text, wanted):
    assert _codes(extractor, text) == wanted


def test_a_deadline_with_air_strikes_as_penalty_is_a_threat(extractor):
    """'gave X ten days to … or face air strikes': an ultimatum, also when the penalty is
    strikes or an invasion."""
    text = (
        "Washington gave the Iraqi government a week to readmit the inspectors or face air strikes."
    )
    events = _live(extractor, text)
    assert [e["type"] for e in events] == ["threat"]
    assert [a["country"] for a in events[0]["actors"]] == ["USA"]
    assert [t["country"] for t in events[0]["targets"]] == ["IRQ"]


def test_a_bloc_named_by_its_acronym_sets_a_deadline(extractor):
    """'ECOWAS gave the junta a week to … or face military action': the bloc threatens the
    junta though the parser tags neither as a named party."""
    text = (
        "SADC gave Lesotho's military junta one week to restore the king or face military action."
    )
    events = _live(extractor, text)
    assert [e["type"] for e in events] == ["threat"]
    assert [t["country"] for t in events[0]["targets"]] == ["LSO"]


def test_an_army_sets_a_deadline_for_surrender(extractor):
    text = "The army gave the rebels 48 hours to surrender or face an assault on their camps."
    assert [e["type"] for e in _live(extractor, text)] == ["threat"]
