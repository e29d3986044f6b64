"""A client created before os.fork() and used on both sides: the child gets its own connections and locks.

Each test forks for real; the child reports what it got through a pipe and exits with
os._exit, and the parent waits for it at most CHILD_TIMEOUT seconds.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import select
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from volteras import AsyncVolteras, Volteras
from volteras.testing import Delay, Simulator

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork"),
    pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning"),
]
CHILD_TIMEOUT = 20.0
CLIENT_ID, SECRET = "fork-client", "fork-secret-0123456789"


def in_child(work: Callable[[], Any]) -> dict[str, Any]:
    """Run `work` in a forked child; its result, or the name and message of what it raised."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            try:
                report: dict[str, Any] = {"result": work()}
            except BaseException as exc:
                report = {"error": type(exc).__name__, "message": str(exc)}
            os.write(write_end, json.dumps(report, default=str).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    try:
        deadline = time.monotonic() + CHILD_TIMEOUT
        while (left := deadline - time.monotonic()) > 0 and select.select([read_end], [], [], left)[0]:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            os.kill(pid, signal.SIGKILL)
            pytest.fail(f"the child did not finish within {CHILD_TIMEOUT:g}s")
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    reported: dict[str, Any] = json.loads(b"".join(chunks))
    return reported


_IDS = itertools.count(1)


def executions_answer(seen: Seen) -> Answer:
    """Tokens, and a new execution for every command, for the vehicle named in the path."""
    if seen.path == TOKEN_PATH:
        return 200, {}, VALID_TOKEN
    vehicle = seen.path.split("/")[3]
    return 200, {}, {**VALID_EXECUTION, "id": f"cmd_{next(_IDS)}", "vehicleId": vehicle}


def _lock_doors(client: Volteras | AsyncVolteras, vehicle_id: str) -> dict[str, Any]:
    if isinstance(client, Volteras):
        return client.commands.lock_doors(vehicle_id).to_dict()

    async def run() -> dict[str, Any]:
        return (await client.commands.lock_doors(vehicle_id)).to_dict()

    return asyncio.run(run())


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_child_does_not_share_the_parents_connection(cls: type[Any], loopback: Loopback) -> None:
    """After a fork, parent and child each send lock_doors and get their own execution, the child on its own connection."""
    loopback.answer = executions_answer
    client = cls("id", "secret", base_url=loopback.base_url)
    before = _lock_doors(client, "veh_parent")
    parent_port = loopback.seen[-1].port
    child = in_child(lambda: _lock_doors(client, "veh_child"))
    after = _lock_doors(client, "veh_parent")
    assert "error" not in child, child
    child_execution = child["result"]
    assert child_execution["vehicleId"] == "veh_child"
    assert before["vehicleId"] == after["vehicleId"] == "veh_parent"
    assert len({before["id"], after["id"], child_execution["id"]}) == 3
    child_ports = {s.port for s in loopback.seen if "veh_child" in s.path}
    assert parent_port not in child_ports
    assert [s.path for s in loopback.seen].count(TOKEN_PATH) == 1  # the child kept the parent's token


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_caller_http_client_is_refused_in_the_child(cls: type[Any], loopback: Loopback) -> None:
    """A client on a caller-supplied http_client, used after a fork in the child, raises VolterasError and sends nothing."""
    loopback.answer = executions_answer
    http = httpx.Client() if cls is Volteras else httpx.AsyncClient()
    client = cls("id", "secret", base_url=loopback.base_url, http_client=http)
    _lock_doors(client, "veh_parent")
    child = in_child(lambda: _lock_doors(client, "veh_child"))
    assert child["error"] == "VolterasError"
    assert "create the client after forking" in child["message"]
    assert not any("veh_child" in s.path for s in loopback.seen)
    if cls is Volteras:  # (an async client's caller-supplied pool stays with the loop that ended)
        assert _lock_doors(client, "veh_parent")["vehicleId"] == "veh_parent"  # the parent is unaffected


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator()
    simulator.add_client(CLIENT_ID, SECRET)
    simulator.add_vehicle("veh_parent", latency=0)
    simulator.add_vehicle("veh_child", latency=0)
    return simulator


def test_fork_while_another_thread_renews_the_token(sim: Simulator, base_url: str) -> None:
    """Forking while another thread holds the token renewal lock: the child gets its own token and execution, no hang."""
    sim.inject(Delay(seconds=1.0, stage="before"), path=TOKEN_PATH, count=1)
    client = Volteras(CLIENT_ID, SECRET, base_url=base_url, timeout=3)
    parent: list[dict[str, Any]] = []
    renewing = threading.Thread(target=lambda: parent.append(_lock_doors(client, "veh_parent")))
    renewing.start()
    for _ in range(500):  # until the thread is inside the renewal, holding its lock
        if client._auth._thread_lock.locked():
            break
        time.sleep(0.01)
    assert client._auth._thread_lock.locked()
    child = in_child(lambda: _lock_doors(client, "veh_child"))
    renewing.join(timeout=CHILD_TIMEOUT)
    assert "error" not in child, child
    assert child["result"]["vehicleId"] == "veh_child"
    assert parent[0]["vehicleId"] == "veh_parent"
    assert {e.vehicle_id for e in sim.executions} == {"veh_parent", "veh_child"}
    client.close()
