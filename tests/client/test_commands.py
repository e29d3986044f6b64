"""`client.commands`: the command methods, get, list/paging, wait and raw responses."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from volteras._generated.resources import METHODS

from tests import spec_facts
from tests.spec_facts import path_of
from volteras import (
    Command,
    CommandExecution,
    CommandFailedError,
    CommandStatus,
    CommandTimeoutError,
    FailedReason,
    NotFoundError,
    Page,
    RawResponse,
)
from volteras.testing import ACTIONS, ManualClock, Simulator

from .conftest import ASLEEP, gets, posts

COMMAND_METHODS = [method for method in METHODS if method.kind == "command"]
PLAIN_COMMANDS = sorted(m.name for m in COMMAND_METHODS if [a.name for a in m.arguments] == ["vehicle_id"])
"""The commands that take nothing but the vehicle."""
COMMAND_OPERATIONS = {
    op["x-volteras"]["method"]: op["operationId"] for _, _, op in spec_facts.operations_of_kind("command")
}
"""The spec's command operation behind each command method."""


def _call(client: Any, method: str, vehicle_id: str, **kwargs: Any) -> Any:
    if method == "set_charge_limit":
        return client.commands.set_charge_limit(vehicle_id, 80, **kwargs)
    if method == "set_temperature":
        return client.commands.set_temperature(vehicle_id, 21.5, 19, **kwargs)
    return getattr(client.commands, method)(vehicle_id, **kwargs)


def test_one_command_method_per_command_operation() -> None:
    """There is one command method per command operation of the spec, and one simulator action each."""
    commands = spec_facts.operations_of_kind("command")
    assert {op["x-volteras"]["method"] for _, _, op in commands} == {m.name for m in COMMAND_METHODS}
    assert len(ACTIONS) == len(commands)


@pytest.mark.parametrize("method", [*PLAIN_COMMANDS, "set_charge_limit", "set_temperature"])
def test_command_method_creates_execution(sim: Simulator, client: Any, method: str) -> None:
    """Each command method POSTs to its endpoint and returns the execution the server created."""
    execution = _call(client, method, "veh_pending")
    assert isinstance(execution, CommandExecution)
    assert execution.command == Command(method.upper())
    assert isinstance(execution.command, Command)
    assert execution.vehicle_id == "veh_pending"
    assert execution.status == CommandStatus.PENDING
    [record] = sim.executions
    assert (record.id, record.vehicle_id, record.command) == (execution.id, "veh_pending", method.upper())
    [post] = posts(sim)
    assert post.path == path_of(COMMAND_OPERATIONS[method], vehicle_id="veh_pending")


def test_set_charge_limit_sends_limit(sim: Simulator, client: Any) -> None:
    """set_charge_limit sends {"limit": N}; the execution echoes it as commandArguments."""
    execution = client.commands.set_charge_limit("veh_1", 80)
    assert json.loads(posts(sim)[0].body) == {"limit": 80}
    assert sim.executions[0].command_arguments == {"limit": 80}
    assert execution.command_arguments is not None
    assert execution.command_arguments.to_dict() == {"limit": 80}


def test_set_temperature_sends_both_sides(sim: Simulator, client: Any) -> None:
    """set_temperature sends driverTemperature and passengerTemperature; the execution echoes them."""
    execution = client.commands.set_temperature("veh_1", 21.5, 19)
    assert json.loads(posts(sim)[0].body) == {"driverTemperature": 21.5, "passengerTemperature": 19}
    assert sim.executions[0].command_arguments == {"driverTemperature": 21.5, "passengerTemperature": 19}
    assert execution.command_arguments is not None
    assert execution.command_arguments.to_dict() == {"driverTemperature": 21.5, "passengerTemperature": 19}


def test_body_less_commands_send_no_arguments(sim: Simulator, client: Any) -> None:
    """Commands without arguments come back with commandArguments null."""
    execution = client.commands.lock_doors("veh_1")
    assert execution.command_arguments is None
    assert sim.executions[0].command_arguments is None


