"""Property tests: no input makes the decoder or the extractor fail in a way the worker can't account for."""

from __future__ import annotations

import json
import string

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stream.accounting import build_receipt, reconcile
from stream.agents import Inbound, decode_batch
from stream.codec import original_bytes
from stream.schemas import schema_errors

KINDS = {
    "empty_message",
    "invalid_utf8",
    "invalid_json",
    "not_an_object",
    "schema",
    "oversize",
    "too_deep",
    "non_english",
}


def _dumps(value: object) -> bytes:
    """JSON as a feed might send it (the standard library also writes integers beyond 64 bits)."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
article_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=20) | st.integers(),
        "text": st.text(max_size=200) | st.integers() | st.none(),
        "published_at": st.sampled_from(
            ["2025-03-12", "2025-03-12T09:30:00Z", "2025-02-30", "2025-13-01T00:00:00Z", "soon", ""]
        )
        | st.text(max_size=12),
        "title": st.text(max_size=20) | st.integers() | st.none(),
        "language": st.sampled_from(["en", "en-GB", "fr", "", None]),
        "meta": json_values,
    },
)
raw_messages = (
    st.binary(max_size=300)
    | json_values.map(_dumps)
    | article_like.map(_dumps)
    | st.text(max_size=200).map(lambda s: s.encode("utf-8"))
)


def _check_outcomes(raws: list[bytes]) -> None:
    messages = [Inbound(raw, topic="articles", partition=0, offset=i) for i, raw in enumerate(raws)]
    outcomes, valid = decode_batch(messages)
    assert len(outcomes) == len(raws)
    valid_indexes = {i for i, _ in valid}
    receipts = []
    for i, outcome in enumerate(outcomes):
        if outcome.dead_letter is not None:
            letter = outcome.dead_letter
            assert i not in valid_indexes
            assert letter["kind"] in KINDS, letter["reason"]
            assert letter["reason"].startswith(letter["kind"])
            assert original_bytes(letter) == raws[i]
            orjson.dumps(letter)  # always serialisable
        else:
            assert i in valid_indexes or outcome.skip_reason is not None
        receipt = build_receipt(outcome, version="test")
        assert schema_errors("receipt", receipt) == [], receipt
        receipts.append(receipt)
    positions = [("articles", 0, i) for i in range(len(raws))]
    assert reconcile(positions, receipts).complete


@settings(max_examples=300, deadline=None)
@given(st.lists(raw_messages, min_size=1, max_size=8))
def test_every_message_gets_exactly_one_accountable_outcome(raws: list[bytes]) -> None:
    _check_outcomes(raws)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=3000), st.sampled_from([b"[", b'{"a":']))
def test_nesting_of_any_depth_is_refused_or_accepted_never_crashes(
    depth: int, opener: bytes
) -> None:
    closer = b"]" if opener == b"[" else b"}"
    nested = opener * depth + b"1" + closer * depth
    _check_outcomes([b'{"text": "Leaders met in Paris.", "meta": ' + nested + b"}"])


NEWS_WORDS = (  # noqa: SIM905 - a sentence is easier to read than a list
    "President Minister troops army rebels Russia Ukraine China United States NATO Hamas Israel "
    "met meets attacked shelled killed said will visit signed agreement ceasefire sanctions "
    "Monday Tuesday yesterday last week next month in 2024 on of the a and not no never "
    "Kyiv Gaza Beijing Washington 3 12 1,000 dozens of people soldiers dead wounded "
    '" , . ; : ( ) - — ’s \n \n\n U.S. Mr. Dr. Jan. 5 10:30 a.m. %'
).split(" ")
news_soup = st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=60).map(" ".join)
odd_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(string.punctuation),
    min_size=1,
    max_size=120,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(news_soup | odd_text, min_size=1, max_size=4), st.sampled_from([None, "2024-10-29"])
)
def test_extractor_never_throws_and_its_events_keep_the_contract(
    extractor, texts: list[str], published_at: str | None
) -> None:
    from stream.extract import Article

    articles = [
        Article(id=f"fuzz-{i}", text=text, published_at=published_at)
        for i, text in enumerate(texts)
    ]
    results = extractor.extract_many(articles)
    assert len(results) == len(articles)
    for article, events in zip(articles, results, strict=True):
        for event in events:
            assert event["article_id"] == article.id
            assert schema_errors("event", event) == [], (article.text, event)
            ev = event["evidence"]
            assert 0 <= ev["start"] <= ev["end"] <= len(article.text)
