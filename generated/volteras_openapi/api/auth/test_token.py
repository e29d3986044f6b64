# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Check an access token.

Tells which client and organization the presented bearer token belongs to.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_info import TokenInfo
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/v1/oauth2/test-token"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenInfo | None:
    if response.status_code == 200:
        return TokenInfo.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenInfo]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TokenInfo]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TokenInfo | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TokenInfo]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TokenInfo | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
