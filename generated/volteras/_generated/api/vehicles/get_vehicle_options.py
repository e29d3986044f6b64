# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get a vehicle's factory options."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/options"
OPERATION: Final = Operation("get_vehicle_options", METHOD, PATH, "read")


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
