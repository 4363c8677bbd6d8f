"""Acts whose doer is named in another sentence (round 49): a penalty told in the passive in a
sentence that names no party at all ('Wang Lin was arrested in March') is read with the
sentence before it, which names the state the story is about. Texts written for the test."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events

from stream.extract.relevance import Relevance

PUB = "2005-02-10T12:00:00Z"


def _countries(parties: list[dict]) -> set[str]:
    return {p["country"] for p in parties if p["country"]}


def _passed(extractor, text: str) -> list[str]:
    relevance: Relevance = extractor.relevance
    return [text[run.start : run.end] for run in relevance.runs(text)]


def test_a_penalty_with_no_party_after_a_sentence_naming_the_state_is_that_states(extractor):
    text = (
        "A Chinese writer has been jailed for ten years on charges of subversion.\n\n"
        "Wang Lin was arrested in March after he wrote an open letter on the internet."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "coercion")
    doers = {e["trigger"]: _countries(e["actors"]) for e in found}
    assert doers.get("arrested") == {"CHN"}


def test_a_penalty_with_no_party_passes_after_a_candidate_or_a_state_of_its_paragraph(extractor):
    text = (
        "Last month in a Kenyan court, the trader admitted smuggling ivory. "
        "On that occasion, he was fined 5,000 dollars."
    )
    assert any("he was fined" in run for run in _passed(extractor, text))


def test_a_penalty_noun_or_no_state_before_passes_nothing(extractor):
    for text in (
        "Shares in the brewer fell sharply on Monday. The former finance director was "
        "arrested last month.",  # no state named before: whose arrest, the text leaves open
        "The bank admitted failing to report the accounts. It faces a fine of 16m dollars.",
        "Italy's prime minister spoke in Rome on Monday.\n\nA ticket costs a fine sum now.",
    ):
        assert not any(
            "arrested" in run or "fine" in run.split(". ")[-1] for run in _passed(extractor, text)
        ), text
