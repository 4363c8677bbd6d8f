"""Settings for workers and tools: defaults, then ``EVENTSTREAM_*`` environment variables, then flags.

Every field of :class:`Settings` can be set from the environment by its upper-cased name with
the ``EVENTSTREAM_`` prefix (``EVENTSTREAM_BROKER=kafka:9092``,
``EVENTSTREAM_ARTICLES_PARTITIONS=8``). Command-line flags override the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_type_hints

ENV_PREFIX = "EVENTSTREAM_"
EVENT_CATEGORIES = ("diplomatic", "military")
"""The event schema's categories; each can have its own topic (see ``category_topics``)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a worker, the CLI and the demo need to know about their surroundings."""

    broker: str = "localhost:9092"
    """Kafka bootstrap servers, ``HOST:PORT`` (comma-separated for several)."""
    security_protocol: str = "PLAINTEXT"
    """``PLAINTEXT``, ``SSL``, ``SASL_PLAINTEXT`` or ``SASL_SSL`` (see ``stream.security``)."""
    sasl_mechanism: str = "PLAIN"
    """``PLAIN``, ``SCRAM-SHA-256`` or ``SCRAM-SHA-512``."""
    sasl_username: str = ""
    sasl_password: str = field(default="", repr=False)
    """Never logged; ``sasl_password_file`` keeps it out of the environment altogether."""
    sasl_password_file: str = ""
    """A file whose first line is the SASL password (a mounted secret)."""
    ssl_cafile: str = ""
    """PEM file of the CAs that sign the broker's certificate (default: the system's)."""
    ssl_certfile: str = ""
    """PEM client certificate, for brokers that want mutual TLS."""
    ssl_keyfile: str = ""
    """PEM private key of ``ssl_certfile`` (if not in the same file)."""
    ssl_check_hostname: bool = True
    """Check that the broker's certificate names the host connected to."""
    app_id: str = "eventstream"
    """Faust application id; also the consumer group of the workers."""
    articles_topic: str = "articles"
    events_topic: str = "events"
    dlq_topic: str = "articles.dlq"
    receipts_topic: str = "articles.receipts"
    """One receipt per processed article (outcome, offset, event ids): see ``stream.accounting``."""
    articles_partitions: int = 4
    """Partitions of the articles topic (workers scale up to this many)."""
    events_partitions: int = 4
    category_topics: bool = False
    """Also publish each event to ``<events_topic>.<category>`` (``events.diplomatic``,
    ``events.military``), so a consumer can subscribe to one category only."""
    replication_factor: int = 1
    incidents: bool = True
    """Run the incidents stage in each worker (``stream.incidents``): events reported by
    several articles become one record on ``incidents_topic``. Off: run it alone with
    ``eventstream incidents``, or not at all."""
    incidents_topic: str = "incidents"
    incident_day_tolerance: int = 1
    """Days two day-precise dates of one incident may differ."""
    incident_publication_window: int = 2
    """Days before publication that an event dated only by its publication may have happened."""
    incident_bucket_days: int = 7
    """Width in days of the coarse date in the incidents' blocking key."""
    incident_quiet_days: float = 3.0
    """An incident closes after this many days (event time) without a new mention."""
    incident_dedup_grace_days: float = 7.0
    """A closed incident's event ids are remembered this much longer (redeliveries)."""
    batch_size: int = 16
    """Articles handed to the NLP pipeline at once."""
    batch_within: float = 0.1
    """Seconds to wait for a batch to fill before processing what has arrived. A backlog fills
    batches at once whatever this is; on a quiet feed each article waits up to this long."""
    extract_timeout: float = 120.0
    """Seconds one batch may spend in the NLP before its process is replaced."""
    max_message_bytes: int = 8_000_000
    """Messages larger than this are dead-lettered (``oversize``) without being parsed."""
    max_text_bytes: int = 1_000_000
    """Articles whose text is larger than this (UTF-8 bytes) are dead-lettered (``oversize``)."""
    max_json_depth: int = 32
    """Articles nested deeper than this are dead-lettered (``too_deep``)."""
    non_english: str = "dead_letter"
    """Text that is not English: ``dead_letter``, ``skip`` (receipt ``no_events`` with the
    reason) or ``accept`` (process it anyway)."""
    metrics_port: int = 9400
    """Serve ``/health`` and Prometheus ``/metrics`` on this port (0: off)."""
    drain_timeout: float = 60.0
    """On SIGTERM, seconds to let the batches in hand finish and be committed before stopping."""
    session_timeout: float = 60.0
    """Consumer-group session timeout (seconds). Real Kafka refuses values under 6."""
    heartbeat_interval: float = 3.0
    rebalance_timeout: float = 60.0
    commit_interval: float = 2.8
    web_enabled: bool = False
    """Serve Faust's own web views on ``web_port`` (``/health`` and ``/metrics`` are on ``metrics_port``)."""
    web_port: int = 6066
    datadir: str = field(default_factory=lambda: _default_datadir())
    """Where Faust keeps its local state (no tables are used, so this stays tiny)."""
    log_level: str = "warning"

    def __post_init__(self) -> None:
        for name in ("security_protocol", "sasl_mechanism"):  # sasl_ssl works as SASL_SSL
            object.__setattr__(self, name, getattr(self, name).strip().upper())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, overridden by ``EVENTSTREAM_*`` variables, overridden by ``overrides``.

        ``None`` values in ``overrides`` mean "not given" and are ignored, so CLI options
        that default to ``None`` can be passed straight through.
        """
        env = os.environ if environ is None else environ
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, hints[f.name], raw)
        settings = cls(**values)
        given = {k: v for k, v in overrides.items() if v is not None}
        return settings.with_(**given) if given else settings

    def with_(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (unknown names raise ``TypeError``)."""
        return replace(self, **changes)

    @property
    def fanout_topics(self) -> dict[str, str]:
        """Category → per-category events topic, when ``category_topics`` is on (else empty)."""
        if not self.category_topics:
            return {}
        return {c: f"{self.events_topic}.{c}" for c in EVENT_CATEGORIES}

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker list for kafka-python clients."""
        return [_strip_scheme(s) for s in self.broker.split(",") if s.strip()]

    @property
    def faust_broker(self) -> str:
        """The broker URL in Faust's ``kafka://host:port[;host:port]`` form."""
        return "kafka://" + ";".join(self.bootstrap_servers)

    def env(self) -> dict[str, str]:
        """These settings as ``EVENTSTREAM_*`` variables (to hand to a child process)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[ENV_PREFIX + f.name.upper()] = (
                ("1" if value else "0") if isinstance(value, bool) else str(value)
            )
        return out


def quick_join(settings: Settings) -> Settings:
    """Short group timings for the embedded broker (tests, demo): a worker joins in ~2 s.

    The embedded broker makes a new group's first join wait about half the session timeout.
    A real Kafka refuses sessions this short, so never use these against one.
    """
    return settings.with_(
        session_timeout=2.0, heartbeat_interval=0.5, rebalance_timeout=4.0, commit_interval=1.0
    )


def _strip_scheme(server: str) -> str:
    server = server.strip()
    return server.split("://", 1)[1] if "://" in server else server


def _coerce(name: str, kind: Any, raw: str) -> Any:
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        return raw
    except ValueError as exc:
        raise ValueError(
            f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {getattr(kind, '__name__', kind)}"
        ) from exc


def _default_datadir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "eventstream")


class DirectoryError(OSError):
    """A directory the program needs cannot be created or written (the message is one line)."""


def ensure_directory(path: str | os.PathLike[str], what: str, setting: str) -> Path:
    """Create ``path`` with its parents if missing, and check it can be written.

    ``what`` names the directory for the message and ``setting`` says how to choose
    another one (``"set EVENTSTREAM_DATADIR"``) when it cannot be created or written.
    """
    folder = Path(path).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DirectoryError(f"{what} {folder} is not a directory; {setting}") from exc
    except OSError as exc:
        raise DirectoryError(
            f"cannot create {what} {folder}: {exc.strerror or exc}; {setting}"
        ) from exc
    if not folder.is_dir():
        raise DirectoryError(f"{what} {folder} is not a directory; {setting}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DirectoryError(f"cannot write to {what} {folder}: permission denied; {setting}")
    return folder
