"""Actors of BBC and wire copy, each rule on sentences written for the test, with
the event of like words it must leave alone kept beside it."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

PUB = "2004-11-12T12:00:00Z"


def _types(extractor, text: str) -> set[str]:
    return {e["type"] for e in extract_events(extractor, text, PUB)}


def test_a_name_the_story_marks_as_a_companys_is_no_political_actor(extractor):
    for text in (
        "Shares in Kelvari rose sharply on Monday. Kelvari signed a contract for a new"
        " network in September.",
        "Lumetra chairman John Hale said the deal was good value. Lumetra agreed to pay"
        " 30 million dollars.",
        "Dravex, the engineering group, said it would cooperate fully with the inquiry.",
    ):
        assert not _types(extractor, text) & {"agreement", "cooperation"}, text
    state = (
        "Shares in Kelvari rose sharply on Monday. Kenya signed a contract with Uganda for a"
        " new railway in September."
    )
    assert (["KEN"], ["UGA"]) in side_countries(extract_events(extractor, state, PUB), "agreement")


def test_a_bare_office_of_a_home_story_is_not_of_a_country_named_as_a_place(extractor):
    story = (
        "The Home Office has published new figures. The Foreign Office has opened new missions"
        " in Kabul and in Pyongyang since 1997, in response to what the government says are"
        " new needs. The chancellor has demanded that all departments cut costs."
    )
    assert side_countries(extract_events(extractor, story, PUB), "demand") == [(["GBR"], [])]
    subject = (
        "The Home Office has published new figures. Nigeria has opened new missions in Europe"
        " and in Asia. The president has demanded that all departments cut costs."
    )
    assert side_countries(extract_events(extractor, subject, PUB), "demand") == [(["NGA"], [])]


def test_capitalised_marines_with_no_owner_are_the_us_marines(extractor):
    text = (
        "BAGHDAD, Nov 12 - Insurgents attacked a convoy near the Syrian border on Monday. In"
        " May, about 1,000 Marines fought their way through villages north of the Euphrates,"
        " the military said."
    )
    assert side_countries(extract_events(extractor, text, PUB), "clash") == [(["USA"], [])]
    owned = "BANGKOK, Nov 12 - Thai marines attacked a rebel camp near the border on Monday."
    assert side_countries(extract_events(extractor, owned, PUB), "attack") == [(["THA"], [])]
