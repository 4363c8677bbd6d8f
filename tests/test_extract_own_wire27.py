"""Classes of the twenty-seventh own-wire study (ten whole articles written in 2001-2012
Reuters and AP wire style on world diplomacy and conflict of 2003-2012,
``benchmarks/data/own_wire27.*``): AP's spelling 'cease-fire', and a truce that holds 'in' a
state; a weapon a launching participle names the launcher of; troops poured into a place; a
vow of countermeasures; a call 'by telephone' told in the perfect; forces loyal to a leader;
an attack the subject only regrets or studies; towns of the wars of 2008-2012 the gazetteer lacked; and the set's
score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, only_event

PUB = "2011-05-12T12:00:00Z"


def _act(extractor, text: str, etype: str, doers: set[str], struck: set[str]) -> dict:
    """The one event of ``etype`` the text gives, checked for its doers' and targets' states."""
    event = only_event(extractor, text, etype, PUB)
    assert country_codes(event["actors"]) == doers
    assert country_codes(event["targets"]) == struck
    return event


def test_a_cease_fire_as_ap_spells_it_and_the_state_it_holds_in(extractor):
    text = "SANAA, Yemen (AP) -- A cease-fire took hold in Yemen on Wednesday, officials said."
    truce = _act(extractor, text, "ceasefire", set(), {"YEM"})
    assert truce["date"]["value"] == "2011-05-11"
    text = "A truce between the army and the tribesmen went into effect in Yemen on Tuesday."
    assert only_event(extractor, text, "ceasefire", PUB)["date"]["value"] == "2011-05-10"
    text = "Sudan and South Sudan agreed to a cease-fire on Monday."
    assert events_of_type(extract_events(extractor, text, PUB), "agreement") != []
    # a truce only said to hold is no news
    text = "The cease-fire in Gaza appeared to be holding on Tuesday."
    assert events_of_type(extract_events(extractor, text, PUB), "ceasefire") == []
    # fire alone is still a shot fired
    text = "Troops opened fire on protesters in Deraa on Monday."
    assert events_of_type(extract_events(extractor, text, PUB), "ceasefire") == []


def test_a_weapon_launched_by_a_party_is_its_blow(extractor):
    text = "A missile fired by a U.S. drone killed five militants in Pakistan on Tuesday."
    attack = _act(extractor, text, "attack", {"USA"}, {"PAK"})
    assert attack["date"]["value"] == "2011-05-10"
    # a weapon someone only supplied is not the supplier's blow
    text = "Rockets supplied by Iran killed two soldiers in Afghanistan on Tuesday."
    events = extract_events(extractor, text, PUB)
    assert all("IRN" not in country_codes(e["actors"]) for e in events), events


def test_troops_poured_into_a_place_are_deployed(extractor):
    text = "Moscow poured more troops into Abkhazia on Tuesday."
    _act(extractor, text, "deployment", {"RUS"}, {"GEO"})
    text = "The government poured money into the railways on Tuesday."
    assert events_of_type(extract_events(extractor, text, PUB), "deployment") == []


def test_a_vow_of_countermeasures_is_a_threat(extractor):
    text = "Japan's prime minister vowed tough countermeasures against North Korea on Tuesday."
    _act(extractor, text, "threat", {"JPN"}, {"PRK"})
    assert events_of_type(extract_events(extractor, text, PUB), "pledge") == []


def test_towns_of_the_wars_of_2008_to_2012(extractor):
    text = "South Sudanese troops seized Heglig on Tuesday."
    seized = _act(extractor, text, "occupation", {"SSD"}, {"SDN"})
    assert seized["location"]["country"] == "SDN"
    text = "Russian warplanes bombed the port of Poti on Tuesday."
    strike = only_event(extractor, text, "airstrike", PUB)
    assert strike["location"]["country"] == "GEO"


def test_a_call_told_in_the_perfect_is_the_callers(extractor):
    text = (
        "The White House said President Barack Obama had spoken by telephone with "
        "Lee Myung-bak on Tuesday."
    )
    call = _act(extractor, text, "call", {"USA"}, {"KOR"})
    assert call["date"]["value"] == "2011-05-10"


def test_forces_loyal_to_a_leader_are_his_states(extractor):
    text = "Fighters loyal to Alassane Ouattara attacked the town of Duekoue on Tuesday."
    _act(extractor, text, "attack", {"CIV"}, {"CIV"})
    text = "Troops loyal to Muammar Gaddafi shelled the port of Misrata on Tuesday."
    _act(extractor, text, "shelling", {"LBY"}, {"LBY"})


def test_an_act_the_subject_only_weighs_is_not_its_own(extractor):
    for text in (
        "France said it regretted the attack.",
        "Russia's Foreign Ministry said it was studying the legality of the strikes.",
    ):
        events = extract_events(extractor, text, PUB)
        assert events_of_type(events, "attack") == [], events
    # its own act, or one it carried out, stays its own
    text = "Israel carried out the attack on Tuesday."
    _act(extractor, text, "attack", {"ISR"}, set())


def test_own_wire27_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire27")
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.62
