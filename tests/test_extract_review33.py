"""Mends of the thirty-third review: a 'series' or a 'tragedy' that follows or shows an act is
no work telling a story; a warning that a state would have to act is a threat; a summons is
never laid to the envoy's own state. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_a_series_that_follows_or_shows_an_act_tells_no_story(extractor):
    for text in (
        "BAGHDAD, June 3 - The war went on. A series of air raids on Iranian cities followed.",
        "BAGHDAD, June 3 - The war went on. A tragedy followed when Iraqi jets bombed a village.",
    ):
        assert _armed(extract_events(extractor, text)), text
    text = (
        "WASHINGTON, June 3 - Tension rose on Monday. A series of satellite photographs showed"
        " Iraqi troops massing on the border."
    )
    hit = events_of_type(extract_events(extractor, text), "deployment")
    assert hit and country_codes(hit[0]["actors"]) == {"IRQ"}


def test_a_warning_that_the_warner_would_have_to_act_is_a_threat(extractor):
    text = (
        "BAGHDAD, June 3 - Tension rose on Monday. Iraq warned it would have no choice but to"
        " hit back."
    )
    hit = events_of_type(extract_events(extractor, text), "threat")
    assert hit and country_codes(hit[0]["actors"]) == {"IRQ"}


def test_a_summons_is_never_laid_to_the_envoys_own_state(extractor):
    text = (
        "ANKARA, June 3 - Greece protested on Monday. The Greek ambassador was summoned to the"
        " Greek foreign ministry."
    )
    hit = events_of_type(extract_events(extractor, text), "accusation")
    assert hit and "GRC" not in country_codes(hit[0]["actors"])
