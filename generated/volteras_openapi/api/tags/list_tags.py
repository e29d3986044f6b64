# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""List the tags of a vehicle or account."""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.public_tag_entity_types import PublicTagEntityTypes
from ...models.tags_list import TagsList
from ...types import Response, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/tags/{entity_type}/{entity_id}"


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TagsList | None:
    if response.status_code == 200:
        return TagsList.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TagsList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TagsList]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TagsList | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        entity_type=entity_type,
        entity_id=entity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TagsList]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TagsList | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            entity_type=entity_type,
            entity_id=entity_id,
            client=client,
        )
    ).parsed
