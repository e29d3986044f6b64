"""`client.vehicle(id)`: every operation that starts with a vehicle id, bound, sync and async, generated from the method table."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from volteras._generated.resources import METHODS

from tests.spec_facts import spec
from volteras import AsyncVolteras, Volteras
from volteras.testing import ManualClock, Simulator

HANDLE = spec()["x-volteras-handles"]["vehicle"]


def _bound_methods() -> list[Any]:
    return [
        m
        for m in METHODS
        if m.arguments and m.arguments[0].positional and m.arguments[0].name == HANDLE["argument"]
    ]


def _on_handle(handle: object, method: Any) -> Any:
    """Where the handle offers `method`: its own resource's on the handle, the others' under their name."""
    return getattr(
        handle if method.resource == HANDLE["resource"] else getattr(handle, method.resource), method.name
    )


@pytest.mark.parametrize("client_class", [Volteras, AsyncVolteras])
def test_every_vehicle_operation_is_on_the_handle_without_its_id(client_class: type[Any]) -> None:
    """Each operation starting with vehicle_id is on the handle, its signature the resource's minus the id."""
    client = client_class("id", "secret", base_url="http://127.0.0.1:9")
    handle = client.vehicle("veh_1")
    bound = _bound_methods()
    assert HANDLE["resource"] in {m.resource for m in bound} and len({m.resource for m in bound}) > 1
    for method in bound:
        original = inspect.signature(getattr(getattr(client, method.resource), method.name))
        on_handle = inspect.signature(_on_handle(handle, method))
        assert list(on_handle.parameters) == list(original.parameters)[1:], method.name
        assert on_handle.return_annotation == original.return_annotation or client_class is AsyncVolteras


def test_commands_are_also_methods_of_the_handle_itself() -> None:
    """Every command (kind "command" in the method table) is callable on the handle, not only under .commands."""
    handle = Volteras("id", "secret", base_url="http://127.0.0.1:9").vehicle("veh_1")
    commands = [m.name for m in _bound_methods() if m.kind == "command"]
    assert commands and all(callable(getattr(handle, name)) for name in commands)
    assert repr(handle) == "VehicleHandle('veh_1')"


@pytest.mark.parametrize(("bad", "error"), [("", ValueError), ("a/b", ValueError), (7, TypeError)])
def test_a_bad_vehicle_id_is_refused_when_the_handle_is_made(bad: object, error: type[Exception]) -> None:
    """An id that is no path segment is a typed error naming vehicle_id, before any request."""
    with pytest.raises(error, match="vehicle_id"):
        Volteras("id", "secret", base_url="http://127.0.0.1:9").vehicle(bad)  # type: ignore[arg-type]


def test_the_handle_sends_reads_and_lists_for_its_vehicle() -> None:
    """Against the simulator: a command with wait, an argument, a read and a listing all reach veh_1."""
    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1", latency=2.0)
    sim.add_vehicle("veh_2", latency=2.0)
    with sim.client() as client:
        car = client.vehicle("veh_1")
        assert car.open_charge_port(wait=True).status == "EXECUTED"
        assert car.commands.set_charge_limit(70, wait=True).status == "EXECUTED"
        assert car.telemetry().charging_state.charge_port_door_open is True
        assert [e.command for e in car.commands.list()] == ["OPEN_CHARGE_PORT", "SET_CHARGE_LIMIT"]
        assert car.get().id == "veh_1"
    assert {e.vehicle_id for e in sim.executions} == {"veh_1"}


def test_the_async_handle_awaits_the_same_calls() -> None:
    """The async client's handle: commands and reads awaited, listings async-iterated."""
    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1", latency=1.0)

    async def main() -> list[str]:
        async with sim.async_client() as client:
            car = client.vehicle("veh_1")
            await car.lock_doors(wait=True)
            assert (await car.telemetry()).security.locked is True
            return [str(e.command) async for e in car.commands.list()]

    assert asyncio.run(main()) == ["LOCK_DOORS"]
