"""Rules for classes of wire-story errors (dates, places), each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str, published_at: str = "1995-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["type"] == etype]


def test_a_since_phrase_dates_no_single_event(extractor):
    text = (
        "The Egyptian president will hold talks with the Jordanian king during the visit, "
        "his first to Jordan since he took office in June 1993."
    )
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings
    assert all(e["date"]["value"] != "1993-06" for e in meetings)
    text = "Greek warships staged the largest exercise in the Aegean since 1988, Ankara said."
    assert all(e["date"]["value"] != "1988" for e in _extract(extractor, text))


def test_a_blow_by_another_side_keeps_no_earlier_date(extractor):
    text = (
        "Iraqi warplanes hit an Iranian tanker on May 8. "
        "An Iranian warship set a Greek freighter on fire with a missile."
    )
    attacks = _extract(extractor, text)
    iranian = [e for e in attacks if [a["country"] for a in e["actors"]] == ["IRN"]]
    iraqi = [e for e in attacks if [a["country"] for a in e["actors"]] == ["IRQ"]]
    assert iraqi and iraqi[0]["date"]["value"] == "1995-05-08"
    assert iranian and iranian[0]["date"]["value"] != "1995-05-08"
