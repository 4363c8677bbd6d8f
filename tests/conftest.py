"""Session fixtures: the project's own test material (tests/fixtures) and one spaCy model per test session."""

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
