# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""List the per-VIN results of an eligibility check.

Paged by page number.
"""

from typing import Any, Final

from ...types import UNSET, Operation, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/eligibility/{id}/results"
OPERATION: Final = Operation("list_eligibility_results", METHOD, PATH, "list")


def _get_kwargs(
    id: str,
    *,
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_max_page_size: int | None | Unset
    if isinstance(max_page_size, Unset):
        json_max_page_size = UNSET
    else:
        json_max_page_size = max_page_size
    params["maxPageSize"] = json_max_page_size

    json_current_page: int | None | Unset
    if isinstance(current_page, Unset):
        json_current_page = UNSET
    else:
        json_current_page = current_page
    params["currentPage"] = json_current_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
        "params": params,
    }
    return _kwargs
