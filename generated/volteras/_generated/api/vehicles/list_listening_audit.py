# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""List when data collection was switched on or off.

Cursor-paged.
"""

import datetime
from typing import Any, Final

from ...types import UNSET, Operation, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/listening-audit"
OPERATION: Final = Operation("list_listening_audit", METHOD, PATH, "list")


def _get_kwargs(
    vehicle_id: str,
    *,
    start_at: datetime.datetime | None | Unset = UNSET,
    end_at: datetime.datetime | None | Unset = UNSET,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_at: None | str | Unset
    if isinstance(start_at, Unset):
        json_start_at = UNSET
    elif isinstance(start_at, datetime.datetime):
        json_start_at = start_at.isoformat().replace("+00:00", "Z")
    else:
        json_start_at = start_at
    params["startAt"] = json_start_at

    json_end_at: None | str | Unset
    if isinstance(end_at, Unset):
        json_end_at = UNSET
    elif isinstance(end_at, datetime.datetime):
        json_end_at = end_at.isoformat().replace("+00:00", "Z")
    else:
        json_end_at = end_at
    params["endAt"] = json_end_at

    params["maxPageSize"] = max_page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["pageToken"] = json_page_token

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
        "params": params,
    }
    return _kwargs