def test_get_returns_current_state(sim: Simulator, clock: ManualClock, client: Any) -> None:
    """commands.get returns the execution as it stands now, PENDING then EXECUTED."""
    created = client.commands.unlock_doors("veh_pending")
    assert client.commands.get("veh_pending", created.id).status == CommandStatus.PENDING
    clock.advance(5)
    done = client.commands.get("veh_pending", created.id)
    assert done.id == created.id
    assert done.status == CommandStatus.EXECUTED
    assert done.executed_at is not None
    assert gets(sim)[-1].path == path_of(
        "get_command_execution", vehicle_id="veh_pending", vehicle_command_execution_id=created.id
    )


def test_get_unknown_execution_is_not_found(client: Any) -> None:
    """commands.get on an unknown execution id raises NotFoundError."""
    with pytest.raises(NotFoundError):
        client.commands.get("veh_1", "cmd_missing")


def _five_executions(client: Any) -> list[str]:
    methods = ["lock_doors", "unlock_doors", "climate_on", "climate_off", "start_charging"]
    return [getattr(client.commands, m)("veh_1").id for m in methods]


def test_list_iterates_across_pages(sim: Simulator, client: Any) -> None:
    """Iterating list(page_size=2) over 5 executions yields all 5 in order, fetching 3 pages."""
    ids = _five_executions(client)
    items = list(client.commands.list("veh_1", page_size=2))
    assert [e.id for e in items] == ids
    list_requests = gets(sim)
    assert len(list_requests) == 3
    assert all(r.query["maxPageSize"] == "2" for r in list_requests)
    assert "pageToken" not in list_requests[0].query
    assert list_requests[1].query["pageToken"] and list_requests[2].query["pageToken"]


def test_list_pages(sim: Simulator, client: Any) -> None:
    """list(...).pages() yields whole pages with next_page_token, total_results and request_id."""
    ids = _five_executions(client)
    pages = list(client.commands.list("veh_1", page_size=2).pages())
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert all(isinstance(p, Page) for p in pages)
    assert [p.total_results for p in pages] == [5, 5, 5]
    assert pages[-1].next_page_token is None
    assert pages[0].next_page_token is not None
    assert [e.id for p in pages for e in p.items] == ids
    assert [p.request_id for p in pages] == [r.request_id for r in gets(sim)]


def test_list_empty_vehicle(sim: Simulator, client: Any) -> None:
    """Listing a vehicle with no executions yields nothing after one request."""
    assert list(client.commands.list("veh_2")) == []
    assert len(gets(sim)) == 1


def test_list_filter_sent_as_json(sim: Simulator, client: Any) -> None:
    """A filter dict is sent as compact JSON and the server returns only matching executions."""
    client.commands.lock_doors("veh_1")
    client.commands.lock_doors("veh_offline")
    client.commands.unlock_doors("veh_offline")
    sim.add_vehicle("veh_offline", latency=0)  # later commands execute
    client.commands.climate_on("veh_offline")
    failed = {"field": "status", "operator": "==", "value": "FAILED"}
    items = list(client.commands.list("veh_offline", filter=failed, page_size=1))
    assert [e.command for e in items] == [Command.LOCK_DOORS, Command.UNLOCK_DOORS]
    assert {e.status for e in items} == {CommandStatus.FAILED}
    assert json.loads(gets(sim)[0].query["filter"]) == failed
    assert all(json.loads(r.query["filter"]) == failed for r in gets(sim))


def test_list_filter_as_string(sim: Simulator, client: Any) -> None:
    """A filter given as a compact JSON string is checked and sent as the same text."""
    client.commands.lock_doors("veh_1")
    client.commands.unlock_doors("veh_1")
    text = '{"field":"command","operator":"==","value":"UNLOCK_DOORS"}'
    items = list(client.commands.list("veh_1", filter=text))
    assert [e.command for e in items] == [Command.UNLOCK_DOORS]
    assert gets(sim)[0].query["filter"] == text


