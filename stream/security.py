"""TLS and SASL for every Kafka client the project opens, built from :class:`Settings`.

* :func:`client_security` gives the keyword arguments kafka-python and aiokafka clients take
  (``security_protocol``, ``ssl_context``, ``sasl_mechanism``, ``sasl_plain_username``,
  ``sasl_plain_password``): ``KafkaConsumer(..., **client_security(settings))``.
* :func:`faust_credentials` gives the Faust app's ``broker_credentials``.
* :func:`open_client` builds a kafka-python client and turns a refused connection (untrusted
  certificate, wrong password, mechanism not enabled) into one line, :class:`BrokerRefused`,
  instead of kafka-python's retries until its bootstrap timeout ends in a bare timeout.

The password never appears in a message, a ``repr`` or a client's logged configuration.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from stream.config import Settings

PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")

T = TypeVar("T")


class SecurityConfigError(ValueError):
    """The TLS/SASL settings are inconsistent or name files that cannot be read."""


class BrokerUnavailable(ConnectionError):
    """No connection to the broker; ``refused`` when it answered but refused us (TLS, SASL)."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


class BrokerRefused(BrokerUnavailable):
    """The broker answered but refused the connection: retrying will not help."""

    def __init__(self, message: str) -> None:
        super().__init__(message, refused=True)


class Secret(str):
    """A string whose ``repr`` hides it (clients log their configuration with ``%r``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


def uses_tls(settings: Settings) -> bool:
    return settings.security_protocol in ("SSL", "SASL_SSL")


def uses_sasl(settings: Settings) -> bool:
    return settings.security_protocol in ("SASL_PLAINTEXT", "SASL_SSL")


def sasl_password(settings: Settings) -> str:
    """The SASL password: ``sasl_password``, else the first line of ``sasl_password_file``."""
    if settings.sasl_password:
        return settings.sasl_password
    if not settings.sasl_password_file:
        return ""
    try:
        text = Path(settings.sasl_password_file).read_text(encoding="utf-8")
    except OSError as exc:
        raise SecurityConfigError(
            f"EVENTSTREAM_SASL_PASSWORD_FILE: cannot read {settings.sasl_password_file} "
            f"({exc.strerror or exc})"
        ) from exc
    return text.splitlines()[0] if text.strip() else ""


def check(settings: Settings) -> None:
    """Raise :class:`SecurityConfigError` (one line) when the settings cannot work together."""
    protocol = settings.security_protocol
    if protocol not in PROTOCOLS:
        raise SecurityConfigError(
            f"EVENTSTREAM_SECURITY_PROTOCOL={protocol!r}: expected one of {', '.join(PROTOCOLS)}"
        )
    if settings.sasl_mechanism not in MECHANISMS:
        raise SecurityConfigError(
            f"EVENTSTREAM_SASL_MECHANISM={settings.sasl_mechanism!r}: expected one of "
            f"{', '.join(MECHANISMS)}"
        )
    tls_files = {
        "EVENTSTREAM_SSL_CAFILE": settings.ssl_cafile,
        "EVENTSTREAM_SSL_CERTFILE": settings.ssl_certfile,
        "EVENTSTREAM_SSL_KEYFILE": settings.ssl_keyfile,
    }
    given = [name for name, value in tls_files.items() if value]
    if given and not uses_tls(settings):
        raise SecurityConfigError(
            f"{given[0]} is set but EVENTSTREAM_SECURITY_PROTOCOL is {protocol} "
            "(use SSL or SASL_SSL for TLS)"
        )
    if settings.ssl_keyfile and not settings.ssl_certfile:
        raise SecurityConfigError("EVENTSTREAM_SSL_KEYFILE is set without EVENTSTREAM_SSL_CERTFILE")
    if uses_sasl(settings):
        if not settings.sasl_username:
            raise SecurityConfigError(f"{protocol} needs EVENTSTREAM_SASL_USERNAME")
        if not sasl_password(settings):
            raise SecurityConfigError(
                f"{protocol} needs EVENTSTREAM_SASL_PASSWORD or EVENTSTREAM_SASL_PASSWORD_FILE"
            )
    elif settings.sasl_username:
        raise SecurityConfigError(
            f"EVENTSTREAM_SASL_USERNAME is set but EVENTSTREAM_SECURITY_PROTOCOL is {protocol} "
            "(use SASL_SSL or SASL_PLAINTEXT for SASL)"
        )


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of the settings (None for PLAINTEXT and SASL_PLAINTEXT).

    Verifies the broker's certificate against ``ssl_cafile`` (else the system's trusted
    CAs) and, unless ``ssl_check_hostname`` is off, that it names the host connected to.
    ``ssl_certfile`` and ``ssl_keyfile`` are the client's own certificate (mutual TLS).
    """
    if not uses_tls(settings):
        return None
    try:
        context = ssl.create_default_context(cafile=settings.ssl_cafile or None)
    except (OSError, ssl.SSLError) as exc:
        raise SecurityConfigError(
            f"EVENTSTREAM_SSL_CAFILE: cannot use {settings.ssl_cafile} as CA certificates "
            f"({_reason(exc)})"
        ) from exc
    context.check_hostname = settings.ssl_check_hostname
    if settings.ssl_certfile:
        try:
            context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile or None)
        except (OSError, ssl.SSLError) as exc:
            raise SecurityConfigError(
                f"EVENTSTREAM_SSL_CERTFILE: cannot use {settings.ssl_certfile} "
                f"{'with ' + settings.ssl_keyfile + ' ' if settings.ssl_keyfile else ''}"
                f"as the client certificate ({_reason(exc)})"
            ) from exc
    return context


