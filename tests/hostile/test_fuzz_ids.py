"""Arbitrary strings as vehicle and execution ids: refused before sending, or delivered exactly.

Runs against the simulator through its in-process transports, so what the "server" decoded from
the request line is recorded in `sim.requests[...].segments`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from volteras._generated.types import path_segment

import volteras
from tests.spec_facts import path_of
from volteras import AsyncVolteras, Volteras
from volteras.testing import Simulator

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
BASE_URL = "http://127.0.0.1"
TRICKY = [
    ".",
    "..",
    "",
    "/",
    "a/b",
    "...",
    ".a",
    "a.",
    "%2F",
    "%2e%2e",
    "%",
    "%%",
    "%zz",
    "?",
    "#",
    "a?b=c#d",
    ":",
    "command-executions",
    "cmd_1:close-charge-port",
    "\\",
    "..\\..",
    " ",
    "\t",
    "\x00",
    "\x7f",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "ı",
    "ﬁ",
    "Å",
    "Å",
    "😀",
    "a+b",
    "a b",
    "~",
    "@",
    ";a=b",
]

any_text = st.text()
any_chars = st.text(st.characters(blacklist_categories=()))  # includes surrogates (Cs) and unassigned
ids = any_text | any_chars | st.sampled_from(TRICKY)


def _sync(sim: Simulator) -> Volteras:
    return Volteras(
        "demo-client", "demo-secret", base_url=BASE_URL, http_client=httpx.Client(transport=sim.transport())
    )


def _api_requests(sim: Simulator) -> list[Any]:
    return [r for r in sim.requests if r.path != path_of("create_token")]


def _check_close(sim: Simulator, vehicle_id: Any, outcome: object) -> None:
    """The property for one close_charge_port call: refused before sending, or that exact id arrived."""
    if isinstance(outcome, TypeError | ValueError):
        assert _api_requests(sim) == [], "refused, but something was sent"
        assert isinstance(outcome, ValueError) or not isinstance(vehicle_id, str)
        return
    if isinstance(outcome, BaseException):
        raise outcome
    [request] = _api_requests(sim)
    assert request.segments[3] == vehicle_id
    assert request.segments[4] == "command-execution:close-charge-port"
    assert isinstance(outcome, volteras.CommandExecution)
    assert outcome.vehicle_id == vehicle_id
    [record] = sim.executions
    assert record.vehicle_id == vehicle_id


@FUZZ
@given(vehicle_id=ids)
@example(vehicle_id="veh_1")
def test_vehicle_id_refused_or_delivered_exactly(vehicle_id: str) -> None:
    """close_charge_port(id) raises ValueError before sending, or the simulator receives exactly that id."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)
    outcome: object
    try:
        outcome = _sync(sim).commands.close_charge_port(vehicle_id)
    except Exception as exc:
        outcome = exc
    _check_close(sim, vehicle_id, outcome)


@FUZZ
@given(vehicle_id=ids, execution_id=ids)
@example(vehicle_id="veh_1", execution_id="cmd_1")
@example(vehicle_id="veh_1", execution_id="..")
@example(vehicle_id="..", execution_id="cmd_1")
def test_get_ids_refused_or_delivered_exactly(vehicle_id: str, execution_id: str) -> None:
    """commands.get(v, e) raises ValueError before sending, or the simulator receives exactly both ids."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)
    client = _sync(sim)
    try:
        path_segment("vehicle_id", vehicle_id), path_segment("execution_id", execution_id)
    except ValueError:
        with pytest.raises(ValueError):  # noqa: PT011 (UnicodeEncodeError is a ValueError too)
            client.commands.get(vehicle_id, execution_id)
        assert _api_requests(sim) == [], "refused, but something was sent"
        return
    with pytest.raises(volteras.NotFoundError, match="not found"):  # the simulator knows no execution
        client.commands.get(vehicle_id, execution_id)
    [request] = _api_requests(sim)
    assert request.segments[3] == vehicle_id
    assert request.segments[4] == "command-executions"
    assert request.segments[5] == execution_id
    assert len(request.segments) == 6


@FUZZ
@given(vehicle_id=ids)
def test_get_round_trips_a_real_execution(vehicle_id: str) -> None:
    """For any accepted vehicle id, get(v, execution.id) finds the execution just created on that vehicle."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)
    client = _sync(sim)
    try:
        created = client.commands.close_charge_port(vehicle_id)
    except ValueError:
        return
    assert isinstance(created.id, str)
    fetched = client.commands.get(vehicle_id, created.id)
    assert fetched.vehicle_id == vehicle_id
    assert fetched.id == created.id


@FUZZ
@given(vehicle_id=ids)
def test_list_vehicle_id_refused_or_delivered_exactly(vehicle_id: str) -> None:
    """commands.list(v) raises ValueError at call time, or the simulator receives exactly that id."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)
    try:
        pager = _sync(sim).commands.list(vehicle_id)
    except ValueError:
        assert sim.requests == []
        return
    assert list(pager) == []
    [request] = _api_requests(sim)
    assert request.segments[3] == vehicle_id
    assert request.segments[4] == "command-executions"


@settings(max_examples=100, deadline=None, database=None)
@given(vehicle_id=ids)
def test_async_vehicle_id_refused_or_delivered_exactly(vehicle_id: str) -> None:
    """The async close_charge_port(id) raises ValueError before sending, or the simulator receives exactly that id."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)

    async def call() -> object:
        async with httpx.AsyncClient(transport=sim.async_transport()) as http:
            client = AsyncVolteras("demo-client", "demo-secret", base_url=BASE_URL, http_client=http)
            try:
                return await client.commands.close_charge_port(vehicle_id)
            except Exception as exc:
                return exc

    _check_close(sim, vehicle_id, asyncio.run(call()))


@pytest.mark.parametrize("vehicle_id", [None, 7, 7.5, b"veh_1", ["veh_1"]], ids=repr)
def test_non_str_ids_raise_type_error_before_sending(vehicle_id: Any) -> None:
    """A non-str vehicle or execution id raises TypeError and nothing is sent."""
    sim = Simulator()
    client = _sync(sim)
    with pytest.raises(TypeError):
        client.commands.close_charge_port(vehicle_id)
    with pytest.raises(TypeError):
        client.commands.get(vehicle_id, "cmd_1")
    with pytest.raises(TypeError):
        client.commands.get("veh_1", vehicle_id)
    assert sim.requests == []


@pytest.mark.parametrize("vehicle_id", ["\ud800", "veh_\udfff", "\udc80\udc80"], ids=ascii)
def test_surrogate_ids_raise_value_error_before_sending(vehicle_id: str) -> None:
    """A lone surrogate (not encodable as UTF-8) in an id raises a ValueError and nothing is sent."""
    sim = Simulator()
    with pytest.raises(ValueError):  # noqa: PT011 (UnicodeEncodeError today; any ValueError is fine)
        _sync(sim).commands.close_charge_port(vehicle_id)
    assert sim.requests == []


@pytest.mark.parametrize("vehicle_id", ["v" * 70_000, "\U0001f600" * 6_000], ids=["ascii", "emoji"])
def test_overlong_vehicle_id_raises_value_error(vehicle_id: str) -> None:
    """A vehicle id too long for a URL raises ValueError before sending (it is an invalid id)."""
    sim = Simulator()
    sim.add_vehicle(vehicle_id, latency=0)
    with pytest.raises(ValueError, match="vehicle_id"):
        _sync(sim).commands.close_charge_port(vehicle_id)
    assert sim.requests == []