@pytest.mark.parametrize("page_size", [0, -1, 2.5, True])
def test_list_rejects_bad_page_size_before_sending(sim: Simulator, client: Any, page_size: Any) -> None:
    """list() refuses a non-positive or non-int page_size with ValueError, before any request."""
    with pytest.raises(ValueError, match="page_size"):
        client.commands.list("veh_1", page_size=page_size)
    assert sim.requests == []


def test_wait_returns_executed(sim: Simulator, clock: ManualClock, make_client: Callable[..., Any]) -> None:
    """wait() polls until the command is EXECUTED and returns the final execution."""
    # the simulator's clock moves 2 s each time the client asks about the execution
    http_hooks = {"response": [lambda r: clock.advance(2) if r.request.method == "GET" else None]}
    client = _client_with_hooks(make_client, http_hooks)
    created = client.commands.close_charge_port("veh_pending")
    assert created.status == CommandStatus.PENDING
    done = client.commands.wait(created, wait_timeout=30, poll_interval=0.05)
    assert done.status == CommandStatus.EXECUTED
    assert done.id == created.id
    assert 2 <= len(gets(sim)) <= 4


def _client_with_hooks(make_client: Callable[..., Any], hooks: dict[str, list[Any]]) -> Any:
    probe = make_client()
    if type(probe).__name__ == "Volteras":
        return make_client(http_client=httpx.Client(event_hooks=hooks))

    def wrap(hook: Any) -> Any:
        async def run(message: Any) -> None:
            hook(message)

        return run

    async_hooks = {name: [wrap(h) for h in hs] for name, hs in hooks.items()}
    return make_client(http_client=httpx.AsyncClient(event_hooks=async_hooks))


def test_wait_on_finished_execution_does_not_poll(sim: Simulator, client: Any) -> None:
    """wait() on an execution that is already EXECUTED returns it without another request."""
    created = client.commands.lock_doors("veh_1")
    assert client.commands.wait(created, wait_timeout=1, poll_interval=0.05) == created
    assert gets(sim) == []


def test_wait_failed_returns_failed_by_default(client: Any) -> None:
    """wait() returns a FAILED execution (with its reason) unless raise_on_failure is set."""
    created = client.commands.lock_doors("veh_offline")
    final = client.commands.wait(created, wait_timeout=1, poll_interval=0.05)
    assert final.status == CommandStatus.FAILED
    assert final.failed_reason == FailedReason.OEM_VEHICLE_OFFLINE


def test_wait_raise_on_failure_documented_reason(client: Any) -> None:
    """wait(raise_on_failure=True) raises CommandFailedError whose failed_reason is the FailedReason member."""
    created = client.commands.lock_doors("veh_offline")
    with pytest.raises(CommandFailedError) as info:
        client.commands.wait(created, wait_timeout=1, poll_interval=0.05, raise_on_failure=True)
    assert info.value.failed_reason is FailedReason.OEM_VEHICLE_OFFLINE
    assert info.value.execution.id == created.id
    assert "OEM_VEHICLE_OFFLINE" in str(info.value)


def test_wait_raise_on_failure_plain_text_reason(client: Any) -> None:
    """A free-text failedReason reaches CommandFailedError.failed_reason as the plain string."""
    created = client.commands.lock_doors("veh_asleep")
    with pytest.raises(CommandFailedError) as info:
        client.commands.wait(created, wait_timeout=1, poll_interval=0.05, raise_on_failure=True)
    assert info.value.failed_reason == ASLEEP
    assert type(info.value.failed_reason) is str
    assert ASLEEP in str(info.value)


def test_wait_timeout_carries_last_execution(sim: Simulator, client: Any) -> None:
    """wait() gives up after `timeout` with CommandTimeoutError carrying the last (PENDING) execution."""
    created = client.commands.lock_doors("veh_silent")
    with pytest.raises(CommandTimeoutError) as info:
        client.commands.wait(created, wait_timeout=0.3, poll_interval=0.05)
    assert info.value.execution.id == created.id
    assert info.value.execution.status == CommandStatus.PENDING
    assert info.value.timeout == 0.3
    assert 1 <= len(gets(sim)) <= 20


