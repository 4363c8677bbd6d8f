"""Defects of several kinds found in review, an eleventh round: a summons of a foreign envoy is
an accusation (CAMEO 11x), a protest note handed or sent alone stays a protest."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------- a summons of an envoy is an accusation (CAMEO 11x)


@pytest.mark.parametrize(
    ("text", "doer", "envoy"),
    [
        (
            "The Danish foreign ministry summoned the Chilean ambassador to complain about the "
            "arrests.",
            "DNK",
            "CHL",
        ),
        ("Norway called in the Iraqi charge d'affaires on Tuesday.", "NOR", "IRQ"),
        ("Ghana summoned the Togolese envoy to protest at the border closure.", "GHA", "TGO"),
    ],
)
def test_a_summons_is_an_accusation(extractor, text, doer, envoy):
    found = _of_type(extractor, text, "accusation")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {envoy}, found[0]["targets"]
    assert found[0]["cameo"].startswith("11"), found[0]["cameo"]
    assert not _of_type(extractor, text, "protest")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt summoned the Israeli envoy and handed him a protest note over the raid.",
        "Chile summoned the Bolivian consul on Friday and gave him a note protesting the "
        "border incident.",
    ],
)
def test_a_summons_with_a_note_is_one_accusation(extractor, text):
    kinds = [e["type"] for e in _all(extractor, text)]
    assert kinds == ["accusation"], kinds


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Malaysia delivered a protest note to the Thai embassy on Monday.", "THA"),
        ("Kenya sent a formal protest note to Kampala over the shooting.", "UGA"),
    ],
)
def test_a_note_told_alone_stays_a_protest(extractor, text, target):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["targets"]) == {target}, found[0]["targets"]
    assert not _of_type(extractor, text, "accusation")
