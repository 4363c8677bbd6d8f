"""TLS and SASL: settings, the clients they configure, and real connections through a TLS proxy.

The embedded broker serves plain TCP only; :class:`secure.TLSProxy` terminates TLS (and
SASL/PLAIN) in front of it, and the broker advertises the proxy's address.
"""

from __future__ import annotations

import logging
import os
import ssl
import subprocess
import time

import orjson
import pytest
from isolated import isolated_settings
from secure import Certificates, TLSProxy, make_certificates

from stream.broker import EmbeddedBroker, ensure_pipeline_topics, free_port, stop_process
from stream.config import Settings
from stream.demo import start_worker
from stream.security import (
    BrokerRefused,
    SecurityConfigError,
    client_security,
    faust_credentials,
    open_client,
)

USER, PASSWORD = "pipeline", "correct horse battery staple"
FAIL_WITHIN = 30.0
"""Seconds a refused connection may take to become an error, imports included: far below the
60 s the run is allowed and the clients' own retry horizon, and above the 15-18 s a worker's
imports take on a loaded two-core machine."""


# --- settings and client arguments ------------------------------------------------------


def test_settings_come_from_the_environment_and_keep_the_password_out_of_sight(tmp_path):
    ca = make_certificates(tmp_path).ca
    settings = Settings.from_env(
        {
            "EVENTSTREAM_SECURITY_PROTOCOL": "sasl_ssl",
            "EVENTSTREAM_SASL_MECHANISM": "scram-sha-512",
            "EVENTSTREAM_SASL_USERNAME": USER,
            "EVENTSTREAM_SASL_PASSWORD": PASSWORD,
            "EVENTSTREAM_SSL_CAFILE": str(ca),
            "EVENTSTREAM_SSL_CHECK_HOSTNAME": "0",
        }
    )
    assert (settings.security_protocol, settings.sasl_mechanism) == ("SASL_SSL", "SCRAM-SHA-512")
    assert PASSWORD not in repr(settings)
    kwargs = client_security(settings)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_username"] == USER
    assert kwargs["sasl_plain_password"] == PASSWORD
    assert PASSWORD not in repr(kwargs)  # clients log their configuration with %r
    context = kwargs["ssl_context"]
    assert context.verify_mode == ssl.CERT_REQUIRED and not context.check_hostname
    assert len(context.get_ca_certs()) >= 1


def test_hostname_check_is_on_by_default_and_plaintext_needs_nothing(tmp_path):
    ca = make_certificates(tmp_path).ca
    tls = Settings(security_protocol="SSL", ssl_cafile=str(ca))
    assert client_security(tls)["ssl_context"].check_hostname
    assert client_security(Settings()) == {"security_protocol": "PLAINTEXT"}
    assert faust_credentials(Settings()) is None


def test_faust_gets_the_same_credentials(tmp_path):
    import faust

    ca = make_certificates(tmp_path).ca
    sasl = Settings(
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-256",
        sasl_username=USER,
        sasl_password=PASSWORD,
        ssl_cafile=str(ca),
    )
    credentials = faust_credentials(sasl)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL"
    assert credentials.mechanism.value == "SCRAM-SHA-256"
    assert credentials.password == PASSWORD and PASSWORD not in repr(credentials)
    plain_sasl = faust_credentials(sasl.with_(security_protocol="SASL_PLAINTEXT", ssl_cafile=""))
    assert plain_sasl.protocol.value == "SASL_PLAINTEXT" and plain_sasl.ssl_context is None
    tls = faust_credentials(Settings(security_protocol="SSL", ssl_cafile=str(ca)))
    assert isinstance(tls, faust.SSLCredentials) and tls.protocol.value == "SSL"


def test_the_password_can_come_from_a_file(tmp_path):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    settings = Settings(
        security_protocol="SASL_PLAINTEXT", sasl_username=USER, sasl_password_file=str(secret)
    )
    assert client_security(settings)["sasl_plain_password"] == PASSWORD
    missing = settings.with_(sasl_password_file=str(tmp_path / "nope"))
    with pytest.raises(SecurityConfigError, match="EVENTSTREAM_SASL_PASSWORD_FILE: cannot read"):
        client_security(missing)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"security_protocol": "TLS"}, "EVENTSTREAM_SECURITY_PROTOCOL='TLS': expected one of"),
        (
            {"security_protocol": "SASL_SSL", "sasl_mechanism": "GSSAPI", "sasl_username": "u"},
            "EVENTSTREAM_SASL_MECHANISM='GSSAPI'",
        ),
        ({"security_protocol": "SASL_SSL"}, "SASL_SSL needs EVENTSTREAM_SASL_USERNAME"),
        (
            {"security_protocol": "SASL_SSL", "sasl_username": "u"},
            "needs EVENTSTREAM_SASL_PASSWORD or EVENTSTREAM_SASL_PASSWORD_FILE",
        ),
        ({"ssl_cafile": "/ca.pem"}, "EVENTSTREAM_SSL_CAFILE is set but .* is PLAINTEXT"),
        ({"sasl_username": "u"}, "EVENTSTREAM_SASL_USERNAME is set but"),
        (
            {"security_protocol": "SSL", "ssl_cafile": "/nowhere/ca.pem"},
            "EVENTSTREAM_SSL_CAFILE: cannot use /nowhere/ca.pem",
        ),
    ],
)
def test_settings_that_cannot_work_are_one_line_errors(changes, message):
    with pytest.raises(SecurityConfigError, match=message) as info:
        client_security(Settings(**changes))
    assert "\n" not in str(info.value)


