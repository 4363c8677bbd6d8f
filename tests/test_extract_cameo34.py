"""Classes of errors read off CAMEO batch 34 (benchmarks/data/cameo_own33.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "1990-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


HOSTAGE_TAKINGS = [
    # 'hostage' after the object, which the parser hangs as a clause or a conjunct
    "Tupac Amaru guerrillas took dozens of diplomats hostage at the residence in Lima.",
    "Gunmen took some 40 passengers and crew hostage aboard the ferry.",
    # people seized after a raid: the hostage-taking is the act CAMEO codes, not the raid
    "Rebels stormed the hotel on Friday and took 40 guests hostage.",
    "Gunmen raided the consulate and kidnapped three diplomats.",
]


@pytest.mark.parametrize("text", HOSTAGE_TAKINGS)
def test_people_taken_hostage_are_abducted(extractor, text):
    codes = _codes(extractor, text)
    assert ("attack", "181") in codes and ("attack", "190") not in codes, codes


def test_a_killing_with_an_abduction_keeps_its_ranking(extractor):
    codes = _codes(extractor, "Gunmen kidnapped and killed a diplomat in Beirut.")
    assert ("attack", "181") in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Iraq invaded Kuwait on August 2.",
        "Vietnamese troops invaded Cambodia in December 1978.",
    ],
)
def test_a_state_or_ground_invaded_is_occupied(extractor, text):
    codes = _codes(extractor, text)
    assert ("occupation", "192") in codes and ("attack", "190") not in codes, codes


def test_a_market_invaded_is_no_event(extractor):
    assert not _live(extractor, "Japanese carmakers will invade the European market.")


def test_a_simple_past_hung_on_its_subject_is_the_verb(extractor):
    text = "The militiamen handed over their weapons to a U.N. commission on Saturday."
    assert ("withdrawal", "0873") in _codes(extractor, text)


RELIEF_CONVOYS = {
    "A convoy of Red Cross lorries carrying flour reached the besieged town on Sunday.": "NGO",
    "A U.N. convoy carrying food and blankets arrived in Kuito on Monday.": "IGO",
    "An aid convoy arrived in Sarajevo on Tuesday.": None,
}


@pytest.mark.parametrize(("text", "who"), RELIEF_CONVOYS.items())
def test_relief_convoys_arriving_deliver_aid(extractor, text, who):
    aid = [e for e in _live(extractor, text) if e["cameo"] == "073"]
    assert aid, _codes(extractor, text)
    if who is not None:
        assert aid[0]["actors"] and (aid[0]["actors"][0]["code"] or "").startswith(who), aid


def test_an_army_convoy_arriving_is_no_event(extractor):
    assert not _live(extractor, "An army convoy reached the town on Monday.")


def test_a_protest_broken_up_was_held(extractor):
    codes = _codes(extractor, "Riot police broke up an opposition rally in Lagos with tear gas.")
    assert ("attack", "175") in codes and ("protest", "141") in codes, codes


def test_a_protest_fired_on_stays_the_repression(extractor):
    codes = _codes(extractor, "Soldiers fired on a demonstration in Mandalay on Monday.")
    assert ("protest", "141") not in codes, codes


CONSIDERED_POLICIES = [
    "The Kenyan government is considering an amnesty for the rebels, a spokesman said.",
    "Seoul is considering the release of 200 political prisoners, officials said.",
    "Burma is considering opening the border areas to foreign reporters, an official said.",
]


@pytest.mark.parametrize("text", CONSIDERED_POLICIES)
def test_a_policy_considered_is_a_policy_option(extractor, text):
    assert ("statement", "014") in _codes(extractor, text)


def test_a_thing_considered_a_mistake_is_no_option(extractor):
    codes = _codes(extractor, "He considered the release of the film a mistake.")
    assert ("statement", "014") not in codes, codes
