"""Test helpers for secured connections: certificates made on the spot, and a TLS proxy.

The embedded broker cannot serve TLS itself, so :class:`TLSProxy` terminates TLS on its own
port and forwards the plain bytes to the broker, which advertises the proxy's address. With
``sasl_plain`` the proxy also demands SASL/PLAIN (the broker's own SASL cannot be set up in
memory): it answers ``SaslHandshake`` and ``SaslAuthenticate`` itself and forwards every
other request. Clients see what they would see in front of a managed cluster.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import ssl
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificates:
    """PEM files of a throw-away CA and a server certificate it signed."""

    ca: Path
    cert: Path
    key: Path


def make_certificates(folder: Path, *, hostnames: tuple[str, ...] = ("localhost",)) -> Certificates:
    """A CA and a server certificate for ``hostnames`` and 127.0.0.1, valid for a day."""
    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(name("eventstream test CA"))
        .issuer_name(name("eventstream test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = [x509.DNSName(h) for h in hostnames]
    alt_names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(hostnames[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    paths = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    paths.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


SASL_HANDSHAKE, SASL_AUTHENTICATE = 17, 36
ILLEGAL_SASL_STATE, UNSUPPORTED_SASL_MECHANISM, SASL_AUTHENTICATION_FAILED = 34, 33, 58
FAILED_LOGIN_CLOSE_DELAY = 0.1
"""Seconds before closing after a failed login (Kafka's connection.failed.authentication.delay.ms)."""


class TLSProxy:
    """Terminates TLS on ``127.0.0.1:port`` and forwards to ``127.0.0.1:upstream_port``.

    With ``sasl_plain=(user, password)`` a client must authenticate with SASL/PLAIN before
    any request other than ``ApiVersions`` reaches the broker. Runs its own event loop in a
    thread; use it as a context manager.
    """

    def __init__(
        self,
        certs: Certificates,
        upstream_port: int,
        port: int,
        *,
        sasl_plain: tuple[str, str] | None = None,
    ) -> None:
        self.upstream_port = upstream_port
        self.port = port
        self.sasl_plain = sasl_plain
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(certs.cert, certs.key)
        self.failed_logins = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    def __enter__(self) -> TLSProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        self._server = future.result(timeout=10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        async def stop() -> None:
            assert self._server is not None
            self._server.close()
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            # let each connection run its clean-up while the loop still runs: a coroutine
            # left suspended would close its writers later, on a closed loop
            await asyncio.gather(*others, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self._loop.close()

    async def _start(self) -> asyncio.AbstractServer:
        return await asyncio.start_server(self._serve, "127.0.0.1", self.port, ssl=self.context)

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            broker_r, broker_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.close()
            return
        try:
            login = self.sasl_plain is not None
            if login and not await self._authenticate(client_r, client_w, broker_r, broker_w):
                return
            await asyncio.gather(_pump(client_r, broker_w), _pump(broker_r, client_w))
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            for writer in (client_w, broker_w):
                writer.close()

    async def _authenticate(
        self,
        client_r: asyncio.StreamReader,
        client_w: asyncio.StreamWriter,
        broker_r: asyncio.StreamReader,
        broker_w: asyncio.StreamWriter,
    ) -> bool:
        """Answer the SASL exchange; forward ``ApiVersions``; True once the client logged in."""
        mechanism_ok = False
        while True:
            frame = await _read_frame(client_r)
            api_key, version, correlation = struct.unpack(">hhi", frame[:8])
            if api_key == 18:  # ApiVersions: the broker answers
                broker_w.write(struct.pack(">i", len(frame)) + frame)
                await broker_w.drain()
                reply = await _read_frame(broker_r)
                client_w.write(struct.pack(">i", len(reply)) + reply)
                await client_w.drain()
            elif api_key == SASL_HANDSHAKE:
                mechanism = _string(frame, _header_end(frame, flexible=False))
                mechanism_ok = mechanism == "PLAIN"
                error = 0 if mechanism_ok else UNSUPPORTED_SASL_MECHANISM
                body = struct.pack(">hi", error, 1) + _pack_string("PLAIN")
                await _reply(client_w, correlation, body)
                if not mechanism_ok:
                    await _close_soon(client_r)
                    return False
            elif api_key == SASL_AUTHENTICATE and mechanism_ok:
                flexible = version >= 2
                token = _bytes(frame, _header_end(frame, flexible=flexible), flexible=flexible)
                _, user, password = token.split(b"\0", 2)
                ok = (user.decode(), password.decode()) == self.sasl_plain
                if not ok:
                    self.failed_logins += 1
                message = None if ok else "Authentication failed: Invalid username or password"
                body = _authenticate_response(
                    0 if ok else SASL_AUTHENTICATION_FAILED, message, version
                )
                await _reply(client_w, correlation, body, flexible=flexible)
                if not ok:
                    await _close_soon(client_r)
                return ok
            else:  # anything else before logging in is refused, as a SASL listener does
                return False


async def _close_soon(client: asyncio.StreamReader) -> None:
    """Like Kafka, close a moment after a refusal, so the client reads the reason first."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(client.read(), FAILED_LOGIN_CLOSE_DELAY)


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.close()


async def _read_frame(reader: asyncio.StreamReader) -> bytes:
    (size,) = struct.unpack(">i", await reader.readexactly(4))
    return await reader.readexactly(size)


async def _reply(
    writer: asyncio.StreamWriter, correlation: int, body: bytes, *, flexible: bool = False
) -> None:
    header = struct.pack(">i", correlation) + (b"\0" if flexible else b"")
    payload = header + body
    writer.write(struct.pack(">i", len(payload)) + payload)
    await writer.drain()


def _header_end(frame: bytes, *, flexible: bool) -> int:
    """Offset of the request body: after api key, version, correlation id, client id (and tags)."""
    (client_len,) = struct.unpack(">h", frame[8:10])
    end = 10 + max(client_len, 0)
    if flexible:
        count, end = _uvarint(frame, end)
        for _ in range(count):
            _, end = _uvarint(frame, end)
            size, end = _uvarint(frame, end)
            end += size
    return end


def _uvarint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7


def _pack_uvarint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _string(frame: bytes, at: int) -> str:
    (size,) = struct.unpack(">h", frame[at : at + 2])
    return frame[at + 2 : at + 2 + size].decode()


def _pack_string(text: str) -> bytes:
    data = text.encode()
    return struct.pack(">h", len(data)) + data


def _bytes(frame: bytes, at: int, *, flexible: bool) -> bytes:
    if flexible:
        size, at = _uvarint(frame, at)
        return frame[at : at + size - 1]
    (size,) = struct.unpack(">i", frame[at : at + 4])
    return frame[at + 4 : at + 4 + size]


def _authenticate_response(error: int, message: str | None, version: int) -> bytes:
    """A ``SaslAuthenticateResponse`` body (no server token; session lifetime 0 from v1)."""
    if version >= 2:
        text = b"\0" if message is None else _pack_uvarint(len(message) + 1) + message.encode()
        return struct.pack(">h", error) + text + _pack_uvarint(1) + struct.pack(">q", 0) + b"\0"
    text = struct.pack(">h", -1) if message is None else _pack_string(message)
    body = struct.pack(">h", error) + text + struct.pack(">i", 0)
    return body + (struct.pack(">q", 0) if version >= 1 else b"")
