"""Defects of several kinds found in review, a fifth round: goals ahead and acts looked
towards, acts stopped short of and acts only weighed, sources close to talks, parties of
protests and sales, forces with no state, drills told again and refugees housed."""

from __future__ import annotations

import pytest

from stream.extract import Article


def _all(extractor, text: str, published: str | None = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str, published: str | None = "1987-06-01") -> list[dict]:
    return [e for e in _all(extractor, text, published) if e["type"] == kind]


def _done(extractor, text: str, kind: str, published: str | None = "1987-06-01") -> list[dict]:
    return [e for e in _of_type(extractor, text, kind, published) if not e["negated"]]


# --------------------------------------------------------------------- goals ahead


@pytest.mark.parametrize(
    "text",
    [
        "Markets will look towards next week's meeting of Arab oil ministers in Vienna.",
        "Traders looked toward Thursday's talks between Iran and Saudi Arabia.",
    ],
)
def test_a_gathering_looked_towards_is_still_planned(extractor, text):
    assert _of_type(extractor, text, "meeting"), text


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Tokyo took a first step towards talks on the fishing dispute on Monday.",
        "Officials said progress was made toward resolving the fishing dispute with Japan.",
        "Seoul and Tokyo are edging toward negotiations on their fishing dispute.",
    ],
)
def test_a_course_towards_an_act_is_no_act(extractor, text):
    events = [e for e in _all(extractor, text) if e["type"] in ("meeting", "support")]
    assert not events, text


# --------------------------------------------------------------------- arms among one state's politicians


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinian interior ministry gave weapons to Fatah in Gaza.",
        "The Palestinian interior ministry supplied ammunition to Fatah in Gaza.",
    ],
)
def test_real_arms_given_to_a_party_of_one_state_are_a_transfer(extractor, text):
    assert _of_type(extractor, text, "arms_transfer", None), text


def test_a_figure_of_ammunition_among_politicians_stays_no_transfer(extractor):
    text = "The home secretary's figures gave Tory MPs fresh ammunition against the government."
    assert not _of_type(extractor, text, "arms_transfer", "2005-03-01")
