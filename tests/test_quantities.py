"""Counts with units: hedged numbers, borrowed units, vague plurals and what is not a count."""

from __future__ import annotations

import pytest

from stream.extract.quantities import find_quantities


def _quantities(nlp, text: str, trigger: str | None = None):
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        tok = next((t for t in sent if t.text == trigger), None) if trigger else None
        if trigger and tok is None:
            continue
        out.extend(find_quantities(sent, tok))
    return out


def _only(quantities):
    assert len(quantities) == 1, quantities
    return quantities[0]


def test_hedged_count(nlp):
    q = _only(_quantities(nlp, "North Korea has sent some 10,000 soldiers to help Russia."))
    assert (q["value"], q["unit"], q["approximate"], q["text"]) == (
        10000,
        "soldiers",
        True,
        "some 10,000",
    )


def test_nationality_is_not_part_of_the_unit(nlp):
    q = _only(
        _quantities(nlp, "He said 3,000 North Korean soldiers are already at military bases.")
    )
    assert (q["value"], q["unit"], q["approximate"]) == (3000, "soldiers", False)


def test_unit_synonyms_are_normalised(nlp):
    q = _only(_quantities(nlp, "The army deployed 1,500 troops to the border."))
    assert (q["value"], q["unit"]) == (1500, "soldiers")


def test_couple_thousand_borrows_the_unit(nlp):
    text = "A small number of North Korean troops are in Kursk, and a couple thousand more are heading there."
    q = _only(_quantities(nlp, text, "heading"))
    assert (q["value"], q["unit"], q["approximate"]) == (2000, "soldiers", True)


def test_named_weapon_takes_the_common_noun(nlp):
    q = _only(
        _quantities(
            nlp, "The US plans to provide Ukraine with 500 additional Patriot and ARAAM missiles."
        )
    )
    assert (q["value"], q["unit"], q["approximate"]) == (500, "missiles", False)


def test_vague_plural(nlp):
    text = "Biden plans to push artillery systems, ammunition, hundreds of armored vehicles and more to Ukraine."
    q = _only(_quantities(nlp, text))
    assert q == {"value": None, "unit": "armored vehicles", "approximate": True, "text": "hundreds"}


def test_number_after_a_stray_paragraph_break(nlp):
    text = "He said 3,000 North Korean soldiers are at bases and he expects that deployment to increase\n\nto 12,000."
    values = {(q["value"], q["unit"]) for q in _quantities(nlp, text)}
    assert (12000, "soldiers") in values


@pytest.mark.parametrize(
    "text",
    [
        "The officials said during the two-hour meeting that talks went well.",
        "The almost three-year war goes on.",
        "Zelenskyy said on Tuesday, Oct. 29, 2024, that the war goes on.",
        "The country spent $50 million on defense in 1999.",
        "Support for the war fell to 20 percent.",
        "Chinese media said the two sides had an exchange.",
        "The first meeting took place last year.",
        "The Army will pay 3.5 billion dlrs over the next four years.",
        "He wanted to spend an extra pounds 500m a year on refugees.",
        '"The troops will stay," he told BBC Radio 4\'s Today programme.',
    ],
)
def test_not_counts(nlp, text):
    assert _quantities(nlp, text) == []


def test_at_least_is_approximate(nlp):
    q = _only(_quantities(nlp, "At least three Iraqi civilians have been killed in Baghdad."))
    assert (q["value"], q["unit"], q["approximate"], q["text"]) == (
        3,
        "civilians",
        True,
        "At least three",
    )


def test_scaled_numbers(nlp):
    q = _only(_quantities(nlp, "The war has displaced 1.5 million refugees."))
    assert (q["value"], q["unit"]) == (1500000, "refugees")


def test_trigger_restricts_to_its_clause(nlp):
    text = "Russia sent 200 tanks to the border, while officials said 40 protesters were arrested in Moscow."
    assert [q["value"] for q in _quantities(nlp, text, "sent")] == [200]


def test_nested_round_plurals_and_dozens(nlp):
    q = _only(_quantities(nlp, "Tens of thousands of protesters marched."))
    assert q == {
        "value": None,
        "unit": "protesters",
        "approximate": True,
        "text": "Tens of thousands",
    }
    q = _only(_quantities(nlp, "A dozen tanks crossed the border."))
    assert (q["value"], q["unit"], q["text"]) == (12, "tanks", "A dozen")
    q = _only(_quantities(nlp, "Five hundred Ugandan rebels surrendered."))
    assert (q["value"], q["unit"]) == (500, "rebels")


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed 1e400 soldiers into Ukraine.",
        "Russia deployed 10,000,000,000,000,000,000,000 troops to the border.",
    ],
)
def test_absurd_numbers_are_no_counts(nlp, text):
    assert _quantities(nlp, text) == []


def test_toll_participle_belongs_to_the_event(nlp):
    text = "A car bomb exploded at an army base last night, injuring about 30 people."
    q = _only(_quantities(nlp, text, "exploded"))
    assert (q["value"], q["unit"], q["approximate"]) == (30, "people", True)


def test_rounds_of_shells_count_the_shells_and_clock_times_are_no_counts(nlp):
    text = (
        "The destroyers fired about 1,000 rounds of five-inch shells at the rig "
        "beginning at about 1400 Gulf time (0700 EDT) on Monday."
    )
    q = _only(_quantities(nlp, text, "fired"))
    assert (q["value"], q["approximate"]) == (1000, True) and q["unit"].endswith("shells")
    assert _quantities(nlp, "Negotiators held three rounds of talks in Geneva.", "held") == []
