"""Actors of whole articles, round 44: a bare force acting in a named place of another state
than the one the lead names, a people named with its place and then alone, a force or ship a
state orders to move, a body's descriptor set before its name; and the town-and-comma rule
applied in one helper. Each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "1989-06-05T12:00:00Z"


def test_a_bare_force_acting_in_a_named_place_is_that_places_states(extractor):
    text = (
        "WASHINGTON (Reuter) - President Bush halted visits between American and Chinese"
        " military leaders on Monday. He said he would not break relations with Peking.\n\n"
        "Troops and tanks stormed Tiananmen Square early on"
        " Sunday, firing into crowds that had occupied the square for seven weeks."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "attack")] == [["CHN", "CHN"]]


def test_a_bare_force_after_another_states_force_or_arriving_keeps_its_reading(extractor):
    text = (
        "WASHINGTON (AP) - U.S. Marines went ashore in Grenada on Tuesday. Troops seized the"
        " airport at Point Salines after a short fight."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "occupation")] == [["USA"]]
    text = '"Our forces stormed Iraqi positions near Fao," the communique said.'
    events = extract_events(extractor, text, PUB)
    assert "IRQ" not in {c for a, _ in side_countries(events, "attack") for c in a}


def test_a_people_named_with_its_place_keeps_that_place(extractor):
    text = (
        "UNITED NATIONS (AP) - The Security Council met on Monday. Ethnic Albanians in Kosovo"
        " rioted for a fourth day. Albanians attacked police stations in three towns."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "attack")] == [["XKX"]]
    text = (
        "LONDON (Reuter) - Britain voiced concern on Monday. Kosovo's Albanians staged a general"
        " strike."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "protest")] == [["XKX"]]
    text = (
        "TIRANA (Reuter) - Albanians attacked police stations in three towns, the government said."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "attack")] == [["ALB"]]


def test_a_ship_a_state_orders_to_move_is_that_states(extractor):
    text = (
        "WASHINGTON (AP) - Defense Secretary Caspar Weinberger ordered the battleship New Jersey"
        " to move closer to the Lebanese coast."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "deployment")] == [["USA"]]
    text = (
        "WASHINGTON (AP) - President Reagan ordered the aircraft carrier Saratoga to sail to the"
        " eastern Mediterranean on Tuesday."
    )
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "deployment")] == [["USA"]]


def test_a_bodys_descriptor_before_its_name_is_one_actor(extractor):
    text = "The guerrilla movement Polisario Front attacked a Moroccan army post."
    events = extract_events(extractor, text, PUB)
    attacks = [e for e in events if e["type"] == "attack"]
    assert [[a["text"] for a in e["actors"]] for e in attacks] == [["Polisario Front"]]
    text = "LIMA (Reuter) - The guerrilla group Shining Path bombed a power station on Monday."
    events = extract_events(extractor, text, PUB)
    assert [a for a, _ in side_countries(events, "attack")] == [["PER"]]


def test_the_town_and_comma_rule_is_one_helper(nlp):
    from stream.extract.actors import Gazetteer, town_country, town_qualifier

    gaz = Gazetteer.default()
    doc = nlp("The bomb went off in Birmingham, Alabama, on Sunday.")
    town = next(t for t in doc if t.text == "Birmingham")
    span, iso3 = town_qualifier(town, "GBR", gaz)
    assert (span.text, iso3) == ("Alabama", "USA")
    assert town_country(town, "GBR", gaz) == "USA"
    doc = nlp("Talks opened in Tbilisi, Georgia, on Monday.")
    town = next(t for t in doc if t.text == "Tbilisi")
    assert town_country(town, "GEO", gaz) == "GEO"
    doc = nlp("Talks opened in Paris, London and Berlin.")
    town = next(t for t in doc if t.text == "Paris")
    assert town_qualifier(town, "FRA", gaz) is None
