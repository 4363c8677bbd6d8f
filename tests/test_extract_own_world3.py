"""Classes of the third world-news precision study (issue 10: fifteen more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world3.*``): the Pope is the
Vatican's, animals, diseases and nature do no armed acts, games and votes are no battles,
drills and fiction are played, not done, an act only come close to did not happen, civilians
mobilised are no forces, a name given is no appeal, a talk by telephone is a call, a blow at
no one and an appeal to listeners are no events, an embassy clerk ordered out is expelled; and
the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_the_pope_acts_for_the_vatican(extractor):
    text = "The Pope arrived in Peru on Tuesday and held talks with President Alan Garcia."
    events = extract_events(extractor, text)
    for etype in ("visit", "meeting"):
        found = events_of_type(events, etype)
        assert found and country_codes(found[0]["actors"]) == {"VAT"}, etype


def test_animals_diseases_and_nature_do_no_armed_acts(extractor):
    for text in (
        "Clouds of grasshoppers have invaded the cotton fields of the Nile valley.",
        "A swarm of locusts attacked the maize crop near the border.",
        "Cholera kills several hundred refugees in the camps every month.",
        "A torrent of boulders and mud destroyed the only bridge to the mining town.",
        "The islanders say they are being invaded by a flood of tourists.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    # forces and armed groups, also in a mass, stay armed
    for text in (
        "A wave of Iranian troops attacked the Iraqi lines east of Basra.",
        "Guerrillas destroyed a bridge on the main road to the capital.",
    ):
        assert _armed(extract_events(extractor, text)), text


def test_games_and_votes_are_no_battles(extractor):
    for text in (
        "The Christian Democrats crushed their opponents in the regional election.",
        "The Swedes stormed to a two-goal lead before half-time.",
        "The West Indian quicks bombarded the English batsmen with bouncers all afternoon.",
        "The Czechs fired 40 shots at the Finnish goaltender in the second period.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Troops fired on voters queueing at polling stations in the election."
    assert _armed(extract_events(extractor, text))


def test_drills_and_fiction_are_played_not_done(extractor):
    for text in (
        "Marines stormed a ferry off the coast and freed 40 passengers in an exercise to test "
        "the navy's response to piracy.",
        "In the second chapter a Bulgarian agent is ambushed in a Paris street.",
        'A rogue general plans to kill the president in "Red Winter," the new thriller by '
        "a former intelligence officer.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] in (*ARMED, "concession")], text
    text = "Marines stormed a hijacked ferry off the coast and freed 40 passengers."
    assert _armed(extract_events(extractor, text))


def test_an_act_only_come_close_to_did_not_happen(extractor):
    for text in (
        "Diplomats said the fisheries talks had come close to collapse on Friday.",
        "The two neighbours were on the brink of war in 1978.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] in (*ARMED, "sanction")], text
    text = "Sources close to a meeting of Gulf oil ministers in Riyadh said Kuwait would attend."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_civilians_mobilised_are_no_forces(extractor):
    for text in (
        "The union leader said he would mobilise dock workers against the privatisation.",
        "The party will mobilise voters in the provinces.",
    ):
        assert not events_of_type(extract_events(extractor, text), "deployment"), text
    text = "Iran mobilised 100,000 reservists on Sunday."
    assert events_of_type(extract_events(extractor, text), "deployment")


def test_a_name_given_is_no_appeal(extractor):
    text = "King Hussein arrived in Cairo on what his aides called a visit of reconciliation."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "appeal")
    assert events_of_type(events, "visit")


def test_a_talk_by_telephone_is_a_call(extractor):
    text = "The Japanese prime minister raised the dispute with President Reagan by telephone."
    found = events_of_type(extract_events(extractor, text), "call")
    assert found and country_codes(found[0]["actors"]) == {"JPN"}


def test_a_battle_for_market_share_is_no_clash(extractor):
    for text in (
        "Exporters say Thailand and Vietnam are fighting a battle for market share in rice.",
        "We are fighting a war against time, the relief chief said.",
    ):
        assert not _armed(extract_events(extractor, text)), text


def test_a_blow_at_no_one_and_an_appeal_to_listeners_are_no_events(extractor):
    text = '"We will never attack anyone," the defence minister told parliament.'
    assert not _armed(extract_events(extractor, text))
    text = "In his sermon, the archbishop urged his listeners to shun violence."
    assert not events_of_type(extract_events(extractor, text), "appeal")
    text = "The archbishop urged Argentina and Chile to settle their dispute."
    assert events_of_type(extract_events(extractor, text), "appeal")


def test_an_embassy_clerk_ordered_to_leave_is_expelled(extractor):
    text = "Moscow retaliated on Monday by ordering a British embassy clerk to leave the country."
    found = events_of_type(extract_events(extractor, text), "sanction")
    assert found and country_codes(found[0]["actors"]) & {"RUS", "SUN"}
    assert country_codes(found[0]["targets"]) == {"GBR"}


def test_own_world3_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world3")
    assert summary["articles"] == 15 and summary["required"] == 42
    assert summary["recall"] >= 0.76
    assert summary["precision"] >= 0.53
    assert summary["dates"] >= 0.88
