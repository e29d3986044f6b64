"""The deadline covers the wait for a pooled connection, sync and async alike."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import pytest

from tests.spec_facts import path_of
from volteras import APITimeoutError, AsyncVolteras, Volteras, VolterasError
from volteras.testing import Delay, Simulator

SLOW = path_of("get_vehicle_telemetry", vehicle_id="veh_1")


def _slow_simulator() -> Simulator:
    sim = Simulator()
    sim.add_vehicle("veh_1")
    sim.inject(Delay(6.0), path=SLOW, count=1)  # holds the one connection for six seconds
    return sim


def _wait_for(sim: Simulator, path: str) -> None:
    for _ in range(200):  # at most 10 s
        if any(r.path == path for r in sim.requests):
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached the simulator")


def test_sync_deadline_bounds_the_wait_for_a_pooled_connection() -> None:
    """With max_connections=1 held by a slow call, a call with deadline=1.0 raises APITimeoutError within 2.5 s."""
    sim = _slow_simulator()
    with (
        sim.serve() as url,
        Volteras("demo-client", "demo-secret", base_url=url, max_connections=1) as client,
    ):
        client.tokens.test()  # the token first: the held connection is the slow call's

        def hold() -> None:
            with contextlib.suppress(VolterasError):
                client.vehicles.telemetry("veh_1")

        holder = threading.Thread(target=hold)
        holder.start()
        _wait_for(sim, SLOW)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            client.vehicles.get("veh_1", deadline=1.0)
        elapsed = time.monotonic() - started
    holder.join(timeout=10)  # closing the client and the server ended the slow call
    assert elapsed < 2.5 and not holder.is_alive()


def test_async_deadline_bounds_the_wait_for_a_pooled_connection() -> None:
    """The asyncio client keeps the same bound on the pool wait."""
    sim = _slow_simulator()

    async def run() -> float:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=url, max_connections=1) as client:
            await client.tokens.test()
            holder = asyncio.create_task(client.vehicles.telemetry("veh_1"))
            await asyncio.to_thread(_wait_for, sim, SLOW)
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.vehicles.get("veh_1", deadline=1.0)
            elapsed = time.monotonic() - started
            holder.cancel()
            with contextlib.suppress(asyncio.CancelledError, VolterasError):
                await holder
            return elapsed

    with sim.serve() as url:
        assert asyncio.run(run()) < 2.5
