"""Classes of the own-wire study (issue 10: fifteen whole articles written in 1987 wire style,
``benchmarks/data/own_wire.*``): forces backed by others act themselves, a denied report or
charge is a rejection, misgivings voiced are disapproval, 'the South' after 'South Korean', a
body named by the capitals it was spelled out with, relief dropped from the air, combat
missions flown against a foe, a vow in a 'that' clause to go on fighting; and the set's score
floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_rule_limits import _led_by


def test_forces_backed_by_others_are_the_doers(extractor):
    for text, who in (
        ("Kenya said Somali troops supported by helicopters raided a village on Monday.", "SOM"),
        ("Syrian soldiers backed by tanks stormed the camp yesterday, police said.", "SYR"),
    ):
        found = events_of_type(extract_events(extractor, text), "attack")
        assert found and country_codes(found[0]["actors"]) == {who}, text
    # a thing made by someone still acts for its maker
    text = "The closures ordered by Israel hit the West Bank economy, officials said."
    assert all("ISR" not in country_codes(e["targets"]) for e in extract_events(extractor, text))


def test_a_denied_report_or_charge_is_a_rejection(extractor):
    for text, who in (
        ("Tripoli denied the Egyptian report on Thursday.", "LBY"),
        ("Hanoi has repeatedly denied the charge.", "VNM"),
        ("Bonn denied allegations that it had sold submarine plans to Pretoria.", "DEU"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "rejection")
        assert found and country_codes(found[0]["actors"]) == {who}, text
        assert not events_of_type(events, "statement"), text
    # a denied role is a rejection too, its CAMEO code 016 (a statement's family) kept
    found = extract_events(extractor, "Damascus denied any role in the hijacking of the airliner.")
    denials = events_of_type(found, "rejection")
    assert denials and denials[0]["cameo"] == "016" and not events_of_type(found, "statement")


def test_misgivings_voiced_are_disapproval(extractor):
    for text, who in (
        ("Costa Rica voiced misgivings about the Honduran proposal on Friday.", "CRI"),
        ("Norwegian officials expressed misgivings about the treaty.", "NOR"),
    ):
        found = events_of_type(extract_events(extractor, text), "accusation")
        assert found and found[0]["cameo"] == "110", text
        assert country_codes(found[0]["actors"]) == {who}, text


def test_the_south_after_a_south_korean_mention_is_south_korea(extractor):
    text = (
        "SEOUL, May 3 - South Korean guards fired warning shots at a boat on Sunday. "
        "Pyongyang radio accused the South of provoking a new war."
    )
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"PRK"}
    assert country_codes(found[0]["targets"]) == {"KOR"}
    # with no half of a land named before, 'the South' is no one
    text = "The senator accused the South of blocking the bill."
    for event in events_of_type(extract_events(extractor, text), "accusation"):
        assert not country_codes(event["targets"])


def test_a_body_spelled_out_with_capitals_is_known_by_them(extractor):
    text = (
        "Kampala said guerrillas of the Ugandan National Liberation Front (UNLF) ambushed a bus "
        "on Monday. The UNLF attacked a police post near the town on Tuesday, officials said."
    )
    found = _led_by(extractor, text, "UNLF")
    assert found and country_codes(found[0]["actors"]) == {"UGA"}
    text = "The Mozambique National Resistance ambushed a bus on Friday, police said."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"MOZ"}  # not El Salvador's rebels


def test_relief_dropped_from_the_air_is_aid(extractor):
    for text in (
        "Pakistani transport planes dropped 40 tonnes of food over the flooded valley today.",
        "Jordanian aircraft dropped medicine and blankets over the camps on Monday.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "airstrike"), text
        found = events_of_type(events, "aid")
        assert found and found[0]["actors"][0]["country"] in ("PAK", "JOR"), text
    events = extract_events(extractor, "Iraqi jets dropped 20 tonnes of bombs on the town.")
    assert events_of_type(events, "airstrike")


def test_combat_missions_flown_against_a_foe_are_air_raids(extractor):
    text = "Libyan aircraft flew 35 combat missions against Chadian positions on Sunday."
    found = events_of_type(extract_events(extractor, text), "airstrike")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}
    assert country_codes(found[0]["targets"]) == {"TCD"}
    assert not extract_events(extractor, "The Swedish trade mission flew home on Sunday.")


def test_a_vow_that_a_state_will_go_on_fighting_is_a_threat(extractor):
    text = "Gaddafi vowed that Libya would continue the war until the last invader had left."
    events = extract_events(extractor, text)
    assert events_of_type(events, "threat") and not events_of_type(events, "pledge")
    text = "Mubarak vowed that the peace talks would continue."  # no hostile pursuit
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_own_wire_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire")
    assert summary["articles"] == 15 and summary["required"] == 79
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.76
    assert summary["dates"] >= 0.88
