"""TLS is verified for real: a loopback HTTPS server with a certificate nobody vouches for is refused
during the handshake, before any HTTP request (and so before any credential) reaches it.

The certificate is made for each run with the `openssl` command; without it the tests skip.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import APIConnectionError, AsyncVolteras, CommandStatus, Volteras

from .conftest import VALID_EXECUTION, VALID_TOKEN


@dataclass
class TLSServer:
    base_url: str
    certificate: Path
    paths: list[str] = field(default_factory=list)  # every HTTP request that got through TLS


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[TLSServer]:
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.path)
            self.rfile.read(int(self.headers.get("content-length") or 0))
            body = json.dumps(
                VALID_TOKEN if self.path.endswith(path_of("create_token")) else VALID_EXECUTION
            ).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a refused handshake is the expected outcome here, not a failure to print

    server = Server(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield TLSServer(f"https://127.0.0.1:{server.server_address[1]}", cert, seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _assert_refused_in_handshake(exc: APIConnectionError) -> None:
    assert "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc).lower()


def test_sync_client_refuses_an_untrusted_certificate(tls_server: TLSServer) -> None:
    """The default `Volteras` fails the handshake with APIConnectionError; no request reaches the server."""
    with (
        Volteras("id", "secret", base_url=tls_server.base_url) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.commands.close_charge_port("veh_1")
    _assert_refused_in_handshake(caught.value)
    assert tls_server.paths == []


def test_async_client_refuses_an_untrusted_certificate(tls_server: TLSServer) -> None:
    """The default `AsyncVolteras` fails the handshake with APIConnectionError; no request reaches the server."""

    async def main() -> None:
        async with AsyncVolteras("id", "secret", base_url=tls_server.base_url) as client:
            await client.commands.close_charge_port("veh_1")

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(main())
    _assert_refused_in_handshake(caught.value)
    assert tls_server.paths == []


def test_trusting_the_certificate_lets_the_same_calls_through(tls_server: TLSServer) -> None:
    """Control: with the certificate trusted through `http_client`, the same server answers both calls."""
    trusted = ssl.create_default_context(cafile=str(tls_server.certificate))
    with (
        httpx.Client(verify=trusted, timeout=5.0) as http,
        Volteras("id", "secret", base_url=tls_server.base_url, http_client=http) as client,
    ):
        execution = client.commands.close_charge_port("veh_1")
    assert execution.status == CommandStatus.PENDING
    assert tls_server.paths == [path_of("create_token"), path_of("close_charge_port", vehicle_id="veh_1")]
