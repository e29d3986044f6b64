# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get one command execution.

Poll this to learn whether a command went through.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-executions/{vehicle_command_execution_id}"
OPERATION: Final = Operation("get_command_execution", METHOD, PATH, "read")


def _get_kwargs(
    vehicle_id: str,
    vehicle_command_execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
            vehicle_command_execution_id=path_segment(
                "vehicle_command_execution_id", vehicle_command_execution_id
            ),
        ),
    }
    return _kwargs
