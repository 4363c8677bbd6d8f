"""Classes of the eighth world-news precision study (issue 10: twelve more whole articles in 1987
wire style where real events are few, ``benchmarks/data/own_world8.*``): an attack on a fire or
a meal is no blow, an explosion in a crater is the earth's, a summit closed to walkers is a
mountain's top, an attack on an ill led by a minister is policy, paintings withdrawn from a
sale are no troops, a film or inmates in a jail are no party to an armed act, industrial action
threatened is a labour dispute, scholars opening a seminar and a mock summit are no talks, a
battle for recruits is a contest of employers, an act told in a film's scene is its story, a
minister receiving a lobby's delegation at home makes no visit, praise of a film is a review;
and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_an_attack_on_a_fire_or_a_meal_is_no_blow(extractor):
    for text in (
        "Firemen attacked the blaze from three sides with foam and water.",
        "The hungry climbers attacked their breakfast of porridge and tea.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Iraqi jets attacked the Iranian oil terminal at Kharg Island on Monday."
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"IRQ"}


def test_an_explosion_in_a_crater_is_the_earths(extractor):
    for text in (
        "An explosion in the crater of Mount St Helens injured four American scientists.",
        "A sudden explosion at the volcano killed a Japanese guide and injured three French climbers.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "A bomb explosion in a Beirut cafe killed two French tourists."
    assert _armed(extract_events(extractor, text))


def test_a_summit_closed_to_walkers_is_no_meeting(extractor):
    text = "Italian police closed the summit to walkers after a rock fall on Sunday."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "President Reagan and Mr Gorbachev closed the summit with a joint statement."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_an_attack_on_an_ill_led_by_a_minister_is_policy(extractor):
    for text in (
        "The finance minister will lead the government's attack on unemployment.",
        "Ministers led a fresh assault on inflation and the budget deficit this week.",
    ):
        assert not extract_events(extractor, text), text


def test_paintings_withdrawn_from_a_sale_are_no_troops(extractor):
    text = "A London auction house withdrew three Dutch paintings from the sale on Friday."
    assert not events_of_type(extract_events(extractor, text), "withdrawal")
    text = "Syria withdrew its troops from the market town of Zahle in March."
    moved = events_of_type(extract_events(extractor, text), "withdrawal")
    assert moved and country_codes(moved[0]["actors"]) == {"SYR"}


def test_a_film_or_inmates_are_no_party_to_an_armed_act(extractor):
    for text in (
        "Critics said the French movie stormed through the war years at breakneck speed.",
        "Dozens of Turkish inmates attacked warders in the east wing of the jail on Tuesday.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Guerrillas attacked the prison on Tuesday and freed 200 inmates."
    assert _armed(extract_events(extractor, text))


def test_industrial_action_threatened_is_a_labour_dispute(extractor):
    text = "The dockers' union threatened industrial action over the new rosters."
    assert not events_of_type(extract_events(extractor, text), "threat")
    text = "Iran threatened military action against Kuwait on Tuesday."
    assert events_of_type(extract_events(extractor, text), "threat")


def test_scholars_seminars_and_mock_summits_are_no_talks(extractor):
    for text in (
        "Forty historians and retired diplomats opened a seminar on the Cuban missile crisis "
        "in Cambridge on Monday.",
        "Students held a mock summit of Soviet and American leaders at the university.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = "Soviet and American negotiators opened a new round of talks in Geneva on Monday."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_battle_for_recruits_is_a_contest_of_employers(extractor):
    text = "The navy is fighting a battle for recruits with the oil companies, its chief said."
    assert not events_of_type(extract_events(extractor, text), "clash")
    text = "Iranian and Iraqi troops were fighting a battle for the town of Mehran."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_an_act_told_in_a_film_scene_is_its_story(extractor):
    text = (
        "In the film's final scene, Soviet paratroopers land in Alaska and American tanks "
        "attack their camp."
    )
    assert not _armed(extract_events(extractor, text))
    assert not events_of_type(extract_events(extractor, text), "deployment")
    text = "In the morning, Israeli jets attacked a Palestinian base near Sidon."
    assert _armed(extract_events(extractor, text))


def test_praise_of_a_film_is_a_review(extractor):
    for text in (
        "The Italian newspaper praised the battle scenes as the best in years.",
        "French critics praised the new film about the Algerian war.",
    ):
        assert not events_of_type(extract_events(extractor, text), "support"), text
    text = "Washington praised the agreement between Egypt and Israel."
    assert events_of_type(extract_events(extractor, text), "support")


def test_a_minister_receiving_a_lobby_at_home_is_no_visit(extractor):
    text = "The French farm minister received a delegation of the federation on Monday."
    assert not events_of_type(extract_events(extractor, text), "visit")
    text = "President Mubarak received a delegation of the Arab League on Monday."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_own_world8_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world8")
    assert summary["articles"] == 12 and summary["required"] == 16
    assert summary["recall"] >= 0.5
    assert summary["precision"] >= 0.28
    assert summary["dates"] >= 0.7
