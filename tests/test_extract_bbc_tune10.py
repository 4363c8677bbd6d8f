"""Classes of errors read on the tenth BBC tuning set: a sale forced by authorities is
coercion however it is worded; speaking 'with sincerity' or 'with passion' is a manner, no
telephone call; figures that 'beat' a debt or a target are no beating; a person who defects
(a diplomat, a spy) withdraws no force, armed men who defect do. Each rule on sentences
written for the test, beside one that must stay as it was. (The set's floor of required events
is held in tests/test_bbc_gold.py; its texts stay in the news corpus outside the repository.)"""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types


def test_authorities_forcing_a_sale_coerce(extractor):
    text = "Kenyan tax authorities are forcing the sale of the brewery's main plant."
    assert (["KEN"], []) in side_countries(_extract(extractor, text), "coercion")


def test_a_firm_forcing_a_sale_coerces_no_one(extractor):
    assert "coercion" not in _types(
        extractor, "The Kenyan firm is forcing the sale of its rival's shares."
    )


def test_speaking_with_a_manner_is_no_call(extractor):
    for text in (
        "Kenya's president spoke with great sincerity at the funeral.",
        'The Ghanaian envoy had spoken with "real passion", a colleague said.',
    ):
        assert "call" not in _types(extractor, text), text
    kept = "The Kenyan president spoke with the Ugandan leader on Tuesday."
    assert (["KEN"], ["UGA"]) in side_countries(_extract(extractor, kept), "call")
    officials = "The Kenyan minister spoke with the authorities in Kampala on Tuesday."
    assert "call" in _types(extractor, officials)


def test_figures_beating_a_debt_or_a_target_are_no_attack(extractor):
    for text in (
        "Egypt's exports of dollars 3bn beat its foreign debt of dollars 2bn.",
        "Nigeria's oil revenues beat the government's target for the year.",
    ):
        assert "attack" not in _types(extractor, text), text
    kept = "Kenyan police beat the protesters in Nairobi."
    assert (["KEN"], []) in side_countries(_extract(extractor, kept), "attack")


def test_a_person_defecting_is_no_withdrawal(extractor):
    for text in (
        "A Soviet diplomat defected in 1985.",
        "A Cuban intelligence officer who defected to Britain said he was happy.",
    ):
        assert "withdrawal" not in _types(extractor, text), text
    kept = "Two hundred Congolese soldiers defected to the rebels on Sunday."
    assert "withdrawal" in _types(extractor, kept)
