"""`client.commands.stream_many` and `client.fan_out`: sequences per vehicle, outcomes as they finish."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from volteras import CommandOutcome, ReadOutcome, Step
from volteras.testing import ManualClock, RateLimited, Simulator

from .conftest import posts

SEQUENCE = [Step("set_charge_limit", limit=80), "start_charging"]


@pytest.fixture
def fleet(clock: ManualClock) -> Simulator:
    """Vehicles that execute after 1 s, fail, never answer."""
    sim = Simulator(clock=clock, server_timeout=3600)
    sim.add_vehicle("veh_ok", latency=1)
    sim.add_vehicle("veh_ok2", latency=1)
    sim.add_vehicle("veh_offline", latency=1, outcome="OEM_VEHICLE_OFFLINE")
    sim.add_vehicle("veh_silent", latency=None)
    return sim


def _stream_sync(sim: Simulator, *args: Any, **kwargs: Any) -> list[CommandOutcome]:
    with sim.client() as client:
        return list(client.commands.stream_many(*args, **kwargs))


def _stream_async(sim: Simulator, *args: Any, **kwargs: Any) -> list[CommandOutcome]:
    async def run() -> list[CommandOutcome]:
        async with sim.async_client() as client:
            return [o async for o in client.commands.stream_many(*args, **kwargs)]

    return asyncio.run(run())


STREAMERS = pytest.mark.parametrize("stream", [_stream_sync, _stream_async], ids=["sync", "async"])


@STREAMERS
def test_each_vehicle_runs_its_own_sequence(fleet: Simulator, stream: Any) -> None:
    """Healthy vehicles get both steps; a FAILED or silent first step ends only that vehicle's sequence."""
    ids = ["veh_ok", "veh_offline", "veh_silent", "veh_ok2"]
    outcomes = {o.vehicle_id: o for o in stream(fleet, SEQUENCE, ids, wait_timeout=30, concurrency=4)}
    assert {v: o.outcome for v, o in outcomes.items()} == {
        "veh_ok": "executed",
        "veh_ok2": "executed",
        "veh_offline": "failed",
        "veh_silent": "timed_out",
    }
    assert [e.command for e in outcomes["veh_ok"].executions] == ["SET_CHARGE_LIMIT", "START_CHARGING"]
    assert outcomes["veh_offline"].failed_reason == "OEM_VEHICLE_OFFLINE"
    assert len(outcomes["veh_offline"].executions) == 1 and len(outcomes["veh_silent"].executions) == 1
    assert len(posts(fleet, ":start-charging")) == 2  # only the healthy vehicles got the second step


@STREAMERS
def test_budget_check_skips_spent_vehicles(clock: ManualClock, stream: Any) -> None:
    """With check_budget, a vehicle whose command budget is spent is "skipped" and gets nothing."""
    sim = Simulator(clock=clock, command_budget=2)
    sim.add_vehicle("veh_spent", latency=0)
    sim.add_vehicle("veh_fresh", latency=0)
    with sim.client() as client:
        client.commands.lock_doors("veh_spent")
    outcomes = {o.vehicle_id: o for o in stream(sim, SEQUENCE, ["veh_spent", "veh_fresh"], check_budget=True)}
    assert outcomes["veh_spent"].outcome == "skipped" and outcomes["veh_spent"].executions == ()
    assert outcomes["veh_spent"].rate_limits[0].remaining_requests == 1
    assert outcomes["veh_fresh"].outcome == "executed"
    assert len(posts(sim, ":start-charging")) == 1


@STREAMERS
def test_bad_steps_are_refused_before_anything_is_sent(fleet: Simulator, stream: Any) -> None:
    """Out-of-bounds or mistyped arguments and unknown commands raise at once, naming the step."""
    for steps, error, message in [
        ([Step("set_charge_limit", limit=150), "start_charging"], ValueError, r"steps\[0\].*<= 100"),
        ([Step("set_charge_limit", limit="80")], TypeError, "limit"),
        (["start_charging", "honk"], ValueError, "unknown command 'honk'"),
        ([], TypeError, "non-empty"),
    ]:
        with pytest.raises(error, match=message):
            stream(fleet, steps, ["veh_ok"])
    assert fleet.requests == []


def test_a_429_holds_the_whole_fan_out(fleet: Simulator) -> None:
    """One 429 with Retry-After pauses every vehicle's next request once, and nothing is sent twice."""
    fleet.inject(RateLimited(retry_after=3), path=r".*:lock-doors", count=1)
    waits: list[float] = []
    with fleet.client() as client:
        client._api.retry_sleep = waits.append
        outcomes = client.commands.stream_many("lock_doors", ["veh_ok", "veh_ok2"], wait=False).collect()
    assert [o.outcome for o in outcomes] == ["pending", "pending"]
    assert waits == [3.0]
    assert len(fleet.executions) == 2


def test_a_429_holds_the_whole_async_fan_out(fleet: Simulator) -> None:
    """The async twin: one 429 with Retry-After is waited out once, then each vehicle's command is sent once."""
    fleet.inject(RateLimited(retry_after=3), path=r".*:lock-doors", count=1)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    async def run() -> list[CommandOutcome]:
        async with fleet.async_client() as client:
            client._api.retry_sleep = record
            stream = client.commands.stream_many("lock_doors", ["veh_ok", "veh_ok2"], wait=False)
            return await stream.collect()

    assert [o.outcome for o in asyncio.run(run())] == ["pending", "pending"]
    assert waits == [3.0]
    assert len(fleet.executions) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_read_fan_out_streams_answers_and_errors(fleet: Simulator, mode: str) -> None:
    """client.fan_out reads each vehicle; an unknown vehicle is its own error, the rest answer."""
    ids = ["veh_ok", "veh_unknown", "veh_ok2"]
    if mode == "sync":
        with fleet.client() as client:
            answers: list[ReadOutcome[Any]] = client.fan_out(client.rate_limits.get, ids).collect()
    else:

        async def run() -> list[ReadOutcome[Any]]:
            async with fleet.async_client() as client:
                return await client.fan_out(client.rate_limits.get, ids, concurrency=2).collect()

        answers = asyncio.run(run())
    assert [(a.vehicle_id, a.ok) for a in answers] == [
        ("veh_ok", True),
        ("veh_unknown", False),
        ("veh_ok2", True),
    ]
    assert answers[0].value is not None and answers[0].value[0].object_id == "veh_ok"


def test_async_cancel_reports_every_created_execution(fleet: Simulator) -> None:
    """Cancelling the task stops at once; `finished` has every vehicle, with what was created, none resent."""

    async def run() -> list[CommandOutcome]:
        async with fleet.async_client() as client:
            client._api.sleep = lambda seconds: asyncio.sleep(3600)  # every wait hangs until cancelled
            stream = client.commands.stream_many(SEQUENCE, ["veh_ok", "veh_silent"], concurrency=2)

            async def consume() -> None:
                async for _ in stream:
                    pass

            task = asyncio.ensure_future(consume())
            for _ in range(200):  # until both first steps are sent
                await asyncio.sleep(0.01)
                if len(fleet.executions) == 2:
                    break
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return stream.finished

    outcomes = asyncio.run(run())
    assert [(o.vehicle_id, o.outcome, len(o.executions)) for o in outcomes] == [
        ("veh_ok", "cancelled", 1),
        ("veh_silent", "cancelled", 1),
    ]
    assert len(fleet.executions) == 2
