"""``eventstream dashboard``: a local web page of the events as they arrive.

A read-only consumer of the events topic (and of the incidents topic once it exists) keeps
a rolling window of the latest events; an aiohttp server renders one page from it — a
timeline, the countries involved, the latest events with their evidence — and tells the
page about changes with Server-Sent Events. Everything the page needs ships in
``stream/dashboard/static``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from stream.config import Settings
from stream.dashboard.server import DEFAULT_WINDOW, BackgroundServer, Dashboard, serve

__all__ = ["DEFAULT_WINDOW", "BackgroundServer", "Dashboard", "run_dashboard"]


def run_dashboard(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8050,
    window: int = DEFAULT_WINDOW,
    from_beginning: bool = False,
    topic: str | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the dashboard in the foreground until interrupted."""
    dashboard = Dashboard.create(
        settings, window=window, from_beginning=from_beginning, topic=topic
    )
    asyncio.run(serve(dashboard, host, port, ready=ready))
