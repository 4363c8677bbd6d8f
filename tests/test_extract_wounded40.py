"""A count of wounded joined to a passive of killing before a 'when' clause ('were killed and
59 wounded when …'): the count suffers the harm, the 'when' clause's blow keeps its doer and
the place it struck, named through a chain of 'of' ('a district of the city of Basra')."""

from __future__ import annotations

from event_helpers import extract_events, side_countries


def _sides(extractor, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger, actor countries, target countries) of each event of ``text``."""
    return [
        (
            e["type"],
            e["trigger"],
            [a["country"] for a in e["actors"]],
            [t["country"] for t in e["targets"]],
        )
        for e in extract_events(extractor, text, "2003-04-01T12:00:00Z")
    ]


def test_a_bare_count_of_wounded_is_no_doer_and_the_strike_is_kept(extractor):
    text = (
        "Eleven civilians were killed and 59 wounded when US missiles hit a residential"
        " district of the southern city of Basra."
    )
    assert _sides(extractor, text) == [("attack", "hit", ["USA"], ["IRQ"])]


def test_a_number_word_of_wounded_leaves_the_blow_of_the_when_clause(extractor):
    text = (
        "Three soldiers were killed and two wounded when a roadside bomb hit their convoy"
        " near Tikrit."
    )
    assert _sides(extractor, text) == [("attack", "hit", [], ["IRQ"])]


def test_dozens_wounded_is_a_count_too(extractor):
    text = (
        "Four policemen were killed and dozens injured when Tamil rebels attacked a police"
        " station in Jaffna."
    )
    assert side_countries(extract_events(extractor, text), "attack") == [(["LKA"], [])]


def test_a_count_with_its_own_be_stays_as_it_was(extractor):
    text = (
        "Two people died and 14 were hurt when Israeli helicopters fired missiles at a car"
        " in Gaza City."
    )
    assert _sides(extractor, text) == [("airstrike", "fired missiles", ["ISR"], ["PSE"])]


def test_a_doer_who_killed_and_wounded_stays_the_doer(extractor):
    text = "Rebels killed three soldiers and wounded two when they ambushed a convoy near Tikrit."
    assert _sides(extractor, text) == [("attack", "killed", ["IRQ"], [])]
