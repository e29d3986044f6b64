"""Every JSON body the simulator produces validates against spec/volteras.yaml."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.simulator.helpers import CLIENT, command_path, executions_path, get_token
from tests.spec_facts import path_of
from volteras.testing import ACTIONS, ManualClock, RateLimited, ServerFault, Simulator

SPEC = Path(__file__).resolve().parents[2] / "spec" / "volteras.yaml"
SPEC_URI = "urn:volteras:spec"
BODIES = {
    "set-charge-limit": {"limit": 80},
    "set-temperature": {"driverTemperature": 21, "passengerTemperature": 20},
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    if not SPEC.exists():
        pytest.skip(f"{SPEC} is not written yet; nothing to validate against")
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _format_checker() -> jsonschema.FormatChecker:
    """date-time checked with the stdlib, so no extra package is needed."""
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
            raise ValueError(f"not RFC 3339: {value!r}")
        datetime.fromisoformat(value)
        return True

    return checker


def _validator(spec: dict[str, Any], pointer: str) -> jsonschema.Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry, format_checker=_format_checker()
    )


def _template_for(spec: dict[str, Any], path: str) -> str | None:
    """The spec path template a concrete request path belongs to."""
    for template in spec["paths"]:
        pattern = re.escape(template)
        pattern = re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", pattern)
        if re.fullmatch(pattern, path):
            return str(template)
    return None


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_pointer(spec: dict[str, Any], method: str, raw_path: str, status: int) -> str:
    """The JSON pointer of the schema a response must match, per the spec's operation."""
    template = _template_for(spec, raw_path)
    if template is None:  # unknown paths answer with the error envelope
        return "/components/schemas/ErrorResponse"
    operation = spec["paths"][template].get(method.lower())
    if operation is None:
        return "/components/schemas/ErrorResponse"
    responses = operation["responses"]
    response = _resolve(spec, responses.get(str(status)) or responses["default"])
    schema = response["content"]["application/json"]["schema"]
    assert "$ref" in schema, schema
    return str(schema["$ref"]).removeprefix("#")


def _exercise(sim: Simulator, clock: ManualClock, client: httpx.Client) -> Iterator[httpx.Response]:
    """Drive every endpoint into each of its success and error answers."""
    form = {"grant_type": "client_credentials"}
    token_response = client.post(path_of("create_token"), data=form, auth=CLIENT)
    yield token_response
    yield client.post(path_of("create_token"), data=form, auth=("x", "y"))
    yield client.post(
        path_of("create_token"),
        data={"grant_type": "refresh_token", "refresh_token": token_response.json()["refresh_token"]},
    )
    yield client.post(path_of("test_token"))
    client.headers["Authorization"] = f"Bearer {token_response.json()['access_token']}"
    yield client.post(path_of("test_token"))
    for action in sorted(ACTIONS):
        for vehicle in ("veh_1", "veh_offline", "veh_asleep", "veh_silent"):
            yield client.post(command_path(vehicle, action), json=BODIES.get(action))
    yield client.post(command_path("veh_1", "lock-doors"))  # 409
    yield client.post(command_path("veh_1", "set-charge-limit"), json={"limit": "x"})
    yield client.post(command_path("nope", "lock-doors"))
    yield client.get("/v1/not-a-path")  # deliberately no path of the spec
    yield client.put(executions_path("veh_1"))
    yield client.get(executions_path("veh_1"))  # all PENDING
    clock.advance(1)
    yield client.get(executions_path("veh_offline"))  # FAILED with codes
    yield client.get(executions_path("veh_asleep"))  # FAILED with text
    first = client.get(executions_path("veh_1"), params={"maxPageSize": "5"})
    yield first
    yield client.get(
        executions_path("veh_1"), params={"pageToken": first.json()["nextPageToken"], "maxPageSize": "5"}
    )
    yield client.get(
        executions_path("veh_1"), params={"pageToken": first.json()["nextPageToken"], "filter": "{}"}
    )
    yield client.get(
        executions_path("veh_1"),
        params={
            "pageToken": first.json()["nextPageToken"],
            "filter": json.dumps({"not": [{"field": "status", "operator": "isNull"}]}),
        },
    )
    yield client.get(executions_path("veh_1"), params={"pageToken": "bogus"})
    yield client.get(executions_path("veh_1"), params={"maxPageSize": "1000"})
    execution_id = first.json()["results"][0]["id"]
    yield client.get(executions_path("veh_1", execution_id))
    yield client.get(executions_path("veh_1", "cmd_missing"))
    clock.advance(300)
    yield client.get(executions_path("veh_silent"), params={"maxPageSize": "100"})  # timed out
    sim.inject(RateLimited())
    yield client.post(path_of("test_token"))
    sim.inject(ServerFault(500))
    yield client.post(command_path("veh_2", "lock-doors"))
    reader = get_token(client, ("reader", "reader-secret"))
    yield client.post(command_path("veh_2", "lock-doors"), headers={"Authorization": f"Bearer {reader}"})


def test_every_response_matches_the_spec(
    spec: dict[str, Any], sim: Simulator, clock: ManualClock, base_url: str
) -> None:
    """Each body produced over HTTP validates against its operation's 200 or default schema."""
    enums = spec["components"]["schemas"]
    statuses, seen = set(enums["CommandStatus"]["enum"]), set()
    with httpx.Client(base_url=base_url, timeout=10) as client:
        for response in _exercise(sim, clock, client):
            request = response.request
            pointer = _schema_pointer(
                spec, request.method, request.url.raw_path.decode().split("?")[0], response.status_code
            )
            body = response.json()
            errors = sorted(_validator(spec, pointer).iter_errors(body), key=str)
            assert not errors, (
                f"{request.method} {request.url} -> {response.status_code}: {errors[0].message}"
            )
            seen.add((pointer.rsplit("/", 1)[-1], response.status_code))
            rows = (
                body.get("results", [body])
                if pointer.endswith(("CommandExecution", "CommandExecutionPage"))
                else []
            )
            for row in rows:  # the spec is lenient about unknown values; the simulator must not use any
                assert row["status"] in statuses
                assert row["command"] in enums["Command"]["enum"]
                assert row.get("failedReason") is None or row["status"] == "FAILED"
    assert {name for name, _ in seen} == {
        "Token",
        "TokenInfo",
        "CommandExecution",
        "CommandExecutionPage",
        "ErrorResponse",
    }
    assert {status for name, status in seen if name == "ErrorResponse"} == {400, 401, 404, 405, 409, 429, 500}
