"""Actors and wordings of BBC-style news (issue 10): watchdogs and charities whose names run on past a
preposition or an article ('Reporters Without Borders'), and churchmen (popes of the 1980s
to 2000s, archbishops and imams with a country or see named). All sentences are written for
the test."""

from __future__ import annotations

from event_helpers import country_codes, extract_events
from test_extract_wire_roles import _by_trigger

from stream.extract.actors import DocumentActors


def test_a_body_whose_name_runs_past_a_preposition_is_that_body(nlp):
    for text, head, code in (
        ("Reporters Without Borders urged Cuba to free the editors.", "Reporters", "NGORSF"),
        ("Doctors Without Borders asked Sudan to open the roads.", "Doctors", "NGOMSF"),
        ("Physicians for Human Rights wrote to Chile about the prisoners.", "Physicians", "NGOPHR"),
    ):
        doc = nlp(text)
        token = next(t for t in doc if t.text == head)
        actors = DocumentActors(doc).resolve(token)
        assert [(a["code"], a["country"]) for a in actors] == [(code, None)], text


def test_a_watchdog_appealing_to_a_state_is_no_politics_at_home(extractor):
    text = (
        "A Cuban editor has been jailed for ten years. Reporters Without Borders called on "
        "the Cuban president to free him at once."
    )
    appeals = _by_trigger(extract_events(extractor, text, published_at=None), "called")
    assert appeals
    assert country_codes(appeals[0]["actors"]) == set()  # the watchdog, not Cuba's reporters
    assert country_codes(appeals[0]["targets"]) == {"CUB"}


def test_plain_reporters_still_take_their_country(nlp):
    doc = nlp("Chilean reporters protested against the new press law.")
    token = next(t for t in doc if t.text == "reporters")
    assert [a["country"] for a in DocumentActors(doc).resolve(token)] == ["CHL"]


def test_a_pope_of_the_eighties_is_the_vatican(extractor):
    events = extract_events(
        extractor, "Pope John Paul arrived in Lima on Friday for a visit to Peru."
    )
    visits = [e for e in events if e["type"] == "visit"]
    assert visits
    assert country_codes(visits[0]["actors"]) == {"VAT"}
    assert country_codes(visits[0]["targets"]) == {"PER"}


def test_a_churchman_with_a_country_or_a_see_is_an_actor(extractor):
    for text, trigger, side, other in (
        ("A Lebanese imam urged Syria to pull its troops back.", "urged", "LBN", "SYR"),
        (
            "The Archbishop of Canterbury criticised Zimbabwe over the evictions.",
            "criticised",
            "GBR",
            "ZWE",
        ),
    ):
        events = _by_trigger(extract_events(extractor, text, published_at=None), trigger)
        assert events, text
        assert country_codes(events[0]["actors"]) == {side}, text
        assert country_codes(events[0]["targets"]) == {other}, text


def test_a_bare_bishop_with_no_country_named_is_no_actor(nlp):
    doc = nlp("A bishop urged the rebels to lay down their arms.")
    token = next(t for t in doc if t.text == "bishop")
    assert DocumentActors(doc).resolve(token) == []


def test_the_paris_club_is_a_body_of_no_country(extractor):
    for text, trigger in (
        ("The Paris Club agreed to reschedule part of Peru's official debt.", "agreed"),
        ("Ecuador will open talks with the Paris Club on its official debt next week.", "talks"),
    ):
        events = _by_trigger(extract_events(extractor, text), trigger)
        assert events, text
        parties = events[0]["actors"] + events[0]["targets"]
        assert "FRA" not in country_codes(parties), text
        assert any(p["code"] == "IGOBUSPRC" for p in parties), text


def test_a_word_of_a_body_s_longer_name_alone_names_no_actor(extractor):
    """'club' (the Paris Club) and 'crisis' (the International Crisis Group) alone name no
    political actor: a football club's warning is no candidate sentence."""
    assert not extractor.relevance.spans("The football club warned it would fold without a deal.")
    assert not extractor.relevance.spans("The crisis deepened after the talks failed.")
    assert extractor.relevance.spans("The Paris Club agreed to reschedule the debt.")


def test_not_wishing_to_take_part_is_a_rejection(extractor):
    events = extract_events(extractor, "Chile said it did not wish to take part in the talks.")
    assert [e["type"] for e in events] == ["rejection"]
    assert country_codes(events[0]["actors"]) == {"CHL"}
    wished = extract_events(extractor, "Chile said it wished to take part in the talks.")
    assert [e["type"] for e in wished] == ["meeting"]
    assert wished[0]["date"]["status"] == "planned"


def test_a_party_warned_in_the_passive_not_to_act_is_threatened(extractor):
    for text, doer in (
        ("Oman has been warned by Iran not to open its ports to foreign navies.", {"IRN"}),
        ("Oman was warned not to open its ports to foreign navies.", set()),
    ):
        events = _by_trigger(extract_events(extractor, text, published_at=None), "warned")
        assert [e["type"] for e in events] == ["threat"], text
        assert country_codes(events[0]["actors"]) == doer, text
        assert country_codes(events[0]["targets"]) == {"OMN"}, text
