"""Operating a worker: Prometheus metrics, ``/health``, and draining the batch in hand on stop.

:class:`Monitor` is what the agent reports to (batch started / finished, publish retries)
and what the signal handler asks before stopping (``draining``, :meth:`Monitor.wait_idle`).
:func:`serve` exposes it over HTTP from a daemon thread, so ``/health`` answers even while
the worker waits for the broker or the event loop is busy:

- ``GET /metrics``: Prometheus text format (``eventstream_*`` series);
- ``GET /health``: JSON ``{"status": ..., ...}``; 200 when running, 503 otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import orjson
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

if TYPE_CHECKING:
    from stream.agents import Outcome

log = logging.getLogger("stream.worker")

STATES = ("starting", "waiting_for_broker", "running", "draining", "stopped")


class Monitor:
    """A worker's metrics and life-cycle state (one per process)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.articles_in = Counter(
            "eventstream_articles_in", "Messages taken from the articles topic", registry=r
        )
        self.outcomes = Counter(
            "eventstream_articles",
            "Messages by outcome (events, no_events, dead_letter)",
            ["outcome"],
            registry=r,
        )
        self.events_out = Counter(
            "eventstream_events_out", "Events published, by type", ["type"], registry=r
        )
        self.dead_letters = Counter(
            "eventstream_dead_letters", "Dead letters, by reason kind", ["reason"], registry=r
        )
        self.skipped = Counter(
            "eventstream_skipped",
            "Articles skipped (no_events), by reason kind",
            ["reason"],
            registry=r,
        )
        self.batch_seconds = Histogram(
            "eventstream_batch_seconds",
            "Seconds from taking a batch to its outcomes being acknowledged",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
            registry=r,
        )
        self.batch_size = Histogram(
            "eventstream_batch_articles",
            "Articles per batch",
            buckets=(1, 2, 4, 8, 16, 32, 64),
            registry=r,
        )
        self.publish_retries = Counter(
            "eventstream_publish_retries",
            "Failed attempts to publish a batch's outcomes",
            registry=r,
        )
        self.lag = Gauge(
            "eventstream_consumer_lag",
            "Messages in the partition not yet processed (high watermark − next offset)",
            ["topic", "partition"],
            registry=r,
        )
        self.state_gauge = Gauge(
            "eventstream_worker_state", "1 for the worker's current state", ["state"], registry=r
        )
        self.state = "starting"
        self._set_state_gauge()
        self.started = time.time()
        self.last_batch_at: float | None = None
        self.articles = 0
        self.in_batch = 0
        self.next_offset: dict[tuple[str, int], int] = {}
        self._idle: asyncio.Event | None = None

    # --- life cycle ----------------------------------------------------------------------

    def set_state(self, state: str) -> None:
        if state not in STATES:
            raise ValueError(state)
        self.state = state
        self._set_state_gauge()

    def _set_state_gauge(self) -> None:
        for s in STATES:
            self.state_gauge.labels(state=s).set(1 if s == self.state else 0)

    @property
    def draining(self) -> bool:
        """True once a stop was requested: take no new batch."""
        return self.state in ("draining", "stopped")

    def _idle_event(self) -> asyncio.Event:
        if self._idle is None:
            self._idle = asyncio.Event()
            if self.in_batch == 0:
                self._idle.set()
        return self._idle

    def batch_started(self, size: int) -> None:
        self.in_batch += 1
        self._idle_event().clear()
        self.articles_in.inc(size)
        self.batch_size.observe(size)
        if self.state == "starting":
            self.set_state("running")

    def batch_finished(self, outcomes: Sequence[Outcome] | None, seconds: float) -> None:
        """Record a batch whose outcomes are acknowledged (``None``: abandoned)."""
        self.in_batch = max(0, self.in_batch - 1)
        if self.in_batch == 0:
            self._idle_event().set()
        if outcomes is None:
            return
        self.batch_seconds.observe(seconds)
        self.last_batch_at = time.time()
        for outcome in outcomes:
            self.articles += 1
            self.outcomes.labels(outcome=outcome.status).inc()
            msg = outcome.message
            if msg.topic is not None and msg.partition is not None and msg.offset is not None:
                key = (msg.topic, msg.partition)
                self.next_offset[key] = max(self.next_offset.get(key, 0), msg.offset + 1)
            if outcome.dead_letter is not None:
                self.dead_letters.labels(reason=outcome.dead_letter["kind"]).inc()
            elif outcome.skip_reason is not None:
                self.skipped.labels(reason=outcome.skip_reason.split(":", 1)[0]).inc()
            for event in outcome.events:
                self.events_out.labels(type=event["type"]).inc()

    def publish_failed(self) -> None:
        self.publish_retries.inc()

    async def wait_idle(self, timeout: float) -> bool:
        """Wait until no batch is in hand (at most ``timeout`` s); True if idle."""
        try:
            await asyncio.wait_for(self._idle_event().wait(), timeout)
            return True
        except TimeoutError:
            return False

    def set_lag(self, topic: str, partition: int, highwater: int | None) -> None:
        """Lag of a partition from its high watermark and the next offset to process."""
        if highwater is None:
            return
        done = self.next_offset.get((topic, partition))
        if done is None:
            return
        self.lag.labels(topic=topic, partition=str(partition)).set(max(0, highwater - done))

    def forget_lag_except(self, assigned: set[tuple[str, int]]) -> None:
        """Drop the lag of partitions this worker no longer owns (they moved in a rebalance)."""
        for key in [k for k in self.next_offset if k not in assigned]:
            del self.next_offset[key]
            with contextlib.suppress(KeyError):  # never set: no sample to remove
                self.lag.remove(key[0], str(key[1]))

    # --- HTTP views ------------------------------------------------------------------------

    def health(self) -> tuple[int, dict[str, Any]]:
        """(HTTP status, body) for ``/health``."""
        body = {
            "status": self.state,
            "uptime_seconds": round(time.time() - self.started, 1),
            "articles": self.articles,
            "batch_in_hand": self.in_batch > 0,
            "seconds_since_last_batch": (
                round(time.time() - self.last_batch_at, 1) if self.last_batch_at else None
            ),
        }
        return (200 if self.state in ("starting", "running") else 503), body

    def metrics(self) -> bytes:
        return generate_latest(self.registry)


def serve(monitor: Monitor, port: int, host: str = "0.0.0.0") -> ThreadingHTTPServer | None:
    """Serve ``/health`` and ``/metrics`` on ``port`` from a daemon thread (0: don't).

    A port already in use is logged and skipped: the worker runs on without the views.
    """
    if not port:
        return None

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = self.path.split("?", 1)[0].rstrip("/")
            if path == "/metrics":
                self._send(200, monitor.metrics(), CONTENT_TYPE_LATEST)
            elif path in ("/health", ""):
                status, body = monitor.health()
                self._send(status, orjson.dumps(body), "application/json")
            else:
                self._send(404, b'{"error": "not found"}', "application/json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError as exc:
        log.warning("cannot serve /health and /metrics on port %d: %s", port, exc)
        return None
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="eventstream-http", daemon=True)
    thread.start()
    log.info("serving /health and /metrics on http://%s:%d", host, port)
    return server
