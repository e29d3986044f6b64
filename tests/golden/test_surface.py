"""The reviewed API surface (operations and enum members) matches the spec."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from tests import spec_facts
from tests.conftest import ROOT, load_script

surface = load_script("surface")


def surface_changes(spec: dict[str, Any], golden: Path) -> list[str]:
    """Lines of the golden that the spec no longer has (-) and new lines of the spec (+)."""
    want = golden.read_text().splitlines()[1:]
    got = surface.surface_lines(spec)
    return [
        line
        for line in difflib.unified_diff(want, got, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_surface_golden_is_current() -> None:
    """Operations and enum values in the spec are exactly those in tests/golden/api_surface.txt."""
    spec = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    changes = surface_changes(spec, surface.GOLDEN)
    assert not changes, "The API surface changed; review and run `make golden`:\n" + "\n".join(changes)


def test_added_enum_value_is_named() -> None:
    """Adding an enum value to the spec without `make golden` fails, naming the enum and the value."""
    spec = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    spec["components"]["schemas"]["FailedReason"]["enum"].append("OEM_BATTERY_TOO_COLD")
    assert surface_changes(spec, surface.GOLDEN) == ["+enum FailedReason OEM_BATTERY_TOO_COLD"]


def test_surface_counts_match_the_api() -> None:
    """The golden lists every operation of the spec, every command among them, and every enum member."""
    lines = surface.GOLDEN.read_text().splitlines()[1:]
    commands = {f"operation {method} {path}" for method, path, _ in spec_facts.operations_of_kind("command")}
    assert commands and commands <= {" ".join(line.split()[:3]) for line in lines}
    assert sum(line.startswith("operation ") for line in lines) == len(spec_facts.operations())
    for name, schema in spec_facts.spec()["components"]["schemas"].items():
        if "enum" in schema:
            assert sum(line.startswith(f"enum {name} ") for line in lines) == len(schema["enum"]), name
