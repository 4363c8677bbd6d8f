"""Round 50 (firms50): the tuned lines that fell with the national companies of 0.2.47, and
the doers' countries in one sentence. Texts written for the test."""

from __future__ import annotations

from event_helpers import extract_events

from stream.extract.relevance import political_words

PUB = "1987-08-21T12:00:00Z"


def _by_trigger(events: list[dict]) -> dict[str, dict]:
    return {e["trigger"]: e for e in events}


def test_only_one_word_names_of_national_companies_are_political_words(extractor):
    words = political_words(extractor.gazetteer)
    assert {"gazprom", "pdvsa", "aramco", "nioc"} <= words
    # the words of their longer names are any firm's ('the company', 'marketing') and do not
    # push other names' words out ('petroleum' of OPEC, 'abu' of Abu Dhabi)
    assert not {"company", "marketing", "petroleos"} & words
    assert {"petroleum", "abu"} <= words


def test_a_sentence_naming_only_the_company_is_no_candidate(extractor):
    text = (
        "Agriculture minister Arnoldo Marquez told Reuters the site's documents were false. "
        '"You should ask the company when they are going to put their papers in order and hand '
        'over the land that is not theirs," said Mr Marquez.'
    )
    assert not [e for e in extract_events(extractor, text, PUB) if e["trigger"] == "said"]


def test_a_penalty_still_to_come_is_no_states_act(extractor):
    text = (
        "WASHINGTON, Aug 21 - A U.S. military jury today convicted a Marine of espionage. "
        "He faces up to life in prison when he is sentenced next week."
    )
    assert not [e for e in extract_events(extractor, text, PUB) if e["trigger"] == "sentenced"]


def test_an_aircraft_downed_by_fire_of_no_party_is_no_event(extractor):
    text = (
        "Tehran radio said anti-aircraft fire drove off the raiders over Tabriz and brought "
        "down one of the planes. Iranian gunners brought down an Iraqi plane."
    )
    found = [e for e in extract_events(extractor, text, PUB) if e["type"] == "attack"]
    assert len(found) == 1
    assert {a["country"] for a in found[0]["actors"]} == {"IRN"}


def test_an_attack_on_a_proposal_or_demand_is_criticism_by_a_public_party_only(extractor):
    text = (
        "Management attacked the Korean union's demands as impossible to meet. "
        "Critics later attacked him as an architect of a war the United States could not win. "
        "The Soviet proposal came under attack from Britain."
    )
    found = extract_events(extractor, text, PUB)
    assert all(e["type"] != "attack" for e in found)
    accusations = [e for e in found if e["type"] == "accusation"]
    assert [{a["country"] for a in e["actors"]} for e in accusations] == [{"GBR"}]
