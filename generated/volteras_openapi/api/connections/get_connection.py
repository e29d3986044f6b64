# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
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
