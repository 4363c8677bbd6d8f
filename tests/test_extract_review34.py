"""Mends of the thirty-fourth review: the initials of a name with two joining words in a row
('Front for the Liberation of Mozambique': FLM); the object of a 'since' phrase on a lasting
act is where the act began, never a comparison ('since the first week of March'); an act that
'came from' a party keeps the target its own phrase names ('the attack on the Kuwaiti tanker
came from Iran'). Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.actors import _initialled_names


def test_initials_pass_over_two_joining_words_in_a_row(nlp):
    doc = nlp("Rebels of the Front for the Liberation of Mozambique attacked a village.")
    # the name may begin at its first word or after joining words: 'Rebels' or 'Front'
    assert _initialled_names(doc) == [("RFLM", 9), ("FLM", 9)]


def test_initials_of_a_name_with_two_joining_words_stand_for_its_body(extractor):
    text = (
        "NAIROBI, June 12 - Rebels of the Army for the Liberation of the Ugandan North ambushed "
        "a convoy on Monday. The ALUN said its fighters had also seized a police post near the "
        "border."
    )
    events = extract_events(extractor, text)
    seized = [e for e in events if e["trigger"].startswith("seized")]
    assert seized and country_codes(seized[0]["actors"]) == {"UGA"}, seized


def test_the_object_of_a_since_phrase_on_a_lasting_act_is_its_start(extractor):
    text = "Syrian troops have occupied the town since the first week of March."
    found = events_of_type(extract_events(extractor, text, "1987-06-01T12:00:00Z"), "occupation")
    assert found, text
    date = found[0]["date"]
    assert (date["value"], date["mod"], date["text"]) == (
        "1987-W10",
        "ON_OR_AFTER",
        "the first week of March",
    )


def test_an_act_that_came_from_a_party_keeps_its_target(extractor):
    text = "BAGHDAD, June 3 - The attack on the Kuwaiti tanker came from Iran, officials said."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found, text
    assert country_codes(found[0]["actors"]) == {"IRN"}
    assert country_codes(found[0]["targets"]) == {"KWT"}
    # a request that came from a party is still that party's appeal
    text = "WASHINGTON, June 3 - The request for more troops had come from US commanders."
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"USA"}, text
