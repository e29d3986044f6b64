"""Client options: `with_options` copies, `default_headers`, and connection pool limits, over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import APITimeoutError, AsyncVolteras, ServerError, Volteras, VolterasError
from volteras._config import USER_AGENT
from volteras.testing import Delay, ServerFault, Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET

VEHICLE = path_of("get_vehicle", vehicle_id="veh_1")


def test_with_options_changes_retries_for_the_copy_only(
    make_client: Callable[..., Any], sim: Simulator
) -> None:
    """A copy with max_retries=0 gives up on the first 500; the client it came from still retries."""
    client = make_client()
    sim.inject(ServerFault(500), path=VEHICLE, method="GET", count=2)
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).vehicles.get("veh_1")
    assert client.vehicles.get("veh_1").id == "veh_1"  # the second 500, then a retry that works


def test_with_options_shares_the_token(make_client: Callable[..., Any], sim: Simulator) -> None:
    """Calls through the client and any number of copies log in once between them."""
    client = make_client()
    client.vehicles.get("veh_1")
    client.with_options(timeout=5).vehicles.get("veh_1")
    client.with_options(max_retries=1, default_headers={"X-Trace": "1"}).vehicles.get("veh_2")
    assert len(sim.token_requests) == 1


def test_with_options_timeout_applies_to_the_copy(make_client: Callable[..., Any], sim: Simulator) -> None:
    """A copy's short timeout ends a slow answer with APITimeoutError; the original's default waits it out."""
    client = make_client()
    client.vehicles.get("veh_1")  # log in first: the timeout under test is the GET's
    sim.inject(Delay(seconds=0.5), path=VEHICLE, method="GET", count=1)
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.1, max_retries=0).vehicles.get("veh_1")
    sim.inject(Delay(seconds=0.15), path=VEHICLE, method="GET", count=1)
    assert client.vehicles.get("veh_1").id == "veh_1"


def test_closing_a_copy_leaves_the_pool_open(base_url: str) -> None:
    """The copy shares the pool: closing the copy changes nothing, closing the original closes both."""
    client = Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url)
    copy = client.with_options(timeout=5)
    with copy:
        copy.vehicles.get("veh_1")
    assert client.vehicles.get("veh_1").id == "veh_1"
    client.close()
    with pytest.raises(VolterasError, match="client is closed"):
        copy.vehicles.get("veh_1")


def test_with_options_refuses_bad_values(make_client: Callable[..., Any]) -> None:
    """A bad timeout, retry count or header is refused when the copy is made, not at the first call."""
    client = make_client()
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=0)
    with pytest.raises(TypeError, match="default_headers"):
        client.with_options(default_headers={"X-Count": 3})


def test_default_headers_ride_on_every_request(make_client: Callable[..., Any], sim: Simulator) -> None:
    """default_headers reach every API request beside the SDK's User-Agent; a call's extra_headers win."""
    client = make_client(default_headers={"X-Tenant": "acme"})
    client.vehicles.get("veh_1")
    client.commands.lock_doors("veh_1", extra_headers={"X-Tenant": "other"})
    api_requests = [r for r in sim.requests if r not in sim.token_requests]
    assert [r.headers["x-tenant"] for r in api_requests] == ["acme", "other"]
    assert {r.headers["user-agent"] for r in sim.requests} == {USER_AGENT}


def test_default_headers_may_replace_the_user_agent(make_client: Callable[..., Any], sim: Simulator) -> None:
    """A User-Agent in default_headers replaces the SDK's, on the token request too."""
    make_client(default_headers={"User-Agent": "fleet-service/2"}).vehicles.get("veh_1")
    assert {r.headers["user-agent"] for r in sim.requests} == {"fleet-service/2"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"default_headers": {"Authorization": "Bearer x"}}, ValueError, "Authorization"),
        ({"default_headers": ["X-A"]}, TypeError, "default_headers"),
        ({"max_connections": 0}, ValueError, "max_connections"),
        ({"max_connections": 2, "limits": httpx.Limits(max_connections=2)}, ValueError, "not both"),
        ({"limits": 10}, TypeError, "httpx.Limits"),
        ({"max_connections": 2, "http_client": httpx.Client()}, ValueError, "your own http_client"),
    ],
)
def test_bad_client_options_are_refused(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    """Options the client cannot honour raise at construction, saying which one."""
    with pytest.raises(error, match=message):
        Volteras(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:1", **kwargs)


def _two_calls_while_one_is_held(base_url: str, sim: Simulator, **pool: Any) -> list[str]:
    """veh_1's answer is held for 0.6 s; meanwhile veh_2 is asked for with a 0.1 s wait for a connection."""

    async def run() -> list[str]:
        async with AsyncVolteras(
            CLIENT_ID,
            CLIENT_SECRET,
            base_url=base_url,
            timeout=httpx.Timeout(10, pool=0.1),
            max_retries=0,
            **pool,
        ) as client:
            await client.vehicles.get("veh_2")  # log in; the connection goes back to the pool
            sim.inject(Delay(seconds=0.6), path=VEHICLE, method="GET", count=1)
            held = asyncio.create_task(client.vehicles.get("veh_1"))
            await asyncio.sleep(0.1)  # let it take its connection
            results = await asyncio.gather(client.vehicles.get("veh_2"), held, return_exceptions=True)
            return [type(r).__name__ for r in results]

    return asyncio.run(run())


def test_max_connections_bounds_the_pool(base_url: str, sim: Simulator) -> None:
    """With max_connections=1 a second call waits for the one connection (and times out); by default it does not."""
    assert _two_calls_while_one_is_held(base_url, sim) == ["Vehicle", "Vehicle"]
    assert _two_calls_while_one_is_held(base_url, sim, max_connections=1) == ["APITimeoutError", "Vehicle"]
    limits = httpx.Limits(max_connections=1)
    assert _two_calls_while_one_is_held(base_url, sim, limits=limits) == ["APITimeoutError", "Vehicle"]
