"""Actors and false events of BBC-style stories (no dateline, one country's politics told
from home, companies beside states), on sentences written for the test."""

from __future__ import annotations

from test_extract_wire_recall import _countries, _extract, _of_type


def test_a_bare_government_in_a_story_of_one_states_offices_is_that_states(extractor):
    text = (
        "The government has halted the deportation of rejected refugees to Sudan while "
        "judges hear their appeals.\n\n"
        "Home Office Minister Jane Doe said the pause would last until the summer."
    )
    coercions = _of_type(_extract(extractor, text, "2005-03-01T09:00:00Z"), "coercion")
    assert coercions and _countries(coercions[0]["actors"]) == {"GBR"}


def test_offices_of_two_states_give_a_story_no_home(extractor):
    text = (
        "The government has halted the deportation of rejected refugees to Sudan while "
        "judges hear their appeals.\n\n"
        "Home Office Minister Jane Doe and a White House spokesman said the pause would last."
    )
    coercions = _of_type(_extract(extractor, text, "2005-03-01T09:00:00Z"), "coercion")
    assert coercions and _countries(coercions[0]["actors"]) == set()
