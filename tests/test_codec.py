"""Decoding articles and encoding events and dead letters at the edges of the pipeline."""

from __future__ import annotations

import orjson
import pytest
from test_schemas import valid_event

from stream.codec import (
    Rejected,
    article_id,
    dead_letter,
    decode_article,
    encode_event,
    original_bytes,
    timestamp_to_rfc3339,
)


@pytest.mark.parametrize(
    ("raw", "reason_start"),
    [
        (b"{not json", "invalid_json: "),
        (b'{"text": "unterminated', "invalid_json: "),
        (b"\xff\xfe\x00garbage", "invalid_utf8"),
        (b"", "empty_message"),
        (None, "empty_message"),
        (b"[1, 2]", "not_an_object: array"),
        (b'"just a string"', "not_an_object: string"),
        (b"42", "not_an_object: number"),
        (b"null", "not_an_object: null"),
        (b'{"title": "no text"}', "schema: text: "),
        (b'{"text": ""}', "schema: text: "),
        (b'{"text": "   "}', "schema: text: must contain a non-space character"),
        (b'{"text": "x", "published_at": "last week"}', "schema: published_at: "),
    ],
)
def test_rejections_carry_precise_reasons(raw, reason_start):
    with pytest.raises(Rejected) as info:
        decode_article(raw)
    assert info.value.reason.startswith(reason_start), info.value.reason
    assert info.value.kind == reason_start.split(":")[0]


def test_valid_article_keeps_its_id_and_date(seed_article):
    decoded = decode_article(orjson.dumps(seed_article), timestamp_ms=1_000.0)
    assert decoded.article.id == seed_article["id"]
    assert decoded.article.published_at == seed_article["published_at"]
    assert decoded.article.text == seed_article["text"]
    assert decoded.record == seed_article


def test_missing_publication_time_comes_from_the_message_timestamp():
    ts = 1_730_232_000_000.0  # 2024-10-29T20:00:00Z
    decoded = decode_article(b'{"text": "Leaders met."}', timestamp_ms=ts)
    assert decoded.article.published_at == "2024-10-29T20:00:00Z"
    assert decode_article(b'{"text": "Leaders met."}').article.published_at is None


def test_article_id_from_id_then_url_then_text():
    assert article_id({"id": "abc", "url": "https://x", "text": "t"}) == "abc"
    by_url = article_id({"url": "https://example.org/a", "text": "one"})
    assert by_url == article_id({"url": "https://example.org/a", "text": "two"})
    assert by_url != article_id({"url": "https://example.org/b", "text": "one"})
    by_text = article_id({"text": "one"})
    assert by_text == article_id({"text": "one"}) != article_id({"text": "two"})
    assert by_text != by_url


def test_timestamp_formatting():
    assert timestamp_to_rfc3339(0) == "1970-01-01T00:00:00Z"
    assert timestamp_to_rfc3339(1e18) is None  # past year 9999: no calendar date


def test_a_timestamp_beyond_the_calendar_leaves_the_article_undated():
    decoded = decode_article(b'{"id": "a", "text": "Leaders met."}', timestamp_ms=1e18)
    assert decoded.article.published_at is None


def test_an_unexpected_decoder_failure_dead_letters_one_article(monkeypatch):
    from stream import agents

    def broken(raw, *, timestamp_ms=None):
        if b"boom" in raw:
            raise RuntimeError("decoder bug")
        return decode_article(raw, timestamp_ms=timestamp_ms)

    monkeypatch.setattr(agents, "decode_article", broken)
    messages = [agents.Inbound(b'{"text": "boom"}'), agents.Inbound(b'{"text": "Leaders met."}')]
    outcomes, valid = agents.decode_batch(messages)
    assert outcomes[0].dead_letter["reason"] == "decode_error: RuntimeError: decoder bug"
    assert [i for i, _ in valid] == [1]


def test_dead_letter_keeps_text_and_binary_originals():
    letter = dead_letter(
        b"{bad", "invalid_json: x", topic="articles", partition=2, offset=7, timestamp_ms=0.0
    )
    assert letter["original"] == "{bad" and letter["original_base64"] is None
    assert (letter["topic"], letter["partition"], letter["offset"]) == ("articles", 2, 7)
    assert letter["kind"] == "invalid_json"
    assert original_bytes(letter) == b"{bad"

    binary = b"\xff\x00\xfe"
    letter = dead_letter(binary, "invalid_utf8")
    assert letter["original"] is None
    assert original_bytes(orjson.loads(orjson.dumps(letter))) == binary


def test_encode_event_validates():
    event = valid_event()
    assert orjson.loads(encode_event(event)) == event
    event["type"] = "picnic"
    with pytest.raises(Rejected) as info:
        encode_event(event)
    assert info.value.kind == "invalid_event"
    assert encode_event(event, validate=False)  # the caller may opt out
