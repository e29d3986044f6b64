"""generated/api.md documents the hand-written methods and every per-call option as the code has them."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from volteras._generated.resources import METHODS

from volteras._base import RequestOptions
from volteras._resource import SyncCommandsBase, SyncConnectionsBase

API_MD = Path(__file__).resolve().parents[2] / "generated" / "api.md"


def _hand_written(resource: str, base: type) -> list[str]:
    generated = {method.name for method in METHODS if method.resource == resource}
    return [
        name
        for name, value in vars(base).items()
        if callable(value) and not name.startswith("_") and name not in generated
    ]


@pytest.mark.parametrize(
    ("resource", "base"), [("commands", SyncCommandsBase), ("connections", SyncConnectionsBase)]
)
def test_api_md_lists_each_hand_written_method_with_its_parameters(resource: str, base: type) -> None:
    """Every public hand-written method (commands.wait, send_many, connections.wait) has a line naming each parameter and default."""
    lines = API_MD.read_text().splitlines()
    names = _hand_written(resource, base)
    assert names
    for name in names:
        line = next((line for line in lines if line.startswith(f"- `{resource}.{name}(")), None)
        assert line is not None, f"{resource}.{name} is missing from api.md"
        for parameter in list(inspect.signature(getattr(base, name)).parameters.values())[1:]:
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:  # the per-call options
                assert all(f"{option}=" in line for option in RequestOptions.__annotations__), line
            elif parameter.default is inspect.Parameter.empty:
                assert f"{parameter.name}," in line or f"{parameter.name})" in line, (name, parameter)
            else:
                assert f"{parameter.name}={parameter.default!r}" in line, (name, parameter)


def test_api_md_names_every_per_call_option() -> None:
    """The introduction of api.md names each per-call option, deadline= included."""
    introduction = API_MD.read_text().split("\n## ", 1)[0]
    for option in RequestOptions.__annotations__:
        assert f"`{option}=`" in introduction, option
