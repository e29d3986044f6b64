"""The whole API: every operation has a handler and answers with its documented shape."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.simulator.helpers import CLIENT, get_token
from tests.simulator.whole_api import documents, operations, response_validator
from volteras.testing import ManualClock, Simulator
from volteras.testing._router import OPERATIONS

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


def test_every_documented_operation_has_a_handler() -> None:
    """Each operation of spec/volteras.yaml (and of the upstream document when present) is simulated."""
    docs = documents()
    if not docs:
        pytest.skip("neither spec/volteras.yaml nor the upstream document is present")
    handled = Simulator()._state.handled_operations()
    for doc in docs:
        assert operations(doc) <= handled, sorted(operations(doc) - handled)
    assert handled == set(OPERATIONS)


def _exercise(sim: Simulator, clock: ManualClock, api: httpx.Client) -> Iterator[httpx.Response]:
    """Call each of the 50 operations at least once, successfully."""
    vehicles = sim.vehicle_ids()
    veh, other = vehicles[0], vehicles[-1]
    yield api.post("/v1/oauth2/token", data={"grant_type": "client_credentials"}, auth=CLIENT)
    yield api.post("/v1/oauth2/test-token")
    accounts = api.get("/v1/accounts", params={"maxPageSize": 1})
    yield accounts
    account = accounts.json()["results"][0]["id"]
    yield api.get(f"/v1/accounts/{account}")
    yield api.post("/v1/accounts:connect", json={"scopes": ["vehicle:all"], "deviceTypes": ["VEHICLE"]})
    yield api.post("/v1/tags", json={"key": "depot", "value": "x", "objectType": "DEVICE", "objectId": veh})
    yield api.get(f"/v1/tags/DEVICE/{veh}")
    yield api.delete(
        "/v1/tags", params={"key": "depot", "value": "x", "entityType": "DEVICE", "entityId": veh}
    )
    yield api.get("/v1/vehicles", params={"maxPageSize": 2})
    yield api.get(f"/v1/vehicles/{veh}")
    for suffix in (
        "options",
        "specifications",
        "telemetry",
        "range",
        "maintenance/services",
        "maintenance/tires/historic",
        "state-of-health",
        "alerts",
        "maintenance/manufacturer-alerts/current",
        "journeys",
        "departure-times",
        "charging-windows",
        "listening-audit",
    ):
        yield api.get(f"/v1/vehicles/{veh}/{suffix}")
    yield api.post(f"/v1/vehicles/{veh}/registration-plate", json={"registrationPlate": "AB12 CDE"})
    yield api.post(f"/v1/vehicles/{veh}/listening", json={"isListening": False})
    for action in sorted({t.rsplit(":", 1)[1] for _, t in OPERATIONS if "command-execution:" in t}):
        yield api.post(f"/v1/vehicles/{veh}/command-execution:{action}", json=BODIES.get(action))
    clock.advance(5)
    executions = api.get(f"/v1/vehicles/{veh}/command-executions")
    yield executions
    yield api.get(f"/v1/vehicles/{veh}/command-executions/{executions.json()['results'][0]['id']}")
    sessions = api.get(f"/v1/vehicles/{veh}/charging-history")
    yield sessions
    yield api.get(f"/v1/vehicles/{veh}/charging-history/{sessions.json()['results'][0]['id']}")
    yield api.get("/v1/rate-limits", params={"objectId": veh, "domain": "VEHICLE"})
    group = api.post(
        "/v1/vehicles/connect",
        json={"vehicles": [{"vin": "WBA00000000000001", "make": "BMW", "countryCode": "DE"}]},
    )
    yield group
    check = api.post(
        "/v1/vehicles/eligibility", json={"vins": [{"vin": "WBA00000000000002", "countryCode": "DE"}]}
    )
    yield check
    clock.advance(10)
    yield api.get(f"/v1/vehicles/connect/{group.json()['id']}")
    yield api.get(f"/v1/vehicles/connect/{group.json()['id']}/results")
    yield api.get(f"/v1/vehicles/eligibility/{check.json()['id']}/results")
    yield api.delete(f"/v1/vehicles/{other}")
    yield api.post(f"/v1/accounts/{account}:disconnect")


def test_every_operation_answers_with_its_documented_shape(clock: ManualClock) -> None:
    """Each of the 50 operations succeeds over HTTP and its body validates against the response schema."""
    if not documents():
        pytest.skip("neither spec/volteras.yaml nor the upstream document is present")
    sim = Simulator(clock=clock, seed=5, fleet_size=4)
    seen: set[tuple[str, str]] = set()
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as api:
        api.headers["Authorization"] = f"Bearer {get_token(api)}"
        for response in _exercise(sim, clock, api):
            request = response.request
            assert response.is_success, f"{request.method} {request.url}: {response.text}"
            template = _template(request.url.raw_path.decode(), request.method)
            seen.add((request.method, template))
            validator = response_validator(request.method, template, response.status_code)
            if validator is None:
                continue
            errors = sorted(validator.iter_errors(response.json()), key=str)
            assert not errors, f"{request.method} {template}: {errors[0].message} at {list(errors[0].path)}"
    assert seen == set(OPERATIONS), sorted(set(OPERATIONS) - seen)
