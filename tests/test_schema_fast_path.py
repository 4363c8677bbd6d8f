"""The compiled schema check (the hot path for every event) answers like the general validator."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stream.schemas import _compiled, is_valid, schema_errors, validator

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", " ", "RUS", "ukr", "2024-10-29", "2024-02-31", "2024-W44", "x" * 9])
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


def _paths(obj: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key / index path inside ``obj``."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append((*prefix, k))
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.append((*prefix, i))
            out.extend(_paths(v, (*prefix, i)))
    return out


def _mutate(obj: Any, path: tuple, value: Any, delete: bool) -> Any:
    obj = copy.deepcopy(obj)
    parent = obj
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return obj


def test_both_schemas_compile():
    assert _compiled("event") is not None
    assert _compiled("article") is not None


def test_extracted_events_are_valid_on_both_paths(seed_events):
    for event in seed_events:
        assert is_valid("event", event)
        assert validator("event").is_valid(event)
        assert schema_errors("event", event) == []


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_events_get_the_general_validators_verdict(seed_events, data):
    event = data.draw(st.sampled_from(seed_events))
    path = data.draw(st.sampled_from(_paths(event)))
    delete = isinstance(path[-1], str) and data.draw(st.booleans())
    mutated = _mutate(event, path, data.draw(JSON_VALUES), delete)
    before = copy.deepcopy(mutated)
    assert is_valid("event", mutated) == validator("event").is_valid(mutated)
    assert mutated == before, "the check must not change what it checks"
    assert (schema_errors("event", mutated) == []) == validator("event").is_valid(mutated)


@settings(max_examples=200, deadline=None)
@given(
    record=st.dictionaries(
        st.sampled_from(["id", "text", "published_at", "title", "url", "x"]),
        JSON_VALUES,
        max_size=5,
    )
)
def test_articles_get_the_general_validators_verdict(record):
    assert is_valid("article", record) == validator("article").is_valid(record)


def test_impossible_calendar_dates_are_refused(seed_events):
    event = copy.deepcopy(seed_events[0])
    event["date"]["start"] = "2024-02-31"
    assert not is_valid("event", event)
    assert schema_errors("event", event)
