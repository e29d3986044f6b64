"""What tests may count on, read from spec/volteras.yaml: no test restates a number or a set the spec holds."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

SPEC = Path(__file__).resolve().parent.parent / "spec" / "volteras.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


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


def path_of(operation_id: str, /, **params: str) -> str:
    """The spec's path of `operation_id`, its path parameters (by their spec names) filled in.

    Each value is percent-encoded as one path segment, as the SDK sends it, so the server sees
    exactly that value. An unknown operation, or a parameter missing or not in the path, fails
    here by name rather than as a puzzling 404 further on.
    """
    paths = _paths()
    if operation_id not in paths:
        raise LookupError(f"the spec has no operation {operation_id!r}")
    path = paths[operation_id]
    wanted = _PATH_PARAMETER.findall(path)
    missing = [name for name in wanted if name not in params]
    unexpected = sorted(set(params) - set(wanted))
    if missing or unexpected:
        raise TypeError(
            f"{operation_id} ({path}) takes the path parameters {wanted}:"
            f" missing {missing}, not in its path {unexpected}"
        )
    return _PATH_PARAMETER.sub(lambda match: quote(params[match.group(1)], safe=""), path)


@cache
def _paths() -> dict[str, str]:
    """Each operation's path template by its operationId."""
    return {op["operationId"]: path for _, path, op in operations()}


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
