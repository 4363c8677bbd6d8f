"""Classes of a fifth study of unseen wire copy (issue 10): proposals handed over, ultimatums,
policy measures, attacks guarded against and events awaited, on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_draft_handed_or_presented_to_a_party_is_a_proposal(extractor):
    for text, doer, told in (
        ("Oslo handed the Danish envoy a draft accord on fishing rights.", "NOR", "DNK"),
        (
            "The Swedish delegation presented a draft treaty to the Finnish negotiators.",
            "SWE",
            "FIN",
        ),
    ):
        appeals = events_of_type(extract_events(extractor, text), "appeal")
        assert appeals and appeals[0]["cameo"] == "020"
        assert country_codes(appeals[0]["actors"]) == {doer}
        assert country_codes(appeals[0]["targets"]) == {told}
    # a draft debated at home, or a treaty handed over with no 'draft', is no proposal
    assert not events_of_type(
        extract_events(extractor, "Parliament will debate the draft budget."), "appeal"
    )
    text = "Oslo handed the Danish envoy the signed treaty."
    assert not events_of_type(extract_events(extractor, text), "appeal")


def test_a_demand_joined_by_or_to_facing_a_penalty_is_a_threat(extractor):
    threats = events_of_type(
        extract_events(extractor, "Bonn told Paris to drop the levy or face countermeasures."),
        "threat",
    )
    assert threats and country_codes(threats[0]["actors"]) == {"DEU"}
    assert country_codes(threats[0]["targets"]) == {"FRA"}
    text = "Canada has to lift the quota or face sanctions, the French minister said."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"FRA"}
    assert country_codes(threats[0]["targets"]) == {"CAN"}
    # a demand already read on the verb stays one event
    events = extract_events(extractor, "Canada must lift the quota or face sanctions, Paris said.")
    assert events_of_type(events, "demand") and not events_of_type(events, "threat")
    # no penalty, or no 'or': no threat
    text = "Bonn told Paris to drop the levy and face the voters."
    assert not events_of_type(extract_events(extractor, text), "threat")
    text = "Farmers must cut costs or face ruin, the minister said."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_measures_announced_are_a_threat_only_when_hostile_or_aimed(extractor):
    for text in (
        "Brazil announced a package of economic measures on Friday.",
        "Tokyo proposed measures on Monday to boost domestic demand.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    for text in (
        "Washington announced retaliatory measures against Tokyo.",
        "France announced measures against Libyan diplomats.",
    ):
        assert events_of_type(extract_events(extractor, text), "threat"), text


def test_an_attack_the_guarded_thing_is_shielded_from_is_no_event(extractor):
    for text in (
        "The plan is designed to protect the tankers from Iranian attacks.",
        "The convoys aim to shield Kuwaiti ships from Iraqi air raids.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "attack") and not events_of_type(events, "airstrike"), (
            text
        )
    events = extract_events(extractor, "Iranian gunboats attacked a Kuwaiti tanker on Monday.")
    assert events and country_codes(events[0]["actors"]) == {"IRN"}  # an attack told is one


def test_an_event_awaited_or_prepared_for_is_planned_and_keeps_its_own_date(extractor):
    events = extract_events(
        extractor,
        "Diplomats met on Friday ahead of next week's visit by the Chinese premier to Canberra.",
    )
    visits = events_of_type(events, "visit")
    assert visits and visits[0]["date"]["status"] == "planned"
    assert visits[0]["date"]["value"] == "1987-W24"  # next week, not Friday
    text = "The treaty was drafted in time for the President's trip to Mexico."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and visits[0]["date"]["status"] == "planned"
    # the awaited event's date is not the act's
    text = "Seoul eased its import curbs before the talks with Washington scheduled for June."
    events = extract_events(extractor, text)
    talks = events_of_type(events, "meeting")
    assert talks and talks[0]["date"]["status"] == "planned"
    assert talks[0]["date"]["value"] == "1987-06"
    eased = [e for e in events if e["type"] != "meeting"]
    assert eased and eased[0]["date"]["value"] != "1987-06"


def test_an_awaited_event_dated_before_the_story_has_taken_place(extractor):
    text = "Kohl met Mitterrand in Paris ahead of his visit to Moscow last month."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and visits[0]["date"]["value"] == "1987-05"
    assert visits[0]["date"]["status"] == "past"


def test_an_official_sent_to_a_country_is_a_visit_of_the_sender(extractor):
    text = "Tokyo will send its trade minister to Washington next week."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"JPN"}
    assert country_codes(visits[0]["targets"]) == {"USA"}
    assert visits[0]["date"]["status"] == "planned"
    # no one sent, or no country named as the destination: no visit
    text = "Tokyo will send its reply to Washington next week."
    assert not events_of_type(extract_events(extractor, text), "visit")
    assert not events_of_type(
        extract_events(extractor, "Iraq sent an official to the front."), "visit"
    )
