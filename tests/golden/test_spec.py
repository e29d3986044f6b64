"""The spec itself: examples validate against it, enums stay open to new values, and each operation
says which public method it becomes."""

from __future__ import annotations

import copy
import json
import re
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


KINDS = {"read", "list", "command", "create", "change", "delete", "token"}


def python_name(name: str) -> str:
    """A spec name as the Python argument it becomes (`maxPageSize` is always `page_size`)."""
    return "page_size" if name == "maxPageSize" else re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spec_names(op: dict[str, Any]) -> set[str]:
    """The names of an operation's parameters and JSON body fields, as the spec spells them."""
    names = set()
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = SPEC["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
        names.add(param["name"])
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in body:
        names |= set(SPEC["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]["properties"])
    return names


def argument_names(op: dict[str, Any], rename: dict[str, str]) -> set[str]:
    """The Python arguments an operation's parameters and JSON body fields become."""
    hidden = ("pageToken", "currentPage")
    return {rename.get(name, python_name(name)) for name in spec_names(op) if name not in hidden}


def operations() -> list[tuple[str, dict[str, Any]]]:
    """Every operation of the spec with its `METHOD path` label."""
    return [(f"{m.upper()} {path}", op) for path, item in SPEC["paths"].items() for m, op in item.items()]


@pytest.mark.parametrize(("label", "op"), operations(), ids=[label for label, _ in operations()])
def test_every_operation_says_which_method_it_becomes(label: str, op: dict[str, Any]) -> None:
    """x-volteras names a kind, paging exactly for lists, and only arguments the operation has."""
    x = op["x-volteras"]
    assert x["kind"] in KINDS
    if x["kind"] == "token":
        assert x == {"kind": "token"}
        return
    assert x["resource"].isidentifier() and x["method"].isidentifier()
    assert ("paging" in x) == (x["kind"] == "list")
    assert x.get("paging", "cursor") in ("cursor", "page_number")
    rename = x.get("rename", {})
    arguments = argument_names(op, rename)
    assert set(rename) <= spec_names(op)
    assert set(x["positional"]) <= arguments, arguments
    assert set(x.get("defaults", {})) <= arguments - set(x["positional"])


def test_public_methods_are_unique() -> None:
    """No two operations become the same resource.method."""
    methods = [(op["x-volteras"].get("resource"), op["x-volteras"].get("method")) for _, op in operations()]
    public = [m for m in methods if m != (None, None)]
    assert len(public) == len(set(public)) == len(methods) - 1


def test_generation_refuses_a_webhook_it_cannot_type() -> None:
    """An event whose payload is no schema, or an alias its schema already declares, stops `make generate`."""
    table = load_script("webhook_table")
    models = {name: (name, "module") for name in SPEC["components"]["schemas"]}
    assert [e["type"] for e in table.event_table(SPEC, models)] == list(SPEC["webhooks"])
    broken = copy.deepcopy(SPEC)
    broken["webhooks"]["vehicle.renamed"] = {"post": {"requestBody": {"content": {}}}}
    with pytest.raises(table.EventError, match=r"webhooks\.vehicle\.renamed: .* must be a \$ref"):
        table.event_table(broken, models)
    broken = copy.deepcopy(SPEC)
    broken["components"]["schemas"]["RateLimitUpdated"]["properties"]["key"]["x-volteras-alias"] = "domain"
    with pytest.raises(table.EventError, match=r"RateLimitUpdated\.key: x-volteras-alias"):
        table.event_table(broken, models)
