"""Classes of errors read off CAMEO batch 32 (benchmarks/data/cameo_own31.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "1995-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)

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
    # a reported mood adjective whose clause names parties, their leaders, talks or accord:
    # 013 (the verb 'hope' is left unread: in whole articles it is mostly no event)
    "Kenyan President Daniel arap Moi said he was confident that the Sudanese government "
    "would sign the peace accord next month.": "KEN",
    "Nepal's prime minister said on Friday he was hopeful the Maoist rebels would return to "
    "the talks.": "NPL",
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
    "The finance minister said he was hopeful exports would recover in the spring.",
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


SPECULATED_ONSETS = [
    # a hostile act named by a noun that 'could', 'might' or 'may' begin: a guess
    "A Ukrainian counter-offensive in the south could begin within weeks, analysts said.",
    "A Turkish ground offensive in northern Syria may start at any time, diplomats said.",
]


@pytest.mark.parametrize("text", SPECULATED_ONSETS)
def test_an_offensive_that_could_begin_is_no_attack(extractor, text):
    assert _live(extractor, text) == []


def test_an_offensive_that_began_is_an_attack(extractor):
    assert ("attack", "190") in _codes(extractor, "Israel's ground offensive began on Sunday.")


MISSIONS_ORDERED_OUT = [
    # a mission, peacekeepers or envoys ordered out of the country are expelled (166)
    "Mali's junta ordered the U.N. peacekeeping mission out of the country on Friday.",
    "Eritrea ordered the American peacekeepers out of the country on Tuesday.",
]


@pytest.mark.parametrize("text", MISSIONS_ORDERED_OUT)
def test_a_mission_ordered_out_of_the_country_is_expelled(extractor, text):
    assert ("sanction", "166") in _codes(extractor, text)


def test_lifting_a_suspension_is_a_concession(extractor):
    codes = _codes(extractor, "The African Union lifted the suspension of Guinea on Thursday.")
    assert ("concession", "081") in codes


HARM_OF_A_BLOW = [
    # what an armed blow cut, told in a participle clause, is no sanction
    "Russian missiles struck power plants across Ukraine overnight, cutting electricity in Kyiv.",
    "Rebel gunners shelled the town on Monday, cutting the main road to the capital.",
]


@pytest.mark.parametrize("text", HARM_OF_A_BLOW)
def test_what_a_blow_cut_is_no_sanction(extractor, text):
    codes = _codes(extractor, text)
    assert codes and all(t != "sanction" for t, _ in codes), codes


def test_an_ultimatum_with_a_date_between_its_parts_is_a_threat(extractor):
    text = (
        "Rebel leader Laurent Kabila gave President Mobutu Sese Seko eight days on Monday to step "
        "down or face an assault on Kinshasa."
    )
    assert [t for t, _ in _codes(extractor, text)] == ["threat"]
