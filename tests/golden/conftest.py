"""The package regenerated from an edited copy of the spec, once per session, and its surface.

The edits are the changes a maintainer carries over from the published API: one optional field
added to a response model, one field removed from another, one enum value added. Each is made
on a copy of spec/volteras.yaml, generated into a checkout-shaped temporary folder (the hand-
written half linked in, as `src/`) and read back by scripts/surface.py in a subprocess.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, load_script

surface = load_script("surface")

ADDED_FIELD = ("CommandExecution", "estimatedDuration", "estimated_duration")  # schema, JSON, Python names
REMOVED_FROM = "VehicleConfig"
NEW_ENUM_VALUE = ("FailedReason", "OEM_BATTERY_TOO_COLD")


@dataclass(frozen=True)
class Edited:
    """The spec as it is and as edited, and the package surface of each."""

    spec: dict[str, Any]
    edited_spec: dict[str, Any]
    before: dict[str, dict[str, Any]]
    after: dict[str, dict[str, Any]]


def edit(spec: dict[str, Any]) -> dict[str, Any]:
    """The three edits, on a copy."""
    edited = copy.deepcopy(spec)
    schemas = edited["components"]["schemas"]
    schema, name, _ = ADDED_FIELD
    schemas[schema]["properties"][name] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    properties = schemas[REMOVED_FROM]["properties"]
    properties.pop(list(properties)[-1])
    schemas[NEW_ENUM_VALUE[0]]["enum"].append(NEW_ENUM_VALUE[1])
    return edited


def surface_of_spec(spec: dict[str, Any], where: Path) -> dict[str, dict[str, Any]]:
    """Generate the package from `spec` in a checkout-shaped folder and read its surface."""
    where.mkdir(parents=True, exist_ok=True)
    # copied, not linked: generate.py finds the checkout it writes into from its own path
    shutil.copytree(ROOT / "scripts", where / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (where / "spec").mkdir()
    (where / "spec" / "volteras.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (where / "templates").symlink_to(ROOT / "templates")
    (where / "src").symlink_to(ROOT / "src")
    subprocess.run([sys.executable, str(where / "scripts" / "generate.py")], check=True)
    out = where / "surface.json"
    env = dict(os.environ, PYTHONPATH=str(where / "src"), PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "surface.py"), "--out", str(out)], check=True, env=env
    )
    entries: dict[str, dict[str, Any]] = surface.load(out)[0]
    return entries


@pytest.fixture(scope="session")
def current() -> dict[str, dict[str, Any]]:
    """The surface of the package as it is in this checkout."""
    entries: dict[str, dict[str, Any]] = surface.collect()
    return entries


@pytest.fixture(scope="session")
def edited(tmp_path_factory: pytest.TempPathFactory, current: dict[str, dict[str, Any]]) -> Edited:
    """The surface before and after the three edits (one regeneration for the whole session)."""
    spec = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    changed = edit(spec)
    return Edited(spec, changed, current, surface_of_spec(changed, tmp_path_factory.mktemp("edited")))
