# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""List the tags of a vehicle or account."""

from typing import Any, Final

from ...models.public_tag_entity_types import PublicTagEntityTypes
from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/tags/{entity_type}/{entity_id}"
OPERATION: Final = Operation("list_tags", METHOD, PATH, "read")


def _get_kwargs(
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            entity_type=path_segment("entity_type", entity_type),
            entity_id=path_segment("entity_id", entity_id),
        ),
    }
    return _kwargs
