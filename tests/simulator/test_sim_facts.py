"""The simulator restates no fact of the spec: paths, scopes, enum values and wire names come from generated code."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from tests import spec_facts
from tests.conftest import ROOT

TESTING = ROOT / "src" / "volteras" / "testing"
CODE = re.compile(r"[A-Z][A-Z0-9_]{3,}")
CAMEL = re.compile(r"[a-z]+[A-Z][A-Za-z0-9]*")
SAME_TEXT_OTHER_FACT = {
    ("_history.py", "HEAT_PUMP"): "a vehicle option code, not the DeviceTypeEnum value",
}
"""Literals that read like a spec fact but are simulated data of another kind, with why."""


def spec_strings() -> dict[str, str]:
    """Every string the spec defines that code could restate: text -> where the spec has it."""
    spec = spec_facts.spec()
    found: dict[str, str] = {}
    for method, path, _ in spec_facts.operations():
        found[path] = f"the path of {method} {path}"
    for flow in spec["components"]["securitySchemes"]["oauth2"]["flows"].values():
        for scope in flow["scopes"]:
            found[scope] = "an oauth2 scope"
    for name, schema in spec["components"]["schemas"].items():
        for value in schema.get("enum", []):
            if isinstance(value, str) and (CODE.fullmatch(value) or ":" in value):
                found[value] = f"a value of the {name} enum"
        for prop in schema.get("properties", {}):
            if CAMEL.fullmatch(prop):
                found[prop] = f"a wire name of {name}"
    for _, _, op in spec_facts.operations():
        for param in op.get("parameters", []):
            if "name" in param and CAMEL.fullmatch(param["name"]):
                found[param["name"]] = "a parameter's wire name"
    for param in spec["components"]["parameters"].values():
        if CAMEL.fullmatch(param["name"]):
            found[param["name"]] = "a parameter's wire name"
    return found


def literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every string literal in a module that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_fact_of_the_spec_is_written_by_hand_in_the_simulator() -> None:
    """No string literal in volteras.testing is a path, scope, enum value or wire name of the spec."""
    facts = spec_strings()
    restated = [
        f"{path.relative_to(TESTING)}:{line}: {text!r} is {facts[text]}"
        for path in sorted(TESTING.rglob("*.py"))
        for line, text in literals(path)
        if text in facts and (path.name, text) not in SAME_TEXT_OTHER_FACT
    ]
    assert restated == []
