"""A state's justice acting on its own people (stream/extract/justice.py): a verdict of guilt or
a criminal charge at home is coercion (CAMEO 173) by that country's justice; a charge brought
by named prosecutors or a judge is an accusation, an event even at home; across borders a
verdict stays an accusation (CAMEO 116); procedure is no event."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------ a verdict or a charge at home is coercion


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A Nigerian court convicted the former governor of fraud on Tuesday. The governor "
            "had ruled the oil-rich state for eight years. His lawyers said they would appeal.",
            "NGA",
        ),
        (
            "Two British men have been convicted of murder at a court in Manchester. They will "
            "be sentenced next week.",
            "GBR",
        ),
        (
            "Three Canadian activists who broke into a military base have been charged with "
            "trespass, police in Ottawa said. They are due in court next month.",
            "CAN",
        ),
        (
            "Members of a software piracy ring have been convicted at the Old Bailey. The "
            "longest sentence was four years.",
            "GBR",
        ),
    ],
)
def test_a_verdict_or_charge_at_home_is_coercion(extractor, text, country):
    found = _of_type(extractor, text, "coercion")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert found[0]["cameo"] == "173"
    assert _countries(found[0]["actors"] + found[0]["targets"]) == {country}
    assert not _of_type(extractor, text, "accusation")


def test_a_court_is_the_doer_of_its_verdict(extractor):
    text = "A Nigerian court convicted the former governor of fraud on Tuesday."
    (found,) = _of_type(extractor, text, "coercion")
    assert [a["code"] for a in found["actors"]] == ["NGAJUD"]
    assert _countries(found["targets"]) == {"NGA"}


# ------------------------------------- charges named prosecutors bring: an accusation, kept


def test_prosecutors_charges_at_home_are_an_accusation(extractor):
    text = "Brazilian prosecutors charged the former president with fraud."
    (found,) = _of_type(extractor, text, "accusation")
    assert found["cameo"] == "112"
    assert [a["code"] for a in found["actors"]] == ["BRAJUD"]
    assert _countries(found["targets"]) == {"BRA"}
    assert not _of_type(extractor, text, "coercion")


# --------------------------------------------------- across borders a verdict stays 116


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("A Lima court convicted two Chilean nationals of spying.", "PER", "CHL"),
        ("A Paris court convicted a Lebanese man of planting bombs in the capital.", "FRA", "LBN"),
    ],
)
def test_a_verdict_across_borders_stays_an_accusation(extractor, text, doer, target):
    (found,) = _of_type(extractor, text, "accusation")
    assert found["cameo"] == "116"
    assert _countries(found["actors"]) == {doer}
    assert _countries(found["targets"]) == {target}
    assert not _of_type(extractor, text, "coercion")


def test_a_state_charged_with_aggression_stays_an_accusation(extractor):
    text = "Iran charged the United States with aggression in the Gulf."
    (found,) = _of_type(extractor, text, "accusation")
    assert found["cameo"] == "112"
    assert _countries(found["actors"]) == {"IRN"}
    assert _countries(found["targets"]) == {"USA"}


# ------------------------------------------------------------------ procedure: no event


@pytest.mark.parametrize(
    "text",
    [
        "Three Appeal Court judges dismissed both appeals on Monday. The men had been jailed "
        "for fraud in 2002. Their lawyers said they were considering whether to appeal again.",
        "The Indian firm sued its rival in a Delhi court over a patent. The court will hear the "
        "case next month. A verdict is expected in the spring.",
    ],
)
def test_court_procedure_is_no_event(extractor, text):
    assert not [e for e in _all(extractor, text) if e["type"] in ("accusation", "rejection")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Two British men have been convicted of murder at a court in Manchester. They will "
            "be sentenced next week.",
            "GBRJUD",
        ),
        (
            "Three Canadian activists who broke into a military base have been charged with "
            "trespass, police in Ottawa said. They are due in court next month.",
            "CANCOP",
        ),
    ],
)
def test_the_doer_found_by_place_is_the_country_s_justice(extractor, text, code):
    (found,) = _of_type(extractor, text, "coercion")
    assert [a["code"] for a in found["actors"]] == [code]
    assert [a["kind"] for a in found["actors"]] == ["organization"]


def test_a_finding_of_guilt_at_home_is_an_accusation_kept(extractor):
    text = "A court in Ankara found three Kurdish journalists guilty of separatist propaganda."
    (found,) = _of_type(extractor, text, "accusation")
    assert found["cameo"] == "116"
    assert [a["code"] for a in found["actors"]] == ["TURJUD"]
    assert not _of_type(extractor, text, "coercion")
