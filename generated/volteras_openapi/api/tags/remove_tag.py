# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Remove a tag from a vehicle or account."""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.public_tag_entity_types import PublicTagEntityTypes
from ...types import UNSET, Response

METHOD: Final = "DELETE"
PATH: Final = "/v1/tags"


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str,
    value: str,
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> Response[Any | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        key=key,
        value=value,
        entity_type=entity_type,
        entity_id=entity_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: str,
    value: str,
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> Any | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        client=client,
        key=key,
        value=value,
        entity_type=entity_type,
        entity_id=entity_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str,
    value: str,
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> Response[Any | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        key=key,
        value=value,
        entity_type=entity_type,
        entity_id=entity_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: str,
    value: str,
    entity_type: PublicTagEntityTypes | str,
    entity_id: str,
) -> Any | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            key=key,
            value=value,
            entity_type=entity_type,
            entity_id=entity_id,
        )
    ).parsed
