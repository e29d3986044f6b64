"""`client.commands.send_many`: one command to many vehicles, one outcome each, in order, never raising."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.spec_facts import path_of
from volteras import APIError, CommandOutcome, CommandTimeoutError, FailedReason, NotFoundError
from volteras.testing import ManualClock, ServerFault, Simulator

from .conftest import posts

MIXED = ["veh_ok", "veh_offline", "veh_silent", "veh_unknown", "bad/id", "veh_ok2"]


@pytest.fixture
def fleet(clock: ManualClock) -> Simulator:
    """Vehicles that execute after 2 s, fail, never answer; the API's own timeout is an hour away."""
    sim = Simulator(clock=clock, server_timeout=3600)
    sim.add_vehicle("veh_ok", latency=2)
    sim.add_vehicle("veh_ok2", latency=1)
    sim.add_vehicle("veh_offline", latency=1, outcome="OEM_VEHICLE_OFFLINE")
    sim.add_vehicle("veh_silent", latency=None)
    return sim


def _send_sync(sim: Simulator, *args: Any, **kwargs: Any) -> list[CommandOutcome]:
    with sim.client() as client:
        return client.commands.send_many(*args, **kwargs)


def _send_async(sim: Simulator, *args: Any, **kwargs: Any) -> list[CommandOutcome]:
    async def run() -> list[CommandOutcome]:
        async with sim.async_client() as client:
            return await client.commands.send_many(*args, **kwargs)

    return asyncio.run(run())


SENDERS = pytest.mark.parametrize("send", [_send_sync, _send_async], ids=["sync", "async"])
Send = Callable[..., list[CommandOutcome]]


@SENDERS
def test_each_vehicle_gets_its_outcome_in_input_order(fleet: Simulator, send: Send) -> None:
    """Working, failing, silent, unknown and malformed vehicles each get their own outcome, in input order."""
    outcomes = send(fleet, "close_charge_port", MIXED, concurrency=4, wait=True, wait_timeout=60)
    assert [o.vehicle_id for o in outcomes] == MIXED
    by_id = {o.vehicle_id: o for o in outcomes}
    assert [o.outcome for o in outcomes] == ["executed", "failed", "timed_out", "error", "error", "executed"]
    assert by_id["veh_ok"].execution is not None and by_id["veh_ok"].execution.status == "EXECUTED"
    assert by_id["veh_offline"].failed_reason == FailedReason.OEM_VEHICLE_OFFLINE
    silent = by_id["veh_silent"]
    assert isinstance(silent.error, CommandTimeoutError)
    assert silent.execution is not None and silent.execution.status == "PENDING"
    assert isinstance(by_id["veh_unknown"].error, NotFoundError) and by_id["veh_unknown"].execution is None
    assert isinstance(by_id["bad/id"].error, ValueError)
    assert len(fleet.executions) == 4  # one per known vehicle; nothing sent for the malformed id


@SENDERS
def test_without_waiting_outcomes_are_pending(fleet: Simulator, send: Send) -> None:
    """wait=False sends once per vehicle and reports each new command as "pending"."""
    outcomes = send(fleet, "lock_doors", ["veh_ok", "veh_ok2"])
    assert [(o.outcome, o.error) for o in outcomes] == [("pending", None), ("pending", None)]
    assert sorted(r.vehicle_id for r in fleet.executions) == ["veh_ok", "veh_ok2"]


@SENDERS
def test_arguments_reach_every_vehicle(fleet: Simulator, send: Send) -> None:
    """A command with arguments (set_charge_limit) sends the same arguments to each vehicle."""
    outcomes = send(fleet, "set_charge_limit", ["veh_ok", "veh_ok2"], arguments={"limit": 70}, wait=True)
    assert [o.outcome for o in outcomes] == ["executed", "executed"]
    assert all(o.execution is not None and o.execution.command == "SET_CHARGE_LIMIT" for o in outcomes)


@SENDERS
def test_concurrency_one_sends_strictly_in_order(fleet: Simulator, send: Send) -> None:
    """concurrency=1 finishes each vehicle (command and polls) before sending to the next."""
    send(fleet, "close_charge_port", ["veh_ok", "veh_ok2", "veh_offline"], concurrency=1, wait=True)
    vehicles_in_arrival_order = [
        r.path.split("/")[3] for r in fleet.requests if r.path.startswith(path_of("list_vehicles") + "/")
    ]
    assert vehicles_in_arrival_order == sorted(
        vehicles_in_arrival_order, key=["veh_ok", "veh_ok2", "veh_offline"].index
    )


@SENDERS
@pytest.mark.parametrize(
    ("command", "ids", "kwargs", "error", "message"),
    [
        ("close_the_port", ["veh_ok"], {}, ValueError, "unknown command 'close_the_port'"),
        ("get", ["veh_ok"], {}, ValueError, "unknown command 'get'"),
        ("close_charge_port", ["veh_ok"], {"concurrency": 0}, ValueError, "concurrency"),
        ("close_charge_port", ["veh_ok"], {"concurrency": True}, ValueError, "concurrency"),
        ("close_charge_port", "veh_ok", {}, TypeError, "not one string"),
        ("close_charge_port", ["veh_ok", 7], {}, TypeError, r"vehicle_ids\[1\]"),
        ("set_charge_limit", ["veh_ok"], {}, TypeError, "needs arguments"),
        ("close_charge_port", ["veh_ok"], {"arguments": {"limit": 5}}, TypeError, "no argument 'limit'"),
        ("close_charge_port", ["veh_ok"], {"wait_timeout": -1}, ValueError, "wait_timeout"),
        ("close_charge_port", ["veh_ok"], {"timout": 5}, TypeError, "unknown option 'timout'"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    fleet: Simulator,
    send: Send,
    command: str,
    ids: Any,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    """An unknown command, bad ids, arguments, concurrency or options raise at once; no request is made."""
    with pytest.raises(error, match=message):
        send(fleet, command, ids, **kwargs)
    assert fleet.requests == []


def test_outcomes_over_real_http(make_client: Callable[..., Any], sim: Simulator) -> None:
    """Over real HTTP (sync and async), a server error for one vehicle is that vehicle's outcome only."""
    sim.inject(ServerFault(500), path=path_of("lock_doors", vehicle_id="veh_2"))
    outcomes = make_client().commands.send_many(
        "lock_doors", ["veh_1", "veh_2", "veh_offline"], concurrency=3
    )
    assert [o.outcome for o in outcomes] == ["executed", "error", "failed"]  # latency 0: final at once
    assert isinstance(outcomes[1].error, APIError) and outcomes[1].error.status_code == 500
    assert len(posts(sim)) == 3
