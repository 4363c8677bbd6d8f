"""The dashboard's web server (aiohttp): the page, its parts as JSON, and a stream of changes.

- ``GET /`` the whole page, rendered for the filters in its query string;
- ``GET /view?…`` the page's dynamic parts (HTML fragments) as JSON, for the same filters;
- ``GET /updates`` Server-Sent Events: the window's version, size and the broker's state,
  sent whenever one of them changes (the page then fetches ``/view``);
- ``GET /static/…`` the stylesheet and script (shipped in the package, nothing from the web).
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import web

from stream.config import Settings
from stream.dashboard.feed import Feed
from stream.dashboard.view import Query, render
from stream.dashboard.window import RollingWindow

STATIC = Path(str(resources.files("stream.dashboard").joinpath("static")))
DEFAULT_WINDOW = 10_000
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
"""``{{name}}`` in ``static/index.html``, filled in one pass (so event text is never read as one)."""
UPDATE_EVERY = 0.25
"""Seconds between checks for changes on each open update stream."""


@dataclass
class Dashboard:
    """The windows, the feed filling them, and the views rendered from them."""

    events: RollingWindow
    incidents: RollingWindow
    feed: Feed | None = None
    topic: str = "events"
    _cache: dict[tuple[int, int, str], dict[str, str]] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        settings: Settings,
        *,
        window: int = DEFAULT_WINDOW,
        from_beginning: bool = False,
        topic: str | None = None,
        incidents_topic: str | None = None,
    ) -> Dashboard:
        events = RollingWindow(window, "event_id")
        incidents = RollingWindow(window, "incident_id")
        feed = Feed(
            settings,
            events,
            incidents,
            events_topic=topic,
            incidents_topic=incidents_topic or settings.incidents_topic,
            from_beginning=from_beginning,
        )
        return cls(events, incidents, feed, feed.events_topic)

    @property
    def broker_state(self) -> str:
        return self.feed.state if self.feed is not None else "live"

    def status(self) -> dict[str, Any]:
        return {
            "version": self.events.version + self.incidents.version,
            "event_count": len(self.events),
            "incident_count": len(self.incidents),
            "broker": self.broker_state,
            "error": self.feed.error if self.feed is not None else "",
        }

    def view(self, query: Query) -> tuple[int, dict[str, str]]:
        """The windows' version and the page's parts for ``query`` at that version (cached
        until the windows change)."""
        version = self.events.version + self.incidents.version
        key = (self.events.version, self.incidents.version, json.dumps(query.values))
        cached = self._cache.get(key)
        if cached is None:
            cached = render(
                self.events.snapshot(),
                self.incidents.snapshot(),
                query,
                window=self.events.size,
                received=self.events.received,
            )
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = cached
        return version, cached


def build_app(dashboard: Dashboard) -> web.Application:
    """The aiohttp application serving ``dashboard``."""
    app = web.Application()
    template = (STATIC / "index.html").read_text(encoding="utf-8")

    async def page(request: web.Request) -> web.Response:
        query = Query.parse(request.query)
        version, parts = await asyncio.to_thread(dashboard.view, query)
        values = {
            **parts,
            "topic": html.escape(dashboard.topic),
            "version": str(version),
            "broker": dashboard.broker_state,
        }
        body = PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template)
        return web.Response(text=body, content_type="text/html")

    async def view(request: web.Request) -> web.Response:
        query = Query.parse(request.query)
        version, parts = await asyncio.to_thread(dashboard.view, query)
        return web.json_response({"version": version, "parts": parts})

    async def updates(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-cache",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        await response.write(b"retry: 1000\n\n")
        last: dict[str, Any] | None = None
        quiet = 0.0
        try:
            while True:
                status = dashboard.status()
                if status != last:
                    await response.write(f"data: {json.dumps(status)}\n\n".encode())
                    last, quiet = status, 0.0
                elif quiet > 15:
                    await response.write(b": keep-alive\n\n")
                    quiet = 0.0
                await asyncio.sleep(UPDATE_EVERY)
                quiet += UPDATE_EVERY
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        return response

    async def health(request: web.Request) -> web.Response:
        return web.json_response(dashboard.status())

    app.router.add_get("/", page)
    app.router.add_get("/view", view)
    app.router.add_get("/updates", updates)
    app.router.add_get("/health", health)
    app.router.add_static("/static/", STATIC)
    return app


async def serve(
    dashboard: Dashboard,
    host: str,
    port: int,
    *,
    ready: Callable[[str], None] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve until ``stop`` is set (or forever); ``ready(url)`` is called once listening."""
    runner = web.AppRunner(build_app(dashboard), shutdown_timeout=1.0, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    sockets = site._server.sockets if site._server is not None else []  # type: ignore[union-attr]
    bound = sockets[0].getsockname()[1] if sockets else port
    if dashboard.feed is not None and not dashboard.feed.is_alive():
        dashboard.feed.start()
    if ready is not None:
        ready(f"http://{_url_host(host)}:{bound}/")
    try:
        await (stop or asyncio.Event()).wait()
    finally:
        if dashboard.feed is not None:
            dashboard.feed.stop()
        await runner.cleanup()


def _url_host(host: str) -> str:
    if host in ("", "0.0.0.0", "::"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


class BackgroundServer:
    """The dashboard served from a thread of its own (for the demo): ``start()`` returns the
    page's address once it listens, ``stop()`` shuts it down."""

    def __init__(self, dashboard: Dashboard, host: str = "127.0.0.1", port: int = 0) -> None:
        self.dashboard, self.host, self.port = dashboard, host, port
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="dashboard-server", daemon=True)

    def start(self, timeout: float = 10.0) -> str:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the dashboard did not start listening")
        if self._error is not None:
            raise self._error
        return self.url

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()

            def ready(url: str) -> None:
                self.url = url
                self._ready.set()

            await serve(self.dashboard, self.host, self.port, ready=ready, stop=self._stop)

        try:
            asyncio.run(main())
        except BaseException as exc:  # reported by start()
            self._error = exc
            self._ready.set()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(5.0)