def client_security(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for kafka-python and aiokafka clients (same names in both)."""
    check(settings)
    kwargs: dict[str, Any] = {"security_protocol": settings.security_protocol}
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if uses_sasl(settings):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = Secret(sasl_password(settings))
    return kwargs


def faust_credentials(settings: Settings) -> Any:
    """The Faust app's ``broker_credentials`` (None for PLAINTEXT)."""
    import faust

    check(settings)
    context = ssl_context(settings)
    if uses_sasl(settings):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=Secret(sasl_password(settings)),
            ssl_context=context,
            mechanism=settings.sasl_mechanism,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def describe(settings: Settings) -> str:
    """How the clients connect, for log lines: ``SASL_SSL (SCRAM-SHA-512 as user app)``."""
    if uses_sasl(settings):
        return (
            f"{settings.security_protocol} ({settings.sasl_mechanism} as user "
            f"{settings.sasl_username})"
        )
    return settings.security_protocol


class _RefusalLog(logging.Handler):
    """Collects why kafka-python's connections failed (it logs the cause, then retries).

    ``on_refusal`` is called once the log shows the broker refused the connection.
    """

    def __init__(self, settings: Settings, on_refusal: Callable[[], None]) -> None:
        super().__init__(logging.WARNING)
        self.settings = settings
        self.on_refusal = on_refusal
        self.causes: list[str] = []
        self.refusal: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.causes.append(record.getMessage())
            if self.refusal is None:
                self.refusal = refusal(self.causes[-1:], self.settings)
                if self.refusal is not None:
                    self.on_refusal()


def refusal(causes: list[str], settings: Settings) -> str | None:
    """A one-line cause when the logged failures show the broker refused us, else None."""
    for message in causes:
        if "CERTIFICATE_VERIFY_FAILED" in message or "certificate verify failed" in message:
            detail = message.split("certificate verify failed:", 1)[-1].split("(_ssl.c")[0]
            hint = (
                "set EVENTSTREAM_SSL_CAFILE to the CA that signed it"
                if "issuer" in detail or "self-signed" in detail or "self signed" in detail
                else "check EVENTSTREAM_SSL_CAFILE and the broker address"
            )
            return f"TLS certificate not trusted ({detail.strip()}); {hint}"
        if "SaslAuthenticationFailed" in message:
            detail = _balanced(message.rsplit("SaslAuthenticationFailedError:", 1)[-1].strip())
            return (
                f"authentication failed for user {settings.sasl_username} with "
                f"{settings.sasl_mechanism} ({detail or 'no reason given'})"
            )
        if "UnsupportedSaslMechanism" in message:
            return (
                f"the broker does not accept SASL {settings.sasl_mechanism} on this listener "
                "(check EVENTSTREAM_SASL_MECHANISM and EVENTSTREAM_SECURITY_PROTOCOL)"
            )
        if "IllegalSaslState" in message:
            return "the broker's listener refused the SASL handshake"
        wrong_protocol = "WRONG_VERSION_NUMBER" in message or "UNEXPECTED_EOF" in message.upper()
        if wrong_protocol and uses_tls(settings):
            return "TLS handshake failed: is this listener TLS? (EVENTSTREAM_SECURITY_PROTOCOL)"
        if "SSL" in message and "Handshake failed" in message:
            detail = _balanced(message.split("Handshake failed:", 1)[-1].strip())
            return f"TLS handshake failed ({detail})"
    return None


def open_client(factory: Callable[..., T], settings: Settings, *args: Any, **kwargs: Any) -> T:
    """``factory(*args, bootstrap_servers=..., **security, **kwargs)``: a kafka-python client.

    Raises :class:`BrokerRefused` (one line naming the broker and the cause) as soon as the
    broker refuses the TLS handshake or the SASL login, :class:`BrokerUnavailable` when it
    cannot be reached within the bootstrap timeout (10 s unless given), and
    :class:`SecurityConfigError` for settings that cannot work.
    """
    security = client_security(settings)
    kwargs.setdefault("bootstrap_timeout_ms", 10_000)
    logger = logging.getLogger("kafka")
    finished = threading.Event()
    seen = _RefusalLog(settings, finished.set)
    state: dict[str, Any] = {"abandoned": False}
    lock = threading.Lock()
    propagate = logger.propagate

    def stop_watching() -> None:
        logger.removeHandler(seen)
        logger.propagate = propagate

    def build() -> None:
        client = error = None
        try:
            client = factory(
                *args, bootstrap_servers=settings.bootstrap_servers, **security, **kwargs
            )
        except BaseException as exc:  # handed to the caller below
            error = exc
        with lock:
            state.update(client=client, error=error)
            abandoned = state["abandoned"]
        if abandoned:  # the caller gave up on a refusal; tidy up behind it
            if client is not None:
                with contextlib.suppress(Exception):
                    client.close()
            stop_watching()
        finished.set()

    logger.addHandler(seen)
    logger.propagate = False  # the retry chatter is summed up in one line instead
    threading.Thread(target=build, name="eventstream-connect", daemon=True).start()
    finished.wait()
    with lock:
        done = "client" in state
        state["abandoned"] = not done
    if done:
        stop_watching()
    if done and state["client"] is not None:
        return state["client"]
    if seen.refusal is not None:
        raise BrokerRefused(f"broker {settings.broker}: {seen.refusal}")
    exc = state["error"]
    from kafka.errors import KafkaError

    if not isinstance(exc, KafkaError | OSError):
        raise exc
    hint = _plaintext_hint(settings, seen.causes)
    raise BrokerUnavailable(
        f"cannot reach the broker at {settings.broker}: {_reason(exc)}{hint}"
    ) from exc


def _plaintext_hint(settings: Settings, causes: list[str]) -> str:
    if settings.security_protocol == "PLAINTEXT" and any("disconnected" in c for c in causes):
        return (
            " (it closed the connection: does it want TLS or SASL? EVENTSTREAM_SECURITY_PROTOCOL)"
        )
    return ""


def _balanced(text: str) -> str:
    """``text`` without the closing parentheses of the log line it was cut from."""
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1]
    return text


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
