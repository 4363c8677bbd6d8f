"""Classes of the twenty-ninth own-wire study (ten whole articles written in 1981-1986 AP, UPI
and Reuter wire style on world diplomacy and conflict of 1981-1986,
``benchmarks/data/own_wire29.*``): a measure ordered by a second verb sharing the subject of an
event verb; an airline barred from landing; a speaker's warning after a told judgement of a
thing with a nationality adjective; a thing said to be 'an act of' a condemning label; a force
backed by its own aircraft, no air raid of theirs; a backed force's verb hung on its backers
before a verb of speech; bare police acting in a place named abroad, that place's; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, one_act

PUB = "1985-06-05T12:00:00Z"


def _act(
    extractor, text: str, etype: str, doers: set[str], done_to: set[str] | None = None
) -> dict:
    return one_act(extractor, text, etype, PUB, doers, done_to)


def test_a_measure_ordered_by_a_second_verb_is_a_second_act(extractor):
    text = "Reagan sided with Britain and ordered sanctions against Argentina on Friday."
    ordered = _act(extractor, text, "sanction", {"USA"}, {"ARG"})
    assert ordered["date"]["value"] == "1985-05-31"
    # a noun a second verb of no enacting only names stays the first verb's content
    text = "Iraq denied the report and described the attack as a lie."
    assert events_of_type(extract_events(extractor, text, PUB), "attack") == []


def test_an_airline_barred_from_landing_is_a_sanction(extractor):
    text = "Japan barred the Soviet airline Aeroflot from landing in the country for two weeks."
    _act(extractor, text, "sanction", {"JPN"}, {"RUS"})


def test_a_warning_after_a_judged_thing_with_a_nationality_is_the_speakers(extractor):
    text = "Tehran radio said the American action was illegal and warned that Iran would respond."
    _act(extractor, text, "threat", {"IRN"})


def test_a_thing_said_to_be_an_act_of_a_condemning_label_is_an_accusation(extractor):
    text = "Libya said the raid was an act of terrorism."
    _act(extractor, text, "accusation", {"LBY"})


def test_a_force_backed_by_aircraft_makes_no_air_raid_of_its_own(extractor):
    text = "Soviet troops backed by bombers pushed into the valley on Monday."
    events = extract_events(extractor, text, PUB)
    assert events_of_type(events, "airstrike") == []
    assert len(events_of_type(events, "attack")) == 1
    # aircraft named as another state's than the force make that state's air raid
    text = "Chadian troops backed by French jets attacked rebel positions near Faya on Monday."
    _act(extractor, text, "airstrike", {"FRA"})


def test_a_backed_force_before_a_verb_of_speech_does_its_own_verb(extractor):
    text = (
        "Some 5,000 Syrian troops backed by jets and tanks crossed into Lebanon on Monday "
        "to hunt guerrillas, army officials said."
    )
    moved = _act(extractor, text, "deployment", {"SYR"}, {"LBN"})
    assert moved["date"]["value"] == "1985-06-03"


def test_bare_police_acting_in_a_place_named_are_that_places(extractor):
    text = (
        "ADDIS ABABA, June 4 - In Nairobi, police fired tear gas at students who marched "
        "on the British embassy on Monday."
    )
    _act(extractor, text, "attack", {"KEN"})
    # police in the dateline's own country stay its police
    text = "ADDIS ABABA, June 4 - Police fired tear gas at students in the capital on Monday."
    _act(extractor, text, "attack", {"ETH"})


def test_own_wire29_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire29")
    assert summary["recall"] >= 0.68
    assert summary["precision"] >= 0.63
    assert summary["dates"] >= 0.92
