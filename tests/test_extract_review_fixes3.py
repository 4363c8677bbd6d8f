"""Rules of one round that fired wider than their purpose: a marketplace struck is no traded
thing, arms the weapon lists lack are still arms when fired or hurled, a party's members
fighting with weapons are a clash, and a broadcaster's city names no state for bare rebels.
Sentences written for the test."""

from __future__ import annotations

from stream.extract import Article

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1993-04-12T08:00:00Z"))


def _armed(extractor, text: str) -> list[dict]:
    return [e for e in _extract(extractor, text) if e["type"] in ARMED]


# ------------------------------------------------------------ a marketplace is no traded thing


def test_a_marketplace_struck_with_no_doer_stays_an_armed_act(extractor):
    for text in (
        "The central market of Sarajevo was shelled again on Thursday.",
        "The main fruit market was shelled in Kabul on Sunday.",
    ):
        assert _armed(extractor, text), text


def test_a_market_of_traded_things_struck_is_still_market_news(extractor):
    for text in (
        "The currency market was attacked again on Thursday after the budget.",
        "Government bonds were slaughtered in thin trading on Tuesday.",
    ):
        assert not _armed(extractor, text), text


# ------------------------------------------------------------ arms fired or hurled


def test_arms_missing_from_the_weapon_lists_stay_arms_when_fired(extractor):
    for text in (
        "Settlers hurled firebombs at a Palestinian taxi near Hebron on Saturday.",
        "Masked men hurled explosives at the French consulate in Algiers.",
        "Soldiers fired buckshot at stone-throwing youths in Nablus on Sunday.",
    ):
        assert _armed(extractor, text), text


def test_words_figures_and_balls_fired_are_no_shots(extractor):
    for text in (
        "The senator fired questions at the defence minister for an hour.",
        "Both leaders fired statistics on jobs at each other in the debate.",
        "The striker fired a low shot past the keeper and then fired a free kick at the wall.",
    ):
        assert not [e for e in _armed(extractor, text) if e["actors"]], text


# ------------------------------------------------------------ fights at home with weapons


def test_party_members_fighting_with_weapons_are_a_clash(extractor):
    for text in (
        "Members of the governing party fought members of the opposition party with clubs "
        "and machetes in Lusaka on Saturday.",
        "Members of the ruling party and of the opposition fought each other with knives "
        "and iron bars in Nairobi on Monday.",
    ):
        assert [e for e in _armed(extractor, text) if e["type"] == "clash"], text


def test_offices_of_one_state_fighting_in_words_stay_politics_at_home(extractor):
    for text in (
        "Two cabinet ministers are fighting each other over the farm budget.",
        "The Senate battled the White House all spring over the arms sale.",
    ):
        assert not _armed(extractor, text), text


# ------------------------------------------------------------ armed men named by a speaker's word


def test_opposition_gunmen_attacking_stay_an_armed_attack(extractor):
    for text in (
        "Opposition militiamen attacked supporters of the president in Kinshasa on Saturday.",
        "Opposition gunmen attacked the governor's guards in Bukavu on Monday.",
    ):
        events = _extract(extractor, text)
        assert [e for e in events if e["type"] == "attack"], text
        assert not [e for e in events if e["type"] == "accusation"], text


def test_opposition_leaders_attacking_in_words_stay_criticism(extractor):
    text = "Opposition leaders attacked the finance minister's handling of the debt on Monday."
    events = _extract(extractor, text)
    assert not _armed(extractor, text)
    assert [e for e in events if e["type"] == "accusation"]


# ------------------------------------------------------------ players struck by armed men


def test_gunmen_attacking_a_goalkeeper_is_an_armed_attack(extractor):
    text = "Masked gunmen attacked the national goalkeeper outside his home in Medellin."
    assert _armed(extractor, text), text


def test_a_side_attacking_the_bowlers_is_a_game(extractor):
    text = "England will attack the Pakistani bowlers from the first over in Karachi."
    assert not _armed(extractor, text), text


# ------------------------------------------------------------ a broadcaster's city


def test_a_broadcaster_city_gives_bare_rebels_no_state(extractor):
    text = "Baghdad radio said on Friday that the rebels had attacked a police post."
    armed = _armed(extractor, text)
    assert armed and all(a["country"] != "IRQ" for e in armed for a in e["actors"])


def test_bare_rebels_of_a_story_about_one_state_keep_it(extractor):
    text = (
        "Peru's president renewed the state of emergency in Ayacucho on Monday. "
        "The guerrillas dynamited a bridge outside Ayacucho on Tuesday."
    )
    armed = _armed(extractor, text)
    assert armed and {a["country"] for e in armed for a in e["actors"]} == {"PER"}
