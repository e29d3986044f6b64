# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Connect vehicles by VIN.

Starts a background job (202); poll it by the returned group id.
"""

from typing import Any, Final

from ...models.bulk_connect_vehicle_request import BulkConnectVehicleRequest
from ...types import Operation

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/connect"
OPERATION: Final = Operation("bulk_connect", METHOD, PATH, "create")


def _get_kwargs(
    *,
    body: BulkConnectVehicleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
