"""Classes of the second own-wire study (issue 10: fifteen more whole articles written in 1987
wire style, ``benchmarks/data/own_wire2.*``): forces put on alert are deployed, firing on a
party is an attack, a permission withdrawn is a sanction, missiles that land are an attack, an
act 'a day after' which another was done is dated a day earlier, a threat read off what is said
to be coming is made on the day it is said, observers' warnings of what could come are
forecasts; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_forces_put_on_alert_are_deployed(extractor):
    for text, who in (
        ("Turkey put its navy on alert on Friday, a military spokesman said.", "TUR"),
        ("Pakistan has put its troops along the frontier on alert.", "PAK"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "deployment")
        assert found and country_codes(found[0]["actors"]) == {who}, text
        assert not events_of_type(events, "military_exercise"), text


def test_firing_on_a_party_is_an_attack_and_on_each_other_a_clash(extractor):
    for text, who, whom in (
        ("Honduran soldiers fired on a Nicaraguan patrol boat on Tuesday.", "HND", "NIC"),
        ("Egyptian police opened fire on a Libyan convoy near the frontier.", "EGY", "LBY"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "attack")
        assert found and country_codes(found[0]["actors"]) == {who}, text
        assert country_codes(found[0]["targets"]) == {whom}, text
        assert not events_of_type(events, "clash"), text
    text = "Peruvian and Ecuadorean troops fired on each other along the border."
    events = extract_events(extractor, text)
    assert events_of_type(events, "clash") and not events_of_type(events, "attack")
    # shots into the air are fired at no one
    text = "Riot police fired shots into the air to disperse the crowd on Friday."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "attack") and not events_of_type(events, "clash")


def test_a_permission_withdrawn_is_a_sanction_not_a_pullout(extractor):
    text = "Prague withdrew accreditation from three Austrian reporters on Wednesday."
    events = extract_events(extractor, text)
    found = events_of_type(events, "sanction")
    assert found and country_codes(found[0]["actors"]) == {"CZE"}
    assert not events_of_type(events, "withdrawal")
    # troops withdrawn stay a withdrawal
    text = "Vietnam withdrew two divisions from Laos last month."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_missiles_that_land_are_an_attack_not_artillery(extractor):
    text = "Two Iraqi missiles hit the Iranian city of Dezful overnight, Tehran radio said."
    events = extract_events(extractor, text)
    found = events_of_type(events, "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    assert not events_of_type(events, "shelling")
    text = "Iraqi mortars hit Iranian positions near the border on Monday."
    assert events_of_type(extract_events(extractor, text), "shelling")  # artillery stays shelling


def test_an_act_a_day_before_another_is_dated_a_day_earlier(extractor):
    text = (
        "BONN, June 12 - West Germany today recalled its ambassador from Pretoria, a day after "
        "South African police detained two West German priests."
    )
    events = extract_events(extractor, text, "1987-06-12T12:00:00Z")
    found = events_of_type(events, "coercion")
    assert found and found[0]["date"]["value"] == "1987-06-11"
    text = (
        "Moscow expelled a Dutch diplomat on Thursday, three days after the Netherlands "
        "expelled two Soviet trade officials."
    )
    events = extract_events(extractor, text, "1987-06-12T12:00:00Z")
    dutch = [e for e in events_of_type(events, "sanction") if country_codes(e["actors"]) == {"NLD"}]
    assert dutch and dutch[0]["date"]["value"] == "1987-06-08"
    # an act dated in its own clause keeps its date
    text = (
        "Moscow expelled a Dutch diplomat on Thursday, days after the Netherlands expelled two "
        "Soviet trade officials on Monday."
    )
    events = extract_events(extractor, text, "1987-06-12T12:00:00Z")
    dutch = [e for e in events_of_type(events, "sanction") if country_codes(e["actors"]) == {"NLD"}]
    assert dutch and dutch[0]["date"]["value"] == "1987-06-08"


def test_a_threat_is_made_on_the_day_it_is_said(extractor):
    text = (
        "Syria's defence minister said on Tuesday that Syrian forces would strike back at any "
        "Israeli raid on its territory."
    )
    events = extract_events(extractor, text, "1987-06-12T12:00:00Z")
    found = events_of_type(events, "threat")
    assert found and found[0]["date"]["value"] == "1987-06-09"
    # a past act reported on a day is not dated by the report
    text = "Iraq said on Tuesday its warplanes had raided an Iranian oil platform."
    events = extract_events(extractor, text, "1987-06-12T12:00:00Z")
    assert events and all(e["date"]["value"] != "1987-06-09" for e in events)


def test_observers_warning_of_what_could_come_make_no_threat(extractor):
    for text in (
        "Western diplomats in Ankara said they believed neither side wanted a war, but warned "
        "that a mistake at sea could easily lead to shooting.",
        "Diplomats warned that a misunderstanding could lead to shooting.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    # a state's warning of the same stays a threat
    text = "Turkey warned that an incident in the disputed waters could lead to shooting."
    assert events_of_type(extract_events(extractor, text), "threat")


def test_own_wire2_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire2")
    assert summary["articles"] == 15 and summary["required"] == 96
    assert summary["recall"] >= 0.75
    assert summary["precision"] >= 0.64
    assert summary["dates"] >= 0.90
