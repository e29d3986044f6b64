# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Set the cabin temperature.

Sets the target cabin temperature, in degrees Celsius, for the driver and passenger sides.
"""

from typing import Any, Final

from ...models.set_temperature_body import SetTemperatureBody
from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:set-temperature"
OPERATION: Final = Operation("set_temperature", METHOD, PATH, "command")


def _get_kwargs(
    vehicle_id: str,
    *,
    body: SetTemperatureBody,
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
