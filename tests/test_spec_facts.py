"""`spec_facts.path_of`: the one way tests name an API path."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from volteras._generated.operations import OPERATIONS
from volteras._generated.types import path_segment

from tests.spec_facts import operations, path_of

ODD_ID = "fleet 7:ü?#%"
"""An id that only reaches the server intact if it is percent-encoded."""
PATH_PARAMETERS = {
    op.id: [p.name for p in op.parameters if p.location == "path"] for op in OPERATIONS.values()
}


def test_every_operation_is_named_by_its_id() -> None:
    """Each spec operation's path is reachable through its operationId, parameters filled in by name."""
    assert sorted(op["operationId"] for _, _, op in operations()) == sorted(OPERATIONS)
    for op in OPERATIONS.values():
        values = {name: f"{name}_1" for name in PATH_PARAMETERS[op.id]}
        assert path_of(op.id, **values) == op.path.format(**values)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_parameters_are_encoded_as_the_sdk_sends_them(operation_id: str) -> None:
    """An id holding ' ', ':', '?', '#' or '%' comes out exactly as the generated client encodes it."""
    names = PATH_PARAMETERS[operation_id]
    sent = OPERATIONS[operation_id].path.format(**{name: path_segment(name, ODD_ID) for name in names})
    assert path_of(operation_id, **dict.fromkeys(names, ODD_ID)) == sent


@pytest.mark.parametrize("operation_id", sorted(op for op, names in PATH_PARAMETERS.items() if names))
def test_a_slash_stays_inside_its_segment(operation_id: str) -> None:
    """An id holding '/' (which the SDK refuses) still fills one segment, for tests that send it raw."""
    names = PATH_PARAMETERS[operation_id]
    path = path_of(operation_id, **dict.fromkeys(names, "a/b"))
    template = OPERATIONS[operation_id].path
    assert path.count("/") == template.count("/")
    assert unquote(path) == template.format(**dict.fromkeys(names, "a/b"))


def test_unknown_operation_is_named() -> None:
    """A misspelt operation id fails by name, not with a 404 later."""
    with pytest.raises(LookupError, match="'lock_door'"):
        path_of("lock_door", vehicle_id="veh_1")


def test_missing_parameter_is_named() -> None:
    """Leaving out a path parameter names the one left out."""
    with pytest.raises(
        TypeError, match=r"get_command_execution .*missing \['vehicle_command_execution_id'\]"
    ):
        path_of("get_command_execution", vehicle_id="veh_1")


def test_parameter_not_in_the_path_is_named() -> None:
    """A parameter the path does not hold (a query parameter, a typo) is refused by name."""
    with pytest.raises(TypeError, match=r"list_vehicles .*not in its path \['maxPageSize'\]"):
        path_of("list_vehicles", maxPageSize="5")
    with pytest.raises(TypeError, match=r"not in its path \['vehicleId'\]"):
        path_of("get_vehicle", vehicle_id="veh_1", vehicleId="veh_1")
