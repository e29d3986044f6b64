# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Open or close the rear trunk.

Toggles the rear trunk latch; the direction depends on the vehicle and its current state.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:actuate-rear-trunk"
OPERATION: Final = Operation("actuate_rear_trunk", METHOD, PATH, "command")


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