@pytest.mark.parametrize(
    ("timeout", "interval", "named"),
    [
        (-1, 0.1, "wait_timeout"),
        (float("nan"), 0.1, "wait_timeout"),
        (float("inf"), 0.1, "wait_timeout"),
        (1, 0, "poll_interval"),
        (1, -0.5, "poll_interval"),
        (1, float("nan"), "poll_interval"),
    ],
)
def test_wait_rejects_bad_schedule(client: Any, timeout: float, interval: float, named: str) -> None:
    """wait() refuses a wait_timeout that is negative or never ends, or a bad poll interval, naming which."""
    created = client.commands.lock_doors("veh_silent")
    with pytest.raises(ValueError, match=named):
        client.commands.wait(created, wait_timeout=timeout, poll_interval=interval)


def test_command_wait_true_returns_final_execution(sim: Simulator, client: Any) -> None:
    """A command method with wait=True returns the finished execution (EXECUTED or FAILED)."""
    assert client.commands.close_charge_port("veh_1", wait=True).status == CommandStatus.EXECUTED
    failed = client.commands.close_charge_port("veh_offline", wait=True)
    assert failed.status == CommandStatus.FAILED
    assert client.commands.set_charge_limit("veh_2", 70, wait=True).status == CommandStatus.EXECUTED


def test_command_wait_true_honours_wait_timeout(sim: Simulator, client: Any) -> None:
    """wait=True with a short wait_timeout raises CommandTimeoutError for a vehicle that never answers."""
    with pytest.raises(CommandTimeoutError) as info:
        client.commands.open_charge_port("veh_silent", wait=True, wait_timeout=0.2)
    assert info.value.execution.status == CommandStatus.PENDING
    assert len(sim.executions) == 1


def test_command_wait_true_zero_timeout_does_not_wait(
    sim: Simulator, make_client: Callable[..., Any]
) -> None:
    """wait=True with wait_timeout=0 checks once and times out instead of waiting the 300 s default."""

    def refuse_polls(request: httpx.Request) -> None:
        if request.method == "GET":
            raise RuntimeError("polled although wait_timeout was 0")

    client = _client_with_hooks(make_client, {"request": [refuse_polls]})
    with pytest.raises(CommandTimeoutError):
        client.commands.open_charge_port("veh_silent", wait=True, wait_timeout=0)


def test_raw_response_close_charge_port(sim: Simulator, client: Any) -> None:
    """with_raw_response.close_charge_port gives status 200, headers, request_id and a lazy .parse()."""
    raw = client.commands.with_raw_response.close_charge_port("veh_1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id == posts(sim)[0].request_id
    assert re.fullmatch(r"req_[0-9a-f]+", raw.request_id or "")
    execution = raw.parse()
    assert isinstance(execution, CommandExecution)
    assert execution.command == Command.CLOSE_CHARGE_PORT
    assert sim.executions[0].id == execution.id


def test_raw_response_get_and_set_charge_limit(sim: Simulator, client: Any) -> None:
    """with_raw_response works for commands with bodies and for get."""
    raw = client.commands.with_raw_response.set_charge_limit("veh_1", 55)
    execution = raw.parse()
    assert json.loads(posts(sim)[0].body) == {"limit": 55}
    got = client.commands.with_raw_response.get("veh_1", execution.id)
    assert got.status_code == 200
    assert got.parse().id == execution.id


def test_raw_response_refuses_wait(sim: Simulator, client: Any) -> None:
    """with_raw_response.*(wait=True) raises TypeError before sending anything."""
    with pytest.raises(TypeError, match="wait"):
        client.commands.with_raw_response.lock_doors("veh_1", wait=True)
    assert posts(sim) == []


def test_tokens_test_reports_identity(client: Any) -> None:
    """tokens.test() returns which client and organization the credentials belong to."""
    info = client.tokens.test()
    assert (info.client_id, info.organization_id) == ("demo-client", "org_demo")
    raw = client.tokens.with_raw_response.test()
    assert raw.status_code == 200 and raw.parse().client_id == "demo-client"
