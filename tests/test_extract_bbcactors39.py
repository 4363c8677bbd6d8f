"""Actors and false events of BBC-style stories (no dateline, one country's politics told
from home, companies beside states), on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_bare_government_in_a_story_of_one_states_offices_is_that_states(extractor):
    text = (
        "The government has halted the deportation of rejected refugees to Sudan while "
        "judges hear their appeals.\n\n"
        "Home Office Minister Jane Doe said the pause would last until the summer."
    )
    coercions = events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "coercion")
    assert coercions and country_codes(coercions[0]["actors"]) == {"GBR"}


def test_offices_of_two_states_give_a_story_no_home(extractor):
    text = (
        "The government has halted the deportation of rejected refugees to Sudan while "
        "judges hear their appeals.\n\n"
        "Home Office Minister Jane Doe and a White House spokesman said the pause would last."
    )
    coercions = events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "coercion")
    assert coercions and country_codes(coercions[0]["actors"]) == set()


def test_a_carrier_halting_its_flights_is_no_sanction(extractor):
    text = (
        "Skyline Air is to stop flying from Manchester to Nairobi from 1 May.\n\n"
        "The carrier cut its flights to Kenya for a month last year. "
        "Skylair will now suspend the Kenyan flights, a spokesman said."
    )
    events = extract_events(extractor, text, "2005-03-01T09:00:00Z")
    assert events_of_type(events, "sanction") == []
    assert events_of_type(events, "threat") == []


def test_a_state_halting_flights_still_sanctions(extractor):
    text = "Russia suspended all flights to Georgia on Tuesday."
    sanctions = events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "sanction")
    assert sanctions and country_codes(sanctions[0]["targets"]) == {"GEO"}


def test_a_rite_attended_at_home_is_no_meeting(extractor):
    text = "President Mbeki attended a ceremony in the coastal town of Durban on Sunday."
    assert events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "meeting") == []


def test_a_ceremony_attended_with_another_state_stays_a_meeting(extractor):
    text = "President Mbeki attended a ceremony with Nigerian leaders in Abuja on Monday."
    meetings = events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "meeting")
    assert meetings and country_codes(meetings[0]["actors"]) == {"ZAF"}


def test_what_a_state_would_give_once_admitted_is_no_pledge(extractor):
    text = (
        "If admitted into the EU, Albania would contribute almost 2bn euros (dollars 3bn) to "
        "its budget by 2020, a study says."
    )
    assert events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "pledge") == []


def test_an_offer_on_another_partys_condition_stays_a_pledge(extractor):
    text = "Albania would contribute 2bn euros to the fund if Greece lifted its veto, he said."
    pledges = events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "pledge")
    assert pledges and country_codes(pledges[0]["actors"]) == {"ALB"}


def test_attacking_bare_costs_is_cost_cutting_no_accusation(extractor):
    text = (
        "Taiwan's Ming Textiles, one of the largest towel makers, said it was attacking "
        "costs by moving more work to Vietnam."
    )
    assert (
        events_of_type(extract_events(extractor, text, "2005-03-01T09:00:00Z"), "accusation") == []
    )


def test_attacking_the_costs_of_a_scheme_stays_an_accusation(extractor):
    text = "The French president attacked the costs of the British rebate on Monday."
    accusations = events_of_type(
        extract_events(extractor, text, "2005-03-01T09:00:00Z"), "accusation"
    )
    assert accusations and country_codes(accusations[0]["actors"]) == {"FRA"}
