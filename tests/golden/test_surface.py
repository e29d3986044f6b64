"""The reviewed API surface (operations and enum members) matches the spec."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

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
    """The golden lists every operation of the spec, the 13 commands among them, and the 21/3/36
    enum members the API documents for commands."""
    spec = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    lines = surface.GOLDEN.read_text().splitlines()[1:]
    assert (
        sum(line.startswith("operation POST /v1/vehicles/{vehicle_id}/command-execution:") for line in lines)
        == 13
    )
    assert sum(line.startswith("operation ") for line in lines) == sum(
        len(item) for item in spec["paths"].values()
    )
    for name, count in {"Command": 21, "CommandStatus": 3, "FailedReason": 36}.items():
        assert sum(line.startswith(f"enum {name} ") for line in lines) == count, name
