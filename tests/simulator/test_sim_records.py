"""Records of requests and executions, and thread safety under 200 concurrent clients."""

from __future__ import annotations

import ssl
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.simulator.helpers import command_path
from tests.spec_facts import path_of
from volteras.testing import ManualClock, Simulator


def test_request_record_fields(api: httpx.Client, sim: Simulator) -> None:
    """A recorded request has method, decoded and raw path, query, case-insensitive headers, body."""
    sim.reset_records()
    api.post(
        command_path("veh_1", "set-charge-limit"),
        json={"limit": 70},
        params={"a": "1", "b": "x y"},
        headers={"X-Custom": "yes"},
    )
    (record,) = sim.requests
    assert record.method == "POST"
    assert record.path == path_of("set_charge_limit", vehicle_id="veh_1")
    assert record.raw_path == record.path
    assert dict(record.query) == {"a": "1", "b": "x y"}
    assert record.headers["x-custom"] == "yes"
    assert record.headers["X-CUSTOM"] == "yes"
    assert record.json() == {"limit": 70}
    assert record.request_id.startswith("req_")


def test_reset_records_keeps_state(api: httpx.Client, sim: Simulator) -> None:
    """reset_records() forgets requests but keeps executions and tokens."""
    api.post(command_path("veh_1", "lock-doors"))
    sim.reset_records()
    assert sim.requests == []
    assert sim.token_requests == []
    assert len(sim.executions) == 1
    assert api.post(path_of("test_token")).status_code == 200


def test_execution_records(api: httpx.Client, sim: Simulator, clock: ManualClock) -> None:
    """sim.executions lists every execution in creation order with vehicle, command and live status."""
    api.post(command_path("veh_1", "set-charge-limit"), json={"limit": 55})
    api.post(command_path("veh_offline", "lock-doors"))
    first, second = sim.executions
    assert (first.vehicle_id, first.command, first.command_arguments) == (
        "veh_1",
        "SET_CHARGE_LIMIT",
        {"limit": 55},
    )
    assert (second.vehicle_id, second.command, second.status) == ("veh_offline", "LOCK_DOORS", "PENDING")
    clock.advance(1)
    assert [e.status for e in sim.executions] == ["EXECUTED", "FAILED"]
    assert sim.executions[1].failed_reason == "OEM_VEHICLE_OFFLINE"
    assert sim.executions_for("veh_1", "SET_CHARGE_LIMIT") == [sim.executions[0]]


def test_reconfigured_vehicle_keeps_old_executions(
    api: httpx.Client, sim: Simulator, clock: ManualClock
) -> None:
    """Changing a vehicle's script affects new commands only."""
    api.post(command_path("veh_1", "lock-doors"))
    sim.add_vehicle("veh_1", outcome="OEM_COMMAND_FAILED")
    api.post(command_path("veh_1", "unlock-doors"))
    clock.advance(1)
    assert [e.status for e in sim.executions] == ["EXECUTED", "FAILED"]


def test_200_concurrent_clients_on_200_vehicles(base_url: str, sim: Simulator, token: str) -> None:
    """200 clients in 200 threads commanding 200 vehicles get 200 distinct executions and no errors."""
    vehicles = [f"fleet_{n:03d}" for n in range(200)]
    for vehicle_id in vehicles:
        sim.add_vehicle(vehicle_id)
    sim.reset_records()
    barrier = threading.Barrier(len(vehicles), timeout=30)
    tls = ssl.create_default_context()  # unused on http://, but building one per client is slow

    def one_client(vehicle_id: str) -> tuple[bool, str]:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base_url, headers=headers, timeout=30, verify=tls) as client:
            barrier.wait()
            response = client.post(command_path(vehicle_id, "lock-doors"))
            return response.is_success, response.json()["id"]

    with ThreadPoolExecutor(max_workers=len(vehicles)) as pool:
        results = list(pool.map(one_client, vehicles))

    assert all(ok for ok, _ in results)
    assert len({execution_id for _, execution_id in results}) == 200
    assert len(sim.requests) == 200
    assert len(sim.executions) == 200
    assert sorted(e.vehicle_id for e in sim.executions) == vehicles
    assert {e.id for e in sim.executions} == {execution_id for _, execution_id in results}


def test_records_keep_the_latest_max_records() -> None:
    """Simulator(max_records=N) keeps the latest N requests, so a long-running server stays flat; reset clears them."""
    sim = Simulator(max_records=50)
    with httpx.Client(transport=sim.transport(), base_url="http://simulator.invalid") as http:
        for n in range(80):
            http.get(path_of("get_vehicle", vehicle_id=f"veh_{n}"))
    paths = [r.path for r in sim.requests]
    assert paths == [path_of("get_vehicle", vehicle_id=f"veh_{n}") for n in range(30, 80)]
    sim.reset_records()
    assert sim.requests == [] and sim.token_requests == [] and sim.webhook_deliveries == []


def test_a_body_nested_too_deep_is_a_400_not_a_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    """A JSON body nested 200,000 deep is answered 400 REQUEST_VALIDATION_ERROR, with nothing on stderr."""
    sim = Simulator()
    sim.add_vehicle("veh_1")
    with httpx.Client(transport=sim.transport(), base_url="http://simulator.invalid") as http:
        token = http.post(
            path_of("create_token"),
            data={"grant_type": "client_credentials"},
            auth=("demo-client", "demo-secret"),
        ).json()["access_token"]
        response = http.post(
            path_of("set_charge_limit", vehicle_id="veh_1"),
            content=b"[" * 200_000,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert response.status_code == 400
    assert response.json()["error"] == "REQUEST_VALIDATION_ERROR"
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("token_lifetime", float("nan")),
        ("server_timeout", float("inf")),
        ("budget_window", float("nan")),
        ("page_token_lifetime", -1.0),
        ("processing_seconds", float("inf")),
        ("fleet_size", -5),
        ("command_budget", 1.5),
        ("max_records", 0),
    ],
)
def test_a_setting_that_would_break_every_request_is_refused(setting: str, value: object) -> None:
    """A NaN, infinite, negative or mistyped setting is a ValueError naming it when given, not a 500 later."""
    with pytest.raises(ValueError, match=setting):
        Simulator(**{setting: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("latency", [float("nan"), float("inf"), -1.0])
def test_a_vehicle_latency_that_is_not_finite_is_refused(latency: float) -> None:
    """add_vehicle(latency=...) takes None (never answers) or finite seconds >= 0."""
    with pytest.raises(ValueError, match="latency"):
        Simulator().add_vehicle("veh_1", latency=latency)
