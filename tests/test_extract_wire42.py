"""Leftover classes of the 2001-2012 and 1994-2001 style wire sets (own_wire25 to 27), on
sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_branding_a_state_an_enemy_state_is_an_accusation(extractor):
    text = "Eritrea's parliament on Tuesday branded Ethiopia an enemy state."
    events = extract_events(extractor, text, "2001-05-10T12:00:00Z")
    accusations = events_of_type(events, "accusation")
    assert accusations and country_codes(accusations[0]["actors"]) == {"ERI"}
    assert country_codes(accusations[0]["targets"]) == {"ETH"}
    assert accusations[0]["date"]["value"] == "2001-05-08"


def test_a_sanction_agreed_is_a_sanction_taken(extractor):
    text = "The Arab League agreed in March to ban imports of Syrian phosphates."
    events = extract_events(extractor, text, "2011-06-01T12:00:00Z")
    assert not events_of_type(events, "threat")
    sanctions = events_of_type(events, "sanction")
    assert sanctions and country_codes(sanctions[0]["targets"]) == {"SYR"}
    assert sanctions[0]["date"]["value"] == "2011-03"
    assert sanctions[0]["date"]["status"] == "past"
    text = "Canada will agree to ban imports of Syrian phosphates, officials said."
    events = extract_events(extractor, text, "2011-06-01T12:00:00Z")
    assert not events_of_type(events, "sanction")  # yet to come: a threat


def test_a_date_after_a_participle_of_holding_dates_the_act(extractor):
    text = (
        "French helicopters fired rockets at army bases held by troops loyal to the president"
        " on Tuesday, a spokesman said."
    )
    events = extract_events(extractor, text, "2011-04-08T12:00:00Z")
    attacks = [e for e in events if e["type"] in ("attack", "airstrike")]
    assert attacks and country_codes(attacks[0]["actors"]) == {"FRA"}
    assert attacks[0]["date"]["value"] == "2011-04-05"
    text = "Japan rejected the resolution adopted on Tuesday by the council."
    events = extract_events(extractor, text, "2011-04-08T12:00:00Z")
    rejections = events_of_type(events, "rejection")
    assert rejections and rejections[0]["date"]["value"] is None  # the resolution's date


def test_talks_held_and_a_meeting_agreed_are_two_events(extractor):
    text = (
        "Syria and Jordan ended three days of talks in Amman on Tuesday without a deal"
        " but agreed to meet again in Damascus next month."
    )
    events = events_of_type(extract_events(extractor, text, "2006-05-25T12:00:00Z"), "meeting")
    assert [e["date"]["value"] for e in events] == ["2006-05-23", "2006-06"]
    assert [e["date"]["status"] for e in events] == ["past", "planned"]
    assert [(e["location"] or {}).get("name") for e in events] == ["Amman", "Damascus"]
    assert country_codes(events[0]["actors"]) == {"SYR", "JOR"}


def test_a_rocket_fired_by_a_group_that_hits_a_town_is_an_attack(extractor):
    text = "A rocket fired by Hezbollah guerrillas hit a hospital in Haifa on Thursday."
    attacks = events_of_type(extract_events(extractor, text, "2006-07-21T12:00:00Z"), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"LBN"}
    assert country_codes(attacks[0]["targets"]) == {"ISR"}
    assert attacks[0]["date"]["value"] == "2006-07-20"


def test_a_vow_to_resist_an_armed_act_is_a_threat(extractor):
    text = "Greece said it would resist any Turkish incursion into its waters."
    events = extract_events(extractor, text, "1996-02-01T12:00:00Z")
    assert not events_of_type(events, "rejection")
    threats = events_of_type(events, "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"GRC"}
    assert country_codes(threats[0]["targets"]) == {"TUR"}
    text = "Germany will oppose the French proposal, Merkel said."
    rejections = events_of_type(extract_events(extractor, text), "rejection")
    assert rejections and country_codes(rejections[0]["targets"]) == {"FRA"}


def test_what_a_war_or_a_campaign_is_for_is_no_act(extractor):
    text = "Russia launched a campaign to disarm Georgia last year."
    events = extract_events(extractor, text, "2001-10-08T12:00:00Z")
    assert not events_of_type(events, "withdrawal")


def test_missiles_fired_and_bombs_dropped_are_one_air_strike(extractor):
    text = "Israeli forces fired missiles and dropped bombs on Gaza City before dawn on Friday."
    events = extract_events(extractor, text, "2008-12-27T12:00:00Z")
    blows = [e for e in events if e["type"] in ("attack", "airstrike", "shelling")]
    assert [e["type"] for e in blows] == ["airstrike"]
    assert country_codes(blows[0]["actors"]) == {"ISR"}
    assert country_codes(blows[0]["targets"]) == {"PSE"}
    text = "Iraqi jets bombed the Kharg terminal and hit a Greek tanker on Monday."
    blows = extract_events(extractor, text, "1987-10-20T12:00:00Z")
    assert [country_codes(e["targets"]) for e in blows] == [set(), {"GRC"}]  # two blows


def test_evacuating_diplomats_families_is_no_aid(extractor):
    text = "France recalled its ambassador from Rabat on Monday and began evacuating diplomats' families."
    events = extract_events(extractor, text, "1990-03-07T12:00:00Z")
    assert not events_of_type(events, "aid")
    sanctions = events_of_type(events, "sanction")
    assert len(sanctions) == 1 and country_codes(sanctions[0]["targets"]) == {"MAR"}
    text = "Italy evacuated families from the flooded town on Thursday."
    assert len(events_of_type(extract_events(extractor, text), "aid")) == 1  # relief stays
