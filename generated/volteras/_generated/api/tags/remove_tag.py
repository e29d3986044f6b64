# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Remove a tag from a vehicle or account."""

from typing import Any, Final

from ...models.public_tag_entity_types import PublicTagEntityTypes
from ...types import UNSET, Operation

METHOD: Final = "DELETE"
PATH: Final = "/v1/tags"
OPERATION: Final = Operation("remove_tag", METHOD, PATH, "delete")


def _get_kwargs(
    *,
    key: str,
    value: str,
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params["value"] = value

    json_entity_type: str
    if isinstance(entity_type, PublicTagEntityTypes):
        json_entity_type = entity_type.value
    else:
        json_entity_type = entity_type
    params["entityType"] = json_entity_type

    params["entityId"] = entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs
