"""What a user building or reading models by hand can rely on: keyword-only constructors, and a
from_dict that checks, keeps what it does not know and leaves its input alone."""

from __future__ import annotations

import copy
import inspect
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import volteras.models
from volteras.models import Command, CommandExecution, CommandStatus


def _model_classes() -> list[type[Any]]:
    return [cls for name in volteras.models.__all__ if attrs.has(cls := getattr(volteras.models, name))]


def test_every_model_constructor_is_keyword_only() -> None:
    """No model takes a positional argument, so a field made required (or reordered) never shifts a caller's values."""
    classes = _model_classes()
    assert len(classes) > 90
    for cls in classes:
        parameters = list(inspect.signature(cls).parameters.values())
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters), cls.__name__
    with pytest.raises(TypeError):
        CommandExecution("veh_1", Command.LOCK_DOORS)  # type: ignore[misc]
    built = CommandExecution(vehicle_id="veh_1", command=Command.LOCK_DOORS)
    assert (built.vehicle_id, built.command, built.status) == ("veh_1", Command.LOCK_DOORS, None)


EXECUTION = {
    "id": "cmd_1",
    "vehicleId": "veh_1",
    "command": "TELEPORT",
    "status": "EXECUTED",
    "executedAt": "2024-01-01T00:00:01Z",
    "commandArguments": {"limit": 80},
    "region": "eu-1",
}


def test_from_dict_keeps_what_it_does_not_know_and_gives_it_back() -> None:
    """An unknown command stays the exact string, an extra field lands in additional_properties, and
    to_dict writes the same JSON back; the dict passed in is left as it was."""
    given = copy.deepcopy(EXECUTION)
    execution = CommandExecution.from_dict(given)
    assert given == EXECUTION
    assert type(execution.command) is str and execution.command == "TELEPORT"
    assert execution.status is CommandStatus.EXECUTED
    assert execution.additional_properties == {"region": "eu-1"}
    assert execution.to_dict() == {**EXECUTION}


def test_from_dict_reads_any_mapping_and_refuses_anything_else() -> None:
    """A read-only mapping reads like a dict; a list where the object belongs is a TypeError saying so."""
    assert CommandExecution.from_dict(MappingProxyType(EXECUTION)).vehicle_id == "veh_1"
    with pytest.raises(TypeError, match="expected a JSON object, got list"):
        CommandExecution.from_dict([("vehicleId", "veh_1")])  # type: ignore[arg-type]


@attrs.define(kw_only=True)
class _TaggedExecution(CommandExecution):
    """A user's subclass with a field of its own."""

    tag: str = "mine"


def test_a_subclass_is_built_through_its_own_init() -> None:
    """from_dict on a user's subclass runs that subclass's __init__, so its own fields get their defaults."""
    execution = _TaggedExecution.from_dict(EXECUTION)
    assert isinstance(execution, _TaggedExecution)
    assert (execution.tag, execution.vehicle_id, execution.additional_properties) == (
        "mine",
        "veh_1",
        {"region": "eu-1"},
    )
