# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Open or close the front trunk.

Toggles the front trunk (frunk) latch. Whether it opens or closes depends on the vehicle and its
current state.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:actuate-front-trunk"
OPERATION: Final = Operation("actuate_front_trunk", METHOD, PATH, "command")


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
