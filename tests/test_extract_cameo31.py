"""Classes of errors read off CAMEO batch 31 (benchmarks/data/cameo_own30.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import live_events, type_cameos

PUB = "1995-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


WORKPLACE_STRIKES = {
    # a crowd named by its workplace: the town the workplace stands in gives its country
    "Workers at a cement plant in Karachi went on strike on Monday.": "PAK",
    "Workers at a steel mill near Johannesburg went on strike on Monday.": "ZAF",
    "Dockers at the port in Antwerp went on strike on Tuesday.": "BEL",
}


@pytest.mark.parametrize(("text", "country"), WORKPLACE_STRIKES.items())
def test_workers_at_a_workplace_in_a_town_strike_for_its_country(extractor, text, country):
    events = _live(extractor, text)
    assert [(e["type"], e["cameo"]) for e in events] == [("protest", "143")]
    assert [a["country"] for a in events[0]["actors"]] == [country]


NO_INTENTION_OF = [
    # 'no intention of' + gerund negates the act as 'no plans to' + infinitive does
    "Officials in Accra said Ghana had no intention of sending troops to Togo.",
    "Turkey has no intention of closing its border with Georgia, the minister said.",
]


@pytest.mark.parametrize("text", NO_INTENTION_OF)
def test_no_intention_of_doing_it_is_no_act(extractor, text):
    assert _live(extractor, text) == []


def test_an_intention_of_doing_it_is_still_an_act_planned(extractor):
    events = _live(extractor, "Ghana announced its intention of sending troops to Togo.")
    assert ("deployment", "154") in [(e["type"], e["cameo"]) for e in events]


HOMES_ATTACKED = [
    # armed men attacking a home, house or convoy strike it; no criticism of the person
    "Gunmen attacked the home of an opposition leader in Lagos on Sunday.",
    "Rebels attacked the convoy of the provincial governor near Jalalabad.",
]


@pytest.mark.parametrize("text", HOMES_ATTACKED)
def test_attacking_a_home_or_convoy_is_no_criticism(extractor, text):
    types = [e["type"] for e in _live(extractor, text)]
    assert "accusation" not in types
    assert types


def test_attacking_a_leaders_policy_is_still_criticism(extractor):
    assert _codes(
        extractor, "The opposition leader attacked the government's policy on Tuesday."
    ) == [("accusation", "111")]


HANDED_TO_A_TRIBUNAL = {
    # a person handed or transferred to a tribunal or court: judicial cooperation (063)
    "Kenya handed over a former Rwandan minister to the U.N. tribunal in Arusha.": "KEN",
    "Belgrade transferred a former army general to the war crimes tribunal in The Hague.": "SRB",
}


@pytest.mark.parametrize(("text", "country"), HANDED_TO_A_TRIBUNAL.items())
def test_a_person_handed_to_a_tribunal_is_judicial_cooperation(extractor, text, country):
    events = [e for e in _live(extractor, text) if e["cameo"] == "063"]
    assert [[a["country"] for a in e["actors"]] for e in events] == [[country]]


def test_a_case_sent_to_a_court_is_no_cooperation(extractor):
    assert _codes(extractor, "The prosecutor sent the case to the supreme court.") == []


AS_LONG_AS = [
    # the act in an 'as long as' / 'so long as' clause is the condition of a stance, no act
    "The minister said there could be no peace as long as Iraqi troops occupied Kuwait.",
    "Asmara said talks were pointless as long as Ethiopian troops stayed in Zalambessa.",
]


@pytest.mark.parametrize("text", AS_LONG_AS)
def test_an_act_as_long_as_which_a_stance_holds_is_no_event(extractor, text):
    types = {e["type"] for e in _live(extractor, text)}
    assert not types & {"occupation", "deployment"}


RISKED_PENALTIES = [
    # telling a party that it risks or faces arrest or death: a threat by the warner
    "Kenyan police warned strikers that they faced arrest if they blocked the port.",
    "The Burmese army warned monks that they risked losing their lives if they marched again.",
]


@pytest.mark.parametrize("text", RISKED_PENALTIES)
def test_warning_a_party_that_it_risks_a_penalty_is_a_threat(extractor, text):
    assert [e["type"] for e in _live(extractor, text)] == ["threat"]


def test_a_warning_of_harm_to_no_one_warned_is_no_threat(extractor):
    text = "UNICEF warned that children risked losing their lives to cholera."
    assert "threat" not in [e["type"] for e in _live(extractor, text)]


DRIVEN_FROM_HOMES = [
    # armed forces driving people from their homes or villages: mass expulsion (201)
    "Government troops drove thousands of Karen villagers from their homes.",
    "Militiamen forced some 5,000 people to flee their villages in Darfur.",
]


@pytest.mark.parametrize("text", DRIVEN_FROM_HOMES)
def test_forces_driving_people_from_their_homes_expel_them(extractor, text):
    assert ("mass_violence", "201") in _codes(extractor, text)


def test_a_flood_driving_people_from_their_homes_is_no_expulsion(extractor):
    text = "Floods drove 30,000 people from their homes in northern Bangladesh."
    assert ("mass_violence", "201") not in _codes(extractor, text)
