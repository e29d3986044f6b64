"""Tokens revoked under calls in flight: replay with the newer token, renew only the one the client holds."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, AuthenticationError, CommandStatus, Volteras
from volteras._auth import MAX_REPLAYS
from volteras.testing import ExpireToken, Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET, posts

TEST_TOKEN_PATH = path_of("test_token")
LOCK_DOORS_PATH = path_of("lock_doors", vehicle_id="veh_1")
CALLERS = 20
WAIT = 30.0  # seconds a held request waits for its wave; only reached when a test is failing

Interlude = Callable[[int], int]
"""Given how many lock_doors sends came before, set up faults and say how many `tokens.test()`
calls another caller on the same client makes (to the end) before this send leaves."""


def _lock_doors(mode: str, base_url: str, interlude: Interlude) -> Any:
    """Lock veh_1's doors on a warm client, with `interlude` run as each of its sends leaves.

    The send has its token by then, so whatever the other calls do to the token, it leaves
    with the one it was given.
    """
    sent = [0]

    def others(request: httpx.Request) -> int:
        if request.url.path != LOCK_DOORS_PATH:
            return 0
        sent[0] += 1
        return interlude(sent[0] - 1)

    if mode == "sync":
        with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            client.tokens.test()

            def hook(request: httpx.Request) -> None:
                for _ in range(others(request)):
                    client.tokens.test()

            client._http.event_hooks["request"].append(hook)
            return client.commands.lock_doors("veh_1")

    async def main() -> Any:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as aclient:
            await aclient.tokens.test()

            async def hook(request: httpx.Request) -> None:
                for _ in range(others(request)):
                    await aclient.tokens.test()

            aclient._http.event_hooks["request"].append(hook)
            return await aclient.commands.lock_doors("veh_1")

    return asyncio.run(main())


@pytest.fixture
def revoker(sim: Simulator) -> Callable[[int], Interlude]:
    """Before each of the first `rounds` lock_doors sends, another call finds the token revoked and renews it."""

    def make(rounds: int) -> Interlude:
        def interlude(earlier: int) -> int:
            if earlier >= rounds:
                return 0
            sim.inject(ExpireToken(), path=TEST_TOKEN_PATH, count=1)
            return 1

        return interlude

    return make


def test_stale_token_401_is_replayed_without_renewal(
    sim: Simulator, base_url: str, mode: str, revoker: Callable[[int], Interlude]
) -> None:
    """A 401 on a token another call has already renewed replays with the new token; the call renews nothing."""
    execution = _lock_doors(mode, base_url, revoker(2))
    assert execution.status == CommandStatus.EXECUTED
    # one token for the warm-up, one per renewal by the other call; none by lock_doors
    assert len(sim.token_requests) == 3
    assert len(posts(sim)) == 3
    assert len(sim.executions) == 1


def test_replays_with_newer_tokens_are_bounded(
    sim: Simulator, base_url: str, mode: str, revoker: Callable[[int], Interlude]
) -> None:
    """A call whose token is replaced under it on every send ends in AuthenticationError after MAX_REPLAYS replays."""
    with pytest.raises(AuthenticationError) as info:
        _lock_doors(mode, base_url, revoker(MAX_REPLAYS + 5))
    assert info.value.status_code == 401
    assert len(posts(sim)) == 1 + MAX_REPLAYS
    assert len(sim.token_requests) == 1 + 1 + MAX_REPLAYS  # warm-up, then the other call's renewals
    assert sim.executions == []


def test_own_renewed_token_revoked_after_it_worked_is_renewed_again(
    sim: Simulator, base_url: str, mode: str
) -> None:
    """A call's renewed token that served another call and was then revoked is renewed again, and the call succeeds."""
    sim.inject(ExpireToken(), path=LOCK_DOORS_PATH, count=1)  # the first send finds the token revoked

    def interlude(earlier: int) -> int:
        if earlier != 1:
            return 0
        # the replay carries the token lock_doors renewed: another call succeeds with it, then
        # the replay finds it revoked
        sim.inject(ExpireToken(), path=LOCK_DOORS_PATH, count=1)
        return 1

    execution = _lock_doors(mode, base_url, interlude)
    assert execution.status == CommandStatus.EXECUTED
    assert len(sim.token_requests) == 3  # the warm-up, then two renewals by lock_doors
    assert len(posts(sim)) == 3
    assert len(sim.executions) == 1


# ---- many calls at once --------------------------------------------------------------------


def _concurrent_test_tokens(
    mode: str, base_url: str, on_client: Callable[[Callable[[], object]], None]
) -> list[Any]:
    """CALLERS concurrent `tokens.test()` calls on one warm client; each one's result or exception.

    `on_client` gets a blocking function that makes one more such call, usable from any thread.
    """
    if mode == "sync":
        with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            client.tokens.test()
            on_client(client.tokens.test)
            barrier = threading.Barrier(CALLERS)

            def call(_: int) -> Any:
                barrier.wait(timeout=WAIT)
                try:
                    return client.tokens.test()
                except AuthenticationError as exc:
                    return exc

            with ThreadPoolExecutor(max_workers=CALLERS) as pool:
                return list(pool.map(call, range(CALLERS)))

    async def main() -> list[Any]:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            await client.tokens.test()
            loop = asyncio.get_running_loop()
            on_client(lambda: asyncio.run_coroutine_threadsafe(client.tokens.test(), loop).result(WAIT))
            calls = (client.tokens.test() for _ in range(CALLERS))
            return list(await asyncio.gather(*calls, return_exceptions=True))

    return asyncio.run(main())


