"""The whole API: every operation of the spec is served, statefully or from its schema, in its documented shape."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from volteras._generated.operations import OPERATIONS as TABLE

from tests import spec_facts
from tests.simulator.helpers import CLIENT, COMMANDS, command_path, executions_path, get_token
from tests.simulator.whole_api import documents, operations, response_validator
from tests.spec_facts import path_of
from volteras.testing import ManualClock, Simulator
from volteras.testing._generic import GENERIC_HEADER, generic_answer
from volteras.testing._router import routes

OPERATIONS = {(op.method, op.path) for op in TABLE.values()}

BODIES = {
    "set-charge-limit": {"limit": 80},
    "set-temperature": {"driverTemperature": 21, "passengerTemperature": 20},
}


def _template(path: str, method: str) -> str:
    """The operation template a concrete path belongs to (longest literal match first)."""
    path = path.split("?")[0]
    best = None
    for op_method, template in OPERATIONS:
        pattern = re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template))
        if op_method == method and re.fullmatch(pattern, path):
            literals = sum("{" not in s for s in template.split("/"))
            if best is None or literals > best[0]:
                best = (literals, template)
    assert best is not None, (method, path)
    return best[1]


def test_every_operation_of_the_spec_is_routed() -> None:
    """The simulator routes exactly the spec's operations, and every operation of the upstream document when present."""
    assert {(method, path) for method, path, _ in spec_facts.operations()} == OPERATIONS
    assert {route.op.id for route in routes()} == set(TABLE)
    for doc in documents():
        assert operations(doc) <= OPERATIONS, sorted(operations(doc) - OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(TABLE))
def test_every_generic_answer_matches_its_schema(operation_id: str) -> None:
    """The schema-built answer of each operation (what one without a handler gets) validates against the spec."""
    op = TABLE[operation_id]
    status, body, has_body = generic_answer(op)
    validator = response_validator(op.method, op.path, status)
    assert has_body == (validator is not None)
    if validator is not None:
        errors = sorted(validator.iter_errors(body), key=str)
        assert not errors, f"{op.id}: {errors[0].message} at {list(errors[0].path)}"


