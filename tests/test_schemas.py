"""The message contracts accept what they promise and refuse what they must."""

from __future__ import annotations

import copy

import pytest

from stream.schemas import load_schema, schema_errors


def valid_event() -> dict:
    actor = {
        "text": "South Korean President Yoon Suk Yeol",
        "name": "Yoon Suk Yeol",
        "kind": "person",
        "country": "KOR",
        "role": "president",
        "code": "KORGOV",
    }
    return {
        "schema_version": "1.0",
        "event_id": "0123456789abcdef0123456789abcdef",
        "article_id": "seed-ap-2024-10-29",
        "published_at": "2024-10-29T20:00:00Z",
        "extracted_at": "2024-10-30T08:00:00Z",
        "extractor_version": "0.1.0",
        "type": "call",
        "category": "diplomatic",
        "cameo": "041",
        "plover": "CONSULT",
        "actors": [dict(actor, text="Zelenskyy", name="Volodymyr Zelenskyy", country="UKR")],
        "targets": [actor],
        "date": {
            "value": "2024-10-29",
            "start": "2024-10-29",
            "end": "2024-10-29",
            "granularity": "day",
            "text": "Tuesday",
            "basis": "text",
            "mod": None,
            "status": "past",
        },
        "location": {"text": "Kyiv", "name": "Kyiv", "country": "UKR"},
        "quantities": [{"value": 3000, "unit": "soldiers", "approximate": False, "text": "3,000"}],
        "evidence": {"sentence": "Zelenskyy said he spoke to ...", "start": 10, "end": 40},
        "trigger": "spoke",
        "negated": False,
        "confidence": 0.8,
    }


def test_schemas_load_from_one_place():
    assert load_schema("article")["$schema"].endswith("2020-12/schema")
    assert load_schema("event")["title"] == "Event"
    with pytest.raises(ValueError):
        load_schema("nonsense")


@pytest.mark.parametrize(
    "article",
    [
        {"text": "Leaders met."},
        {
            "id": "a-1",
            "text": "Leaders met.",
            "published_at": "2024-10-29T20:00:00Z",
            "url": "https://example.org/a",
            "title": None,
            "source": "AP",
            "language": "en",
        },
        {"text": "x", "published_at": "2024-10-29"},
        {"text": "x", "published_at": "2024-10-29T20:00:00+02:00"},
        {"text": "x", "extra": {"anything": [1, 2]}},
    ],
)
def test_valid_articles(article):
    assert schema_errors("article", article) == []


@pytest.mark.parametrize(
    ("article", "field"),
    [
        ({}, "text"),
        ({"title": "no body"}, "text"),
        ({"text": ""}, "text"),
        ({"text": "  \n\t"}, "text"),
        ({"text": 42}, "text"),
        ({"text": "x", "id": ""}, "id"),
        ({"text": "x", "published_at": "yesterday"}, "published_at"),
        ({"text": "x", "published_at": 1730232000}, "published_at"),
        ({"text": "x", "title": 3}, "title"),
    ],
)
def test_invalid_articles(article, field):
    errors = schema_errors("article", article)
    assert errors, article
    assert any(field in e for e in errors), errors


def test_article_must_be_an_object():
    assert schema_errors("article", ["text"])
    assert schema_errors("article", "text")


def test_valid_event():
    assert schema_errors("event", valid_event()) == []


def test_event_with_publication_date_and_no_location_is_valid():
    event = valid_event()
    event["date"] = {
        "value": None,
        "start": None,
        "end": None,
        "granularity": "unknown",
        "text": None,
        "basis": "publication",
        "mod": None,
        "status": "past",
    }
    event["location"] = None
    event["plover"] = None
    assert schema_errors("event", event) == []


def _set(event: dict, path: str, value) -> dict:
    target = event
    *parents, last = path.split(".")
    for p in parents:
        target = target[int(p)] if isinstance(target, list) else target[p]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value
    return event


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("event_id", _DELETE),
        ("event_id", "NOT-HEX"),
        ("type", "picnic"),
        ("category", "economic"),
        ("cameo", "04a"),
        ("confidence", 1.5),
        ("negated", "no"),
        ("article_id", ""),
        ("unexpected", 1),
        ("actors", [{"text": "x", "name": "x", "kind": "alien"}]),
        ("date.granularity", "fortnight"),
        ("date.basis", "guess"),
        ("location", {"text": "Kyiv"}),
        ("evidence.start", "ten"),
    ],
)
def test_invalid_events(path, value):
    event = _set(copy.deepcopy(valid_event()), path, value)
    assert schema_errors("event", event)


def test_actor_country_must_be_iso3():
    event = valid_event()
    event["actors"][0]["country"] = "UA"
    assert any("country" in e for e in schema_errors("event", event))
