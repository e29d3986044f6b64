# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Get the status of a bulk connection."""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_connect_status_response import BulkConnectStatusResponse
from ...models.error_response import ErrorResponse
from ...types import Response, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/connect/{id}"


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkConnectStatusResponse | ErrorResponse | None:
    if response.status_code == 200:
        return BulkConnectStatusResponse.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkConnectStatusResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BulkConnectStatusResponse | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BulkConnectStatusResponse | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BulkConnectStatusResponse | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BulkConnectStatusResponse | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
