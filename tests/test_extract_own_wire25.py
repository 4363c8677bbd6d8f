"""Classes of the twenty-fifth own-wire study (ten whole articles written in 2002-07 wire style
on world diplomacy and conflict of 2004-06, ``benchmarks/data/own_wire25.*``): rockets fired at
a place are an armed attack, not artillery fire; a group of no named country that fires rockets
into another country than the dateline's stands on the dateline's side; a bomb of no named doer
told in a clause of time ('a day after a car bomb killed …') is news of its own; captured
soldiers are seized by force (CAMEO 181), not land taken; captives handed over are freed; a ship banned from a
state's ports is a sanction; Somalia's Islamic courts are a Somali armed group; towns of Gaza,
south Lebanon and Somalia; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, only_event

PUB = "2006-07-05T12:00:00Z"


def _only(extractor, text: str, etype: str, pub: str = PUB) -> dict:
    """The one event of ``etype`` the text gives."""
    return only_event(extractor, text, etype, pub)


def test_rockets_fired_at_a_place_are_an_attack(extractor):
    text = "BEIRUT, July 5 - Guerrillas fired 30 rockets into northern Israel on Tuesday."
    attack = _only(extractor, text, "attack")
    assert country_codes(attack["actors"]) == {"LBN"}
    assert attack["date"]["value"] == "2006-07-04"
    assert events_of_type(extract_events(extractor, text, PUB), "shelling") == []
    # mortar shells stay artillery fire
    text = "BEIRUT, July 5 - Guerrillas fired mortar shells at an army post on Tuesday."
    assert _only(extractor, text, "shelling")["date"]["value"] == "2006-07-04"


def test_stand_off_fire_into_another_country_comes_from_the_dateline_side(extractor):
    text = (
        "GAZA, July 5 - Militants fired four rockets into the Israeli town of Sderot on "
        "Tuesday, wounding a woman."
    )
    attack = _only(extractor, text, "attack")
    assert country_codes(attack["actors"]) == {"PSE"}
    assert country_codes(attack["targets"]) == {"ISR"}
    # told from the struck country, the group stays where it struck
    text = "JERUSALEM, July 5 - Militants fired rockets into the town of Sderot on Tuesday."
    assert country_codes(_only(extractor, text, "attack")["actors"]) == {"ISR"}


def test_a_bomb_of_no_named_doer_in_a_clause_of_time_is_news(extractor):
    text = (
        "BAGHDAD, July 5 - Police detained 30 suspects on Wednesday, a day after a car bomb "
        "killed 12 policemen in the northern city of Mosul."
    )
    blast = _only(extractor, text, "attack")
    assert blast["date"]["value"] == "2006-07-04"
    assert country_codes(blast["targets"]) == {"IRQ"}
    assert len(events_of_type(extract_events(extractor, text, PUB), "coercion")) == 1


def test_captured_soldiers_are_seized_by_force_not_land_taken(extractor):
    text = (
        "BEIRUT, July 5 - Guerrillas crossed the border on Tuesday and captured three "
        "Israeli soldiers."
    )
    capture = _only(extractor, text, "attack")
    assert country_codes(capture["actors"]) == {"LBN"}
    assert country_codes(capture["targets"]) == {"ISR"}
    assert events_of_type(extract_events(extractor, text, PUB), "occupation") == []


def test_captives_handed_over_are_freed(extractor):
    text = "TBILISI, July 5 - Georgia handed over three Russian officers to Moscow on Tuesday."
    freed = _only(extractor, text, "concession")
    assert country_codes(freed["actors"]) == {"GEO"}
    assert country_codes(freed["targets"]) == {"RUS"}
    text = "LONDON, July 5 - The bank handed its report to the regulator on Tuesday."
    assert extract_events(extractor, text, PUB) == []


def test_a_ship_banned_from_a_states_ports_is_a_sanction(extractor):
    text = "TOKYO, July 5 - Japan banned a North Korean cargo ship from its ports on Tuesday."
    ban = _only(extractor, text, "sanction")
    assert country_codes(ban["actors"]) == {"JPN"}
    assert country_codes(ban["targets"]) == {"PRK"}
    assert events_of_type(extract_events(extractor, text, PUB), "coercion") == []
    # banning a party at home stays coercion
    text = "TOKYO, July 5 - The government banned the opposition party on Tuesday."
    assert events_of_type(extract_events(extractor, text, PUB), "sanction") == []


def test_the_islamic_courts_are_a_somali_armed_group(extractor):
    text = (
        "NAIROBI, July 5 - Fighters of the Islamic courts attacked Ethiopian troops near "
        "Baidoa on Tuesday."
    )
    attack = _only(extractor, text, "attack")
    assert country_codes(attack["actors"]) == {"SOM"}
    assert country_codes(attack["targets"]) == {"ETH"}


def test_towns_of_gaza_south_lebanon_and_somalia(extractor):
    text = "CAIRO, July 5 - Israeli troops raided Beit Lahiya on Tuesday."
    assert _only(extractor, text, "attack")["location"]["country"] == "PSE"
    text = "CAIRO, July 5 - Israeli jets bombed Bint Jbeil on Tuesday."
    assert _only(extractor, text, "airstrike")["location"]["country"] == "LBN"
    text = "NAIROBI, July 5 - Ethiopian troops shelled Beledweyne on Tuesday."
    assert _only(extractor, text, "shelling")["location"]["country"] == "SOM"


def test_own_wire25_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire25")
    assert summary["recall"] >= 0.85
    assert summary["precision"] >= 0.6
