"""Events matched by a trigger entry and then lost to the actor filters (issue 10): unnamed
crowds of other acts than protests placed in a named country, supporters of someone named by
a role alone, protests stated in a dated background clause with their doer, and matters an
international body looks into. Sentences of our own wording."""

from __future__ import annotations

import pytest

from stream.extract import Article


def _events(extractor, text: str) -> list[dict]:
    found = extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))
    return [e for e in found if not e["negated"]]


def _doers(extractor, text: str, etype: str) -> set[str | None]:
    return {
        a["country"] for e in _events(extractor, text) if e["type"] == etype for a in e["actors"]
    }


@pytest.mark.parametrize(
    ("text", "etype", "country"),
    [
        ("Coal miners in Poland demanded a shorter working week.", "demand", "POL"),
        ("Farm workers in Brazil threatened a national strike over land reform.", "threat", "BRA"),
        ("Supporters of the detained opposition leader rioted in Nairobi.", "protest", "KEN"),
        ("Indigenous groups in Peru blocked highways to demand water rights.", "protest", "PER"),
    ],
)
def test_an_unnamed_crowd_acts_for_its_named_place(extractor, text, etype, country):
    assert _doers(extractor, text, etype) == {country}


def test_a_crowd_at_an_unnamed_place_stays_unplaced(extractor):
    # 'the car plant' names no country: the workers stay the doers, as before
    doers = [
        a["text"]
        for e in _events(extractor, "Workers at the car plant demanded higher pay.")
        for a in e["actors"]
    ]
    assert doers == ["Workers"]


def test_supporters_of_a_named_leader_are_not_an_unnamed_crowd(extractor):
    # the members are named: the place does not stand for them
    assert "KEN" not in _doers(
        extractor, "Supporters of Raila Odinga rallied in Nairobi.", "protest"
    )


def test_a_protest_stated_in_a_background_clause_is_reported(extractor):
    text = "Soldiers detained 30 people in Accra after protesters blocked the main highway."
    assert _doers(extractor, text, "protest") == {"GHA"}
    assert _doers(extractor, text, "coercion") == {"GHA"}


def test_a_background_protest_by_a_pronoun_stays_background(extractor):
    text = "Soldiers detained 30 people in Accra after they blocked the main highway."
    assert _doers(extractor, text, "protest") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The African Union sent a mission to look into reports of mass rapes in the region.",
        "The United Nations will look into the shelling of the refugee camp.",
    ],
)
def test_an_international_body_looking_into_a_matter_investigates(extractor, text):
    assert {e["cameo"] for e in _events(extractor, text)} == {"090"}


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian coast guard is looking into the sinking of the trawler.",
        "The European Commission will examine the budget request.",
        "The United Nations is examining the sinking of the ferry.",
    ],
)
def test_a_matter_looked_over_at_home_or_examined_is_no_investigation(extractor, text):
    assert not any(e["cameo"].startswith("09") for e in _events(extractor, text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Peru's president received the Chilean foreign minister in Lima, and the two"
            " leaders called for talks on the fishing dispute.",
            "appeal",
        ),
        (
            "The Spanish premier welcomed his Portuguese counterpart in Madrid, and the two"
            " signed a water-sharing treaty.",
            "agreement",
        ),
        (
            "Mexico's foreign minister met the Guatemalan president on Monday. The two signed"
            " a border accord in Mexico City.",
            "agreement",
        ),
    ],
)
def test_the_two_are_the_pair_of_the_clause_before(extractor, text, etype):
    # 'the two (leaders)' after a host and a guest: both, each of its own country (a
    # sentence after must name a place of a country to be read at all)
    assert len(_doers(extractor, text, etype)) == 2


def test_two_people_held_are_no_pair_of_states(extractor):
    # 'the two' as the subject of a passive: people, not the countries named before
    text = "Britain protested to Iran after two sailors were seized. The two were freed on Monday."
    assert not {"GBR", "IRN"} <= _doers(extractor, text, "concession")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Security was tightened in Quito before the vote.", "ECU"),
        ("Extra police were deployed in Kampala on Monday.", "UGA"),
    ],
)
def test_a_show_of_force_by_no_one_named_is_the_place_s(extractor, text, country):
    # like an arrest with no doer: only the authorities of the place do it
    assert _doers(extractor, text, "military_exercise") == {country}


def test_a_show_of_force_beside_another_country_stays_open(extractor):
    # the sentence names another country than the place's: whose force it is, is left open
    text = "Security was tightened in Quito after a warning from Colombia."
    assert "ECU" not in _doers(extractor, text, "military_exercise")
