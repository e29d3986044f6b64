"""The SDK's own pool sends each request straight to its transport (`volteras._sending`), not through
`httpx.Client.send`; what a caller could notice of that is pinned here, sync and async alike."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from volteras import AsyncVolteras, CommandStatus, Volteras
from volteras.testing import DropConnection, Simulator

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen

MODES = ["sync", "async"]


def _run(mode: str, base_url: str, call: Callable[[Any], Any]) -> Any:
    if mode == "sync":
        with Volteras("demo-client", "demo-secret", base_url=base_url) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=base_url) as client:
            result = call(client)
            return await result if isinstance(result, Awaitable) else result

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
def test_a_cookie_the_server_sets_is_never_sent_back(loopback: Loopback, mode: str) -> None:
    """Every answer sets a cookie; no request, token or command, ever carries one."""

    def answer(seen: Seen) -> Answer:
        cookie = {"set-cookie": "session=s3cret; Path=/"}
        return (200, cookie, VALID_TOKEN) if seen.path == TOKEN_PATH else (201, cookie, VALID_EXECUTION)

    loopback.answer = answer

    async def twice_async(client: AsyncVolteras) -> None:
        for _ in range(2):
            await client.commands.close_charge_port("veh_1")

    def twice(client: Any) -> Any:
        if isinstance(client, AsyncVolteras):
            return twice_async(client)
        for _ in range(2):
            client.commands.close_charge_port("veh_1")
        return None

    _run(mode, loopback.base_url, twice)
    assert len(loopback.seen) == 3
    assert not any("cookie" in {name.lower() for name in seen.headers} for seen in loopback.seen)


@pytest.mark.parametrize("mode", MODES)
def test_the_raw_response_says_how_long_the_answer_took(loopback: Loopback, mode: str) -> None:
    """`http_response.elapsed` is set once the answer is read, as httpx's client sets it."""
    loopback.answer = lambda seen: (
        (200, {}, VALID_TOKEN) if seen.path == TOKEN_PATH else (201, {}, VALID_EXECUTION)
    )
    answer = _run(
        mode, loopback.base_url, lambda client: client.commands.with_raw_response.close_charge_port("veh_1")
    )
    assert answer.http_response.elapsed.total_seconds() > 0


@pytest.mark.parametrize("mode", MODES)
def test_a_dropped_token_request_inside_a_command_is_retried_as_a_token_request(mode: str) -> None:
    """A cold client's command: its login loses the connection once; the login is retried, the command sent once."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    sim.inject(DropConnection(), path=TOKEN_PATH, count=1)
    with sim.serve() as url:
        execution = _run(mode, url, lambda client: client.commands.close_charge_port("veh_1"))
    assert execution.status in (CommandStatus.PENDING, CommandStatus.EXECUTED)
    assert len(sim.token_requests) == 2
    assert len(sim.executions) == 1


@pytest.mark.parametrize("mode", MODES)
def test_event_hooks_on_the_sdks_own_pool_run_once_per_request(mode: str) -> None:
    """Request and response hooks set on the SDK's own httpx client see the login and the call, each
    once and in order, on the path that hands requests straight to the pool's transport."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    seen: list[tuple[str, str]] = []
    answers: list[httpx.Response] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(("request", request.url.path))

    def on_response(response: httpx.Response) -> None:
        seen.append(("response", response.request.url.path))
        answers.append(response)

    async def on_request_async(request: httpx.Request) -> None:
        on_request(request)

    async def on_response_async(response: httpx.Response) -> None:
        on_response(response)

    def call(client: Any) -> Any:
        assert client._api.pool.transport is not None  # the SDK's own pool: sent without `http.send`
        if isinstance(client, AsyncVolteras):
            client._http.event_hooks = {"request": [on_request_async], "response": [on_response_async]}
        else:
            client._http.event_hooks = {"request": [on_request], "response": [on_response]}
        return client.vehicles.with_raw_response.get("veh_1")

    with sim.serve() as url:
        answer = _run(mode, url, call)
    path = answer.http_response.request.url.path
    assert seen == [("request", TOKEN_PATH), ("response", TOKEN_PATH), ("request", path), ("response", path)]
    assert answers[-1] is answer.http_response
    assert len(sim.token_requests) == 1
