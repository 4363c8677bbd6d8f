"""Classes left from the wire sets of the last rounds (own_wire17, own_wire25 to own_wire28),
on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_agreeing_to_yield_in_a_clause_of_time_is_news(extractor):
    text = (
        "Peacekeepers took over the airport on Monday, a day after the Burmese generals agreed"
        " to step down under pressure from Japan."
    )
    agreements = events_of_type(
        extract_events(extractor, text, "1994-05-12T12:00:00Z"), "agreement"
    )
    assert agreements and country_codes(agreements[0]["actors"]) == {"MMR"}
    assert agreements[0]["date"]["value"] == "1994-05-08"


def test_an_accord_two_countries_signed_read_as_a_second_object(extractor):
    text = (
        "Niger has sent 200 soldiers into northern Chad. The deployment, first reported by"
        " diplomats on Monday, follows a defence agreement the two countries signed in Niamey"
        " in January."
    )
    agreements = events_of_type(
        extract_events(extractor, text, "1994-05-12T12:00:00Z"), "agreement"
    )
    assert agreements and country_codes(agreements[0]["actors"]) == {"NER", "TCD"}
    assert agreements[0]["date"]["value"] == "1994-01"


def test_soldiers_to_be_treated_as_enemy_troops_are_threatened(extractor):
    text = (
        "Sudanese rebels said in a statement issued in Nairobi that Ugandan soldiers would be"
        " treated as enemy troops."
    )
    threats = events_of_type(extract_events(extractor, text, "1995-03-16T12:00:00Z"), "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"SDN"}
    assert country_codes(threats[0]["targets"]) == {"UGA"}


def test_a_coup_backed_by_a_military_government_is_no_cooperation_label(extractor):
    text = (
        "Turkey has kept troops in the north of Cyprus since its forces invaded in 1974 after a"
        " coup backed by the military government in Athens."
    )
    assert not events_of_type(
        extract_events(extractor, text, "1988-08-24T12:00:00Z"), "cooperation"
    )
