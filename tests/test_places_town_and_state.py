"""A name after a town's name and a comma says which town is meant ('Birmingham, Alabama')."""

from __future__ import annotations

import pytest

from stream.extract.model import Article
from stream.extract.places import dateline_location


def _events(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2004-05-01"))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Federal agents raided the offices of a hospital firm in Birmingham, Alabama, on Monday.",
            "USA",
        ),
        ("Police arrested two protesters in Paris, Texas, on Monday.", "USA"),
        ("Police arrested 20 protesters in London, Ontario, on Monday.", "CAN"),
        ("Police arrested 20 protesters in Cordoba, Argentina, on Monday.", "ARG"),
    ],
)
def test_town_of_another_country_named_after_a_comma(extractor, text, country):
    (event,) = _events(extractor, text)
    assert event["location"]["country"] == country
    assert [a["country"] for a in event["actors"]] == [country]


def test_a_state_sharing_a_country_name_keeps_the_towns_own(extractor):
    (atlanta,) = _events(extractor, "Police arrested 20 protesters in Atlanta, Georgia, on Monday.")
    assert atlanta["location"]["country"] == "USA"
    assert [a["country"] for a in atlanta["actors"]] == ["USA"]
    (tbilisi,) = _events(extractor, "Police arrested 20 protesters in Tbilisi, Georgia, on Monday.")
    assert tbilisi["location"]["country"] == "GEO"


def test_a_list_of_towns_is_no_qualifier(extractor):
    (event,) = _events(
        extractor, "Police detained 30 people in Paris, London and Berlin on Monday."
    )
    assert event["location"]["country"] == "FRA"


def test_home_town_without_a_qualifier_is_unchanged(extractor):
    (event,) = _events(extractor, "British troops were deployed in Birmingham on Monday.")
    assert event["location"]["country"] == "GBR"


@pytest.mark.parametrize(
    ("place", "country"), [("BIRMINGHAM, Ala.", "USA"), ("PARIS, Texas", "USA")]
)
def test_dateline_with_a_state_abbreviation(place, country):
    assert dateline_location(place)["country"] == country
