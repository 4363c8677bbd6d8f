"""Where an armed act landed when no phrase places it: not a dateline in a country that is no
party to it, but the country of the state it struck (not for ships or aircraft)."""

from __future__ import annotations

from stream.extract import Article


def _places(extractor, text: str) -> dict[str, str | None]:
    events = extractor.extract(Article(id="t", text=text, published_at="1987-05-04T12:00:00Z"))
    return {e["type"]: (e["location"] or {}).get("country") for e in events}


def test_a_dateline_of_no_party_is_not_where_a_blow_landed(extractor):
    assert _places(extractor, "NICOSIA, May 4 - Iranian forces shelled Iraqi positions.") == {
        "shelling": "IRQ"
    }


def test_an_unplaced_blow_lands_in_the_country_struck(extractor):
    text = "Syrian troops renewed their assault on Lebanese militia lines on Sunday."
    assert _places(extractor, text)["attack"] == "LBN"


def test_a_dateline_of_a_party_stays(extractor):
    text = "BAGHDAD, May 4 - Iraqi troops pushed Iranian forces out of positions near the border."
    assert _places(extractor, text)["attack"] == "IRQ"  # may be where it landed


def test_ships_and_aircraft_are_placed_nowhere_by_their_flag(extractor):
    text = "MANAMA, May 4 - Iraqi warplanes attacked two Greek tankers on Sunday."
    assert _places(extractor, text)["attack"] is None
