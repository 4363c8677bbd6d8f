"""Actors of whole articles, round 46: an ethnic group is of the state its clause puts it
in, not of its kin-state; a demonym of a people another state qualifies ('Serb' of 'Bosnian
Serb') on a subject acting in that state is that state's people; a ship after a navy's prefix
is a target of its own; a town after 'the town of' takes the country of the area's own 'in'
phrase. Each rule on sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import extract_events, side_countries

PUB = "1995-07-20T12:00:00Z"


def sides(extractor, text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return side_countries(extract_events(extractor, text, PUB), etype)


def doers(extractor, text: str, etype: str) -> list[list[str]]:
    """The doers' countries of each event of ``etype`` the text gives."""
    return [a for a, _ in sides(extractor, text, etype)]


def done_to(extractor, text: str, etype: str) -> list[list[str]]:
    """The targets' countries of each event of ``etype`` the text gives."""
    return [t for _, t in sides(extractor, text, etype)]


# (text, event type, 'doers' or 'done_to', the countries each such event has on that side)
PEOPLE_CASES = [
    # an ethnic group is of the state its clause puts it in, not of its kin-state
    (
        "Thousands of ethnic Albanians marched through Pristina to protest against the law.",
        "protest",
        "doers",
        [["XKX"]],
    ),
    (
        "Police fired on ethnic Albanian demonstrators in Kosovo on Monday.",
        "attack",
        "done_to",
        [["XKX"]],
    ),
    (
        "Ethnic Albanian rebels seized three villages near Kumanovo in northern Macedonia.",
        "occupation",
        "doers",
        [["MKD"]],
    ),
    (
        "Serbian police expelled tens of thousands of ethnic Albanians from Kosovo in April.",
        "mass_violence",
        "done_to",
        [["XKX"]],
    ),
    # … and at home keeps its state
    (
        "Ethnic Hungarians held a vigil outside the Romanian embassy in Budapest.",
        "protest",
        "doers",
        [["HUN"]],
    ),
    # a demonym another state qualifies ('Bosnian Serb'), acting in that state: its people
    (
        "Serb forces massacred hundreds of Muslim men at Srebrenica in July.",
        "mass_violence",
        "doers",
        [["BIH"]],
    ),
    (
        "Serbs shelled the town of Gorazde on Sunday, killing nine people.",
        "shelling",
        "doers",
        [["BIH"]],
    ),
    # settlers on held ground are of its holder's state
    ("A settler opened fire on worshippers at a mosque in Nablus.", "attack", "doers", [["ISR"]]),
    # a named militia of one state's conflict
    (
        "Interahamwe militiamen massacred hundreds of Tutsis in a church.",
        "mass_violence",
        "doers",
        [["RWA"]],
    ),
    # … but a people acting in its kin-state stays its
    ("Serbian forces burned villages in Kosovo on Sunday.", "attack", "doers", [["SRB"]]),
]


@pytest.mark.parametrize(("text", "etype", "side", "want"), PEOPLE_CASES)
def test_a_people_is_of_the_state_it_acts_in(extractor, text, etype, side, want):
    found = doers(extractor, text, etype) if side == "doers" else done_to(extractor, text, etype)
    assert found == want


def test_a_navy_prefixed_ship_is_the_target(extractor):
    text = "An Iraqi warplane attacked the USS Stark in the Gulf on Sunday."
    assert sides(extractor, text, "attack") == [(["IRQ"], ["USA"])]
    text = "Iranian gunboats attacked HMS Glasgow on Monday."
    assert sides(extractor, text, "attack") == [(["IRN"], ["GBR"])]


def test_a_town_of_an_area_in_a_country_is_that_countrys(extractor):
    text = (
        "NICOSIA, June 3 - Iran said its forces, helped by Kurdish rebels, seized a line of"
        " hills near the town of Mawat in northeastern Iraq in a night attack."
    )
    places = [e["location"] for e in extract_events(extractor, text, PUB)]
    assert places and all(p and p["country"] == "IRQ" for p in places)


def test_spelling_variants_of_a_town_share_its_country():
    from stream.extract.actors import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.lookup("Jiddah").country == gaz.lookup("Jeddah").country == "SAU"


def test_a_force_diverted_to_a_place_is_deployed(extractor):
    text = "WASHINGTON (AP) - Two U.S. destroyers were diverted to the island on Friday."
    assert doers(extractor, text, "deployment") == [["USA"]]
