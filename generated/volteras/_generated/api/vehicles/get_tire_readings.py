# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get a vehicle's tire pressure readings over a period."""

from typing import Any, Final

from ...types import UNSET, Operation, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/maintenance/tires/historic"
OPERATION: Final = Operation("get_tire_readings", METHOD, PATH, "read")


def _get_kwargs(
    vehicle_id: str,
    *,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_datetime: None | str | Unset
    if isinstance(from_datetime, Unset):
        json_from_datetime = UNSET
    else:
        json_from_datetime = from_datetime
    params["from_datetime"] = json_from_datetime

    json_to_datetime: None | str | Unset
    if isinstance(to_datetime, Unset):
        json_to_datetime = UNSET
    else:
        json_to_datetime = to_datetime
    params["to_datetime"] = json_to_datetime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
        "params": params,
    }
    return _kwargs
