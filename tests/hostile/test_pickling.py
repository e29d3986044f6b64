"""Every error the SDK raises survives pickle, copy and deepcopy with its fields, and crosses a process pool.

The errors come from real calls against the simulator on 127.0.0.1 (and, for the token
endpoint, from a refused login), so they hold what a caller would really get.
"""

from __future__ import annotations

import concurrent.futures
import copy
import multiprocessing
import pickle
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import volteras
from tests.spec_facts import path_of
from volteras import Volteras
from volteras.testing import Delay, DropConnection, MalformedJson, Simulator

CLIENT_ID = "pickle-client"
SECRET = "pickle-secret-0123456789"


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator()
    simulator.add_client(CLIENT_ID, SECRET)
    simulator.add_vehicle("veh_1", latency=0)
    simulator.add_vehicle("veh_fail", latency=0, outcome="OEM_VEHICLE_OFFLINE")
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


def _raised(call: Callable[[], object]) -> volteras.VolterasError:
    with pytest.raises(volteras.VolterasError) as caught:
        call()
    return caught.value


def errors(sim: Simulator, base_url: str) -> dict[str, volteras.VolterasError]:
    """One real error of every kind, keyed by what caused it."""
    client = Volteras(CLIENT_ID, SECRET, base_url=base_url, max_retries=0)
    fast = Volteras(CLIENT_ID, SECRET, base_url=base_url, max_retries=0, timeout=0.2)
    wrong = Volteras(CLIENT_ID, "wrong-secret-0123456789", base_url=base_url)
    found = {
        "not found": _raised(lambda: client.commands.get("veh_1", "cmd_nope")),
        "login refused": _raised(wrong.tokens.test),
    }
    found["failed"] = _raised(
        lambda: client.commands.wait(client.commands.open_charge_port("veh_fail"), raise_on_failure=True)
    )
    found["wait timeout"] = _raised(
        lambda: client.commands.wait(
            client.commands.lock_doors("veh_silent"), wait_timeout=0.1, poll_interval=0.05
        )
    )
    sim.inject(MalformedJson(), path=r".*:unlock-doors")
    found["malformed"] = _raised(lambda: client.commands.unlock_doors("veh_1"))
    any_execution = re.escape(path_of("list_command_executions", vehicle_id="veh_1")) + "/.*"
    sim.inject(DropConnection(), path=any_execution)
    found["dropped"] = _raised(lambda: client.commands.get("veh_1", "cmd_x"))
    sim.inject(Delay(seconds=0.5), path=any_execution)
    found["timeout"] = _raised(lambda: fast.commands.get("veh_1", "cmd_x"))
    for each in (client, fast, wrong):
        each.close()
    return found


KINDS = {
    "not found": volteras.NotFoundError,
    "login refused": volteras.AuthenticationError,
    "failed": volteras.CommandFailedError,
    "wait timeout": volteras.CommandTimeoutError,
    "malformed": volteras.ResponseValidationError,
    "dropped": volteras.APIConnectionError,
    "timeout": volteras.APITimeoutError,
}


def _comparable(value: object) -> object:
    """A field in a form `==` can compare: HTTP exchanges by what they say, models by their dict."""
    if isinstance(value, httpx.Response):
        return (value.status_code, value.headers.multi_items(), value.content, _comparable(value.request))
    if isinstance(value, httpx.Request):
        return (value.method, str(value.url), value.headers.multi_items())
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _fields(exc: BaseException) -> dict[str, object]:
    return {name: _comparable(value) for name, value in vars(exc).items()}


def _pickled(exc: BaseException) -> Any:
    return pickle.loads(pickle.dumps(exc))  # noqa: S301 (our own bytes, made one line above)


@pytest.mark.parametrize("how", [_pickled, copy.copy, copy.deepcopy], ids=["pickle", "copy", "deepcopy"])
def test_errors_round_trip_with_their_fields(
    sim: Simulator, base_url: str, how: Callable[[Any], Any]
) -> None:
    """Pickle, copy and deepcopy give back the same class, message and fields (status, code, request id, execution...)."""
    found = errors(sim, base_url)
    assert {name: type(exc) for name, exc in found.items()} == KINDS
    for name, exc in found.items():
        again = how(exc)
        assert type(again) is type(exc), name
        assert str(again) == str(exc), name
        assert _fields(again) == _fields(exc), name
    assert found["not found"].status_code == 404  # type: ignore[attr-defined]
    assert found["failed"].failed_reason == "OEM_VEHICLE_OFFLINE"  # type: ignore[attr-defined]
    assert how(found["wait timeout"]).timeout == 0.1  # type: ignore[attr-defined]
    assert how(found["malformed"]).response.content.startswith(b'{"id": "cmd_"')  # type: ignore[attr-defined]


def _worker_get_missing(base_url: str) -> None:
    with Volteras(CLIENT_ID, SECRET, base_url=base_url) as client:
        client.commands.get("veh_1", "cmd_nope")


def test_error_raised_in_a_process_pool_reaches_the_parent(sim: Simulator, base_url: str) -> None:
    """A NotFoundError raised in a ProcessPoolExecutor worker arrives in the parent as NotFoundError with its fields."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_worker_get_missing, base_url)
        with pytest.raises(volteras.NotFoundError) as caught:
            future.result(timeout=60)
    exc = caught.value
    assert exc.status_code == 404
    assert exc.code == "RESOURCE_NOT_FOUND"
    assert exc.request_id is not None and exc.request_id == sim.requests[-1].request_id
    assert exc.response is not None and exc.response.json()["requestId"] == exc.request_id
    assert exc.response.request.method == "GET"
    assert exc.response.request.url.path == path_of(
        "get_command_execution", vehicle_id="veh_1", vehicle_command_execution_id="cmd_nope"
    )
    assert "authorization" not in exc.response.request.headers
