"""Every wait follows one schedule: `commands.wait`, `connections.wait`, `wait=True`, sync and async.

The clients here are the simulator's own (in-process, on its ManualClock), so a wait's sleeps move
the clock and each test shows exactly when it polled, without waiting in real time.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from volteras import (
    BulkConnectionTimeoutError,
    CommandExecution,
    CommandStatus,
    CommandTimeoutError,
    ServerError,
)
from volteras._polling import Poll, Schedule, Sleep, Watch
from volteras.testing import ManualClock, ServerFault, Simulator

VIN = "WVWZZZ1JZXW000009"


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    simulator = Simulator(clock=clock, processing_seconds=10)
    simulator.add_vehicle("veh_pending", latency=5)  # EXECUTED once the clock has moved 5 s
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


def test_on_poll_sees_each_polled_execution_and_the_schedule_grows(sim: Simulator) -> None:
    """`on_poll` is called once per poll, the last time with the final execution; polls come 1, 1.5, 2.25... s apart."""
    seen: list[CommandExecution] = []
    start = sim.clock.now()
    with sim.client() as client:
        created = client.commands.lock_doors("veh_pending")
        final = client.commands.wait(created, on_poll=seen.append)
    assert final.status == CommandStatus.EXECUTED
    assert [e.status for e in seen] == [CommandStatus.PENDING] * 3 + [CommandStatus.EXECUTED]
    assert len(seen) == len([r for r in sim.requests if r.method == "GET"])
    assert sim.clock.now() - start == timedelta(seconds=1 + 1.5 + 2.25 + 3.375)


def test_async_wait_follows_the_same_schedule(sim: Simulator) -> None:
    """The async client's wait polls at the same moments and calls on_poll the same way."""

    async def main() -> tuple[CommandExecution, list[CommandExecution]]:
        seen: list[CommandExecution] = []
        async with sim.async_client() as client:
            created = await client.commands.lock_doors("veh_pending")
            return await client.commands.wait(created, on_poll=seen.append), seen

    final, seen = asyncio.run(main())
    assert final.status == CommandStatus.EXECUTED
    assert [e.status for e in seen] == [CommandStatus.PENDING] * 3 + [CommandStatus.EXECUTED]


def test_wait_true_and_send_many_wait_on_the_same_schedule(sim: Simulator) -> None:
    """A command with wait=True, and send_many(wait=True), end when the car does, by the same polls."""
    with sim.client() as client:
        assert client.commands.unlock_doors("veh_pending", wait=True).status == CommandStatus.EXECUTED
        [outcome] = client.commands.send_many("lock_doors", ["veh_silent"], wait=True, wait_timeout=30)
    assert outcome.outcome == "timed_out"
    assert isinstance(outcome.error, CommandTimeoutError) and outcome.error.timeout == 30


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_old_timeout_name_still_works_with_a_warning(sim: Simulator, mode: str) -> None:
    """`wait(timeout=)` still bounds a wait for one release, with a DeprecationWarning naming wait_timeout."""

    def wait_sync() -> None:
        with sim.client() as client:
            client.commands.wait(client.commands.lock_doors("veh_silent"), timeout=20)  # type: ignore[call-arg]

    async def wait_async() -> None:
        async with sim.async_client() as client:
            created = await client.commands.lock_doors("veh_silent")
            await client.commands.wait(created, timeout=20)  # type: ignore[call-arg]

    renamed = r"commands\.wait\(wait_timeout=\.\.\.\)"
    with (
        pytest.warns(DeprecationWarning, match=renamed) as warned,
        pytest.raises(CommandTimeoutError) as caught,
    ):
        wait_sync() if mode == "sync" else asyncio.run(wait_async())
    assert caught.value.timeout == 20
    assert warned[0].filename == __file__  # the warning points at the caller's line


def test_old_and_new_timeout_together_are_refused(sim: Simulator) -> None:
    """wait(timeout=..., wait_timeout=...) is a TypeError: the two name one budget."""
    with sim.client() as client:
        created = client.commands.lock_doors("veh_silent")
        with pytest.raises(TypeError, match="got both"):
            client.commands.wait(created, timeout=5, wait_timeout=10)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="unexpected keyword argument 'interval'"):
            client.commands.wait(created, interval=5)  # type: ignore[call-arg]


def test_connections_wait_polls_an_id_at_once_and_reports_each_status(sim: Simulator) -> None:
    """connections.wait("grp_...") polls at once, then on the schedule; on_poll sees every status; the old name warns."""
    statuses: list[object] = []
    with sim.client() as client:
        group = client.connections.create([{"vin": VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}])
        done = client.connections.wait(group.id, on_poll=lambda polled: statuses.append(polled.status))
        assert done.status == "COMPLETED"
        assert statuses[-1] == "COMPLETED" and len(statuses) >= 2
        late = client.connections.create([{"vin": VIN[:-1] + "8", "make": "VOLKSWAGEN", "countryCode": "DE"}])
        renamed = r"connections\.wait\(wait_timeout=\.\.\.\)"
        with pytest.warns(DeprecationWarning, match=renamed), pytest.raises(BulkConnectionTimeoutError):
            client.connections.wait(late, timeout=2)  # type: ignore[call-arg]


def test_a_poll_that_fails_carries_the_command(sim: Simulator) -> None:
    """An error while polling carries the created execution, so the caller does not send it again."""
    with sim.client(max_retries=0) as client:
        created = client.commands.lock_doors("veh_silent")
        sim.inject(ServerFault(500), path=r".*/command-executions/.*")
        with pytest.raises(ServerError) as caught:
            client.commands.wait(created)
    assert caught.value.execution is not None and caught.value.execution.id == created.id


def test_the_schedule_is_steps_a_test_can_take_by_hand() -> None:
    """The schedule does no I/O: it yields sleeps and polls, each poll bounded by the time the wait has left."""
    now = [0.0]
    watch: Watch[str] = Watch(lambda status: status == "done", CommandTimeoutError)  # type: ignore[arg-type]
    schedule = Schedule(watch, wait_timeout=3, poll_interval=1, clock=lambda: now[0], call_deadline=60)
    steps = schedule.steps("running")
    taken: list[object] = [next(steps)]
    now[0] += 1
    taken.append(steps.send(None))
    taken.append(steps.send("running"))
    now[0] += 1.5
    taken.append(steps.send(None))
    with pytest.raises(StopIteration) as finished:
        steps.send("done")
    assert taken == [Sleep(1.0), Poll(2.0), Sleep(1.5), Poll(1.0)]  # 2 s left, then at least 1 s
    assert finished.value.value == "done"
