"""Classes of the twenty-eighth own-wire study (ten whole articles written in 1990-1995
Reuters wire style on world diplomacy and conflict of 1993-1995, ``benchmarks/data/own_wire28.*``):
a state news agency named with 'news agency' after its name; an armed group's name set after
its noun with no comma; a state quitting an international agency; a palace captured; gunmen
killing a counted people; attacks guarded against with the phrase hung on a place; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, one_act

PUB = "1994-06-10T12:00:00Z"


def _act(
    extractor, text: str, etype: str, doers: set[str], done_to: set[str] | None = None
) -> dict:
    return one_act(extractor, text, etype, PUB, doers, done_to)


def test_a_state_news_agency_written_with_news_agency_speaks_for_its_state(extractor):
    text = "The official Xinhua news agency warned Taiwan against provocations on Thursday."
    _act(extractor, text, "threat", {"CHN"})
    text = "The Anatolian news agency accused Syria of sheltering the rebels on Thursday."
    _act(extractor, text, "accusation", {"TUR"}, {"SYR"})


def test_a_group_named_after_its_noun_is_that_group(extractor):
    text = "The militant group Hamas denounced the accord with Israel on Thursday."
    _act(extractor, text, "accusation", {"PSE"})
    # a group no name follows stays of no state
    text = "The group accused Israel of torture on Thursday."
    _act(extractor, text, "accusation", set(), {"ISR"})


def test_a_state_quitting_an_international_agency_cuts_its_ties(extractor):
    text = "North Korea said on Monday it was quitting the International Atomic Energy Agency."
    event = _act(extractor, text, "sanction", {"PRK"})
    assert event["date"]["value"] == "1994-06-06"
    text = "The director quit the agency in 1990 to join a bank."
    assert events_of_type(extract_events(extractor, text, PUB), "sanction") == []


def test_a_palace_captured_is_ground_taken(extractor):
    text = "Russian troops captured the presidential palace in Grozny on Thursday."
    taken = _act(extractor, text, "occupation", {"RUS"})
    assert taken["date"]["value"] == "1994-06-09"


def test_gunmen_killing_a_counted_people_is_an_attack(extractor):
    text = "Hamas gunmen killed two Israelis near Hebron on Monday."
    _act(extractor, text, "attack", {"PSE"}, {"ISR"})
    assert events_of_type(extract_events(extractor, text, PUB), "clash") == []
    # gunmen killing soldiers stay a fight
    text = "Gunmen killed two soldiers near Hebron on Monday."
    assert len(events_of_type(extract_events(extractor, text, PUB), "clash")) == 1


def test_attacks_a_zone_guards_people_in_a_place_from_are_no_event(extractor):
    text = "The allies set up the zone in August to protect Shi'ites in the marshes from Iraqi air attacks."
    events = extract_events(extractor, text, PUB)
    assert events_of_type(events, "airstrike") == []
    assert events_of_type(events, "attack") == []
    # jets flying from bases in a place still strike
    text = "Iraqi jets attacked Kurds in the marshes from bases near Basra on Monday."
    _act(extractor, text, "attack", {"IRQ"})


def test_own_wire28_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire28")
    assert summary["recall"] >= 0.72
    assert summary["precision"] >= 0.64
