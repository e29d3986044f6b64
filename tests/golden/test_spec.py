"""The spec itself: examples validate against it, and enums stay open to new values."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.conftest import ROOT, load_script

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
WIRE = ROOT / "tests" / "golden" / "wire"
SEED_EXAMPLE = {
    "vehicleId": "<string>",
    "id": "<string>",
    "commandArguments": {},
    "timeout": 123,
    "executedAt": "2023-11-07T05:31:56Z",
}


def schema_errors(name: str, instance: object) -> list[str]:
    """Validation messages for `instance` against components/schemas/`name`."""
    registry: Registry[Any] = Registry().with_resource(
        "spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    schema = {"$ref": f"spec#/components/schemas/{name}"}
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    return sorted(error.message for error in validator.iter_errors(instance))


@pytest.mark.parametrize("path", sorted(WIRE.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_wire_examples_are_valid(path: Path) -> None:
    """Every wire golden is a valid instance of its schema, unknown enum values included."""
    assert schema_errors(path.parent.name, json.loads(path.read_text())) == []


def test_seed_example_lacks_only_the_command() -> None:
    """The seed page's example is valid but for `command`, which its renderer drops and the API requires."""
    assert schema_errors("CommandExecution", SEED_EXAMPLE) == ["'command' is a required property"]
    assert schema_errors("CommandExecution", {**SEED_EXAMPLE, "command": "CLOSE_CHARGE_PORT"}) == []


def test_failed_reason_accepts_null_codes_and_plain_strings() -> None:
    """failedReason is declared so that null, a documented code and free text are all legal."""
    base = {"vehicleId": "v", "command": "LOCK_DOORS"}
    for reason in (None, "OEM_VEHICLE_OFFLINE", "Vehicle is asleep"):
        assert schema_errors("CommandExecution", {**base, "failedReason": reason}) == []
    assert schema_errors("CommandExecution", {**base, "failedReason": 7}) != []


def test_every_operation_declares_the_error_envelope() -> None:
    """Each operation answers errors with the shared ErrorResponse envelope."""
    for item in SPEC["paths"].values():
        for op in item.values():
            assert op["responses"]["default"] == {"$ref": "#/components/responses/Error"}, op["operationId"]


def test_generation_refuses_a_closed_enum() -> None:
    """A spec field that refers to an enum without the string fallback is refused, naming the field."""
    generate = load_script("generate")
    generate.check_enums_are_open(SPEC)
    broken = copy.deepcopy(SPEC)
    broken["components"]["schemas"]["CommandExecution"]["properties"]["command"] = {
        "$ref": "#/components/schemas/Command"
    }
    with pytest.raises(generate.SpecError, match="CommandExecution/properties: refers to Command directly"):
        generate.check_enums_are_open(broken)
