"""`sim.client()` / `sim.async_client()`: an SDK client wired to the simulator in one call."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, CommandTimeoutError, Volteras
from volteras.testing import ManualClock, ServerFault, Simulator


@pytest.fixture
def quiet_sim(clock: ManualClock) -> Simulator:
    """Vehicles that answer after 2 s, never, or with a failure; the API's own timeout is far away."""
    simulator = Simulator(clock=clock, server_timeout=3600)
    simulator.add_vehicle("veh_1", latency=2.0)
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


def test_client_is_wired_to_the_simulator(quiet_sim: Simulator) -> None:
    """The client needs no URL, port or credentials, says where it points, and its commands reach the simulator."""
    with quiet_sim.client() as client:
        assert isinstance(client, Volteras)
        assert repr(client) == "Volteras(base_url='http://simulator.invalid', client_id='demo-client')"
        execution = client.commands.close_charge_port("veh_1", wait=True)
    assert execution.status == "EXECUTED"
    assert [record.id for record in quiet_sim.executions] == [execution.id]


def test_a_long_wait_on_a_silent_vehicle_ends_at_once(quiet_sim: Simulator, clock: ManualClock) -> None:
    """A 300-second wait raises CommandTimeoutError without sleeping: the simulator's clock moves by exactly 300 s."""
    start = clock.now()
    with quiet_sim.client() as client:
        execution = client.commands.close_charge_port("veh_silent")
        with pytest.raises(CommandTimeoutError) as caught:
            client.commands.wait(execution, wait_timeout=300)
    assert caught.value.execution is not None and caught.value.execution.status == "PENDING"
    assert clock.now() - start == timedelta(seconds=300)


def test_async_client_waits_on_the_simulators_clock(quiet_sim: Simulator, clock: ManualClock) -> None:
    """The async client's waits move the simulator's clock too, so a timed-out wait is instant and exact."""
    start = clock.now()

    async def run() -> str:
        async with quiet_sim.async_client() as client:
            assert isinstance(client, AsyncVolteras)
            done = await client.commands.close_charge_port("veh_1", wait=True)
            pending = await client.commands.close_charge_port("veh_silent")
            with pytest.raises(CommandTimeoutError):
                await client.commands.wait(pending, wait_timeout=300)
            return str(done.status)

    assert asyncio.run(run()) == "EXECUTED"
    assert clock.now() - start >= timedelta(seconds=300)


def test_retry_backoff_runs_on_the_simulators_clock(quiet_sim: Simulator, clock: ManualClock) -> None:
    """A retried 429's Retry-After is waited out on the simulator's clock, not the wall clock."""
    quiet_sim.inject(ServerFault(503, retry_after=30), path=path_of("get_vehicle", vehicle_id="veh_1"))
    start = clock.now()
    with quiet_sim.client() as client:
        client.vehicles.get("veh_1")
    assert clock.now() - start >= timedelta(seconds=30)


def test_client_uses_the_simulators_own_credentials() -> None:
    """A simulator made with other demo credentials gives a client that logs in with them."""
    sim = Simulator(client_id="ci", client_secret="ci-secret", clock=ManualClock())
    sim.add_vehicle("veh_1")
    with sim.client() as client:
        assert client.tokens.test().client_id == "ci"


def test_the_in_process_async_client_lets_other_tasks_run() -> None:
    """Over 2,000 calls through sim.async_client(), another task keeps running and the loop's timers stay few."""
    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1")
    calls = 2000

    async def run() -> tuple[int, int]:
        ticks = 0
        done = False

        async def ticker() -> None:
            nonlocal ticks
            while not done:  # ends with the calls below
                ticks += 1
                await asyncio.sleep(0)

        async with sim.async_client() as client:
            task = asyncio.create_task(ticker())
            for _ in range(calls):
                await client.vehicles.get("veh_1")
            # Each call's deadline timer is cancelled when it ends; a loop that never turns keeps them all.
            scheduled = len(asyncio.get_running_loop()._scheduled)  # type: ignore[attr-defined]
            done = True
            await task
        return ticks, scheduled

    ticks, scheduled = asyncio.run(run())
    assert ticks >= calls // 2
    assert scheduled < 300
