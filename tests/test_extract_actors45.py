"""Actors of whole articles, round 45: a force or ship ordered to a place is deployed; a
warship's name after a navy's prefix or a warship's noun is that ship, whatever the name
would say as a person's or a town's, and so when named again alone; aircraft from a warship
are its navy's. Each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "1987-06-01T12:00:00Z"


def doers(extractor, text: str, etype: str) -> list[list[str]]:
    """The doers' countries of each event of ``etype`` the text gives."""
    return [a for a, _ in side_countries(extract_events(extractor, text, PUB), etype)]


def test_a_force_or_ship_ordered_to_a_place_is_deployed(extractor):
    text = "LONDON (Reuter) - Britain ordered the destroyer Exeter to the Gulf on Monday."
    assert doers(extractor, text, "deployment") == [["GBR"]]
    text = (
        "LONDON (Reuter) - Two destroyers had been ordered to the Gulf, the Defence Ministry said."
    )
    assert doers(extractor, text, "deployment") == [["GBR"]]


def test_a_navy_prefix_says_whose_ship(extractor):
    text = "LONDON (Reuter) - The USS Vincennes fired on Iranian gunboats on Sunday."
    events = extract_events(extractor, text, PUB)
    assert side_countries(events, "attack") == [(["USA"], ["IRN"])]
    text = (
        "PARIS (Reuter) - France protested on Monday. HMS Glasgow fired on an Iranian gunboat"
        " on Sunday, a ministry spokesman said."
    )
    assert doers(extractor, text, "attack") == [["GBR"]]


def test_a_warship_named_after_a_person_or_a_town_is_the_ship(nlp):
    from stream.extract.actors import DocumentActors

    doc = nlp(
        "WASHINGTON (AP) - The U.S. carrier Eisenhower sailed on Monday. The frigate"
        " Vincennes fired on gunboats."
    )
    actors = DocumentActors(doc, date="1987-06-01")
    ike = next(t for t in doc if t.text == "Eisenhower")
    assert [(a["kind"], a["country"]) for a in actors.resolve(ike)] == [("military", "USA")]
    ship = next(t for t in doc if t.text == "Vincennes")
    assert [a["kind"] for a in actors.resolve(ship)] == ["military"]


def test_a_warship_named_again_alone_is_the_same_ship(extractor):
    text = (
        "WASHINGTON (AP) - The U.S. cruiser Vincennes shot down an Iranian airliner on"
        " Sunday. Admiral William Crowe told reporters that the Vincennes had been fighting"
        " Iranian gunboats at the time."
    )
    events = extract_events(extractor, text, PUB)
    assert side_countries(events, "clash") == [(["USA"], ["IRN"])]


def test_aircraft_from_a_warship_are_its_navys(extractor):
    text = "WASHINGTON (AP) - Helicopters from the USS Guadalcanal attacked an Iranian minelayer."
    events = extract_events(extractor, text, PUB)
    assert side_countries(events, "attack") == [(["USA"], ["IRN"])]


def test_a_force_a_participle_says_was_sent_acting_is_one_deployment(extractor):
    text = (
        "TEGUCIGALPA (AP) - The first of 2,000 American soldiers ordered to Honduras by"
        " President Reagan arrived at the air base today, the army said."
    )
    events = extract_events(extractor, text, PUB)
    assert len([e for e in events if e["type"] == "deployment"]) == 1


def test_a_people_of_several_states_and_first_of_none_is_of_the_state_it_fights(extractor):
    text = (
        "LONDON, May 3 (Reuter) - Kurdish rebels attacked Iranian border guards on Monday,"
        " killing four, a rebel spokesman said."
    )
    assert doers(extractor, text, "attack") == [["IRN"]]
    text = (
        "LONDON, May 3 (Reuter) - Kurdish guerrillas ambushed a Turkish army convoy near the"
        " border on Monday, a rebel spokesman said."
    )
    assert doers(extractor, text, "attack") == [["TUR"]]
