"""Classes of event-grammar errors (reported blows, word senses, actors), each on sentences
written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1995-06-01T12:00:00Z"))


def _armed(events: list[dict]) -> list[tuple[list[str], list[str]]]:
    """(actor countries, target countries) of each armed act."""
    return [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in events
        if e["type"] in ("attack", "shelling", "airstrike", "clash")
    ]


def test_a_speaker_struck_by_what_it_reports_is_the_target_not_the_doer(extractor):
    fired = _extract(extractor, "Kenya said a rocket was fired at it from Somali territory.")
    assert _armed(fired) == [(["SOM"], ["KEN"])]
    hit = _extract(extractor, "Ghana said Togolese gunboats had shelled its border post.")
    assert _armed(hit) == [(["TGO"], ["GHA"])]
    # a plural speaker's 'its' is someone else's: the rule needs agreement
    other = _extract(extractor, "Diplomats said Togolese gunboats had shelled its border post.")
    assert all("GHA" not in t for _, t in _armed(other))


def test_where_a_blow_was_fired_from_names_its_doer(extractor):
    events = _extract(extractor, "Mortars were fired from Syria at Turkish villages on Monday.")
    assert _armed(events) == [(["SYR"], ["TUR"])]
    # 'from' with a verb that launches nothing is no origin
    seized = _extract(extractor, "Rebels seized weapons from Nigerian peacekeepers.")
    assert all(a != ["NGA"] for a, _ in _armed(seized))
