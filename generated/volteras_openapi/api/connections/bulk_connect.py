# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
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
