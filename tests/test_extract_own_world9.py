"""Classes of the ninth world-news precision study (issue 10: ten more whole articles in 1987 wire
style where real events are few, ``benchmarks/data/own_world9.*``): a crowd of fans, shoppers or
pupils rushing a place is no party's blow, nor is a gang's crime; an attack on a race's stage or
a sporting record is a move in a race, and one on a firm's hold on a market a contest of
sellers; a motor rally is a race, no protest; a deal threatened by someone's demand is in
danger, not threatened; observers sent to a vote are no peacekeepers; a lonely battle is a
figure, and so is a party or government under siege; a part played in a drill is no deed; and
the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_a_crowd_of_private_people_rushing_a_place_is_no_blow(extractor):
    for text in (
        "Hundreds of football fans stormed the stadium gates before the cup final.",
        "Bargain-hunting shoppers stormed the department store when its doors opened.",
        "The museum's new wing was invaded by schoolchildren on its first morning.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Iranian pilgrims attacked Saudi police in Mecca on Friday."
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"IRN"}


def test_a_gangs_crime_is_no_party_act(extractor):
    for text in (
        "Police said the harbour was under attack from smuggling gangs.",
        "Burglars raided a jeweller's shop in the high street on Sunday night.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Colombian drug gangs attacked an army post near Medellin."
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"COL"}


def test_an_attack_on_a_stage_or_a_record_is_a_race(extractor):
    for text in (
        "The Belgian driver attacked the final stage at record speed.",
        "The Italian cyclist attacked on the last climb and won by a minute.",
        "A young Kenyan launched an attack on the world record in Zurich.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "accusation"), text
    text = "Iranian gunboats attacked the last tanker of the convoy."
    assert _armed(extract_events(extractor, text))
    text = "Iran attacked America's record in the Gulf."
    assert events_of_type(extract_events(extractor, text), "accusation")


def test_an_attack_on_a_firms_hold_on_a_market_is_a_sales_contest(extractor):
    text = "The Japanese carmakers launched an attack on Detroit's grip on the car market."
    events = extract_events(extractor, text)
    assert not _armed(events) and not events_of_type(events, "accusation")
    text = "Iraq launched a fresh attack on Iran's hold on the Fao peninsula."
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"IRQ"}


def test_a_motor_rally_is_a_race(extractor):
    for text in (
        "A French driver won the London-Sydney rally on Sunday.",
        "Swedish drivers took the first three places in the Acropolis rally.",
        "The Monte Carlo motor rally starts in Paris on Saturday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "protest"), text
    text = "Thousands of students held a rally in Seoul to demand free elections."
    assert events_of_type(extract_events(extractor, text), "protest")


def test_a_deal_threatened_by_a_demand_is_in_danger_not_threatened(extractor):
    for text in (
        "The accord was threatened by Syria's insistence on a veto.",
        "Delegates said the package was threatened by Brazil's demand for a bigger quota.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    text = "The border town was threatened by Libyan troops massed nearby."
    assert events_of_type(extract_events(extractor, text), "threat")


def test_observers_sent_to_a_vote_are_no_peacekeepers(extractor):
    text = "Church groups are preparing to send observers to Chile's presidential vote."
    events = extract_events(extractor, text)
    assert not [e for e in events if e["type"] in ("peacekeeping", "deployment", "aid")]
    text = "The United Nations sent military observers to the border after the ceasefire."
    assert events_of_type(extract_events(extractor, text), "peacekeeping")


def test_a_lonely_battle_is_a_figure(extractor):
    text = '"He has fought a lonely battle for twenty years," his lawyer said.'
    assert not events_of_type(extract_events(extractor, text), "clash")
    text = "Kurdish guerrillas fought a lonely battle against Iraqi troops in the hills."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_a_body_of_politics_under_siege_is_under_pressure(extractor):
    for text in (
        '"The union is under siege," its leader told the congress.',
        "The government is under siege from its own backbenchers.",
    ):
        assert not events_of_type(extract_events(extractor, text), "blockade"), text
    text = "Beirut's camps have been under siege since May."
    assert events_of_type(extract_events(extractor, text), "blockade")


def test_a_part_played_in_a_drill_is_no_deed(extractor):
    text = (
        "During the course, pupils took turns playing troops who seized voting papers and"
        " officials who refused to count them."
    )
    assert not events_of_type(extract_events(extractor, text), "coercion")


def test_own_world9_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world9")
    assert summary["articles"] == 10 and summary["required"] == 11
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.5
    assert summary["dates"] >= 0.9
