"""Classes of the twenty-sixth own-wire study (ten whole articles written in 1994-2001 AFP and
AP wire style on world diplomacy and conflict of 1996-2000, ``benchmarks/data/own_wire26.*``):
the possessive inside a body's own name ("the People's Liberation Army") names no owner, so the
body stays its state's whatever place its clause names; staple food given is aid; a rebellion
or uprising launched is an armed act; and the set's score floor. Sentences written for the
test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, only_event

PUB = "1996-03-08T12:00:00Z"


def _act_of(extractor, text: str, etype: str, doer: str, day: str) -> dict:
    """The one event of ``etype`` the text gives, checked for its doer's country and day."""
    event = only_event(extractor, text, etype, PUB)
    assert country_codes(event["actors"]) == {doer}
    assert event["date"]["value"] == day
    return event


def test_a_body_of_one_state_stays_its_states_near_another(extractor):
    text = (
        "BEIJING, March 8 - The People's Liberation Army will hold naval exercises near "
        "Taiwan next week."
    )
    _act_of(extractor, text, "military_exercise", "CHN", "1996-W11")
    # a name other states' bodies bear is still the named state's
    text = "LIMA, March 8 - Peru's president dissolved Congress on Monday."
    events = extract_events(extractor, text, PUB)
    assert all(country_codes(e["actors"]) <= {"PER"} for e in events), events


def test_staple_food_given_is_aid(extractor):
    text = "TOKYO, March 8 - Japan gave 50,000 tonnes of rice to North Korea on Monday."
    aid = _act_of(extractor, text, "aid", "JPN", "1996-03-04")
    assert country_codes(aid["targets"]) == {"PRK"}
    text = (
        "TOKYO, March 8 - Japan said on Monday it would give 50,000 tonnes of rice to North Korea."
    )
    pledge = only_event(extractor, text, "pledge", PUB)
    assert country_codes(pledge["targets"]) == {"PRK"}
    # food sold is trade, no aid
    text = "TOKYO, March 8 - Japan agreed on Monday to sell 50,000 tonnes of rice to North Korea."
    events = extract_events(extractor, text, PUB)
    assert events_of_type(events, "aid") == [] and events_of_type(events, "pledge") == []


def test_a_rebellion_launched_is_an_armed_act(extractor):
    text = "KINSHASA, March 8 - Army mutineers launched a rebellion in the east on Monday."
    _act_of(extractor, text, "attack", "COD", "1996-03-04")
    text = "The rebels launched their uprising on August 2 in the east of the country."
    assert only_event(extractor, text, "attack", PUB)["date"]["value"] == "1995-08-02"


def test_own_wire26_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire26")
    assert summary["recall"] >= 0.86
    assert summary["precision"] >= 0.75
