# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Unlock the doors.

Unlocks every door of the vehicle.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:unlock-doors"
OPERATION: Final = Operation("unlock_doors", METHOD, PATH, "command")


def _get_kwargs(
    vehicle_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }
    return _kwargs
