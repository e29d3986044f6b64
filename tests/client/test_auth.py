"""OAuth client credentials: fetching, caching, renewing and replaying tokens."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.spec_facts import path_of
from volteras import (
    AsyncVolteras,
    AuthenticationError,
    CommandStatus,
    PermissionDeniedError,
    Volteras,
    VolterasError,
)
from volteras.testing import ExpireToken, ManualClock, Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET, posts

COMMAND_PATH = r"/v1/vehicles/.*/command-execution:.*"
"""A fault regex as a user writes one, for any command on any vehicle (so written out, not the spec's)."""


def _form(request: Any) -> dict[str, list[str]]:
    return parse_qs(request.body.decode())


def _grants(sim: Simulator) -> list[str]:
    return [_form(r)["grant_type"][0] for r in sim.token_requests]


def test_first_call_fetches_token_with_basic_auth(sim: Simulator, client: Any) -> None:
    """The first call gets a token with HTTP Basic client credentials; the secret stays out of the form body."""
    assert client.tokens.test().client_id == CLIENT_ID
    [token_request] = sim.token_requests
    authorization = token_request.headers["authorization"]
    assert authorization.startswith("Basic ")
    assert base64.b64decode(authorization.removeprefix("Basic ")).decode() == f"{CLIENT_ID}:{CLIENT_SECRET}"
    form = _form(token_request)
    assert form["grant_type"] == ["client_credentials"]
    assert CLIENT_SECRET.encode() not in token_request.body
    assert "client_secret" not in form
    # the API call itself carries the bearer token, not the Basic credentials
    api_call = sim.requests[-1]
    assert api_call.headers["authorization"].startswith("Bearer ")


def test_token_is_cached_across_calls(sim: Simulator, client: Any) -> None:
    """Many calls on one client share one token: a single token request."""
    client.tokens.test()
    for command in ("lock_doors", "unlock_doors", "climate_on", "climate_off"):
        getattr(client.commands, command)("veh_1")
    execution = client.commands.lock_doors("veh_2")
    client.commands.get("veh_2", execution.id)
    assert len(sim.token_requests) == 1
    assert len({r.headers["authorization"] for r in sim.requests if r not in sim.token_requests}) == 1


class TestShortLivedTokens:
    """Tokens that live one second, so renewal before expiry happens within the test."""

    @pytest.fixture
    def sim(self, clock: ManualClock) -> Simulator:
        simulator = Simulator(clock=clock, token_lifetime=1)
        simulator.add_vehicle("veh_1", latency=0)
        return simulator

    def test_token_renewed_before_expiry_with_refresh_token(self, sim: Simulator, client: Any) -> None:
        """A token close to expiry (within 10% of its life) is renewed first, using the refresh token."""
        client.tokens.test()
        client.tokens.test()
        assert len(sim.token_requests) == 1
        time.sleep(0.95)  # past 90% of the one-second lifetime
        client.commands.lock_doors("veh_1")
        assert _grants(sim) == ["client_credentials", "refresh_token"]
        refresh_form = _form(sim.token_requests[1])
        assert refresh_form["refresh_token"][0].startswith("rt_")
        assert sim.token_requests[1].headers["authorization"].startswith("Basic ")
        assert len(sim.executions) == 1


class TestZeroLifetimeTokens:
    """Tokens valid for half a second on the server's side (expires_in rounds that up to 1)."""

    @pytest.fixture
    def sim(self, clock: ManualClock) -> Simulator:
        simulator = Simulator(clock=clock, token_lifetime=0.5)
        simulator.add_vehicle("veh_1", latency=0)
        return simulator

    def test_each_call_renews_at_most_once(self, sim: Simulator, client: Any) -> None:
        """With tokens shorter-lived than a second every call renews at most once and succeeds; no loop."""
        calls = 5
        for _ in range(calls):
            assert client.tokens.test().client_id == CLIENT_ID
        assert 1 <= len(sim.token_requests) <= calls
        assert len([r for r in sim.requests if r.path.endswith(path_of("test_token"))]) == calls


def test_revoked_token_renewed_once_and_call_replayed(sim: Simulator, client: Any) -> None:
    """A 401 on a cached token renews it once and replays the call once; the command is created once."""
    client.tokens.test()  # warm the cache
    sim.inject(ExpireToken(), path=COMMAND_PATH, count=1)
    execution = client.commands.lock_doors("veh_1")
    assert execution.status == CommandStatus.EXECUTED
    assert len(posts(sim)) == 2
    assert len(sim.executions) == 1
    assert _grants(sim) == ["client_credentials", "refresh_token"]
    first, second = posts(sim)
    assert first.headers["authorization"] != second.headers["authorization"]


def test_persistent_401_gives_authentication_error_without_looping(sim: Simulator, client: Any) -> None:
    """When the server refuses every token, each call renews at most once and ends in AuthenticationError."""
    client.tokens.test()
    sim.reset_records()
    sim.inject(ExpireToken(), path=COMMAND_PATH, count=50)
    calls = 3
    for _ in range(calls):
        with pytest.raises(AuthenticationError) as info:
            client.commands.lock_doors("veh_1")
        assert info.value.status_code == 401
        assert info.value.code == "AUTHENTICATION_ERROR"
    assert len(sim.token_requests) <= calls
    assert len(posts(sim)) <= 2 * calls
    assert sim.executions == []


def test_wrong_secret_is_authentication_error(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """A wrong secret ends in AuthenticationError after one token request, before any API call."""
    client = make_client(CLIENT_ID, "wrong-secret")
    with pytest.raises(AuthenticationError) as info:
        client.commands.lock_doors("veh_1")
    assert "wrong-secret" not in str(info.value)
    assert info.value.request_id is not None
    assert len(sim.token_requests) == 1
    assert posts(sim) == []


def test_unknown_client_is_authentication_error(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """An unknown client id ends in AuthenticationError."""
    with pytest.raises(AuthenticationError):
        make_client("nobody", "nothing").tokens.test()


def test_missing_scope_is_permission_denied(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """A client without the vehicle:commands scope gets PermissionDeniedError on commands, not a token loop."""
    sim.add_client("reader", "reader-secret", scopes=())
    client = make_client("reader", "reader-secret")
    assert client.tokens.test().client_id == "reader"
    with pytest.raises(PermissionDeniedError) as info:
        client.commands.lock_doors("veh_1")
    assert info.value.code == "NOT_PERMITTED"
    # the API sends NOT_PERMITTED with a 401: it must not be mistaken for a stale token
    assert len(sim.token_requests) == 1
    assert len(posts(sim)) == 1
    assert sim.executions == []


def _cold_burst_threads(base_url: str, count: int) -> list[Any]:
    barrier = threading.Barrier(count)
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:

        def call(_: int) -> Any:
            barrier.wait(timeout=30)
            return client.tokens.test()

        with ThreadPoolExecutor(max_workers=count) as pool:
            return list(pool.map(call, range(count)))


def test_concurrent_threads_share_one_token_request(sim: Simulator, base_url: str) -> None:
    """100 threads calling a cold Volteras at once cause exactly one token request."""
    results = _cold_burst_threads(base_url, 100)
    assert [r.client_id for r in results] == [CLIENT_ID] * 100
    assert len(sim.token_requests) == 1


def test_concurrent_tasks_share_one_token_request(sim: Simulator, base_url: str) -> None:
    """100 asyncio tasks calling a cold AsyncVolteras at once cause exactly one token request."""

    async def main() -> list[Any]:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            return list(await asyncio.gather(*(client.tokens.test() for _ in range(100))))

    results = asyncio.run(main())
    assert [r.client_id for r in results] == [CLIENT_ID] * 100
    assert len(sim.token_requests) == 1


def test_concurrent_tasks_share_one_renewal_after_revocation(sim: Simulator, base_url: str) -> None:
    """When the cached token is revoked under 20 concurrent tasks, they renew it with one request."""

    async def main() -> list[Any]:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            await client.tokens.test()
            sim.inject(ExpireToken(), path=path_of("test_token"), count=1)
            return list(await asyncio.gather(*(client.tokens.test() for _ in range(20))))

    results = asyncio.run(main())
    assert len(results) == 20
    assert len(sim.token_requests) == 2


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        for name in ("volteras", "httpx", "httpcore"):
            caplog.set_level(logging.DEBUG, logger=name)
        yield caplog


def test_secrets_never_in_repr_errors_or_debug_logs(
    sim: Simulator, make_client: Callable[..., Any], debug_logs: pytest.LogCaptureFixture
) -> None:
    """The client secret, Basic header, access and refresh tokens appear in no repr, error text or DEBUG log."""
    client = make_client()
    client.tokens.test()
    sim.inject(ExpireToken(), path=COMMAND_PATH, count=1)
    client.commands.lock_doors("veh_1")  # forces a refresh and a replay
    texts = [repr(client), str(client), repr(client._auth), repr(client._auth._token)]
    sim.inject(ExpireToken(), path=COMMAND_PATH, count=10)
    with pytest.raises(AuthenticationError) as info:
        client.commands.unlock_doors("veh_1")
    texts += [str(info.value), repr(info.value), str(info.value.body)]
    with pytest.raises(VolterasError) as wrong:
        make_client(CLIENT_ID, "another-secret").tokens.test()
    texts += [str(wrong.value), repr(wrong.value)]
    texts += [record.getMessage() for record in debug_logs.records]
    assert any(path_of("create_token") in record.getMessage() for record in debug_logs.records), (
        "no DEBUG logs captured"
    )

    secrets = {
        CLIENT_SECRET,
        "another-secret",
        base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode(),
    }
    for request in sim.requests:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        if scheme == "Bearer":
            secrets.add(credential)
    for token_request in sim.token_requests:
        secrets.update(_form(token_request).get("refresh_token", []))
    assert len(secrets) >= 5
    everything = "\n".join(texts)
    for secret in secrets:
        assert secret not in everything


def test_concurrent_threads_share_one_renewal_after_revocation(sim: Simulator, base_url: str) -> None:
    """When the cached token is revoked under 20 concurrent threads, they renew it with one request."""
    barrier = threading.Barrier(20)
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
        client.tokens.test()
        sim.inject(ExpireToken(), path=path_of("test_token"), count=1)

        def call(_: int) -> Any:
            barrier.wait(timeout=30)
            return client.tokens.test()

        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(call, range(20)))
    assert len(results) == 20
    assert len(sim.token_requests) == 2
