"""What tests may count on, read from spec/volteras.yaml: no test restates a number or a set the spec holds."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "spec" / "volteras.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def spec() -> dict[str, Any]:
    """The spec, parsed once (treat it as read-only)."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in spec order."""
    return [
        (method.upper(), path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def operations_of_kind(kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    """The operations whose `x-volteras` kind is `kind` ("command", "list", ...)."""
    return [entry for entry in operations() if entry[2]["x-volteras"]["kind"] == kind]


def enum_values(name: str) -> list[str]:
    """The values of the component enum `name`."""
    values: list[str] = spec()["components"]["schemas"][name]["enum"]
    return values


def marked(name: str, fact: str) -> dict[str, Any]:
    """Value -> what `x-volteras-values` says of `fact` for the enum `name` (values without it left out)."""
    said = spec()["components"]["schemas"][name].get("x-volteras-values", {})
    return {value: facts[fact] for value, facts in said.items() if fact in facts}


def final_values(name: str) -> set[str]:
    """The values of the enum `name` the spec marks final."""
    return {value for value, final in marked(name, "final").items() if final}


def webhook_events() -> dict[str, str]:
    """Event type -> the component schema of its payload, from the spec's top-level `webhooks:`."""
    return {
        event: item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for event, item in spec()["webhooks"].items()
    }
