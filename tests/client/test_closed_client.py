"""A closed client, or one driven from two event loops at once, raises typed errors that say what to do."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from tests.spec_facts import path_of
from volteras import APIConnectionError, AsyncVolteras, TokenInfo, Volteras, VolterasError
from volteras.testing import Delay, Simulator

SLOW = path_of("get_vehicle_telemetry", vehicle_id="veh_1")
HELD = 60.0
"""An answer held longer than any test's close can be late (the server lets go of it when it stops):
a loaded machine cannot let the call finish before the client is closed under it."""


@pytest.fixture
def served() -> Iterator[tuple[Simulator, str]]:
    sim = Simulator()
    sim.add_vehicle("veh_1")
    with sim.serve() as url:
        yield sim, url


def _wait_for(sim: Simulator, path: str) -> None:
    for _ in range(200):  # at most 10 s
        if any(r.path == path for r in sim.requests):
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached the simulator")


def test_a_call_after_close_says_the_client_is_closed(served: tuple[Simulator, str]) -> None:
    """Sync and async: a call on a closed client is a VolterasError saying so and naming what was not sent."""
    sim, url = served
    client = Volteras("demo-client", "demo-secret", base_url=url)
    client.close()
    with pytest.raises(VolterasError, match=r"client is closed .* was not sent; create a new client"):
        client.vehicles.get("veh_1")

    async def run() -> None:
        async_client = AsyncVolteras("demo-client", "demo-secret", base_url=url)
        await async_client.aclose()
        with pytest.raises(VolterasError, match="client is closed"):
            await async_client.vehicles.get("veh_1")

    asyncio.run(run())
    assert sim.requests == []


def test_a_call_in_flight_when_the_client_closes_is_a_connection_error() -> None:
    """A call cut off by close() is an APIConnectionError saying it may have reached the server, not a RuntimeError."""
    sim = Simulator()
    sim.add_vehicle("veh_1")
    sim.inject(Delay(HELD), path=SLOW, count=1)
    errors: list[BaseException] = []
    with sim.serve() as url:
        client = Volteras("demo-client", "demo-secret", base_url=url)

        def call() -> None:
            try:
                client.vehicles.telemetry("veh_1")
            except BaseException as exc:  # the test reports whatever it was
                errors.append(exc)

        worker = threading.Thread(target=call)
        worker.start()
        _wait_for(sim, SLOW)
        client.close()
    # the server stopping let go of the held answer without sending it; the sync call, blocked in
    # its read until then, finds its client closed
    worker.join(timeout=10)
    assert len(errors) == 1
    assert isinstance(errors[0], APIConnectionError), repr(errors[0])
    assert f"closed while GET {path_of('get_vehicle_telemetry', vehicle_id='veh_1')} was in flight" in str(
        errors[0]
    )


def test_an_async_call_in_flight_when_the_client_closes_is_a_connection_error(
    served: tuple[Simulator, str],
) -> None:
    """The asyncio twin: aclose() under a call gives it an APIConnectionError."""
    sim, url = served
    sim.inject(Delay(HELD), path=SLOW, count=1)

    async def run() -> None:
        client = AsyncVolteras("demo-client", "demo-secret", base_url=url)
        task = asyncio.create_task(client.vehicles.telemetry("veh_1"))
        await asyncio.to_thread(_wait_for, sim, SLOW)
        await client.aclose()
        with pytest.raises(APIConnectionError, match="in flight"):
            await task

    asyncio.run(run())


def test_send_many_on_a_closed_client_returns_an_outcome_per_vehicle(served: tuple[Simulator, str]) -> None:
    """send_many after close returns one "error" outcome per vehicle instead of raising."""
    _, url = served
    client = Volteras("demo-client", "demo-secret", base_url=url)
    client.close()
    outcomes = client.commands.send_many("lock_doors", ["veh_1", "veh_2"], concurrency=2)
    assert [o.outcome for o in outcomes] == ["error", "error"]
    assert all(isinstance(o.error, VolterasError) and "closed" in str(o.error) for o in outcomes)


def test_one_async_client_on_two_threads_loops_at_once_is_refused(served: tuple[Simulator, str]) -> None:
    """A second thread's loop using an AsyncVolteras busy on another loop gets a VolterasError; the first call completes."""
    sim, url = served
    sim.inject(Delay(1.5), path=path_of("create_token"), count=1)  # the first thread holds the renewal
    client = AsyncVolteras("demo-client", "demo-secret", base_url=url)
    results: dict[str, object] = {}

    def thread(name: str) -> None:
        try:
            results[name] = asyncio.run(client.tokens.test())
        except BaseException as exc:  # the test reports whatever it was
            results[name] = exc

    first = threading.Thread(target=thread, args=("first",))
    first.start()
    _wait_for(sim, path_of("create_token"))
    second = threading.Thread(target=thread, args=("second",))
    second.start()
    second.join(timeout=10)
    first.join(timeout=10)
    assert isinstance(results["first"], TokenInfo)
    assert isinstance(results["second"], VolterasError), repr(results["second"])
    assert "in use on another event loop" in str(results["second"])
    assert len(sim.token_requests) == 1
    asyncio.run(client.aclose())
