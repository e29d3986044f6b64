# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Set the charge limit.

Sets the state of charge, in percent, at which charging stops.
"""

from typing import Any, Final

from ...models.set_charge_limit_body import SetChargeLimitBody
from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:set-charge-limit"
OPERATION: Final = Operation("set_charge_limit", METHOD, PATH, "command")


def _get_kwargs(
    vehicle_id: str,
    *,
    body: SetChargeLimitBody,
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
