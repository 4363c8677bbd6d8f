"""The ``eventstream`` command line. Each command is a thin layer over a module function."""

from __future__ import annotations

import contextlib
import time

_PROCESS_STARTED = time.monotonic()

from typing import Annotated  # noqa: E402

import typer  # noqa: E402

app = typer.Typer(
    name="eventstream",
    help="News articles in, dated diplomatic and military events out, on Kafka.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

BrokerOpt = Annotated[
    str | None,
    typer.Option("--broker", "-b", help="Kafka bootstrap HOST:PORT \\[env: EVENTSTREAM_BROKER]"),
]
Paths = Annotated[
    list[str],
    typer.Argument(help="Files (.json, .jsonl, .ndjson, optionally .gz), folders, or - for stdin"),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="jsonl, table, csv or live")]


_CONNECTION: dict[str, object] = {}
"""TLS/SASL options given before the command (``eventstream --security-protocol SSL tail``)."""


@app.callback()
def connection(
    security_protocol: Annotated[
        str | None,
        typer.Option(
            help="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL \\[env: EVENTSTREAM_SECURITY_PROTOCOL]"
        ),
    ] = None,
    sasl_mechanism: Annotated[
        str | None,
        typer.Option(
            help="PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 \\[env: EVENTSTREAM_SASL_MECHANISM]"
        ),
    ] = None,
    sasl_username: Annotated[
        str | None, typer.Option(help="SASL user \\[env: EVENTSTREAM_SASL_USERNAME]")
    ] = None,
    sasl_password_file: Annotated[
        str | None,
        typer.Option(
            help="File holding the SASL password (or set EVENTSTREAM_SASL_PASSWORD) "
            "\\[env: EVENTSTREAM_SASL_PASSWORD_FILE]"
        ),
    ] = None,
    ssl_cafile: Annotated[
        str | None,
        typer.Option(help="CA certificates (PEM) of the broker \\[env: EVENTSTREAM_SSL_CAFILE]"),
    ] = None,
    ssl_certfile: Annotated[
        str | None,
        typer.Option(help="Client certificate (PEM) \\[env: EVENTSTREAM_SSL_CERTFILE]"),
    ] = None,
    ssl_keyfile: Annotated[
        str | None, typer.Option(help="Client key (PEM) \\[env: EVENTSTREAM_SSL_KEYFILE]")
    ] = None,
    ssl_check_hostname: Annotated[
        bool | None,
        typer.Option(
            help="Check the broker certificate's host name \\[env: EVENTSTREAM_SSL_CHECK_HOSTNAME]"
        ),
    ] = None,
) -> None:
    """News articles in, dated diplomatic and military events out, on Kafka.

    The connection options go before the command and apply to every client it opens:
    eventstream --security-protocol SASL_SSL --sasl-username app tail
    """
    _CONNECTION.clear()
    _CONNECTION.update(
        security_protocol=security_protocol,
        sasl_mechanism=sasl_mechanism,
        sasl_username=sasl_username,
        sasl_password_file=sasl_password_file,
        ssl_cafile=ssl_cafile,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
        ssl_check_hostname=ssl_check_hostname,
    )


def connection_overrides() -> dict[str, object]:
    """The TLS/SASL options given on the command line (None: not given)."""
    return {k: v for k, v in _CONNECTION.items() if v is not None}


