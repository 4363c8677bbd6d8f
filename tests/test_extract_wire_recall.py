"""Recall classes of unseen wire copy (issue 10), each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.normalize import normalize


def _extract(extractor, text: str, published_at: str = "1987-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["type"] == etype]


def _countries(parties: list[dict]) -> set[str]:
    return {p["country"] for p in parties if p["country"]}


def test_the_wire_capital_after_a_country_abbreviation_is_lowered():
    text = "The U.S. Raid on the port and the U.S. And British ships, U.S. Officials said."
    clean = normalize(text)
    assert clean.text == (
        "The U.S. raid on the port and the U.S. and British ships, U.S. officials said."
    )
    assert clean.to_original(clean.text.index("raid")) == text.index("Raid")
    named = "U.S. Defence Secretary Frank Dobbs met U.K. Trade officials in the U.S. The talks"
    assert normalize(named).text == named  # names and a new sentence keep their capitals


def test_an_event_noun_written_with_the_wire_capital_is_found(extractor):
    text = "Oil prices fell after the U.S. Raid on a Libyan radar station on Tuesday, dealers said."
    attacks = _of_type(_extract(extractor, text), "attack") + _of_type(
        _extract(extractor, text), "airstrike"
    )
    assert attacks
    assert _countries(attacks[0]["actors"]) == {"USA"}
    assert _countries(attacks[0]["targets"]) == {"LBY"}


def test_a_warning_is_aimed_at_the_party_warned_when_no_party_acts_in_its_condition(extractor):
    text = "The Saudi king warned Iran of grave consequences if the raids on shipping went on."
    threats = _of_type(_extract(extractor, text), "threat")
    assert threats and _countries(threats[0]["targets"]) == {"IRN"}
    text = "Iraq will retaliate if Iran attacks Basra again, the minister said."
    threats = _of_type(_extract(extractor, text), "threat")
    assert threats and _countries(threats[0]["targets"]) == {"IRN"}


def test_coordinated_verbs_share_the_object_the_second_one_names(extractor):
    text = "Iranian troops killed or wounded over 900 Iraqis in the new offensive, IRNA said."
    attacks = _of_type(_extract(extractor, text), "attack")
    assert attacks and _countries(attacks[0]["targets"]) == {"IRQ"}
    assert attacks[0]["quantities"] and attacks[0]["quantities"][0]["value"] == 900
