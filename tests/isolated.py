"""Settings for a test that needs its own topics and consumer group on the shared broker."""

from __future__ import annotations

import uuid
from pathlib import Path

from stream.config import Settings, quick_join


def isolated_settings(
    bootstrap: str, state_dir: Path, prefix: str, **overrides: object
) -> Settings:
    """Fresh topic names and group id (``prefix`` + a random suffix) and quick group timings."""
    suffix = uuid.uuid4().hex[:8]
    base = Settings(
        broker=bootstrap,
        app_id=f"{prefix}-{suffix}",
        articles_topic=f"articles-{suffix}",
        events_topic=f"events-{suffix}",
        dlq_topic=f"articles.dlq-{suffix}",
        receipts_topic=f"articles.receipts-{suffix}",
        incidents_topic=f"incidents-{suffix}",
        datadir=str(state_dir / f"state-{suffix}"),
    )
    return quick_join(base).with_(**overrides)
