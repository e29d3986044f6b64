"""Command endpoints: bodies, lifecycle, conflicts, ids, routing and the envelope."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import unquote

import httpx
import pytest
from volteras._generated.models import Command

from tests import spec_facts
from tests.simulator.helpers import ASLEEP, assert_error, command_path, executions_path, get_token
from tests.spec_facts import path_of
from volteras.testing import ACTIONS, ManualClock, Simulator

NO_BODY_ACTIONS = sorted(
    path.rpartition(":")[2]
    for _, path, op in spec_facts.operations_of_kind("command")
    if "requestBody" not in op
)
SUCCESS = {
    path.rpartition(":")[2]: int(next(code for code in op["responses"] if code.startswith("2")))
    for _, path, op in spec_facts.operations_of_kind("command")
}
"""Each command's first success status, as the spec declares it."""
BODIES = {
    "set-charge-limit": {"limit": 80},
    "set-temperature": {"driverTemperature": 21, "passengerTemperature": 20.5},
}


def test_every_action_maps_to_a_command_member() -> None:
    """Each command operation of the spec is an action, and names a Command member of the spec's enum."""
    commands = spec_facts.operations_of_kind("command")
    assert {path.rpartition(":")[2] for _, path, _ in commands} == set(ACTIONS)
    assert len({path.rpartition(":")[0] for _, path, _ in commands}) == 1  # one shape: the action varies
    for action, command in ACTIONS.items():
        assert command is Command(action.upper().replace("-", "_"))


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_command_answers_pending(api: httpx.Client, action: str, clock: ManualClock) -> None:
    """Every command endpoint answers its spec's success status with a PENDING execution of its command."""
    response = api.post(command_path("veh_1", action), json=BODIES.get(action))
    assert response.status_code == SUCCESS[action], response.text
    body = response.json()
    assert body["command"] == action.upper().replace("-", "_")
    assert body["status"] == "PENDING"
    assert body["vehicleId"] == "veh_1"
    assert body["id"].startswith("cmd_")
    assert body["timeout"] == 300
    assert body.get("executedAt") is None
    assert body.get("failedReason") is None
    assert body.get("commandArguments") == BODIES.get(action)
    assert response.headers["x-request-id"].startswith("req_")


@pytest.mark.parametrize("action", NO_BODY_ACTIONS)
def test_bodyless_commands_accept_empty_or_empty_object(api: httpx.Client, action: str) -> None:
    """Commands without a body accept no body and {} alike."""
    assert api.post(command_path("veh_1", action)).is_success
    assert api.post(command_path("veh_2", action), json={}).is_success


def test_body_that_is_not_json_creates_nothing(api: httpx.Client, sim: Simulator) -> None:
    """A command whose spec takes a body refuses one that is not JSON, and creates nothing."""
    response = api.post(command_path("veh_1", "set-charge-limit"), content=b"{nope")
    assert_error(response, 400, "REQUEST_VALIDATION_ERROR")
    assert sim.executions == []


@pytest.mark.parametrize(
    ("action", "body"),
    [
        ("set-charge-limit", None),
        ("set-charge-limit", {}),
        ("set-charge-limit", {"limit": True}),
        ("set-charge-limit", {"limit": "80"}),
        ("set-charge-limit", {"limit": 80.5}),
        ("set-charge-limit", [80]),
        ("set-temperature", {"driverTemperature": 21}),
        ("set-temperature", {"driverTemperature": 21, "passengerTemperature": "warm"}),
        ("set-temperature", {"driverTemperature": False, "passengerTemperature": 20}),
    ],
)
def test_invalid_bodies_are_validation_errors(
    api: httpx.Client, sim: Simulator, action: str, body: object
) -> None:
    """Missing or mistyped fields (bool is not a number) get 400 and create nothing."""
    response = api.post(command_path("veh_1", action), json=body)
    assert_error(response, 400, "REQUEST_VALIDATION_ERROR")
    assert sim.executions == []


def test_validation_error_names_the_fields(api: httpx.Client) -> None:
    """The envelope's data lists each offending field."""
    response = api.post(command_path("veh_1", "set-temperature"), json={"driverTemperature": "warm", "x": 2})
    errors = assert_error(response, 400, "REQUEST_VALIDATION_ERROR")["data"]
    assert isinstance(errors, dict)
    locations = sorted(tuple(e["loc"]) for e in errors["errors"])
    assert locations == [("body", "driverTemperature"), ("body", "passengerTemperature")]


def test_non_finite_numbers_are_rejected(api: httpx.Client) -> None:
    """NaN is not JSON, so it is a validation error."""
    body = b'{"driverTemperature": NaN, "passengerTemperature": 20}'
    assert_error(
        api.post(command_path("veh_1", "set-temperature"), content=body), 400, "REQUEST_VALIDATION_ERROR"
    )


