"""Classes of the twenty-fourth own-wire study (ten whole articles written in 1987-89 wire style
on the Middle East outside the Gulf war and Africa, ``benchmarks/data/own_wire24.*``): jets that
'rocket' a target strike it from the air; a place in a state not yet independent on the
article's day lies in the state it was part of then; the Eritrean and Tigrean fronts are parties of their lands; a border named with a
national adjective beside an act ('near the Kenyan border') names the neighbour, not where the
act was; only rebels, not a state's force, place an unknown town in their own country; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1988-03-09T12:00:00Z"


def _only(extractor, text: str, etype: str, pub: str = PUB) -> dict:
    """The one event of ``etype`` the text gives."""
    found = events_of_type(extract_events(extractor, text, pub), etype)
    assert len(found) == 1, text
    return found[0]


def test_jets_that_rocket_a_target_strike_it_from_the_air(extractor):
    text = (
        "BEIRUT, March 9 - Israeli helicopter gunships rocketed a Palestinian guerrilla base "
        "near Tyre today."
    )
    raid = _only(extractor, text, "airstrike")
    assert country_codes(raid["actors"]) == {"ISR"}
    assert raid["date"]["value"] == "1988-03-09"
    # prices that rocket strike nothing
    text = "LONDON, March 9 - Coffee prices rocketed today after the frost."
    assert extract_events(extractor, text, PUB) == []


def test_a_place_in_a_state_not_yet_independent_lies_in_its_parent_state(extractor):
    text = "KHARTOUM, March 9 - Rebels shelled the town of Juba on Monday, killing four soldiers."
    shelling = _only(extractor, text, "shelling")
    assert shelling["location"]["country"] == "SDN"
    later = _only(extractor, text, "shelling", "2014-03-09T12:00:00Z")
    assert later["location"]["country"] == "SSD"
    text = "ADDIS ABABA, March 9 - Guerrillas shelled the port of Massawa on Monday."
    assert _only(extractor, text, "shelling")["location"]["country"] == "ETH"


def test_the_eritrean_and_tigrean_fronts_are_parties_of_their_lands(extractor):
    text = "KHARTOUM, March 9 - The EPLF shelled an army garrison near Keren on Monday."
    assert country_codes(_only(extractor, text, "shelling")["actors"]) == {"ERI"}
    text = (
        "KHARTOUM, March 9 - The Tigray People's Liberation Front ambushed an army convoy "
        "on Monday."
    )
    assert country_codes(_only(extractor, text, "attack")["actors"]) == {"ETH"}


def test_a_border_named_beside_an_act_names_the_neighbour(extractor):
    text = (
        "KAMPALA, March 9 - Ugandan troops attacked rebel positions near the Kenyan border "
        "on Monday."
    )
    attack = _only(extractor, text, "attack")
    assert country_codes(attack["targets"]) == set()
    assert attack["location"]["country"] == "UGA"


def test_a_state_force_striking_an_unknown_town_does_not_place_it_at_home(extractor):
    text = "JOHANNESBURG, March 9 - South African artillery shelled positions near Xangongo."
    assert _only(extractor, text, "shelling")["location"]["country"] is None
    # rebels fight in their own country
    text = "MANAGUA, March 9 - Contra rebels ambushed an army truck near Jinotega on Monday."
    assert _only(extractor, text, "attack")["location"]["country"] == "NIC"


def test_own_wire24_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire24")
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.7
