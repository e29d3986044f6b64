# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Set or clear a vehicle's registration plate."""

from typing import Any, Final

from ...models.vehicle_update_registration import VehicleUpdateRegistration
from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/registration-plate"
OPERATION: Final = Operation("set_registration_plate", METHOD, PATH, "change")


def _get_kwargs(
    vehicle_id: str,
    *,
    body: VehicleUpdateRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
