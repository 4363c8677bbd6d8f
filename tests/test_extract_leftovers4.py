"""Defects of several kinds found in review, a fourth round: names with particles, one act
told in the lead and again later, forces with no country, negated acts and pronoun doers."""

from __future__ import annotations

from stream.extract import Article


def _all(extractor, text: str, published: str = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str) -> list[dict]:
    return [e for e in _all(extractor, text) if e["type"] == kind]


# --------------------------------------------------------------------- names with particles


def test_a_known_name_with_dos_is_one_person_of_his_state(extractor):
    text = "Jose Eduardo dos Santos accused Pretoria of arming the rebels on Friday."
    (event,) = _of_type(extractor, text, "accusation")
    assert [a["country"] for a in event["actors"]] == ["AGO"]
    assert [t["country"] for t in event["targets"]] == ["ZAF"]


def test_a_titled_known_name_with_dos_keeps_its_state(extractor):
    text = (
        "Angola's President Jose Eduardo dos Santos urged the Security Council on Friday "
        "to condemn the raid."
    )
    events = [e for e in _all(extractor, text) if e["type"] in ("appeal", "demand")]
    assert events
    assert {a["country"] for e in events for a in e["actors"]} == {"AGO"}


def test_particles_of_known_names_are_raised_and_others_left(extractor):
    raise_ = extractor.gazetteer.raise_name_particles
    text = "Jose Eduardo dos Santos met Carlos dos Reis in Rio de Janeiro."
    out = raise_(text)
    assert len(out) == len(text)
    assert "Jose Eduardo Dos Santos" in out
    assert "Carlos dos Reis" in out  # no dictionary knows him
    assert "Rio de Janeiro" in out
