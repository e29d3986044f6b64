"""Fixtures for the client tests: a simulator served on 127.0.0.1 and clients pointed at it.

Every behaviour is exercised through both `Volteras` and `AsyncVolteras`. The `make_client`
fixture is parametrized over "sync" and "async"; the async client is driven through `Bridge`,
which awaits each call on one event loop that lives as long as the test, so the same test
body proves the behaviour for both clients. Tests that need real concurrency write their
async code out in full and run it with `asyncio.run`.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import volteras
from tests.conftest import instant_retries
from volteras import AsyncPager, AsyncVolteras, Volteras
from volteras.testing import ManualClock, Simulator

CLIENT_ID = "demo-client"
CLIENT_SECRET = "demo-secret"
ASLEEP = "Vehicle is asleep, try again later"


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    """A simulator on a manual clock: commands stay PENDING until the test moves the clock."""
    simulator = Simulator(clock=clock)
    simulator.add_vehicle("veh_1", latency=0)  # EXECUTED as soon as it is created
    simulator.add_vehicle("veh_2", latency=0)
    simulator.add_vehicle("veh_pending", latency=5)  # PENDING until clock.advance(5)
    simulator.add_vehicle("veh_silent", latency=None)  # never answers
    simulator.add_vehicle("veh_offline", latency=0, outcome="OEM_VEHICLE_OFFLINE")
    simulator.add_vehicle("veh_asleep", latency=0, outcome=ASLEEP)
    return simulator


class Bridge:
    """Drives an async object from sync test code: every awaitable is awaited on `loop`."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def _wrap(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            return self._wrap(self._loop.run_until_complete(value))
        if inspect.isasyncgen(value):
            return iter(self._loop.run_until_complete(_collect(value)))
        if isinstance(value, AsyncPager) or type(value).__name__.startswith("Async"):
            return Bridge(value, self._loop)
        return value

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if callable(attr) and not isinstance(attr, type):
            return lambda *args, **kwargs: self._wrap(attr(*args, **kwargs))
        return self._wrap(attr)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._loop.run_until_complete(_collect(aiter(self._target))))

    def __repr__(self) -> str:
        return repr(self._target)

    def __enter__(self) -> Bridge:
        self._loop.run_until_complete(self._target.__aenter__())
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.run_until_complete(self._target.__aexit__(None, None, None))


async def _collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    mode: str = request.param
    return mode


@pytest.fixture
def make_client(mode: str, base_url: str) -> Iterator[Callable[..., Any]]:
    """Build a `Volteras` or a bridged `AsyncVolteras` (per `mode`) against the simulator, its retries
    instant (`instant_retries`)."""
    loop = asyncio.new_event_loop()
    made: list[Any] = []

    def make(*args: Any, **kwargs: Any) -> Any:
        if not args:
            args = (CLIENT_ID, CLIENT_SECRET)
        kwargs.setdefault("base_url", base_url)
        if mode == "sync":
            client: Any = instant_retries(Volteras(*args, **kwargs))
            made.append(client)
            return client
        async_client = instant_retries(AsyncVolteras(*args, **kwargs))
        made.append(async_client)
        return Bridge(async_client, loop)

    yield make
    for client in made:
        if isinstance(client, Volteras):
            client.close()
        else:
            loop.run_until_complete(client.aclose())
    loop.close()


@pytest.fixture
def client(make_client: Callable[..., Any]) -> Any:
    """A client with the demo credentials, sync or async per `mode`."""
    return make_client()


def posts(sim: Simulator, fragment: str = "command-execution:") -> list[Any]:
    """The command POSTs the simulator received."""
    return [r for r in sim.requests if r.method == "POST" and fragment in r.path]


def gets(sim: Simulator) -> list[Any]:
    return [r for r in sim.requests if r.method == "GET"]


__all__ = ["ASLEEP", "CLIENT_ID", "CLIENT_SECRET", "Bridge", "gets", "posts", "volteras"]
