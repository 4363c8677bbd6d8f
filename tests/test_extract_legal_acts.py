"""Legal and coercive acts told with nouns and agentless passives: a trial, a jail sentence
received or handed down, convictions handed down, an extradition of a person are a state's
coercion of the people tried or punished; an arrest, jailing or trial with no doer named is
done by the state of the story. Words in other senses stay no events: a trial of a drug, a
sentence of text, charged batteries, courting voters, a sports ban. Sentences written for the
test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def _coercions(extractor, text: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text), "coercion")


def _parties(event: dict) -> set[str]:
    return country_codes(event["actors"]) | country_codes(event["targets"])


def test_the_trial_of_a_named_person_is_coercion(extractor):
    text = "The trial of the Kenyan opposition leader opened in Nairobi on Monday."
    trials = _coercions(extractor, text)
    assert trials and "KEN" in _parties(trials[0])
    text = (
        "The trial of Joseph Mwangi, former chief executive of the Kenyan state power firm,"
        " has started."
    )
    trials = _coercions(extractor, text)
    assert trials and "KEN" in _parties(trials[0])  # a name the tagger reads as a firm


def test_a_trial_of_a_drug_or_a_product_is_no_event(extractor):
    for text in (
        "A trial of the new Ghanaian malaria vaccine began in Accra last year.",
        "The Swiss drugmaker halted the clinical trial of its cancer pill in France.",
    ):
        assert not _coercions(extractor, text), text


def test_a_jail_sentence_received_punishes_its_receiver(extractor):
    text = "A former Zambian finance minister has received a five-year jail sentence."
    sentences = _coercions(extractor, text)
    assert sentences and country_codes(sentences[0]["targets"]) == {"ZMB"}
    text = "The Kenyan opposition leader was given a two-year prison sentence on Monday."
    sentences = _coercions(extractor, text)
    assert sentences and country_codes(sentences[0]["targets"]) == {"KEN"}
    assert sentences[0]["date"]["value"] is not None  # the day told


def test_convictions_handed_down_in_a_state_are_its_coercion(extractor):
    text = "The first convictions for vote rigging have been handed down in Nigeria."
    convictions = _coercions(extractor, text)
    assert convictions and country_codes(convictions[0]["actors"]) == {"NGA"}


def test_a_sentence_of_text_or_a_sports_ban_is_no_coercion(extractor):
    for text in (
        "The Egyptian minister read one sentence of the letter aloud to reporters.",
        "The Nigerian striker received a three-match ban for the foul in Lagos.",
        "The Kenyan army's radios were charged overnight.",
        "The Ghanaian president has been courting voters in the north all week.",
    ):
        assert not _coercions(extractor, text), text


def test_an_agentless_arrest_is_done_by_the_state_of_the_story(extractor):
    text = (
        "Mr Petrov, the former head of Russia's largest oil firm, was arrested in October"
        " on fraud charges and is still in jail."
    )
    arrests = _coercions(extractor, text)
    assert arrests and country_codes(arrests[0]["actors"]) == {"RUS"}


def test_an_agentless_arrest_abroad_is_the_other_state_s(extractor):
    text = "A British tourist was arrested on Tuesday for insulting the Thai king."
    arrests = [e for e in _coercions(extractor, text) if "arrested" in e["trigger"]]
    assert arrests and country_codes(arrests[0]["actors"]) == {"THA"}
    assert country_codes(arrests[0]["targets"]) == {"GBR"}


def test_an_agentless_arrest_among_several_states_keeps_its_doer_open(extractor):
    text = (
        "Germany and Austria are investigating the fraud together."
        " A Turkish businessman was arrested on Friday."
    )
    arrests = [e for e in _coercions(extractor, text) if "arrested" in e["trigger"]]
    assert all(not e["actors"] for e in arrests)
    text = "A Kenyan journalist was arrested on Monday on charges of sedition."
    assert all(not e["actors"] for e in _coercions(extractor, text))  # his own state alone
