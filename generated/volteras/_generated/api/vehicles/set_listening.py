# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Start or stop collecting a vehicle's data.

Answers 202 while the change is still under way.
"""

from typing import Any, Final

from ...models.vehicle_listening_request import VehicleListeningRequest
from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/listening"
OPERATION: Final = Operation("set_listening", METHOD, PATH, "change")


def _get_kwargs(
    vehicle_id: str,
    *,
    body: VehicleListeningRequest,
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