class _Wave:
    """The next `size` test-token requests are held until all have arrived, then `on_full` runs."""

    def __init__(self, size: int, on_full: Callable[[], None]) -> None:
        self.size = size
        self.on_full = on_full
        self.arrived = 0
        self.released = threading.Event()


class _RevokingServer(ThreadingHTTPServer):
    """The token and test-token endpoints on 127.0.0.1, keeping track of the tokens they issued and revoked.

    Tokens are t1, t2, ...; test-token answers 200 for a live token and 401 AUTHENTICATION_ERROR
    for a revoked or unknown one, judged when the answer is written (after its wave, if held).
    """

    daemon_threads = True
    request_queue_size = 4 * CALLERS

    def __init__(self, waves: list[_Wave]) -> None:
        self.lock = threading.Lock()
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.waves = waves
        super().__init__(("127.0.0.1", 0), _RevokingHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def revoke_newest(self) -> None:
        with self.lock:
            self.revoked.add(self.issued[-1])

    def issue(self) -> dict[str, object]:
        with self.lock:
            self.issued.append(f"t{len(self.issued) + 1}")
            token = self.issued[-1]
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": 3600,
            "refresh_token": f"r{token}",
        }

    def hold(self) -> None:
        """Wait for the current wave to fill (the last arrival runs its `on_full`)."""
        with self.lock:
            if not self.waves:
                return
            wave = self.waves[0]
            wave.arrived += 1
            full = wave.arrived == wave.size
            if full:
                self.waves.pop(0)
        if full:
            try:
                wave.on_full()
            finally:
                wave.released.set()
        else:
            wave.released.wait(WAIT)

    def live(self, token: str) -> bool:
        with self.lock:
            return token in self.issued and token not in self.revoked


class _RevokingHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _RevokingServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == path_of("create_token"):
            self._reply(200, self.server.issue())
            return
        self.server.hold()
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.server.live(token):
            self._reply(200, {"clientId": CLIENT_ID, "organizationId": "org_1"})
        else:
            self._reply(401, {"requestId": "req_1", "error": "AUTHENTICATION_ERROR", "message": "Revoked."})

    def _reply(self, status: int, payload: dict[str, object]) -> None:
        body = json.dumps(payload).encode()
        head = (
            f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        self.wfile.write(head.encode() + body)


@pytest.fixture
def revoking_server() -> Iterator[Callable[[list[_Wave]], _RevokingServer]]:
    started: list[_RevokingServer] = []

    def start(waves: list[_Wave]) -> _RevokingServer:
        server = _RevokingServer(waves)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def test_calls_in_flight_share_one_renewal_across_two_revocations(
    mode: str, revoking_server: Callable[[list[_Wave]], _RevokingServer]
) -> None:
    """20 calls in flight through two revocations all succeed, renewing the token once among them.

    The server holds all 20 calls and revokes t1 before answering; their replays (with t2) are
    held too while another call on the client finds t2 revoked and renews it (t3).
    """
    renew_by_another_call: list[Callable[[], object]] = []

    def revoke_and_let_another_call_renew() -> None:
        server.revoke_newest()
        renew_by_another_call[0]()

    server = revoking_server(
        [
            _Wave(1, lambda: None),  # the warm-up call
            _Wave(CALLERS, lambda: server.revoke_newest()),
            _Wave(CALLERS, revoke_and_let_another_call_renew),
        ]
    )
    results = _concurrent_test_tokens(mode, server.url, renew_by_another_call.append)
    assert [type(r).__name__ for r in results] == ["TokenInfo"] * CALLERS
    assert server.issued == ["t1", "t2", "t3"]  # t2 from one of the 20, t3 from the other call


def test_server_refusing_every_token_ends_concurrent_calls_with_few_token_requests(
    sim: Simulator, base_url: str, mode: str
) -> None:
    """When every token is refused, 20 concurrent calls each end in AuthenticationError after renewing at most once."""

    def refuse_every_token(make_call: Callable[[], object]) -> None:
        sim.inject(ExpireToken(), path=TEST_TOKEN_PATH, count=10_000)

    results = _concurrent_test_tokens(mode, base_url, refuse_every_token)
    assert all(isinstance(r, AuthenticationError) for r in results), results
    test_calls = [r for r in sim.requests if r.path == TEST_TOKEN_PATH]
    assert len(test_calls) <= 1 + CALLERS * (1 + MAX_REPLAYS)
    assert len(sim.token_requests) <= 1 + CALLERS  # the warm-up's, then at most one per call
