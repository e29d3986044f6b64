# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get one charging session."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/charging-history/{vehicle_charging_session_id}"
OPERATION: Final = Operation("get_charging_session", METHOD, PATH, "read")


def _get_kwargs(
    vehicle_id: str,
    vehicle_charging_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
            vehicle_charging_session_id=path_segment(
                "vehicle_charging_session_id", vehicle_charging_session_id
            ),
        ),
    }
    return _kwargs
