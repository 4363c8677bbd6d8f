"""Classes of BBC misses read on the ninth BBC tuning set and the sets before it: state
coercion whose doer is not named but whose place is (the authorities of that place arrest,
hold or jail), and forced sales by authorities or bailiffs. Each rule on
sentences written for the test, beside one that must stay as it was."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types


def test_an_arrest_by_no_one_named_is_done_where_the_sentence_places_it(extractor):
    for text, doer in (
        ("Two activists were arrested at a hotel in Lyon on Friday.", "FRA"),
        ("Most of the prisoners are held in a jail in northern Kenya.", "KEN"),
        ("Dozens of people were detained across the country - 20 of them in Nairobi.", "KEN"),
    ):
        assert ([doer], []) in side_countries(_extract(extractor, text), "coercion"), text
    foreigners = "Two Belgian men were arrested in London on Tuesday."
    assert (["GBR"], ["BEL"]) in side_countries(_extract(extractor, foreigners), "coercion")


def test_an_arrest_with_no_doer_and_no_place_stays_no_event(extractor):
    assert "coercion" not in _types(extractor, "Two activists were arrested on Friday.")
    adjective = "Three men were detained in the Cuban camp last year."
    assert "coercion" not in _types(extractor, adjective)
    others = (
        "Canadian soldiers patrolled the port all week. Two fishermen were arrested at a "
        "hotel in Mombasa on Friday. The patrols ended on Sunday."
    )
    assert "coercion" not in _types(extractor, others)
    nominal = "The arrest in Lyon of two activists drew little notice."
    assert ([], []) not in side_countries(_extract(extractor, nominal), "coercion")


def test_a_named_doer_keeps_the_arrest(extractor):
    text = "Kenyan police arrested two Belgian men at a hotel in Paris."
    assert (["KEN"], ["BEL"]) in side_countries(_extract(extractor, text), "coercion")


def test_a_sale_by_enforcers_is_coercion(extractor):
    for text, doer in (
        ("The estate was auctioned by Kenyan authorities to settle a tax debt.", "KEN"),
        ("Peruvian bailiffs auctioned the farm last month.", "PER"),
    ):
        assert ([doer], []) in side_countries(_extract(extractor, text), "coercion"), text


def test_a_sale_by_anyone_else_or_a_bank_closed_by_regulators_is_no_coercion(extractor):
    for text in (
        "The Kenyan firm auctioned its art collection.",
        "The government auctioned five mobile licences in Lima.",
        "The small Texas bank was closed by state regulators on Friday.",
    ):
        assert "coercion" not in _types(extractor, text), text
