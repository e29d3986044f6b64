"""What helps carry an upstream change over: renames recognised, scopes compared, and a YAML skeleton of what was added."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from tests.drift.conftest import (
    CLOSE_PORT,
    COMMAND,
    GET_ONE,
    JOURNEYS,
    SKELETON_MARK,
    VEHICLE,
    VEHICLES,
    Check,
    Doc,
    run_cli,
    write_doc,
)

RENAMED_ONE = GET_ONE.replace("{vehicle_command_execution_id}", "{execution_id}")
LOCATION = VEHICLE + "/location"
"""A path the forged upstream adds: in no document of ours."""


def skeleton_of(doc: Doc, tmp_path: Path) -> Doc:
    """The YAML skeleton `make drift` prints for `doc`, parsed."""
    out = run_cli(str(write_doc(doc, tmp_path))).stdout
    assert SKELETON_MARK in out, out
    parsed: Doc = yaml.safe_load(out.split(SKELETON_MARK, 1)[1].split("\n", 1)[1])
    return parsed


def test_path_parameter_rename_is_one_operation_renamed(upstream: Doc, check: Check) -> None:
    """A path parameter upstream renamed keeps the operation matched and is reported as a rename."""
    item = upstream["paths"].pop(GET_ONE)
    for param in item["get"]["parameters"]:
        if param["name"] == "vehicle_command_execution_id":
            param["name"] = "execution_id"
    upstream["paths"][RENAMED_ONE] = item
    assert check(upstream) == {
        f"GET {GET_ONE}": ["~ parameter (path) renamed vehicle_command_execution_id -> execution_id"]
    }


def test_field_renamed_in_place_with_its_type_is_a_rename(upstream: Doc, check: Check) -> None:
    """A field removed and one added at the same position with the same type are one renamed field."""
    execution = upstream["components"]["schemas"]["VehicleCommandExecution"]
    execution["properties"] = {
        ("completedAt" if name == "executedAt" else name): value
        for name, value in execution["properties"].items()
    }
    assert check(upstream)[f"POST {CLOSE_PORT}"] == ["~ field response.executedAt renamed -> completedAt"]


def test_field_renamed_to_another_type_stays_removed_and_added(upstream: Doc, check: Check) -> None:
    """A field that changed name and type is not guessed at: one removed, one added."""
    execution = upstream["components"]["schemas"]["VehicleCommandExecution"]
    execution["properties"] = {
        ("completedAt" if name == "executedAt" else name): (
            {"type": "integer"} if name == "executedAt" else value
        )
        for name, value in execution["properties"].items()
    }
    assert check(upstream)[f"POST {CLOSE_PORT}"] == [
        "+ field response.completedAt added upstream",
        "- field response.executedAt removed",
    ]


def test_security_scopes_are_compared(upstream: Doc, check: Check) -> None:
    """An operation upstream now guards with another scope is drift, whatever the schemes are called."""
    upstream["paths"][JOURNEYS]["get"]["security"] = [
        {"OAuth2ClientCredentialsBearer": ["vehicle:location_history"]}
    ]
    assert check(upstream) == {
        f"GET {JOURNEYS}": ["~ security scopes: vehicle:telemetry -> vehicle:location_history"]
    }


def test_no_skeleton_without_additions(upstream: Doc, tmp_path: Path) -> None:
    """A removal alone prints the report and no skeleton."""
    del upstream["paths"][CLOSE_PORT]
    assert SKELETON_MARK not in run_cli(str(write_doc(upstream, tmp_path))).stdout


def test_skeleton_of_a_new_operation_and_its_schema(upstream: Doc, tmp_path: Path) -> None:
    """A new operation comes as our shape: its path, parameters, scopes, statuses and the new schema it returns."""
    schemas = upstream["components"]["schemas"]
    schemas["VehicleLocation"] = {
        "type": "object",
        "required": ["latitude"],
        "properties": {"latitude": {"type": "number"}, "heading": {"$ref": "#/components/schemas/Weekdays"}},
    }
    upstream["paths"][LOCATION] = {
        "get": {
            "security": [{"OAuth2ClientCredentialsBearer": ["vehicle:telemetry"]}],
            "parameters": [
                {"name": "vehicle_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/VehicleLocation"}}
                    },
                }
            },
        }
    }
    skeleton = skeleton_of(upstream, tmp_path)
    op = skeleton["paths"][LOCATION]["get"]
    assert op["security"] == [{"oauth2": ["vehicle:telemetry"]}]
    assert op["parameters"] == [
        {"name": "vehicle_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert op["responses"]["200"]["description"] == ""
    assert set(op["x-volteras"]) == {"resource", "method", "kind", "positional"}
    location = skeleton["components"]["schemas"]["VehicleLocation"]
    assert location["required"] == ["latitude"]
    assert location["properties"]["heading"] == {
        "anyOf": [{"$ref": "#/components/schemas/Weekdays"}, {"type": "string"}]
    }


def test_skeleton_of_additions_to_what_both_have(upstream: Doc, tmp_path: Path) -> None:
    """A new query parameter, field, enum value (in a schema and written in place) and command land under our names."""
    upstream["paths"][VEHICLES]["get"]["parameters"].append(
        {
            "name": "make",
            "in": "query",
            "required": False,
            "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        }
    )
    schemas = upstream["components"]["schemas"]
    schemas["VehicleTelemetry"]["properties"]["cabinTemperature"] = {
        "anyOf": [{"type": "number"}, {"type": "null"}]
    }
    schemas["OEMDeviceCommandExecutionStatus"]["enum"].append("CANCELLED")
    schemas["VehicleCommandExecution"]["properties"]["failedReason"]["enum"].append("OEM_BATTERY_TOO_COLD")
    upstream["paths"][f"{COMMAND}honk-horn"] = copy.deepcopy(upstream["paths"][CLOSE_PORT])
    skeleton = skeleton_of(upstream, tmp_path)
    assert skeleton["paths"][VEHICLES]["get"]["parameters"][0]["name"] == "make"
    added = skeleton["components"]["schemas"]
    assert added["VehicleTelemetry"]["properties"] == {
        "cabinTemperature": {"anyOf": [{"type": "number"}, {"type": "null"}]}
    }
    assert added["CommandStatus"] == {"enum": ["CANCELLED"]}
    assert added["FailedReason"] == {"enum": ["OEM_BATTERY_TOO_COLD"]}
    honk = skeleton["paths"][f"{COMMAND}honk-horn"]["post"]
    assert honk["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CommandExecution"
    }


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_skeleton_is_valid_yaml_in_either_input_format(upstream: Doc, tmp_path: Path, fmt: str) -> None:
    """The skeleton parses as YAML whatever format the upstream document came in."""
    upstream["components"]["schemas"]["VehicleTelemetry"]["properties"]["x"] = {"type": "string"}
    out = run_cli(str(write_doc(upstream, tmp_path, fmt))).stdout
    assert yaml.safe_load(out.split(SKELETON_MARK, 1)[1].split("\n", 1)[1])["components"]
