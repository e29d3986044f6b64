# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get the status of a bulk connection."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/connect/{id}"
OPERATION: Final = Operation("get_connection", METHOD, PATH, "read")


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
    }
    return _kwargs
