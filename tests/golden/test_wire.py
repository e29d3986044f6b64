"""Example payloads of every response shape parse and serialize back to the same JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import volteras._generated.models as models

from tests.conftest import ROOT

WIRE = ROOT / "tests" / "golden" / "wire"
EXAMPLES = sorted(WIRE.glob("*/*.json"))


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_nulls(inner) for key, inner in value.items() if inner is not None}
    if isinstance(value, list):
        return [_without_nulls(inner) for inner in value]
    return value


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_example_round_trips(path: Path) -> None:
    """from_dict then to_dict gives back the example JSON, value for value; a null field reads as
    None like an absent one, and to_dict leaves both out."""
    data: dict[str, Any] = json.loads(path.read_text())
    model = getattr(models, path.parent.name)
    assert _without_nulls(json.loads(json.dumps(model.from_dict(data).to_dict()))) == _without_nulls(data)


def test_every_response_schema_has_an_example() -> None:
    """Each model a response can carry has at least one wire golden."""
    assert {p.parent.name for p in EXAMPLES} == {
        "CommandExecution",
        "CommandExecutionPage",
        "Token",
        "TokenInfo",
        "ErrorResponse",
    }
