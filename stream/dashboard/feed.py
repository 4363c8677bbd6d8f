"""Reading the events (and incidents) topics into the dashboard's windows, in a thread.

A plain consumer without a consumer group: it commits nothing and shares nothing with the
workers. It subscribes to the incidents topic only once that topic exists (so it never
creates it), and tells whether the broker answers.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
from typing import Any

from stream.codec import loads
from stream.config import Settings
from stream.dashboard.window import RollingWindow

BROKER_STATES = ("connecting", "live", "unreachable")


class Feed(threading.Thread):
    """Consumes ``events_topic`` (and ``incidents_topic`` when present) into the windows.

    ``state`` is ``connecting`` until the broker first answers, then ``live`` or
    ``unreachable`` as a TCP probe of the bootstrap servers finds it, every ``probe_every``
    seconds.
    """

    def __init__(
        self,
        settings: Settings,
        events: RollingWindow,
        incidents: RollingWindow,
        *,
        events_topic: str | None = None,
        incidents_topic: str = "incidents",
        from_beginning: bool = False,
        probe_every: float = 1.0,
    ) -> None:
        super().__init__(name="dashboard-feed", daemon=True)
        self.settings = settings
        self.events = events
        self.incidents = incidents
        self.events_topic = events_topic or settings.events_topic
        self.incidents_topic = incidents_topic
        self.from_beginning = from_beginning
        self.probe_every = probe_every
        self.state = "connecting"
        self.error = ""
        self._connected = False
        self.skipped = 0
        """Messages that were not JSON objects."""
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        kafka_log = logging.getLogger("kafka")  # the page's state says it, not the terminal
        kafka_log.addHandler(logging.NullHandler())
        kafka_log.propagate = False
        prober = threading.Thread(target=self._probe_loop, name="dashboard-probe", daemon=True)
        prober.start()
        while not self._stop.is_set():
            consumer = self._connect()
            if consumer is None:
                self._stop.wait(2.0)
                continue
            try:
                self._consume(consumer)
            except Exception as exc:  # the consumer broke: start a new one
                self.error = f"{type(exc).__name__}: {exc}"
                self._stop.wait(1.0)
            finally:
                consumer.close()

    def _connect(self) -> Any:
        from kafka import KafkaConsumer

        from stream.security import BrokerUnavailable, SecurityConfigError, open_client

        try:
            consumer = open_client(
                KafkaConsumer,
                self.settings,
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest" if self.from_beginning else "latest",
                allow_auto_create_topics=False,
                bootstrap_timeout_ms=3000,
                request_timeout_ms=10_000,
                metadata_max_age_ms=5000,
            )
        except (BrokerUnavailable, SecurityConfigError) as exc:  # refusals included
            self.state = "unreachable"
            self.error = str(exc)
            return None
        names = "|".join(re.escape(t) for t in (self.events_topic, self.incidents_topic))
        consumer.subscribe(pattern=f"^({names})$")
        self.state = "live"
        self.error = ""
        self._connected = True
        return consumer

    def _consume(self, consumer: Any) -> None:
        while not self._stop.is_set():
            for records in consumer.poll(timeout_ms=250).values():
                for record in records:
                    self._take(record)

    def _take(self, record: Any) -> None:
        target = self.incidents if record.topic == self.incidents_topic else self.events
        if record.value is None:  # a tombstone on a compacted topic
            if record.key:
                target.remove(record.key.decode("utf-8", "replace"))
            return
        try:
            value = loads(record.value)
        except Exception:
            self.skipped += 1
            return
        if not isinstance(value, dict) or not target.add(value):
            self.skipped += 1

    def _probe_loop(self) -> None:
        while not self._stop.wait(self.probe_every):
            if not self._connected:  # until then, connecting is what tells
                continue
            reachable = any(_port_answers(s) for s in self.settings.bootstrap_servers)
            self.state = "live" if reachable else "unreachable"
            if reachable:
                self.error = ""
            elif not self.error:
                self.error = f"the broker at {self.settings.broker} does not answer"


def _port_answers(server: str, timeout: float = 1.0) -> bool:
    host, _, port = server.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "localhost", int(port)), timeout):
            return True
    except (OSError, ValueError):
        return False
