# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get the alerts the manufacturer currently reports."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/maintenance/manufacturer-alerts/current"
OPERATION: Final = Operation("get_manufacturer_alerts", METHOD, PATH, "read")


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
