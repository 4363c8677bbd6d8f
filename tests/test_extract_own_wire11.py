"""Classes of the eleventh own-wire study (ten more whole articles written in 1987 wire style
on events of 1985-1990, ``benchmarks/data/own_wire11.*``): border crossings or posts shut
with no neighbour named are a blockade; a nuclear blast at a test site is a weapons test, no
attack; a pronoun subject in a clause of speech names its doer apart from another doer's act
of the same type; 'on standby' that the parser hung on the verb of speech is still the
object of 'put'; a place named with 'of' that the gazetteer knows whole ('Port of Spain') is
that place, not one in the country after 'of'; supplies a state's people carry to its own
side are no aid; a visit to a named place of the visitor's own country, or by the dateline
country's people to a place the gazetteer does not know, is a trip at home; and the set's
score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_border_crossings_shut_with_no_neighbour_named_are_a_blockade(extractor):
    for text, doer in (
        ("Syria shut four border posts on Wednesday.", "SYR"),
        ("Jordan closed two border crossings near Ramtha on Friday.", "JOR"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "blockade")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
        assert not events_of_type(events, "coercion"), text


def test_a_nuclear_blast_at_a_test_site_is_no_attack(extractor):
    text = "India exploded a nuclear device at its test site in the Rajasthan desert on Tuesday."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "attack")
    assert events_of_type(events, "military_exercise")
    text = "Guerrillas exploded a device at the embassy on Tuesday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_pronoun_subject_of_speech_names_a_doer_apart(extractor):
    text = (
        "Egypt said it had sent two warships to the Red Sea, and Sudan moved troops to the border."
    )
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert {c for e in found for c in country_codes(e["actors"])} == {"EGY", "SDN"}
    assert len(found) == 2


def test_standby_hung_on_the_verb_of_speech_is_still_put_on(extractor):
    text = (
        "Guinea and Mali said they had put paratroops on standby to join an African force, "
        "and Ghana sent a frigate to the coast."
    )
    found = events_of_type(extract_events(extractor, text), "deployment")
    doers = [country_codes(e["actors"]) for e in found]
    assert {"GIN", "MLI"} in doers and {"GHA"} in doers


def test_a_place_named_with_of_is_the_place_the_gazetteer_knows_whole(extractor):
    text = "Gunmen attacked a police station in Port of Spain on Friday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and found[0]["location"]["country"] == "TTO"
    assert "ESP" not in country_codes(found[0]["actors"])


def test_supplies_carried_to_a_state_own_side_are_no_aid(extractor):
    text = "Chadian transport planes flew supplies to a Chadian garrison in the north."
    assert not events_of_type(extract_events(extractor, text), "aid")
    text = "Libyan planes flew supplies to a Ugandan garrison on Monday."
    assert events_of_type(extract_events(extractor, text), "aid")


def test_a_trip_to_a_place_of_ones_own_country_is_no_visit(extractor):
    lead = "LIMA, May 5 - Peru protested to Chile over the arrest of two fishermen. "
    for trip in (
        "President Alan Garcia began a visit to the mountain town of Ayacucho on Tuesday.",
        "President Alan Garcia, who faces a budget fight in Congress, cut short a visit to "
        "the river port of Iquitos on Tuesday.",
    ):
        events = extract_events(extractor, lead + trip, "1987-05-05T12:00:00Z")
        assert not events_of_type(events, "visit"), trip
    for trip, whom in (
        ("President Alan Garcia began a visit to La Paz on Tuesday.", {"BOL"}),
        (
            "The Bolivian president began a visit to the mountain town of Ayacucho on Tuesday.",
            set(),
        ),
    ):
        found = events_of_type(
            extract_events(extractor, lead + trip, "1987-05-05T12:00:00Z"), "visit"
        )
        assert found and country_codes(found[0]["targets"]) == whom, trip


def test_own_wire11_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire11")
    assert summary["recall"] >= 0.77
    assert summary["precision"] >= 0.70
