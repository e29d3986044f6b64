"""The in-process httpx transports (sync and async) share the server's behaviour and state."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.simulator.helpers import CLIENT, assert_error, command_path, executions_path, get_token
from tests.spec_facts import path_of
from volteras.testing import Delay, DropConnection, ManualClock, ServerFault, Simulator

LOCK = command_path("veh_1", "lock-doors")


def test_sync_transport_full_flow(sim: Simulator, clock: ManualClock) -> None:
    """Token, command, poll to EXECUTED, all through the sync transport without sockets."""
    with httpx.Client(transport=sim.transport(), base_url="http://sim.invalid") as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        created = client.post(LOCK).json()
        clock.advance(1)
        assert client.get(executions_path("veh_1", created["id"])).json()["status"] == "EXECUTED"
        assert_error(client.post(command_path("nope", "lock-doors")), 404, "RESOURCE_NOT_FOUND")


def test_async_transport_full_flow(sim: Simulator, clock: ManualClock) -> None:
    """The async transport answers the same way under asyncio."""

    async def scenario() -> list[str]:
        async with httpx.AsyncClient(
            transport=sim.async_transport(), base_url="http://sim.invalid"
        ) as client:
            token = await client.post(
                path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT
            )
            client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
            created = (await client.post(LOCK)).json()
            conflict = await client.post(LOCK)
            clock.advance(1)
            done = (await client.get(executions_path("veh_1", created["id"]))).json()
            return [created["status"], conflict.json()["error"], done["status"]]

    assert asyncio.run(scenario()) == ["PENDING", "COMMAND_ALREADY_IN_PROGRESS", "EXECUTED"]


def test_async_transport_concurrent_commands(sim: Simulator) -> None:
    """Many concurrent async commands on distinct vehicles each create one execution."""
    for n in range(50):
        sim.add_vehicle(f"async_{n}")

    async def scenario() -> list[bool]:
        async with httpx.AsyncClient(
            transport=sim.async_transport(), base_url="http://sim.invalid"
        ) as client:
            token = await client.post(
                path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT
            )
            client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
            responses = await asyncio.gather(
                *(client.post(command_path(f"async_{n}", "lock-doors")) for n in range(50))
            )
            return [r.is_success for r in responses]

    assert all(asyncio.run(scenario()))
    assert len({e.id for e in sim.executions}) == 50


def test_transport_faults(sim: Simulator) -> None:
    """Faults apply to the transport too; a dropped connection raises RemoteProtocolError."""
    sim.inject(DropConnection(), path=LOCK)
    sim.inject(ServerFault(502), path=LOCK)
    with httpx.Client(transport=sim.transport(), base_url="http://sim.invalid") as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(LOCK)
        assert client.post(command_path("veh_1", "lock-doors")).status_code == 502
    assert len(sim.executions) == 1  # the drop created it; the 502 hit a 409 underneath


def test_async_transport_drop_and_delay(sim: Simulator) -> None:
    """The async transport raises RemoteProtocolError on a drop and waits on a Delay."""
    sim.inject(DropConnection(stage="before"))
    sim.inject(Delay(0.01))

    async def scenario() -> int:
        async with httpx.AsyncClient(
            transport=sim.async_transport(), base_url="http://sim.invalid"
        ) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(path_of("test_token"))
            return (await client.post(path_of("test_token"))).status_code

    assert asyncio.run(scenario()) == 401


def test_server_and_transport_share_state(sim: Simulator, api: httpx.Client) -> None:
    """An execution created over HTTP is visible through the transport, and vice versa."""
    created = api.post(LOCK).json()
    with httpx.Client(transport=sim.transport(), base_url="http://sim.invalid") as client:
        client.headers["Authorization"] = api.headers["Authorization"]
        assert client.get(executions_path("veh_1", created["id"])).json()["id"] == created["id"]
        assert_error(client.post(LOCK), 409, "COMMAND_ALREADY_IN_PROGRESS")


def test_transport_records_raw_and_decoded_paths(sim: Simulator) -> None:
    """The transport records the encoded path as raw_path and the decoded one as path."""
    sim.add_vehicle("a/b")
    with httpx.Client(transport=sim.transport(), base_url="http://sim.invalid") as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        sent = command_path("a/b", "lock-doors")
        assert client.post(sent).json()["vehicleId"] == "a/b"
    last = sim.requests[-1]
    assert "%2F" in sent
    assert (last.raw_path, last.path) == (sent, sent.replace("%2F", "/"))
