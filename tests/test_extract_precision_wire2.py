"""False events of unannotated wire news by class, an eighth study (issue 10): political fights
among one state's offices, an event noun that only names the kind of a thing staged, and one
state's officials meeting among themselves, on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_fight_among_the_offices_of_one_state_is_politics_at_home(extractor):
    for text in (
        "Senate Democrats battled the White House over the farm budget all spring.",
        "The Italian finance minister has been fighting the Bank of Italy governor over"
        " interest rates for months.",
        "Two senior ministers of the French cabinet are fighting each other over the pension"
        " reform, a deputy said.",
    ):
        assert not events_of_type(extract_events(extractor, text), "clash"), text
    for text in (  # armed or foreign sides stay a clash
        "Iraqi troops battled Iranian forces east of Basra on Monday.",
        "Government troops fought the rebels near Kirkuk on Monday.",
        "The Iraqi government fought Kurdish rebels near Kirkuk on Monday.",
    ):
        assert events_of_type(extract_events(extractor, text), "clash"), text


def test_an_event_noun_naming_only_the_kind_of_a_thing_staged_is_no_act(extractor):
    for text in (
        "The two big parties staged campaign events in every market town last week.",
        "The Liberal Democrats stepped up their campaign preparations on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "attack"), text
    for text in (  # the event noun heads the object
        "The rebels launched a new campaign of bombings on Monday.",
        "Iraq launched strike operations against Iranian ports on Monday.",
        "Iranian forces launched a fresh offensive east of Basra on Monday.",
    ):
        assert events_of_type(extract_events(extractor, text), "attack"), text


def test_one_states_officials_meeting_among_themselves_meet_no_one(extractor):
    for text in (
        "U.S. officials had been meeting on a response since Friday, aides said.",
        "France's ministers met for three hours on Sunday to weigh the crisis.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    for text in (  # a partner, two states or a plural of several states
        "U.S. officials met Iranian envoys in Geneva on Monday.",
        "Soviet and American officials met in Geneva on Monday.",
        "U.S. officials met with their Japanese counterparts on Monday.",
    ):
        assert events_of_type(extract_events(extractor, text), "meeting"), text


def test_a_subject_saying_no_one_did_it_negates_the_act(extractor):
    for text in (
        "So far none of the Greek freighters are known to have been hit by Iraqi jets.",
        "None of the Kuwaiti tankers was attacked by Iran on Monday.",
    ):
        attacks = events_of_type(extract_events(extractor, text), "attack")
        attacks += events_of_type(extract_events(extractor, text), "airstrike")
        assert attacks and all(e["negated"] for e in attacks), text
    text = (  # a clause with a subject of its own between them
        "Neither side has fired a shot yet, but Iran is expected to attack the convoy soon."
    )
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and not any(e["negated"] for e in attacks), text
    text = "Iraqi jets attacked the convoy on Monday, and none of the tankers escaped."
    attacks = events_of_type(extract_events(extractor, text), "airstrike") + events_of_type(
        extract_events(extractor, text), "attack"
    )
    assert attacks and not any(e["negated"] for e in attacks), text


def test_setting_on_fire_what_a_blow_struck_is_that_blow_told_again(extractor):
    for text in (
        "Israeli forces launched a raid on Syria late on Sunday, attacking two Syrian radar"
        " posts and setting them ablaze.",
        "Greek warships shelled two Turkish supply boats on Monday and set them ablaze.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "coercion"), (text, events)
        assert len(events) == 1, (text, events)
    text = (  # a second target: an act of its own (armed craft setting it on fire attack it)
        "Iranian gunboats attacked a Kuwaiti tanker and set fire to a Saudi freighter on Monday."
    )
    events = extract_events(extractor, text)
    assert [
        (e["trigger"], country_codes(e["targets"])) for e in events_of_type(events, "attack")
    ] == [
        ("attacked", {"KWT"}),
        ("set fire", {"SAU"}),
    ]


def test_a_warning_a_state_tells_its_own_people_is_no_threat(extractor):
    for text in (
        "The Foreign Office renewed its warning to Britons not to travel to Lebanon because"
        " of the kidnappings.",
        "The Japanese embassy repeated its warning to Japanese tourists not to visit the"
        " border region.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    for text in (  # another state warned, the warner's own act foretold, no warning
        "Iran renewed its warning to Kuwait not to help Iraq.",
        "The Iraqi government warned Iraqi Kurds that it would crush any uprising.",
        "France has threatened to use its new banking law to deny licences to Japanese banks.",
    ):
        assert events_of_type(extract_events(extractor, text), "threat"), text


def test_what_a_bodys_official_says_the_body_should_do_is_advice_at_home(extractor):
    text = (
        "The European Community should watch developments in the Gulf very carefully, EC"
        " Energy Commissioner Nicolas Mosar said today."
    )
    assert not events_of_type(extract_events(extractor, text), "appeal"), text
    text = "The EC energy commissioner said Japan should open its markets to European goods."
    assert events_of_type(extract_events(extractor, text), "appeal"), text


def test_embassies_and_diplomats_on_alert_are_no_deployment(extractor):
    for text in (
        "The Foreign Office says many British embassies in the region are on high alert for"
        " possible reprisals.",
        "French diplomats in Beirut were put on alert after the bombing.",
    ):
        assert not events_of_type(extract_events(extractor, text), "deployment"), text
    text = "Syrian troops along the border were put on high alert on Monday."
    assert events_of_type(extract_events(extractor, text), "deployment"), text