def _settings(**overrides: object):
    from stream.config import Settings
    from stream.security import SecurityConfigError, check

    try:
        settings = Settings.from_env(**connection_overrides(), **overrides)
        check(settings)
    except SecurityConfigError as exc:
        raise _fail(str(exc)) from exc
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    return settings


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def broker(
    port: Annotated[int, typer.Option(help="Port to listen on")] = 9092,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
) -> None:
    """Run the embedded Kafka-compatible broker in the foreground (data kept in memory)."""
    from stream.broker import BrokerError, EmbeddedBroker, sigterm_as_interrupt

    embedded = EmbeddedBroker(port, host)
    try:
        embedded.start()
    except BrokerError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"broker ready: {embedded.bootstrap}  (Ctrl-C to stop)")
    crash_log = ""
    try:
        with sigterm_as_interrupt():
            while embedded.running:
                time.sleep(0.5)
        crash_log = embedded.log_tail()  # it stopped by itself
    except KeyboardInterrupt:
        pass
    finally:
        embedded.stop()
    if embedded.process is not None and embedded.process.returncode not in (0, -15, None):
        raise _fail(f"the broker stopped unexpectedly:\n{crash_log}", 1)


@app.command()
def worker(
    broker: BrokerOpt = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per NLP batch")] = None,
    partitions: Annotated[
        int | None, typer.Option(help="Partitions of the articles topic when it is created")
    ] = None,
    session_timeout: Annotated[
        float | None, typer.Option(help="Consumer-group session timeout, seconds")
    ] = None,
    metrics_port: Annotated[
        int | None, typer.Option(help="Port of /health and /metrics (0: off) \\[default: 9400]")
    ] = None,
) -> None:
    """Run a worker: consume articles, publish events, dead letters and receipts."""
    from stream.app import run_worker
    from stream.config import DirectoryError
    from stream.security import BrokerRefused, SecurityConfigError

    settings = _settings(
        broker=broker,
        batch_size=batch_size,
        articles_partitions=partitions,
        session_timeout=session_timeout,
        metrics_port=metrics_port,
    )
    try:
        run_worker(settings, process_started=_PROCESS_STARTED)
    except (BrokerRefused, SecurityConfigError, DirectoryError) as exc:
        raise _fail(str(exc), 1) from exc


@app.command()
def incidents(broker: BrokerOpt = None) -> None:
    """Run the incidents stage alone: events → incidents (for workers run with it off)."""
    from stream.config import DirectoryError
    from stream.incidents.stage import run_incidents
    from stream.security import BrokerRefused, SecurityConfigError

    try:
        run_incidents(_settings(broker=broker))
    except (BrokerRefused, SecurityConfigError, DirectoryError) as exc:
        raise _fail(str(exc), 1) from exc


@app.command()
def publish(
    paths: Paths,
    broker: BrokerOpt = None,
    topic: Annotated[str | None, typer.Option(help="Target topic \\[default: articles]")] = None,
    validate: Annotated[
        bool,
        typer.Option(help="Reject invalid articles here instead of sending them as they are"),
    ] = True,
) -> None:
    """Publish articles from files, folders or stdin to the articles topic."""
    from rich.console import Console

    from stream.archive import ArchiveError
    from stream.publish import PublishError, publish_paths

    settings = _settings(broker=broker)
    console = Console(stderr=True)
    try:
        summary = publish_paths(paths, settings, topic=topic, validate=validate, console=console)
    except ArchiveError as exc:
        raise _fail(str(exc)) from exc
    except PublishError as exc:
        raise _fail(str(exc), 1) from exc
    console.print(summary.table())
    if summary.rejected_total:
        raise typer.Exit(1)


