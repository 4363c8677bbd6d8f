"""Actors of BBC-style news (issue 10): watchdogs and charities whose names run on past a
preposition or an article ('Reporters Without Borders'), and churchmen (popes of the 1980s
to 2000s, archbishops and imams with a country or see named). All sentences are written for
the test."""

from __future__ import annotations

from test_extract_wire_recall import _countries, _extract
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
    appeals = _by_trigger(_extract(extractor, text, published_at=None), "called")
    assert appeals
    assert _countries(appeals[0]["actors"]) == set()  # the watchdog, not Cuba's reporters
    assert _countries(appeals[0]["targets"]) == {"CUB"}


def test_plain_reporters_still_take_their_country(nlp):
    doc = nlp("Chilean reporters protested against the new press law.")
    token = next(t for t in doc if t.text == "reporters")
    assert [a["country"] for a in DocumentActors(doc).resolve(token)] == ["CHL"]


def test_a_pope_of_the_eighties_is_the_vatican(extractor):
    events = _extract(extractor, "Pope John Paul arrived in Lima on Friday for a visit to Peru.")
    visits = [e for e in events if e["type"] == "visit"]
    assert visits
    assert _countries(visits[0]["actors"]) == {"VAT"}
    assert _countries(visits[0]["targets"]) == {"PER"}


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
        events = _by_trigger(_extract(extractor, text, published_at=None), trigger)
        assert events, text
        assert _countries(events[0]["actors"]) == {side}, text
        assert _countries(events[0]["targets"]) == {other}, text


def test_a_bare_bishop_with_no_country_named_is_no_actor(nlp):
    doc = nlp("A bishop urged the rebels to lay down their arms.")
    token = next(t for t in doc if t.text == "bishop")
    assert DocumentActors(doc).resolve(token) == []
