"""The package regenerated from an edited copy of the spec, once per test run, and its surface.

The edits are the changes a maintainer carries over from the published API: one optional field
added to a response model, one field removed from another, one enum value added, three
renames that keep the old name for a release (a response field, a method, an argument), and one
webhook event added (its payload an existing schema). Each is
made on a copy of spec/volteras.yaml, generated into a checkout-shaped temporary folder (the
hand-written half linked in, as `src/`) and read back by scripts/surface.py in a subprocess.
`edited_volteras` imports that folder's package into this process for a test that calls it.
"""

from __future__ import annotations

import copy
import importlib
import os
import shutil
import subprocess
import sys
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, built_once, load_script

surface = load_script("surface")

ADDED_FIELD = ("CommandExecution", "estimatedDuration", "estimated_duration")  # schema, JSON, Python names
REMOVED_FROM = "VehicleConfig"
NEW_ENUM_VALUE = ("FailedReason", "OEM_BATTERY_TOO_COLD")
RENAMED_FIELD = ("Vehicle", "make", "manufacturer")  # schema, old name (wire and Python), new name
RENAMED_METHOD = ("get_vehicle_range", "vehicles", "range", "estimated_range")  # operation, resource
RENAMED_ARGUMENT = ("add_tag", "tags", "add", "value", "value", "tag_value")  # ..., wire name, old, new
# a new event type, the existing schema of its payload (so the package surface is unchanged), a
# field only it declares, and one command.updated alone declared before
NEW_EVENT = ("command.created", "CommandExecution", "executedAt", "failedReason")


@dataclass(frozen=True)
class Edited:
    """The spec as it is and as edited, and the package surface of each."""

    spec: dict[str, Any]
    edited_spec: dict[str, Any]
    before: dict[str, dict[str, Any]]
    after: dict[str, dict[str, Any]]
    root: Path  # the checkout-shaped folder generated from the edited spec


def edit(spec: dict[str, Any]) -> dict[str, Any]:
    """The seven edits, on a copy."""
    edited = copy.deepcopy(spec)
    schemas = edited["components"]["schemas"]
    schema, name, _ = ADDED_FIELD
    schemas[schema]["properties"][name] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    properties = schemas[REMOVED_FROM]["properties"]
    properties.pop(list(properties)[-1])
    schemas[NEW_ENUM_VALUE[0]]["enum"].append(NEW_ENUM_VALUE[1])
    rename(edited)
    event, schema, _, _ = NEW_EVENT
    body = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}
    edited["webhooks"][event] = {
        "post": {"requestBody": body, "responses": {"200": {"description": "Acknowledged."}}}
    }
    return edited


def rename(spec: dict[str, Any]) -> None:
    """The three renames, each keeping its old name: a required response field (on the wire too),
    a method, and a required keyword argument (its Python name only; the wire keeps `value`).
    Hand-written code that builds a Vehicle (the simulator) goes on working through the old name."""
    schema, old, new = RENAMED_FIELD
    target = spec["components"]["schemas"][schema]
    target["properties"] = {
        (new if wire == old else wire): {**prop, "x-volteras": {"deprecated_name": old}}
        if wire == old
        else prop
        for wire, prop in target["properties"].items()
    }
    target["required"] = [new if wire == old else wire for wire in target["required"]]
    operations = {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}
    operation, _, old_method, new_method = RENAMED_METHOD
    x = operations[operation]["x-volteras"]
    x["method"], x["deprecated_names"] = new_method, {"method": old_method}
    operation, _, _, wire, old_argument, new_argument = RENAMED_ARGUMENT
    x = operations[operation]["x-volteras"]
    x["rename"] = {**x.get("rename", {}), wire: new_argument}
    x["deprecated_names"] = {"arguments": {old_argument: new_argument}}


def surface_of_spec(spec: dict[str, Any], where: Path) -> None:
    """Generate the package from `spec` in a checkout-shaped folder and write its surface to
    `where/surface.json`."""
    where.mkdir(parents=True, exist_ok=True)
    # copied, not linked: generate.py finds the checkout it writes into from its own path
    shutil.copytree(ROOT / "scripts", where / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (where / "spec").mkdir()
    (where / "spec" / "volteras.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (where / "templates").symlink_to(ROOT / "templates")
    (where / "src").symlink_to(ROOT / "src")
    subprocess.run([sys.executable, str(where / "scripts" / "generate.py")], check=True)
    env = dict(os.environ, PYTHONPATH=str(where / "src"), PYTHONDONTWRITEBYTECODE="1")
    out = where / "surface.json"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "surface.py"), "--out", str(out)], check=True, env=env
    )


@pytest.fixture(scope="session")
def current() -> dict[str, dict[str, Any]]:
    """The surface of the package as it is in this checkout."""
    entries: dict[str, dict[str, Any]] = surface.collect()
    return entries


@pytest.fixture(scope="session")
def edited(tmp_path_factory: pytest.TempPathFactory, current: dict[str, dict[str, Any]]) -> Edited:
    """The surface before and after the edits (one regeneration for the whole run, shared by the
    workers)."""
    spec = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    changed = edit(spec)
    root = built_once(tmp_path_factory, "edited", lambda folder: surface_of_spec(changed, folder))
    after: dict[str, dict[str, Any]] = surface.load(root / "surface.json")[0]
    return Edited(spec, changed, current, after, root)


def _ours(modules: dict[str, ModuleType]) -> dict[str, ModuleType]:
    return {name: module for name, module in modules.items() if name.split(".")[0] == "volteras"}


@pytest.fixture(scope="session")
def _edited_modules() -> dict[str, ModuleType]:
    """The edited package's modules once imported, kept between the tests that use them."""
    return {}


@pytest.fixture
def edited_volteras(edited: Edited, _edited_modules: dict[str, ModuleType]) -> Iterator[ModuleType]:
    """`volteras` as generated from the edited spec, imported in this process for one test: the
    checkout's package is set aside and put back afterwards."""
    checkout = _ours(dict(sys.modules))
    # typing.overload registers by module and qualified name: the edited modules would take the
    # checkout's places in typing.get_overloads, so the checkout's are put back too
    overloads = typing._overload_registry  # type: ignore[attr-defined]
    registered = {name: copy.deepcopy(found) for name, found in overloads.items() if name in checkout}
    for name in checkout:
        del sys.modules[name]
    sys.modules.update(_edited_modules)
    sys.path.insert(0, str(edited.root / "src"))
    try:
        package = importlib.import_module("volteras")
        assert Path(package.__file__ or "").is_relative_to(edited.root), package.__file__
        yield package
    finally:
        sys.path.remove(str(edited.root / "src"))
        _edited_modules.update(_ours(dict(sys.modules)))
        for name in _ours(dict(sys.modules)):
            del sys.modules[name]
            overloads.pop(name, None)
        sys.modules.update(checkout)
        overloads.update(registered)