@app.command()
def tail(
    broker: BrokerOpt = None,
    from_beginning: Annotated[bool, typer.Option(help="Start at the oldest event")] = False,
    max_events: Annotated[int | None, typer.Option("--max", help="Stop after N events")] = None,
    timeout: Annotated[
        float | None, typer.Option(help="Stop after this many seconds without a message")
    ] = None,
    fmt: FormatOpt = "jsonl",
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="Only events of this type (repeatable)")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option(help="Only events involving this ISO3 country (repeatable)")
    ] = None,
    topic: Annotated[str | None, typer.Option(help="Topic \\[default: events]")] = None,
    category: Annotated[
        list[str] | None, typer.Option(help="Only diplomatic or military events (repeatable)")
    ] = None,
    actor: Annotated[
        list[str] | None, typer.Option(help="Only events with an actor or target named so")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events dated on or after DATE (the event's date)")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events dated on or before DATE (the event's date)")
    ] = None,
    group: Annotated[
        str | None, typer.Option(help="Join this consumer group and commit (default: no commits)")
    ] = None,
) -> None:
    """Print events from the events topic as they arrive (jsonl, table, csv, live), filtered."""
    from stream.tail import FORMATS, BrokerUnreachable, EventFilter
    from stream.tail import tail as run_tail

    if fmt not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        keep = EventFilter.of(
            event_type or (),
            country or (),
            categories=category or (),
            actors=actor or (),
            since=since,
            until=until,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    settings = _settings(broker=broker)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            run_tail(
                settings,
                from_beginning=from_beginning,
                max_events=max_events,
                timeout=timeout,
                fmt=fmt,
                keep=keep,
                topic=topic,
                group=group,
            )
    except BrokerUnreachable as exc:
        raise _fail(str(exc), 1) from exc


@app.command()
def extract(
    paths: Paths,
    published_at: Annotated[
        str | None, typer.Option(help="Publication date for articles that carry none")
    ] = None,
    fmt: FormatOpt = "jsonl",
) -> None:
    """Extract events offline (no Kafka) and print them (JSON lines by default)."""
    from rich.console import Console

    from stream.archive import ArchiveError
    from stream.publish import extract_paths, timestamp_ms_of
    from stream.tail import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    if published_at:
        try:
            timestamp_ms_of(published_at)
        except ValueError as exc:
            raise typer.BadParameter(
                f"{published_at!r} is not a date (YYYY-MM-DD) or RFC 3339 time",
                param_hint="--published-at",
            ) from exc
    console = Console(stderr=True)
    try:
        summary = extract_paths(paths, published_at=published_at, fmt=fmt, console=console)
    except ArchiveError as exc:
        raise _fail(str(exc)) from exc
    if summary.rejected_total:
        console.print(summary.table("events"))
        raise typer.Exit(1)


@app.command()
def demo(
    timeout: Annotated[float, typer.Option(help="Give up after this many seconds")] = 180.0,
    idle: Annotated[
        float, typer.Option(help="Stop once no event arrived for this many seconds")
    ] = 5.0,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl, csv or live")] = "table",
    dashboard: Annotated[
        bool, typer.Option(help="Also serve the dashboard page; run until Ctrl-C")
    ] = False,
    dashboard_port: Annotated[
        int, typer.Option(help="Port of the dashboard (another if taken)")
    ] = 8050,
) -> None:
    """Start a broker and a worker, publish the sample articles, show their events, stop."""
    from stream.demo import run_demo
    from stream.tail import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    raise typer.Exit(
        run_demo(
            timeout=timeout,
            idle=idle,
            started=_PROCESS_STARTED,
            fmt=fmt,
            dashboard_port=dashboard_port if dashboard else None,
        )
    )


@app.command()
def dashboard(
    broker: BrokerOpt = None,
    port: Annotated[int, typer.Option(help="Port of the page")] = 8050,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    from_beginning: Annotated[
        bool, typer.Option(help="Fill the window from the oldest events (default: new ones only)")
    ] = False,
    window: Annotated[
        int, typer.Option(help="Latest events kept in memory and shown (bounds memory)")
    ] = 10_000,
    topic: Annotated[str | None, typer.Option(help="Events topic \\[default: events]")] = None,
) -> None:
    """Serve a live web page of the events: timeline, countries, latest events, filters."""
    from stream.dashboard import run_dashboard

    if window < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--window")
    settings = _settings(broker=broker)

    def ready(url: str) -> None:
        typer.echo(
            f"dashboard on {url}  (reading {topic or settings.events_topic} from "
            f"{settings.broker}; Ctrl-C to stop)"
        )

    try:
        with contextlib.suppress(KeyboardInterrupt):
            run_dashboard(
                settings,
                host=host,
                port=port,
                window=window,
                from_beginning=from_beginning,
                topic=topic,
                ready=ready,
            )
    except OSError as exc:
        raise _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


@app.command()
def replay(
    paths: Paths,
    since: Annotated[
        str | None, typer.Option(help="Only articles published at or after DATE (RFC 3339)")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only articles published up to DATE (a date: that day incl.)")
    ] = None,
    rate: Annotated[
        str | None, typer.Option(help="At most N articles per second: 200/s, 5k/m")
    ] = None,
    broker: BrokerOpt = None,
    topic: Annotated[str | None, typer.Option(help="Target topic \\[default: articles]")] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue from the checkpoint of the same replay")
    ] = False,
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint file \\[default: .eventstream/replay-ID.json]")
    ] = None,
    window: Annotated[
        int, typer.Option(help="Records sorted by publication time at a time (bounds memory)")
    ] = 10_000,
    include_undated: Annotated[
        bool, typer.Option(help="Also publish articles without published_at (dated on arrival)")
    ] = False,
    limit: Annotated[
        int | None, typer.Option(help="Stop after publishing N articles (resume continues)")
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
) -> None:
    """Replay article archives into the articles topic, dated by their publication time."""
    from stream.replay import run as run_replay

    raise typer.Exit(
        run_replay(
            paths,
            broker=broker,
            topic=topic,
            since=since,
            until=until,
            rate=rate,
            resume=resume,
            checkpoint=checkpoint,
            window=window,
            include_undated=include_undated,
            limit=limit,
            progress=progress,
            connection=connection_overrides(),
        )
    )


