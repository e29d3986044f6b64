# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Disconnect a vehicle.

Answers 202 while the disconnection is still under way.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "DELETE"
PATH: Final = "/v1/vehicles/{vehicle_id}"
OPERATION: Final = Operation("disconnect_vehicle", METHOD, PATH, "delete")


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
