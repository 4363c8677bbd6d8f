"""Classes of the fourth world-news precision study (issue 10: fifteen more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world4.*``): a blow in a
sentence that tells a game won or lost is played, a disease kills no one as a party, a move
described as a raid is no raid, a firm owned jointly by governments is no cooperation, a blow
whose doer is a ruling is none, a firm that storms into a contest storms nowhere, a quarrel
aimed only at a workplace is a labour dispute, export controls tightened are trade policy,
cooperation harmed and a battle over a question are none, one who declines to be drawn rejects
nothing, respecting a result threatens nothing, doctors sent to a disaster are aid; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_a_blow_in_a_sentence_that_tells_a_game_won_or_lost_is_played(extractor):
    for text in (
        "Tal opened a fierce attack on the king's side and forced Petrosian to resign the seventh game.",
        "The Hungarian grandmaster won the opening game with a daring assault on his opponent's king.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Guerrillas attacked the stadium in Lima after the home side won the final."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_disease_kills_no_one_as_a_party(extractor):
    text = "AIDS has killed more than 3,000 Frenchmen since 1982, the ministry said."
    assert not _armed(extract_events(extractor, text))


def test_a_move_described_as_a_raid_is_no_raid(extractor):
    text = "The chairman described the Swedish approach as a raid on one of Norway's best firms."
    assert not _armed(extract_events(extractor, text))


def test_a_firm_owned_jointly_by_governments_is_no_cooperation(extractor):
    text = "Airbus, owned jointly by the French, German and British governments, won the order."
    assert not events_of_type(extract_events(extractor, text), "cooperation")


def test_a_blow_whose_doer_is_a_ruling_is_none(extractor):
    text = '"We have been attacked by a verdict that could ruin the company," Mexico\'s oil chief said.'
    assert not _armed(extract_events(extractor, text))


def test_a_firm_that_storms_into_a_contest_storms_nowhere(extractor):
    text = (
        "Lufthansa stormed into the contest on Monday with a rival offer for the Austrian carrier."
    )
    assert not _armed(extract_events(extractor, text))
    text = "Iraqi troops stormed into the Iranian town at dawn on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_doctors_sent_to_a_disaster_are_aid(extractor):
    text = "After the earthquake Mexico sent ten doctors and a field hospital to Guatemala."
    found = events_of_type(extract_events(extractor, text), "aid")
    assert found and country_codes(found[0]["actors"]) == {"MEX"}


def test_a_quarrel_aimed_only_at_a_workplace_is_no_event(extractor):
    for text in (
        "The union's general secretary accused the mine owners of waging war on the workers.",
        "The employers said on Friday they had dismissed several thousand strikers.",
        "Pickets clashed with security guards outside the car plant last month.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] in ("accusation", "rejection", "clash")], text
    text = "Riot police clashed with strikers outside the shipyard in Gdansk."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_export_controls_tightened_are_trade_policy(extractor):
    events = extract_events(extractor, "Tokyo promised to tighten its export controls.")
    assert not events_of_type(events, "threat") and not events_of_type(events, "coercion")
    assert events_of_type(events, "pledge")


def test_cooperation_a_row_is_damaging_is_no_cooperation(extractor):
    text = "Bonn said the dispute was hurting cooperation between French and German researchers."
    assert not events_of_type(extract_events(extractor, text), "cooperation")


def test_a_battle_over_a_question_is_a_dispute(extractor):
    text = "Paris and Washington ended a long battle over who invented the engine."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "ceasefire") and not _armed(events)
    text = "Iraq and Iran ended their battle for the Fao peninsula."
    assert events_of_type(extract_events(extractor, text), "ceasefire")


def test_declining_to_be_drawn_is_no_rejection(extractor):
    for text in (
        "The Canadian prime minister refused to be drawn on the American lawsuit.",
        "The minister declined to be drawn on reports of talks with Libya.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "rejection"), text


def test_respecting_a_result_is_no_threat(extractor):
    text = "The Greek cabinet said it would respect the result of the referendum."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_own_world4_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world4")
    assert summary["articles"] == 15 and summary["required"] == 13
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.28
    assert summary["dates"] >= 0.9