def test_command_executes_after_latency(api: httpx.Client, sim: Simulator, clock: ManualClock) -> None:
    """A command stays PENDING until the latency passes, then is EXECUTED at that moment."""
    created = api.post(command_path("veh_1", "lock-doors")).json()
    url = executions_path("veh_1", created["id"])
    clock.advance(0.5)
    assert api.get(url).json()["status"] == "PENDING"
    clock.advance(0.5)
    done = api.get(url).json()
    assert done["status"] == "EXECUTED"
    assert done.get("failedReason") is None
    assert done["executedAt"].endswith("Z")
    assert datetime.fromisoformat(done["executedAt"]) == datetime.fromisoformat("2024-01-01T00:00:01Z")
    assert sim.executions[0].status == "EXECUTED"


def test_command_fails_with_a_documented_code(api: httpx.Client, clock: ManualClock) -> None:
    """A vehicle scripted with a failure code turns commands FAILED with that code."""
    created = api.post(command_path("veh_offline", "start-charging")).json()
    clock.advance(1)
    done = api.get(executions_path("veh_offline", created["id"])).json()
    assert (done["status"], done["failedReason"], done.get("executedAt")) == (
        "FAILED",
        "OEM_VEHICLE_OFFLINE",
        None,
    )


def test_command_fails_with_plain_text(api: httpx.Client, clock: ManualClock) -> None:
    """Any text works as a failure reason, as the API sometimes sends."""
    created = api.post(command_path("veh_asleep", "climate-on")).json()
    clock.advance(1)
    done = api.get(executions_path("veh_asleep", created["id"])).json()
    assert (done["status"], done["failedReason"]) == ("FAILED", ASLEEP)


def test_silent_vehicle_times_out(api: httpx.Client, clock: ManualClock) -> None:
    """With latency=None a command stays PENDING until the server timeout, then OEM_COMMAND_TIMEOUT."""
    created = api.post(command_path("veh_silent", "unlock-doors")).json()
    url = executions_path("veh_silent", created["id"])
    clock.advance(299.9)
    assert api.get(url).json()["status"] == "PENDING"
    clock.advance(0.1)
    done = api.get(url).json()
    assert (done["status"], done["failedReason"]) == ("FAILED", "OEM_COMMAND_TIMEOUT")


def test_latency_beyond_timeout_times_out(clock: ManualClock) -> None:
    """A latency at or past a configured server_timeout ends in OEM_COMMAND_TIMEOUT at the timeout."""
    sim = Simulator(clock=clock, server_timeout=10)
    sim.add_vehicle("slow", latency=30)
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        created = client.post(command_path("slow", "lock-doors")).json()
        assert created["timeout"] == 10
        clock.advance(10)
        done = client.get(executions_path("slow", created["id"])).json()
        assert (done["status"], done["failedReason"]) == ("FAILED", "OEM_COMMAND_TIMEOUT")


def test_second_pending_command_conflicts(api: httpx.Client, sim: Simulator) -> None:
    """The same command on the same vehicle while one is pending gets 409 naming the first one."""
    first = api.post(command_path("veh_1", "lock-doors")).json()
    body = assert_error(api.post(command_path("veh_1", "lock-doors")), 409, "COMMAND_ALREADY_IN_PROGRESS")
    assert body["data"] == {"executionId": first["id"], "vehicleId": "veh_1", "command": "LOCK_DOORS"}
    assert [e.id for e in sim.executions] == [first["id"]]


def test_conflict_is_per_command_and_per_vehicle(api: httpx.Client, sim: Simulator) -> None:
    """Other commands on the same vehicle, or the same command elsewhere, do not conflict."""
    assert api.post(command_path("veh_1", "lock-doors")).is_success
    assert api.post(command_path("veh_1", "unlock-doors")).is_success
    assert api.post(command_path("veh_2", "lock-doors")).is_success
    assert len(sim.executions) == 3


def test_command_can_repeat_once_finished(api: httpx.Client, clock: ManualClock) -> None:
    """After the first execution is final, the same command is accepted again."""
    api.post(command_path("veh_offline", "lock-doors"))
    clock.advance(1)
    assert api.post(command_path("veh_offline", "lock-doors")).is_success


def test_unknown_vehicle_is_not_found(api: httpx.Client, sim: Simulator) -> None:
    """Commands, reads and lists on an unknown vehicle get 404 RESOURCE_NOT_FOUND."""
    assert_error(api.post(command_path("veh_nope", "lock-doors")), 404, "RESOURCE_NOT_FOUND")
    assert_error(api.get(executions_path("veh_nope")), 404, "RESOURCE_NOT_FOUND")
    assert_error(api.get(executions_path("veh_nope", "cmd_x")), 404, "RESOURCE_NOT_FOUND")
    assert sim.executions == []


