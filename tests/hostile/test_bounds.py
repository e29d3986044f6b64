"""Every call is bounded in time and in memory, whatever a server on 127.0.0.1 does.

The server answers byte by byte (`raw` fixture): headers or a body trickled slowly, `100
Continue` after `100 Continue`, bodies of 256 MiB plain, chunked or gzipped. Each script runs
for seconds (or hundreds of MiB) more than the bound it meets, so a missing bound shows as a
different outcome, not as a slower test.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from volteras import (
    APITimeoutError,
    AsyncVolteras,
    CommandExecution,
    ResponseValidationError,
    ServerError,
    Volteras,
)

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Loopback, Raw

MODES = ["sync", "async"]
STEP = 0.05
STEPS = 60
"""A trickle lasts 3 s: far past every deadline below, so a call that waits it out fails its test."""
SIZE = 256 * 1024 * 1024
CHUNK = b" " * 65536
CAP = 1024 * 1024


def run(mode: str, settings: dict[str, Any], call: Callable[[Any], Any], base_url: str) -> Any:
    """`call(client)` on a Volteras or an AsyncVolteras made with `settings`, closed afterwards."""
    if mode == "sync":
        with Volteras("id", "secret", base_url=base_url, **settings) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncVolteras("id", "secret", base_url=base_url, **settings) as client:
            return await call(client)

    return asyncio.run(main())


def close_port(client: Any) -> Any:
    return client.commands.close_charge_port("veh_1")


# ---- answers that never quite arrive ------------------------------------------------------------


def trickled_body(raw: Raw, conn: Any) -> None:
    raw.send(
        conn, b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % STEPS
    )
    for _ in range(STEPS):
        raw.pause(STEP)
        raw.send(conn, b" ")


def trickled_headers(raw: Raw, conn: Any) -> None:
    raw.send(conn, b"HTTP/1.1 201 Created\r\n")
    for line in range(STEPS):
        raw.pause(STEP)
        raw.send(conn, b"x-pad-%d: 1\r\n" % line)
    raw.send(conn, b"content-length: 2\r\n\r\n{}")


def endless_continue(raw: Raw, conn: Any) -> None:
    for _ in range(STEPS):
        raw.send(conn, b"HTTP/1.1 100 Continue\r\n\r\n")
        raw.pause(STEP)
    raw.send(conn, b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n{}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "script", [trickled_body, trickled_headers, endless_continue], ids=lambda s: s.__name__
)
def test_a_trickled_answer_ends_at_the_deadline_derived_from_the_timeout(
    raw: Raw, mode: str, script: Callable[[Raw, Any], None]
) -> None:
    """timeout=0.1, max_retries=0: a body, headers or 100 Continues trickled every 0.05 s end in APITimeoutError at the 0.2 s deadline."""
    raw.script = script
    with pytest.raises(APITimeoutError, match=r"deadline of 0\.2s passed"):
        run(mode, {"timeout": 0.1, "max_retries": 0}, close_port, raw.base_url)
    assert not raw.finished


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["client", "call"])
def test_a_deadline_setting_or_option_replaces_the_derived_one(raw: Raw, mode: str, where: str) -> None:
    """deadline=0.2 on the client or on the call ends a trickled answer though timeout=5 would allow 10 s."""
    raw.script = trickled_headers
    settings: dict[str, Any] = {"timeout": 5, "max_retries": 0}
    if where == "client":
        settings["deadline"] = 0.2
        call = close_port
    else:

        def call(client: Any) -> Any:
            return client.commands.close_charge_port("veh_1", deadline=0.2)

    with pytest.raises(APITimeoutError, match=r"deadline of 0\.2s passed"):
        run(mode, settings, call, raw.base_url)
    assert not raw.finished


def test_a_callers_sync_http_client_is_bounded_between_chunks(raw: Raw) -> None:
    """With a caller's httpx.Client, a body trickled byte by byte still ends in APITimeoutError at the deadline."""
    raw.script = trickled_body
    with (
        httpx.Client(timeout=0.1) as http,
        Volteras("id", "secret", base_url=raw.base_url, max_retries=0, http_client=http) as client,
        pytest.raises(APITimeoutError, match="deadline"),
    ):
        client.commands.close_charge_port("veh_1")
    assert not raw.finished


def test_a_bad_deadline_is_refused_before_anything_is_sent(loopback: Loopback) -> None:
    """deadline= must be a positive finite number of seconds (up to a week), on the client and on a call."""
    client = Volteras("id", "secret", base_url=loopback.base_url)
    for bad in (0, -1, float("nan"), float("inf"), "1", True, 10**9):
        with pytest.raises(ValueError, match="deadline"):
            Volteras("id", "secret", base_url=loopback.base_url, deadline=bad)
        with pytest.raises(ValueError, match="deadline"):
            client.commands.close_charge_port("veh_1", deadline=bad)
    assert loopback.seen == []


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_that_would_end_past_the_deadline_is_not_made(loopback: Loopback, mode: str) -> None:
    """A read answered 503 Retry-After: 5 with 0.5 s of deadline left raises APITimeoutError at once, the 503 as its cause."""
    answer = (503, {"retry-after": "5"}, {"error": "SERVER_ERROR", "message": "later"})
    loopback.answer = lambda seen: (200, {}, VALID_TOKEN) if seen.path == TOKEN_PATH else answer
    with pytest.raises(APITimeoutError, match=r"retry in 5\.00s would pass this call's deadline") as caught:
        run(mode, {"deadline": 0.5}, lambda client: client.tokens.test(), loopback.base_url)
    assert isinstance(caught.value.__cause__, ServerError)
    assert caught.value.__cause__.status_code == 503
    assert len([path for path in loopback.paths() if path != TOKEN_PATH]) == 1


