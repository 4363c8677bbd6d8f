"""Classes of errors read off CAMEO batch 32 (benchmarks/data/cameo_own31.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

import pytest
from test_extract_cameo31 import _codes, _live

RIVER_BANKS = [
    # a river's bank is a shore, no commercial lender the act is done with
    "Iraqi troops completed their withdrawal from the west bank of the Tigris on Friday.",
    "Syrian forces withdrew from the banks of the Euphrates on Sunday.",
]


@pytest.mark.parametrize("text", RIVER_BANKS)
def test_a_withdrawal_from_a_river_bank_is_a_withdrawal(extractor, text):
    assert ("withdrawal", "0874") in _codes(extractor, text)


def test_talks_with_banks_stay_business(extractor):
    assert _live(extractor, "Yugoslavia has begun talks with banks on rescheduling its debt.") == []


DECLINED_ON_A_MATTER = [
    # declining comment on a matter the sentence spells out is CAMEO 011
    "The Turkish foreign ministry declined to comment on Monday on reports that Ankara had "
    "opened talks with Damascus.",
    "A spokesman for the Chilean embassy declined to comment on the expulsion of its military "
    "attache from Lima.",
]


@pytest.mark.parametrize("text", DECLINED_ON_A_MATTER)
def test_declining_comment_on_a_matter_is_a_statement(extractor, text):
    assert ("statement", "011") in _codes(extractor, text)


HOPES_OF_PARTIES = {
    # a reported mood word whose clause names parties, their leaders, talks or accord: 013
    "Kenyan President Daniel arap Moi said he was confident that the Sudanese government "
    "would sign the peace accord next month.": "KEN",
    "Nepal's prime minister said on Friday he hoped the Maoist rebels would return to the "
    "talks.": "NPL",
}


@pytest.mark.parametrize(("text", "country"), HOPES_OF_PARTIES.items())
def test_a_hope_said_of_parties_is_an_optimistic_comment(extractor, text, country):
    events = [e for e in _live(extractor, text) if e["cameo"] == "013"]
    assert events and [a["country"] for a in events[0]["actors"]] == [country]


NOTHING_SAID = [
    # a bare 'declined to comment', a mood of no party
    "A Pentagon spokesman declined to comment on the report.",
    "The ministry declined to comment.",
    "The finance minister said he was confident inflation would fall next year.",
    "Officials are confident the pact will work.",
    "The finance minister said he hoped exports would recover in the spring.",
]


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_a_bare_no_comment_or_a_hope_of_no_party_is_no_event(extractor, text):
    assert _live(extractor, text) == []


AS_RECALLED = [
    # a bare 'as promised', 'as agreed' clause recalls an act, no act of its own
    "Thai leaders demanded on Sunday that the junta hold elections by next year as promised.",
    "The opposition demanded that the army return to barracks as agreed.",
]


@pytest.mark.parametrize("text", AS_RECALLED)
def test_as_promised_is_no_pledge(extractor, text):
    codes = _codes(extractor, text)
    assert codes and all(t == "demand" for t, _ in codes), codes


def test_the_lima_group_is_an_international_body(extractor):
    events = _live(
        extractor, "The Lima Group demanded on Monday that Caracas free all political prisoners."
    )
    assert events and all(a["code"].startswith("IGO") for a in events[0]["actors"]), events