def test_cli_flags_override_the_environment_and_bad_ones_fail_in_one_line(eventstream_cmd):
    done = subprocess.run(
        [*eventstream_cmd, "--security-protocol", "SASL_SSL", "tail", "--max", "1"],
        env={**os.environ, "EVENTSTREAM_SECURITY_PROTOCOL": "PLAINTEXT"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "error: SASL_SSL needs EVENTSTREAM_SASL_USERNAME"


# --- real connections through the TLS proxy ---------------------------------------------


def _secured_broker(certs: Certificates, sasl: bool):
    """A broker behind a TLS proxy (with SASL/PLAIN when ``sasl``) advertised as localhost."""
    port = free_port()
    broker = EmbeddedBroker(advertise=f"localhost:{port}")
    proxy = TLSProxy(certs, broker.port, port, sasl_plain=(USER, PASSWORD) if sasl else None)
    return broker, proxy, f"localhost:{port}"


@pytest.fixture(scope="module")
def certs(tmp_path_factory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def sasl_ssl(certs):
    """``(settings, proxy)``: SASL_SSL with PLAIN through the proxy, right credentials."""
    broker, proxy, address = _secured_broker(certs, sasl=True)
    with broker, proxy:
        settings = Settings(
            broker=address,
            security_protocol="SASL_SSL",
            sasl_mechanism="PLAIN",
            sasl_username=USER,
            sasl_password=PASSWORD,
            ssl_cafile=str(certs.ca),
        )
        yield settings, proxy


@pytest.fixture(scope="module")
def tls_only(certs):
    """Settings for SSL (no SASL) through a second proxy and broker."""
    broker, proxy, address = _secured_broker(certs, sasl=False)
    with broker, proxy:
        yield Settings(broker=address, security_protocol="SSL", ssl_cafile=str(certs.ca))


def _run(cmd: list[str], settings: Settings, *args: str, timeout: float = 60):
    started = time.monotonic()
    done = subprocess.run(
        [*cmd, *args],
        env={**os.environ, **settings.env()},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done, time.monotonic() - started


def _read(settings: Settings, topic: str, count: int, timeout: float = 20.0) -> list:
    """Up to ``count`` records of ``topic`` from its start, over the settings' TLS/SASL."""
    from kafka import KafkaConsumer

    consumer = open_client(KafkaConsumer, settings, topic, auto_offset_reset="earliest")
    records: list = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < count and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=250).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def _assert_one_line_failure(done, seconds: float, *expected: str) -> None:
    assert done.returncode == 1, done.stderr + done.stdout
    assert seconds < FAIL_WITHIN, f"took {seconds:.1f} s"
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for text in expected:
        assert text in errors[0], errors[0]
    assert PASSWORD not in done.stderr + done.stdout


def test_pipeline_over_sasl_ssl(sasl_ssl, eventstream_cmd, fixtures_dir, seed_article, tmp_path):
    """publish → worker → tail, every client over TLS with a SASL login."""
    base, proxy = sasl_ssl
    settings = isolated_settings(base.broker, tmp_path, "test-sasl-ssl").with_(
        security_protocol=base.security_protocol,
        sasl_mechanism=base.sasl_mechanism,
        sasl_username=base.sasl_username,
        sasl_password=base.sasl_password,
        ssl_cafile=base.ssl_cafile,
        articles_partitions=1,
        events_partitions=1,
        metrics_port=0,
    )
    ensure_pipeline_topics(settings)
    log = tmp_path / "worker.log"
    worker = start_worker(settings, log_path=log, command=eventstream_cmd)
    try:
        done, _ = _run(
            eventstream_cmd, settings, "publish", str(fixtures_dir / "seed/article.json")
        )
        assert done.returncode == 0, done.stderr + done.stdout
        done, _ = _run(
            eventstream_cmd,
            settings,
            "tail",
            "--from-beginning",
            "--max",
            "1",
            "--timeout",
            "90",
            timeout=150,
        )
        assert done.returncode == 0, done.stderr + log.read_text()
        events = [orjson.loads(line) for line in done.stdout.splitlines()]
        assert events and events[0]["article_id"] == seed_article["id"], log.read_text()
        assert worker.poll() is None, log.read_text()
    finally:
        stop_process(worker)
    worker_log = log.read_text()
    assert "SASL_SSL (PLAIN as user pipeline)" in worker_log
    assert PASSWORD not in worker_log
    assert proxy.failed_logins == 0


def test_publish_and_tail_over_tls_without_sasl(tls_only, eventstream_cmd, fixtures_dir):
    topic = f"tls-{os.getpid()}-{time.monotonic_ns()}"
    done, _ = _run(
        eventstream_cmd,
        tls_only,
        "publish",
        "--topic",
        topic,
        str(fixtures_dir / "seed/article.json"),
    )
    assert done.returncode == 0, done.stderr + done.stdout
    done, _ = _run(
        eventstream_cmd, tls_only, "tail", "--topic", topic, "--from-beginning", "--max", "1",
        "--timeout", "20",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert orjson.loads(done.stdout)["id"]


def test_replay_over_tls(tls_only, eventstream_cmd, fixtures_dir, tmp_path):
    topic = f"tls-replay-{time.monotonic_ns()}"
    done, _ = _run(
        eventstream_cmd, tls_only, "replay", str(fixtures_dir / "seed/article.json"),
        "--topic", topic, "--checkpoint", str(tmp_path / "ckpt.json"), "--no-progress",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr + done.stdout

    assert len(_read(tls_only, topic, 1)) == 1


def test_backfill_over_tls(tls_only, extractor, fixtures_dir):
    from kafka import KafkaProducer

    from stream.backfill import BackfillOptions, backfill
    from stream.broker import ensure_topics

    topic_in, topic_out = f"tls-in-{time.monotonic_ns()}", f"tls-out-{time.monotonic_ns()}"
    security = client_security(tls_only)
    ensure_topics(tls_only.bootstrap_servers, {topic_in: 1, topic_out: 1}, security=security)
    producer = open_client(KafkaProducer, tls_only, acks="all")
    producer.send(topic_in, (fixtures_dir / "seed" / "article.json").read_bytes()).get(timeout=10)
    producer.close()
    opts = BackfillOptions(topic_in=topic_in, topic_out=topic_out, from_offset=0)
    summary = backfill(opts, tls_only.bootstrap_servers, extractor.extract_many, security=security)
    assert summary.read == 1
    assert summary.events > 0
    assert len(_read(tls_only, topic_out, summary.events)) == summary.events


@pytest.mark.parametrize("command", ["publish", "worker"])
def test_a_wrong_password_fails_in_one_line(
    sasl_ssl, eventstream_cmd, fixtures_dir, command, tmp_path
):
    base, _ = sasl_ssl
    settings = base.with_(sasl_password="not the password", datadir=str(tmp_path / "state"))
    args = [str(fixtures_dir / "seed/article.json")] if command == "publish" else []
    done, seconds = _run(eventstream_cmd, settings, command, *args)
    _assert_one_line_failure(
        done, seconds, f"broker {base.broker}", "authentication failed for user pipeline"
    )
    assert "not the password" not in done.stderr


@pytest.mark.parametrize("command", ["tail", "worker"])
def test_an_untrusted_certificate_fails_in_one_line(tls_only, eventstream_cmd, command, tmp_path):
    settings = tls_only.with_(ssl_cafile="", datadir=str(tmp_path / "state"))
    done, seconds = _run(eventstream_cmd, settings, command)
    _assert_one_line_failure(
        done, seconds, f"broker {tls_only.broker}", "TLS certificate not trusted"
    )


def test_a_mechanism_the_listener_refuses_fails_in_one_line(sasl_ssl, eventstream_cmd):
    base, _ = sasl_ssl
    settings = base.with_(sasl_mechanism="SCRAM-SHA-512")
    done, seconds = _run(eventstream_cmd, settings, "tail")
    _assert_one_line_failure(done, seconds, "does not accept SASL SCRAM-SHA-512")


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_a_refusal_is_reported_at_once_not_after_the_bootstrap_timeout(sasl_ssl):
    from kafka.admin import KafkaAdminClient

    base, _ = sasl_ssl
    wrong = "a-wrong-password-0451"
    recorder, logger = _Recorder(), logging.getLogger("kafka")
    level = logger.level
    logger.addHandler(recorder)
    logger.setLevel(logging.DEBUG)
    started = time.monotonic()
    try:
        with pytest.raises(BrokerRefused) as info:
            open_client(
                KafkaAdminClient, base.with_(sasl_password=wrong), bootstrap_timeout_ms=30_000
            )
    finally:
        logger.removeHandler(recorder)
        logger.setLevel(level)
    assert time.monotonic() - started < 10
    assert str(info.value).startswith(f"broker {base.broker}: authentication failed")
    assert wrong not in str(info.value)
    configs = [line for line in recorder.lines if "with configuration" in line]
    assert configs and "'sasl_plain_password': '***'" in configs[0]  # logged, but hidden
    assert wrong not in configs[0]
