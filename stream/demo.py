"""``eventstream demo``: a broker, a worker and the sample articles, events shown as they arrive."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from stream.broker import (
    BrokerError,
    EmbeddedBroker,
    die_with_parent,
    ensure_pipeline_topics,
    sigterm_as_interrupt,
    stop_process,
)
from stream.config import Settings, quick_join
from stream.publish import publish_paths
from stream.tail import EventPrinter, consume

if TYPE_CHECKING:
    from stream.dashboard import BackgroundServer


def sample_paths() -> list[str]:
    """The bundled sample articles (the seed article among them)."""
    folder = resources.files("stream").joinpath("samples")
    return sorted(str(Path(str(folder)) / name) for name in _names(folder))


def _names(folder: object) -> list[str]:
    return [
        p.name
        for p in folder.iterdir()  # type: ignore[attr-defined]
        if p.name.endswith((".json", ".jsonl"))
    ]


def start_worker(
    settings: Settings,
    *,
    log_path: str | os.PathLike[str],
    command: Sequence[str] | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``eventstream worker`` as a child process configured by ``settings``.

    ``command`` is how to run the CLI (default: this interpreter's ``-m stream``).
    """
    env = {**os.environ, **settings.env(), **(extra_env or {})}
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            [*(command or [sys.executable, "-m", "stream"]), "worker"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,  # noqa: PLW1509 - only calls prctl
        )


def _start_dashboard(settings: Settings, port: int) -> BackgroundServer:
    """The dashboard on the demo's broker, from the first event; another free port if
    ``port`` is taken."""
    from stream.dashboard import BackgroundServer, Dashboard

    for candidate in (port, 0) if port else (0,):
        server = BackgroundServer(Dashboard.create(settings, from_beginning=True), port=candidate)
        try:
            server.start()
        except OSError:
            continue
        return server
    raise BrokerError("the dashboard could not listen on any port")


def run_demo(
    *,
    timeout: float = 180.0,
    idle: float = 5.0,
    started: float | None = None,
    paths: Sequence[str] | None = None,
    console: Console | None = None,
    fmt: str = "table",
    dashboard_port: int | None = None,
) -> int:
    """Run the whole pipeline locally; returns the process exit code (0 when events arrived).

    Ctrl-C or SIGTERM stops it early; the worker and the broker are stopped either way.
    With ``dashboard_port`` (0: any free port) it also serves the dashboard on the demo's
    broker, prints its address, and runs until interrupted instead of stopping when idle.
    """
    with sigterm_as_interrupt():
        return _run_demo(timeout, idle, started, paths, console, fmt, dashboard_port)


def _run_demo(
    timeout: float,
    idle: float,
    started: float | None,
    paths: Sequence[str] | None,
    console: Console | None,
    fmt: str,
    dashboard_port: int | None = None,
) -> int:
    console = console or Console(stderr=True)
    started = started if started is not None else time.monotonic()
    paths = list(paths or sample_paths())
    workdir = tempfile.mkdtemp(prefix="eventstream-demo-")
    worker_log = os.path.join(workdir, "worker.log")
    broker = EmbeddedBroker(log_path=os.path.join(workdir, "broker.log"))
    worker: subprocess.Popen[bytes] | None = None
    page: BackgroundServer | None = None
    printer = EventPrinter(fmt)
    succeeded = False  # the logs in workdir are kept only when something went wrong
    try:
        try:
            broker.start()
        except BrokerError as exc:
            console.print(f"[red]error:[/] {exc}")
            return 2
        settings = quick_join(
            Settings.from_env(broker=broker.bootstrap, datadir=os.path.join(workdir, "state"))
        )
        ensure_pipeline_topics(settings)
        console.print(
            f"broker ready on [bold]{broker.bootstrap}[/] after {time.monotonic() - started:.1f} s"
        )
        worker = start_worker(settings, log_path=worker_log)
        console.print(f"worker started (pid {worker.pid}, log {worker_log})")
        if dashboard_port is not None:
            page = _start_dashboard(settings, dashboard_port)
            console.print(f"dashboard on [bold]{page.url}[/] (Ctrl-C to stop)")
        summary = publish_paths(paths, settings, console=console)
        console.print(
            f"published {summary.published} sample articles to "
            f"[bold]{settings.articles_topic}[/]; waiting for events…"
        )
        deadline = time.monotonic() + timeout
        seen: list[float] = []  # arrival times of events

        def should_stop() -> bool:
            if worker is not None and worker.poll() is not None:
                return True
            if page is not None:  # the dashboard runs until Ctrl-C
                return False
            now = time.monotonic()
            return now > deadline or bool(seen and now - seen[-1] > idle)

        for record in consume(settings, settings.events_topic, stop=should_stop):
            seen.append(time.monotonic())
            printer.emit(record.value)
        first_event = seen[0] - started if seen else None
        if worker.poll() is not None:
            console.print(f"[red]the worker stopped unexpectedly[/]; see {worker_log}")
            return 1
        if first_event is None:
            console.print(f"[red]no events within {timeout:.0f} s[/]; see {worker_log}")
            return 1
        console.print(
            f"{printer.count} events from {summary.published} articles; first event "
            f"{first_event:.1f} s after start, total {time.monotonic() - started:.1f} s"
        )
        succeeded = True
        return 0
    except KeyboardInterrupt:
        console.print("interrupted; shutting down")
        if page is not None and worker is not None and worker.poll() is None:
            succeeded = True
            return 0
        return 130
    finally:
        printer.close()
        if page is not None:
            page.stop()
        if worker is not None:
            stop_process(worker)
        broker.stop()
        if succeeded:
            shutil.rmtree(workdir, ignore_errors=True)
