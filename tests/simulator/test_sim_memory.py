"""The simulator's memory stays bounded: chunked bodies cost their size, records keep a capped body."""

from __future__ import annotations

import socket
import tracemalloc
from urllib.parse import urlsplit

import httpx

from tests.simulator.helpers import command_path
from tests.spec_facts import path_of
from volteras.testing import Simulator
from volteras.testing._wire import MAX_RECORDED_BODY

CHUNKS = 100_000


def _post_chunked(base_url: str, path: str, payload: bytes) -> bytes:
    """Send ``payload`` (already chunk-framed) over a raw socket; the whole answer."""
    parts = urlsplit(base_url)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nTransfer-Encoding: chunked\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=30) as conn:
        conn.sendall(head + payload)
        answer = b""
        for _ in range(10_000):  # bounded: the server closes after one answer
            data = conn.recv(65536)
            if not data:
                break
            answer += data
    return answer


def test_a_body_of_many_tiny_chunks_costs_its_size(sim: Simulator, base_url: str) -> None:
    """100,000 one-byte chunks over loopback: the server's peak memory stays near the body's size."""
    payload = b"1\r\nx\r\n" * CHUNKS + b"0\r\n\r\n"
    tracemalloc.start()
    try:
        answer = _post_chunked(base_url, path_of("test_token"), payload)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.startswith(b"HTTP/1.1 401"), answer[:100]
    assert peak < 20 * CHUNKS, (
        f"peak {peak:,} bytes for a {CHUNKS:,}-byte body"
    )  # one bytes object per chunk: 40x
    record = sim.requests[-1]
    assert (len(record.body), record.body_size) == (MAX_RECORDED_BODY, CHUNKS)


def test_records_keep_a_capped_body_while_the_handler_reads_it_all(sim: Simulator, base_url: str) -> None:
    """A 300 KB JSON body is answered in full; its record keeps the first MAX_RECORDED_BODY bytes."""
    body = b'{"limit": 80' + b" " * 300_000 + b"}"
    with httpx.Client(base_url=base_url, timeout=10) as http:
        token = http.post(
            path_of("create_token"),
            data={"grant_type": "client_credentials"},
            auth=("demo-client", "demo-secret"),
        ).json()["access_token"]
        answer = http.post(
            command_path("veh_1", "set-charge-limit"),
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["commandArguments"] == {"limit": 80}
    record = sim.requests[-1]
    assert record.body == body[:MAX_RECORDED_BODY]
    assert record.body_size == len(body)
    small = sim.requests[-2]  # the token request: kept whole
    assert small.body_size is None
    assert b"grant_type" in small.body
