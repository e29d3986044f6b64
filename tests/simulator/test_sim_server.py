"""The threaded HTTP server: loopback only, keep-alive, clean shutdown, quiet."""

from __future__ import annotations

import http.client
import socket
from collections.abc import Iterable, Iterator

import httpx
import pytest

from tests.spec_facts import path_of
from volteras.testing import ManualClock, Simulator


def test_serve_yields_a_loopback_url() -> None:
    """serve() yields http://127.0.0.1:PORT with a real port."""
    with Simulator().serve() as url:
        assert url.startswith("http://127.0.0.1:")
        assert int(url.rsplit(":", 1)[1]) > 0


def test_refuses_non_loopback_hosts() -> None:
    """Binding anything but a loopback address is refused."""
    for host in ("0.0.0.0", "192.168.1.10", "example.com"):  # noqa: S104 (never bound: refused)
        with pytest.raises(ValueError, match="loopback"), Simulator().serve(host=host):
            pass


def test_keep_alive_serves_many_requests_on_one_connection() -> None:
    """One HTTP/1.1 connection carries several requests and responses."""
    with Simulator().serve() as url:
        port = int(url.rsplit(":", 1)[1])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            for _ in range(3):
                connection.request("POST", path_of("test_token"))
                response = connection.getresponse()
                assert response.status == 401
                assert response.version == 11
                assert response.getheader("Connection") is None
                response.read()
            assert connection.sock is not None
        finally:
            connection.close()


def test_response_arrives_in_one_piece() -> None:
    """Status line, headers and body arrive together: one write per response (no Nagle stall)."""
    with Simulator().serve() as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = b""
            for _ in range(1000):  # bounded: the server closes after answering
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 404")
        assert b"connection: close" in head.lower()
        assert body.startswith(b'{"requestId"')


@pytest.fixture
def busy_server() -> Iterator[str]:
    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("big", latency=0)
    with httpx.Client(transport=sim.transport(), base_url="http://sim.invalid") as client:
        token = client.post(
            path_of("create_token"),
            data={"grant_type": "client_credentials"},
            auth=("demo-client", "demo-secret"),
        ).json()["access_token"]
        for _ in range(120):
            client.post(path_of("lock_doors", vehicle_id="big"), headers={"Authorization": f"Bearer {token}"})
    with sim.serve() as url:
        yield url


def test_large_response_over_keep_alive(busy_server: str) -> None:
    """A page of 100 executions (larger than a socket buffer chunk) arrives whole."""
    with httpx.Client(base_url=busy_server) as client:
        token = client.post(
            path_of("create_token"),
            data={"grant_type": "client_credentials"},
            auth=("demo-client", "demo-secret"),
        ).json()["access_token"]
        body = client.get(
            path_of("list_command_executions", vehicle_id="big"),
            params={"maxPageSize": "100"},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
    assert len(body["results"]) == 100


def test_shutdown_closes_open_connections() -> None:
    """Leaving serve() closes kept-alive connections, so nothing answers afterwards."""
    sim = Simulator()
    with httpx.Client(timeout=5) as client:
        with sim.serve() as url:
            assert client.post(url + path_of("test_token")).status_code == 401
        with pytest.raises(httpx.TransportError):
            client.post(url + path_of("test_token"))


def test_two_servers_share_one_simulator() -> None:
    """Several servers may serve one simulator at once, on different ports."""
    sim = Simulator()
    with sim.serve() as first, sim.serve() as second:
        assert first != second
        httpx.post(first + path_of("test_token"))
        httpx.post(second + path_of("test_token"))
    assert len(sim.requests) == 2


def test_quiet_by_default(capfd: pytest.CaptureFixture[str]) -> None:
    """The server logs nothing per request unless verbose=True."""
    sim = Simulator()
    with sim.serve() as url:
        httpx.post(url + path_of("test_token"))
    assert capfd.readouterr().err == ""
    with sim.serve(verbose=True) as url:
        httpx.post(url + path_of("test_token"))
    assert path_of("test_token") in capfd.readouterr().err


def test_chunked_request_body() -> None:
    """A chunked request body is read whole."""
    sim = Simulator()
    with sim.serve() as url, httpx.Client(base_url=url) as client:
        client.post(
            path_of("create_token"), content=iter([b"grant_type=client_", b"credentials"]), auth=("a", "b")
        )
    assert sim.token_requests[0].body == b"grant_type=client_credentials"


def _exchange(url: str, head: bytes, parts: Iterable[bytes] = ()) -> bytes:
    """Send a raw request head and body parts on one connection; the status code that comes back."""
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head)
        for part in parts:
            sock.sendall(part)
        return sock.recv(65536).split(b" ", 2)[1]  # socket.timeout (a failure) if it never answers


_CHUNKED = (
    f"POST {path_of('create_token')} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
)


def test_a_chunked_body_past_the_cap_is_refused() -> None:
    """Chunks adding up past 16 MiB get 413 at the chunk that passes the cap, before its data is read."""
    mib = b"x" * (1024 * 1024)
    sim = Simulator()
    with sim.serve() as url:
        status = _exchange(url, _CHUNKED, [*(b"100000\r\n" + mib + b"\r\n" for _ in range(16)), b"1\r\n"])
    assert status == b"413"
    assert sim.requests == []


@pytest.mark.parametrize("size", [b"-1", b"0x10", b"zz", b""])
def test_a_malformed_chunk_size_is_refused_at_once(size: bytes) -> None:
    """A chunk size that is not hex digits (-1 would read until the client hangs up) gets 400 at once."""
    with Simulator().serve() as url:
        assert _exchange(url, _CHUNKED + size + b"\r\n") == b"400"


def test_a_content_length_past_the_cap_is_refused_unread() -> None:
    """A Content-Length over 16 MiB gets 413 without the body being read."""
    head = f"POST {path_of('create_token')} HTTP/1.1\r\nHost: x\r\nContent-Length: 16777217\r\n\r\n".encode()
    with Simulator().serve() as url:
        assert _exchange(url, head) == b"413"


@pytest.mark.parametrize("method", ["TRACE", "PURGE", "PUT", "PATCH"])
def test_undeclared_method_on_a_known_path_is_405_with_the_envelope(method: str) -> None:
    """A method the spec does not declare on a known path answers 405, Allow and the API's JSON error envelope."""
    with Simulator().serve() as url:
        port = int(url.rsplit(":", 1)[1])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(method, path_of("add_tag"))  # remove_tag's path too
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
    assert (response.status, response.getheader("Allow")) == (405, "DELETE, POST")
    assert response.getheader("Content-Type") == "application/json"
    assert httpx.Response(405, content=body).json()["error"] == "REQUEST_VALIDATION_ERROR"
