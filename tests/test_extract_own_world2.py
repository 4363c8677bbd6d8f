"""Classes of the second world-news precision study (issue 10: fifteen more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world2.*``): a fight that
names no side and no armed doer is no clash, market parties and traded things make no armed
act, attacking someone for a conduct is criticism, doctrines, funds and film scenes are not
attacked, things fired that are no arms and a rise to fame are no shots; and the set's score
floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_a_fight_that_names_no_side_and_no_armed_doer_is_no_clash(extractor):
    for text in (
        "The health ministry has been fighting a long battle to restore public trust in the "
        "blood supply.",
        "The trade minister fought his corner alone at the cabinet table.",
        "Widows of the miners have hired a lawyer to fight for higher pensions.",
        "The leadership contest was fought with unusual bitterness.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    # armed doers, states, sides and stakes of land keep the fighting
    for text in (
        "Rebels fought to recapture the town on Sunday.",
        "The two sides fought a fierce battle near the border on Monday.",
        "Tamils on the island are fighting for a separate state.",
        "Iran and Iraq have fought a war since 1980.",
    ):
        assert events_of_type(extract_events(extractor, text), "clash"), text


def test_market_parties_and_traded_things_make_no_armed_act(extractor):
    for text in (
        "Blue chips were slaughtered across the board in Tokyo.",
        "Japanese blue chips were slaughtered in early trading.",
        "Several Norwegian owners have withdrawn their tankers from the Kharg trade.",
    ):
        found = [e for e in extract_events(extractor, text) if e["type"] in (*ARMED, "withdrawal")]
        assert not found, text
    text = "Iraqi troops have withdrawn from the border town."
    found = events_of_type(extract_events(extractor, text), "withdrawal")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    text = "Guerrillas slaughtered 30 villagers in the north."
    assert events_of_type(extract_events(extractor, text), "mass_violence")


def test_attacking_someone_for_a_conduct_is_criticism(extractor):
    for text, source in (
        (
            "Cuban delegates attacked Washington for what they called its piracy in the Caribbean.",
            "CUB",
        ),
        ("The Syrian envoy attacked Jordan for its silence over the raids.", "SYR"),
    ):
        events = extract_events(extractor, text)
        assert not _armed(events), text
        found = events_of_type(events, "accusation")
        assert found and country_codes(found[0]["actors"]) == {source}, text
    text = "Iranian gunboats attacked the tanker for the second time this month."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRN"}


def test_doctrines_funds_and_film_scenes_are_not_attacked(extractor):
    for text in (
        "The rebel leader attacks communism in every speech.",
        "The opposition said the government had raided the pension funds of civil servants.",
        "The director shot the war scenes in a quarry in Spain.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Guerrillas raided a police station in the south."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_things_fired_that_are_no_arms_and_a_rise_to_fame_are_no_shots(extractor):
    for text in (
        "Delegates fired statistics at one another for three hours.",
        "The young colonel shot to prominence after the coup.",
        "The colonel shot to prominence in 1979 and has since waged a long campaign of speeches.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    # weapons and rounds fired, people shot, and a shooting to death stay armed
    for text, etype in (
        ("Iraqi jets fired two Exocets at the ship.", "airstrike"),
        ("Troops fired warning shots at the crowd.", "attack"),
        ("Riot police fired tear gas and rubber bullets at the marchers.", "attack"),
        ("Soldiers shot two protesters in Seoul.", "attack"),
        ("Gunmen shot a policeman to death in Belfast.", "attack"),
    ):
        assert events_of_type(extract_events(extractor, text), etype), text


def test_own_world2_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world2")
    assert summary["articles"] == 15 and summary["required"] == 35
    assert summary["recall"] >= 0.77
    assert summary["precision"] >= 0.48
    assert summary["dates"] >= 0.93
