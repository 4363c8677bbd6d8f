"""Helpers the extraction tests share: run the extractor on written text and read its events."""

from __future__ import annotations

from stream.extract import Article


def extract_events(extractor, text: str, published_at: str = "1987-06-01T12:00:00Z") -> list[dict]:
    """The events ``extractor`` gives for ``text`` as one article published at ``published_at``."""
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def live_events(extractor, text: str, published_at: str = "1987-06-01T12:00:00Z") -> list[dict]:
    """The events the text gives that are not negated (what a CAMEO coder would code)."""
    return [e for e in extract_events(extractor, text, published_at) if not e["negated"]]


def type_cameos(
    extractor, text: str, published_at: str = "1987-06-01T12:00:00Z"
) -> list[tuple[str, str]]:
    """(type, CAMEO code) of each event the text gives that is not negated, sorted."""
    return sorted((e["type"], e["cameo"]) for e in live_events(extractor, text, published_at))


def events_of_type(events: list[dict], etype: str) -> list[dict]:
    """The events of one type, in order."""
    return [e for e in events if e["type"] == etype]


def country_codes(parties: list[dict]) -> set[str]:
    """The countries of an event's actors or targets (parties of no country left out)."""
    return {p["country"] for p in parties if p["country"]}


def side_countries(events: list[dict], etype: str) -> list[tuple[list[str], list[str]]]:
    """(actor countries, target countries) of each event of one type."""
    return [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in events
        if e["type"] == etype
    ]


def only_event(extractor, text: str, etype: str, published_at: str) -> dict:
    """The one event of ``etype`` the text gives (the test fails when there are none or more)."""
    found = events_of_type(extract_events(extractor, text, published_at), etype)
    assert len(found) == 1, text
    return found[0]


def one_act(
    extractor,
    text: str,
    etype: str,
    published_at: str,
    doers: set[str],
    done_to: set[str] | None = None,
) -> dict:
    """The one event of ``etype`` the text gives, checked for its doers' (and targets') states."""
    event = only_event(extractor, text, etype, published_at)
    assert country_codes(event["actors"]) == doers
    if done_to is not None:
        assert country_codes(event["targets"]) == done_to
    return event


def no_act(extractor, text: str, etype: str, published_at: str) -> None:
    """The text, published at ``published_at``, gives no event of ``etype``."""
    assert events_of_type(extract_events(extractor, text, published_at), etype) == [], text


def assert_none_of(extractor, etypes: tuple[str, ...], *texts: str) -> None:
    """None of ``texts`` gives an event of one of ``etypes``."""
    for text in texts:
        found = [e["type"] for e in extract_events(extractor, text) if e["type"] in etypes]
        assert not found, text


def assert_no_act_of_class(
    extractor, etypes: tuple[str, ...], texts: tuple[str, ...], real: str | None
) -> None:
    """None of ``texts`` gives an event of ``etypes``, and ``real`` (a text of the real act,
    when given) still gives one."""
    assert_none_of(extractor, etypes, *texts)
    if real is not None:
        found = extract_events(extractor, real)
        assert any(e["type"] in etypes for e in found), real