def test_an_operation_without_a_handler_is_served_from_its_schema(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no stateful handler, an operation answers its first success status, a schema-built body and the generic header."""
    from volteras.testing import _router

    monkeypatch.delitem(_router._BY_ID, "get_vehicle_range")
    sim = Simulator(clock=clock)
    sim.add_vehicle("veh_1")
    assert "get_vehicle_range" in sim.generic_operations()
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as api:
        api.headers["Authorization"] = f"Bearer {get_token(api)}"
        answer = api.get(path_of("get_vehicle_range", vehicle_id="veh_1"))
        assert (answer.status_code, answer.headers[GENERIC_HEADER[0]]) == (200, GENERIC_HEADER[1])
        assert answer.json() == generic_answer(TABLE["get_vehicle_range"])[1]
        assert GENERIC_HEADER[0] not in api.get(path_of("get_vehicle", vehicle_id="veh_1")).headers


def _exercise(sim: Simulator, clock: ManualClock, api: httpx.Client) -> Iterator[httpx.Response]:
    """Call each operation at least once, successfully."""
    vehicles = sim.vehicle_ids()
    veh, other = vehicles[0], vehicles[-1]
    yield api.post(path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT)
    yield api.post(path_of("test_token"))
    accounts = api.get(path_of("list_accounts"), params={"maxPageSize": 1})
    yield accounts
    account = accounts.json()["results"][0]["id"]
    yield api.get(path_of("get_account", account_id=account))
    yield api.post(path_of("connect_account"), json={"scopes": ["vehicle:all"], "deviceTypes": ["VEHICLE"]})
    yield api.post(
        path_of("add_tag"), json={"key": "depot", "value": "x", "objectType": "DEVICE", "objectId": veh}
    )
    yield api.get(path_of("list_tags", entity_type="DEVICE", entity_id=veh))
    yield api.delete(
        path_of("remove_tag"), params={"key": "depot", "value": "x", "entityType": "DEVICE", "entityId": veh}
    )
    yield api.get(path_of("list_vehicles"), params={"maxPageSize": 2})
    yield api.get(path_of("get_vehicle", vehicle_id=veh))
    for operation_id in (
        "get_vehicle_options",
        "get_vehicle_specifications",
        "get_vehicle_telemetry",
        "get_vehicle_range",
        "get_vehicle_services",
        "get_tire_readings",
        "get_vehicle_state_of_health",
        "list_vehicle_alerts",
        "get_manufacturer_alerts",
        "list_vehicle_journeys",
        "get_departure_times",
        "get_charging_windows",
        "list_listening_audit",
    ):
        yield api.get(path_of(operation_id, vehicle_id=veh))
    yield api.post(path_of("set_registration_plate", vehicle_id=veh), json={"registrationPlate": "AB12 CDE"})
    yield api.post(path_of("set_listening", vehicle_id=veh), json={"isListening": False})
    for action in sorted(COMMANDS):
        yield api.post(command_path(veh, action), json=BODIES.get(action))
    clock.advance(5)
    executions = api.get(executions_path(veh))
    yield executions
    yield api.get(executions_path(veh, executions.json()["results"][0]["id"]))
    sessions = api.get(path_of("list_charging_sessions", vehicle_id=veh))
    yield sessions
    yield api.get(
        path_of(
            "get_charging_session",
            vehicle_id=veh,
            vehicle_charging_session_id=sessions.json()["results"][0]["id"],
        )
    )
    yield api.get(path_of("get_rate_limits"), params={"objectId": veh, "domain": "VEHICLE"})
    group = api.post(
        path_of("bulk_connect"),
        json={"vehicles": [{"vin": "WBA00000000000001", "make": "BMW", "countryCode": "DE"}]},
    )
    yield group
    check = api.post(
        path_of("check_eligibility"), json={"vins": [{"vin": "WBA00000000000002", "countryCode": "DE"}]}
    )
    yield check
    clock.advance(10)
    yield api.get(path_of("get_connection", id=group.json()["id"]))
    yield api.get(path_of("list_connection_results", id=group.json()["id"]))
    yield api.get(path_of("list_eligibility_results", id=check.json()["id"]))
    yield api.delete(path_of("disconnect_vehicle", vehicle_id=other))
    yield api.post(path_of("disconnect_account", account_id=account))


def _then_the_rest(walk: Iterator[httpx.Response], api: httpx.Client, veh: str) -> Iterator[httpx.Response]:
    """The walk's answers, then those of the operations it does not know yet (on a vehicle, without a body)."""
    done = set()
    for response in walk:
        done.add(
            (
                response.request.method,
                _template(response.request.url.raw_path.decode(), response.request.method),
            )
        )
        yield response
    for op in TABLE.values():
        if (
            (op.method, op.path) not in done
            and op.body is None
            and re.fullmatch(r"[^{}]*\{vehicle_id\}[^{}]*", op.path)
        ):
            yield api.request(op.method, op.path.replace("{vehicle_id}", veh))


def test_every_operation_answers_with_its_documented_shape(clock: ManualClock) -> None:
    """Each operation succeeds over HTTP and its body validates against the response schema."""
    if not documents():
        pytest.skip("neither spec/volteras.yaml nor the upstream document is present")
    sim = Simulator(clock=clock, seed=5, fleet_size=4)
    seen: set[tuple[str, str]] = set()
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as api:
        api.headers["Authorization"] = f"Bearer {get_token(api)}"
        for response in _then_the_rest(_exercise(sim, clock, api), api, sim.vehicle_ids()[0]):
            request = response.request
            assert response.is_success, f"{request.method} {request.url}: {response.text}"
            template = _template(request.url.raw_path.decode(), request.method)
            seen.add((request.method, template))
            validator = response_validator(request.method, template, response.status_code)
            if validator is None:
                continue
            errors = sorted(validator.iter_errors(response.json()), key=str)
            assert not errors, f"{request.method} {template}: {errors[0].message} at {list(errors[0].path)}"
    assert seen == OPERATIONS, sorted(OPERATIONS - seen)