# ---- answers too large to hold ------------------------------------------------------------------


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def huge_length(raw: Raw, conn: Any) -> None:
    raw.send(
        conn, b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % SIZE
    )
    for _ in range(SIZE // len(CHUNK)):
        raw.send(conn, CHUNK)


def huge_chunked(raw: Raw, conn: Any, status: bytes = b"201 Created") -> None:
    raw.send(
        conn, b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n" % status
    )
    piece = _chunk(CHUNK)
    for _ in range(SIZE // len(CHUNK)):
        raw.send(conn, piece)
    raw.send(conn, b"0\r\n\r\n")


def huge_error(raw: Raw, conn: Any) -> None:
    huge_chunked(raw, conn, b"500 Internal Server Error")


def huge_401(raw: Raw, conn: Any) -> None:
    """Read by the auth flow, which looks into a 401 to see whether a new token could help."""
    huge_chunked(raw, conn, b"401 Unauthorized")


def gzip_bomb(raw: Raw, conn: Any) -> None:
    """256 MiB of zeros, compressed on the fly (about 256 KiB on the wire)."""
    raw.send(conn, b"HTTP/1.1 201 Created\r\ncontent-encoding: gzip\r\ntransfer-encoding: chunked\r\n\r\n")
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    for _ in range(SIZE >> 20):
        data = compressor.compress(zeros)
        if data:
            raw.send(conn, _chunk(data))
    raw.send(conn, _chunk(compressor.flush()) + b"0\r\n\r\n")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "script", [huge_length, huge_chunked, gzip_bomb, huge_error, huge_401], ids=lambda s: s.__name__
)
def test_a_huge_answer_is_refused_without_reading_it_all(
    raw: Raw, mode: str, script: Callable[[Raw, Any], None]
) -> None:
    """A 256 MiB answer (Content-Length, chunked, gzip bomb, 500 or 401) raises ResponseValidationError past 1 MiB, the server cut off."""
    raw.script = script
    with pytest.raises(ResponseValidationError, match=f"larger than max_response_bytes={CAP}") as caught:
        run(mode, {"max_response_bytes": CAP}, close_port, raw.base_url)
    assert raw.done.wait(30)
    assert not raw.finished
    assert caught.value.response is not None
    assert caught.value.response.request is not None
    assert "authorization" not in caught.value.response.request.headers


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_takes_little_memory(raw: Raw, mode: str) -> None:
    """Refusing a 256 MiB gzip bomb past a 1 MiB cap allocates under 32 MiB at peak (the cap plus one decoded piece)."""
    raw.script = gzip_bomb
    tracemalloc.start()
    try:
        with pytest.raises(ResponseValidationError, match="max_response_bytes"):
            run(mode, {"max_response_bytes": CAP}, close_port, raw.base_url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024
    assert raw.done.wait(30)
    assert not raw.finished


@pytest.mark.parametrize("mode", MODES)
def test_a_gzipped_answer_within_the_cap_parses(raw: Raw, mode: str) -> None:
    """A gzip-encoded command answer, fed to the decoder in pieces, parses like a plain one."""
    body = gzip.compress(json.dumps(VALID_EXECUTION).encode() + b" " * 100_000)

    def answer(raw: Raw, conn: Any) -> None:
        head = b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
        raw.send(conn, head + b"content-length: %d\r\n\r\n" % len(body) + body)

    raw.script = answer
    execution = run(mode, {"max_response_bytes": 200_000}, close_port, raw.base_url)
    assert isinstance(execution, CommandExecution)
    assert execution.id == "cmd_1"


def test_the_default_cap_is_32_mib(raw: Raw) -> None:
    """With no max_response_bytes, a chunked answer is refused once past 32 MiB."""
    raw.script = huge_chunked
    with pytest.raises(ResponseValidationError, match=f"max_response_bytes={32 * 1024 * 1024}"):
        run("sync", {}, close_port, raw.base_url)
    assert not raw.finished


def test_max_response_bytes_must_be_a_positive_int(loopback: Loopback) -> None:
    """max_response_bytes=0, a float or a bool is a ValueError at construction."""
    for bad in (0, -5, 1.5, True, None):
        with pytest.raises(ValueError, match="max_response_bytes"):
            Volteras("id", "secret", base_url=loopback.base_url, max_response_bytes=bad)
