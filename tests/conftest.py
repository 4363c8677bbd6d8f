"""Session fixtures: the project's own test material (tests/fixtures) and one spaCy model per test session.

The suite runs in two processes (pytest-xdist, whole files to each; see ``addopts`` in
``pyproject.toml``): a "session" is one such process, so each loads the model once.

Extraction tests take the ``extractor`` fixture (one ``Extractor`` and one loaded model for the
whole session, about a CPU-second and a model load saved per use) and never build their own
``Extractor()``: a test that needs other settings builds ``Extractor(extractor.nlp, ...)`` on
the shared model, and a test that must change an extractor's state changes such a copy, never
the shared one. A test that runs a benchmark's ``main`` in-process takes
``benchmark_extractor`` so the benchmark scores with the same shared extractor. Events of the
seed article are ``seed_events``. Helpers that run the extractor on written text and read its
events (``extract_events``, ``events_of_type``, ``country_codes``, ``side_countries``) live in
``event_helpers.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_article() -> dict:
    return json.loads((FIXTURES / "seed" / "article.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extractor():
    """One Extractor (and so one loaded spaCy model) for the whole test session."""
    from stream.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def seed_events(extractor, seed_article) -> list[dict]:
    """The seed article's events, extracted once (copy them before changing one)."""
    from stream.extract import Article

    a = seed_article
    events = extractor.extract(
        Article(id=a["id"], text=a["text"], published_at=a.get("published_at"))
    )
    assert events, "the seed article gives events"
    return events


@pytest.fixture
def benchmark_extractor(extractor, monkeypatch):
    """A default ``Extractor()`` built while the test runs is the session's extractor, so a
    benchmark's ``main`` run in-process loads no second model."""
    import stream.extract

    def shared(*args, **kwargs):
        assert not args and not kwargs, "only the default extractor is shared"
        return extractor

    monkeypatch.setattr(stream.extract, "Extractor", shared)
    return extractor


@pytest.fixture(scope="session")
def broker():
    """One embedded Kafka-compatible broker for the session (memory only; use unique topics)."""
    from stream.broker import EmbeddedBroker

    with EmbeddedBroker() as embedded:
        yield embedded


@pytest.fixture(scope="session")
def eventstream_cmd() -> list[str]:
    """The command that runs the ``eventstream`` CLI of this checkout."""
    import sys

    script = Path(sys.executable).parent / "eventstream"
    return [str(script)] if script.exists() else [sys.executable, "-m", "stream"]