@app.command()
def backfill(
    from_offset: Annotated[
        int | None, typer.Option(help="Start at this offset in every partition")
    ] = None,
    from_time: Annotated[
        str | None, typer.Option(help="Start at messages stamped at or after T (RFC 3339/date)")
    ] = None,
    to_time: Annotated[
        str | None, typer.Option(help="Skip messages stamped after T (a date: that day incl.)")
    ] = None,
    topic_out: Annotated[
        str | None, typer.Option(help="Where the events go \\[default: events]")
    ] = None,
    topic_in: Annotated[
        str | None, typer.Option(help="Articles topic to read \\[default: articles]")
    ] = None,
    partition: Annotated[
        list[int] | None, typer.Option(help="Only this partition (repeatable)")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per NLP batch")] = 16,
    broker: BrokerOpt = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
) -> None:
    """Re-extract articles already in the articles topic, outside the workers' group."""
    from stream.backfill import run as run_backfill

    raise typer.Exit(
        run_backfill(
            broker=broker,
            topic_in=topic_in,
            topic_out=topic_out,
            from_offset=from_offset,
            from_time=from_time,
            to_time=to_time,
            partitions=partition or (),
            batch_size=batch_size,
            progress=progress,
            connection=connection_overrides(),
        )
    )


@app.command()
def timex(
    path: Annotated[str, typer.Argument(help="Plain-text file, or - for stdin")] = "-",
    dct: Annotated[
        str | None,
        typer.Option(help="Document date YYYY-MM-DD that relative expressions resolve against"),
    ] = None,
) -> None:
    """Tag temporal expressions (TIMEX3): one JSON object per expression and line."""
    from datetime import date

    from stream.extract.timex import run_cli

    if dct:
        try:
            date.fromisoformat(dct[:10])
        except ValueError as exc:
            raise typer.BadParameter(
                f"{dct!r} is not a date (YYYY-MM-DD) or RFC 3339 time", param_hint="--dct"
            ) from exc
    try:
        code = run_cli(dct, path)
    except UnicodeDecodeError as exc:
        raise _fail(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise _fail(f"{path}: {exc.strerror or exc}") from exc
    raise typer.Exit(code)


def main() -> None:
    """Console-script entry point."""
    app()