def test_unknown_execution_is_not_found(api: httpx.Client) -> None:
    """An unknown execution id, or one belonging to another vehicle, gets 404."""
    created = api.post(command_path("veh_1", "lock-doors")).json()
    assert_error(api.get(executions_path("veh_1", "cmd_missing")), 404, "RESOURCE_NOT_FOUND")
    assert_error(api.get(executions_path("veh_2", created["id"])), 404, "RESOURCE_NOT_FOUND")
    assert api.get(executions_path("veh_1", created["id"])).json() == created


@pytest.mark.parametrize("vehicle_id", ["fleet/7", "car 42", "é-voiture", "50%", "a?b#c", "x:y"])
def test_percent_encoded_ids_decode_exactly_once(api: httpx.Client, sim: Simulator, vehicle_id: str) -> None:
    """Each path segment is decoded once: %2F is part of the id and the id round-trips exactly."""
    sim.add_vehicle(vehicle_id)
    created = api.post(command_path(vehicle_id, "lock-doors"))
    assert created.is_success, created.text
    assert created.json()["vehicleId"] == vehicle_id
    assert sim.executions[0].vehicle_id == vehicle_id
    fetched = api.get(executions_path(vehicle_id, created.json()["id"]))
    assert fetched.json()["vehicleId"] == vehicle_id
    assert sim.requests[-2].raw_path == command_path(vehicle_id, "lock-doors")


def test_slash_in_id_is_not_a_path_separator(api: httpx.Client, sim: Simulator) -> None:
    """An unencoded slash splits the path, so it does not reach the vehicle 'fleet/7'."""
    sim.add_vehicle("fleet/7")
    assert_error(api.post(unquote(command_path("fleet/7", "lock-doors"))), 404, "RESOURCE_NOT_FOUND")
    assert sim.executions == []


@pytest.mark.parametrize(
    "path",
    [  # deliberately none of the spec's paths
        "/",
        "/v1",
        "/v2/oauth2/token",
        "/v1/vehicles/veh_1/command-execution:self-destruct",
        executions_path("veh_1") + "/",
        command_path("veh_1", "lock-doors") + "/",
    ],
)
def test_unknown_paths_are_not_found(api: httpx.Client, path: str) -> None:
    """Paths outside the API get 404 RESOURCE_NOT_FOUND with the envelope."""
    assert_error(api.post(path), 404, "RESOURCE_NOT_FOUND")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", path_of("create_token")),
        ("DELETE", path_of("test_token")),
        ("GET", path_of("lock_doors", vehicle_id="veh_1")),
        ("POST", path_of("list_command_executions", vehicle_id="veh_1")),
        ("PUT", path_of("get_command_execution", vehicle_id="veh_1", vehicle_command_execution_id="cmd_x")),
        ("POST", path_of("get_vehicle", vehicle_id="veh_1")),
    ],
)
def test_wrong_method_is_405_with_envelope(api: httpx.Client, method: str, path: str) -> None:
    """A known path with the wrong method gets 405, an Allow header and the envelope."""
    response = api.request(method, path)
    assert_error(response, 405, "REQUEST_VALIDATION_ERROR")
    assert response.headers["allow"] in ("GET", "POST", "DELETE, GET")


def test_request_ids_are_distinct_and_echoed(api: httpx.Client, sim: Simulator) -> None:
    """Every response, success or error, carries its own request id, also recorded with the request."""
    responses = [
        api.post(path_of("test_token")),
        api.get("/nope"),
        api.post(command_path("veh_1", "lock-doors")),
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert len(set(ids)) == 3
    assert responses[1].json()["requestId"] == ids[1]
    assert [r.request_id for r in sim.requests[-3:]] == ids


def test_error_timestamp_follows_the_clock(api: httpx.Client, clock: ManualClock) -> None:
    """The envelope timestamp is ISO 8601 UTC from the simulator's clock."""
    clock.advance(90)
    stamp = api.get("/nope").json()["timestamp"]
    assert datetime.fromisoformat(stamp) == clock.now()
    assert stamp.endswith("Z")


def test_zero_latency_is_final_at_once(clock: ManualClock) -> None:
    """latency=0 means the POST already reports the final state."""
    sim = Simulator(clock=clock)
    sim.add_vehicle("instant", latency=0)
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        body = client.post(command_path("instant", "lock-doors")).json()
        assert body["status"] == "EXECUTED"
        assert datetime.fromisoformat(body["executedAt"]) == clock.now()
        assert clock.now() - sim.executions[0].created_at == timedelta(0)
