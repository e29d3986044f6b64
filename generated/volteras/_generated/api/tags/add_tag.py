# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Tag a vehicle or account."""

from typing import Any, Final

from ...models.public_tag_create import PublicTagCreate
from ...types import Operation

METHOD: Final = "POST"
PATH: Final = "/v1/tags"
OPERATION: Final = Operation("add_tag", METHOD, PATH, "change")


def _get_kwargs(
    *,
    body: PublicTagCreate,
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
