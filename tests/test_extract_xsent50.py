"""Acts whose parties are named in another sentence (round 50): a sentence opened by a
subject pronoun that names no actor itself ('He accused …', 'They agreed to meet again') is
read with the sentence before it when that one opens with a subject naming a state or an
office, and the pronoun stands for that subject: an unnamed official who spoke there ('a
Foreign Ministry spokesman said'), the pair of people of two states its subject joined, or a
body the tagger read as a person ('the Peruvian Foreign Ministry'). Texts written for the
test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1989-03-10T12:00:00Z"


def _accuser(extractor, text: str) -> set[str] | None:
    """The doer countries of the accusation told by 'accused' in ``text``."""
    found = events_of_type(extract_events(extractor, text, PUB), "accusation")
    return next((country_codes(e["actors"]) for e in found if e["trigger"] == "accused"), None)


def _passed_runs(extractor, text: str) -> list[str]:
    return [text[run.start : run.end] for run in extractor.relevance.runs(text)]


HE_AFTER_AN_OFFICIAL = (  # 'he' after an unnamed official of a state: that official's state
    "LIMA, March 9 - Ecuador's foreign minister, Diego Cordovez, said on Thursday that "
    "his country would not give up its claim to the Amazon basin.\n\n"
    "In Lima, a Peruvian Foreign Ministry spokesman said the claim had no basis in law. "
    "He accused Quito of stirring up nationalist feeling before the elections."
)
IT_AFTER_A_MINISTRY = (  # 'it' after a ministry the tagger reads as a person: that ministry
    "KINGSTON, March 9 - Jamaica said today that Cuban gunboats had fired on two of its "
    "fishing boats on Tuesday.\n\n"
    "In Havana, the Cuban Foreign Ministry denied that its boats had fired on the fishermen "
    "and said the shooting was a clash between the fishermen and smugglers who use the "
    "coast as a refuge. It accused the Jamaican authorities of letting the smugglers work "
    "freely."
)


@pytest.mark.parametrize(
    ("text", "doer"), [(HE_AFTER_AN_OFFICIAL, {"PER"}), (IT_AFTER_A_MINISTRY, {"CUB"})]
)
def test_a_pronoun_opening_a_sentence_stands_for_the_subject_before(extractor, text, doer):
    assert _accuser(extractor, text) == doer


def test_they_after_a_pair_of_two_states_people_is_that_pair(extractor):
    text = (
        "NEW YORK, March 9 - The foreign ministers of Ethiopia and Somalia met for the first "
        "time in two years at the United Nations today.\n\n"
        "Ethiopian Foreign Minister Berhanu Bayeh and Somali Foreign Minister Jama Barre "
        "spoke for three hours in a closed room, U.N. officials said. They agreed to meet "
        "again next week."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "meeting")
    again = [e for e in found if e["trigger"] == "meet" and "again" in e["evidence"]["sentence"]]
    assert again and country_codes(again[0]["actors"]) == {"ETH", "SOM"}


def test_a_pronoun_sentence_passes_only_after_a_subject_naming_a_state(extractor):
    passes = (
        "In Lima, a Peruvian Foreign Ministry spokesman said the claim had no basis. "
        "He accused them of stirring up feeling."
    )
    assert any("He accused" in run for run in _passed_runs(extractor, passes))
    for text in (
        # the sentence before opens with no state: whom the pronoun stands for is left open
        "Officials claim that the firm has no papers for the land. They also allege that the "
        "ranch is idle.",
        "A group calling itself the Islamic Front said it had taken the engineer. It "
        "threatened to put him on trial.",
        # another paragraph: no antecedent of its own
        "In Lima, a Peruvian Foreign Ministry spokesman said the claim had no basis.\n\n"
        "He accused them of stirring up feeling.",
    ):
        last = text.split(". ")[-1].split("\n")[-1]
        assert not any(last in run for run in _passed_runs(extractor, text)), text
