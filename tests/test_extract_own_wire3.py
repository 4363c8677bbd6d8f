"""Classes of the third own-wire study (fifteen more whole articles written in 1987 wire
style, ``benchmarks/data/own_wire3.*``): missiles fired by aircraft are an air strike and
missiles fired at all an attack, a gunboat's attack on a ship is no shelling, an armed act named
only to be judged ('called the bombing …') is not the judge's, group names the wire uses bare
('the Tigers', 'Radio Venceremos'), forces placed on a state of alert, posted, or taking up
positions are deployed, and an act told only to exist ('there were reports of fighting') is
not its reporters'; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "airstrike", "shelling", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_missiles_fired_by_aircraft_are_an_air_strike_and_missiles_an_attack(extractor):
    text = "A Libyan MiG fired two missiles at an Egyptian patrol boat on Friday."
    events = extract_events(extractor, text)
    found = events_of_type(events, "airstrike")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}
    assert country_codes(found[0]["targets"]) == {"EGY"}
    assert not events_of_type(events, "shelling")
    text = "Syria fired a missile at an Israeli reconnaissance plane over the Bekaa on Monday."
    events = extract_events(extractor, text)
    assert events_of_type(events, "attack") and not events_of_type(events, "shelling")
    # missiles fired as a test are a show of arms, no blow
    text = "Pakistan test-fired a new surface-to-surface missile on Thursday, officials said."
    events = extract_events(extractor, text)
    assert events_of_type(events, "military_exercise") and not events_of_type(events, "attack")
    # rockets fired from the ground stay shelling
    text = "Iraqi gunners fired rockets into the Iranian town of Mehran on Sunday."
    assert events_of_type(extract_events(extractor, text), "shelling")


def test_a_gunboat_attack_on_a_ship_is_an_attack(extractor):
    for text in (
        "Iranian gunboats attacked a Greek freighter off Dubai on Sunday, shipping sources said.",
        "On Friday Iraqi gunboats raked a Kuwaiti tanker with cannon fire near Bubiyan.",
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "attack")
        assert found and not events_of_type(events, "shelling"), text


def test_an_armed_act_named_only_to_be_judged_is_not_the_judges(extractor):
    for text in (
        'Pakistan\'s foreign minister called the bombing "a cowardly crime" on Tuesday.',
        "The Egyptian president described the raid as an act of piracy.",
        'In Lusaka, Zambia\'s president called the massacre "a disgrace to Africa."',
    ):
        events = extract_events(extractor, text)
        assert not _armed(events), text
    # a raid named with its own doer is still that doer's
    text = "Iraq called its raid on the Iranian oil terminal a warning to Tehran."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_group_names_the_wire_uses_bare(extractor):
    text = "The Tigers ambushed an Indian army convoy near Jaffna on Saturday."
    found = _armed(extract_events(extractor, text))
    assert found and country_codes(found[0]["actors"]) == {"LKA"}
    text = "Radio Venceremos accused the army of killing ten peasants in Chalatenango."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"SLV"}


def test_forces_placed_on_a_state_of_alert_posted_or_taking_up_positions_are_deployed(
    extractor,
):
    for text, who in (
        ("Syrian troops were placed on a high state of alert on Tuesday.", "SYR"),
        ("Ugandan soldiers were posted along the frontier with Sudan.", "UGA"),
        ("Turkish tanks took up positions along the border on Wednesday.", "TUR"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "deployment")
        assert found and country_codes(found[0]["actors"]) == {who}, text
        assert not events_of_type(events, "occupation"), text
    # a post taken up by an envoy is no deployment
    text = "The new Danish ambassador took up his post in Cairo in May."
    assert not events_of_type(extract_events(extractor, text), "deployment")


def test_an_act_told_only_to_exist_is_not_its_reporters(extractor):
    for text, bystander in (
        ("Diplomats in Amman said there were reports of heavy fighting near the border.", "JOR"),
        ("Travellers in Nairobi said there had been clashes in northern Uganda.", "KEN"),
    ):
        for event in _armed(extract_events(extractor, text)):
            assert bystander not in country_codes(event["actors"]), text
    # arms or aid that 'there will be' stay the speaker's side's to give; 'no more' of them
    # is the speaker's side's refusal (tests/test_extract_precision49.py)
    text = 'Shultz said there would be "no more transfers of U.S. arms to Iran."'
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"USA"}


def test_own_wire3_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire3")
    assert summary["recall"] >= 0.64
    assert summary["precision"] >= 0.60
    assert summary["dates"] >= 0.82
