# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Get an access token.

Exchanges the client id and secret (HTTP Basic) for a bearer token, or renews one with
`grant_type=refresh_token`.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import UNSET, Response, Unset

METHOD: Final = "POST"
PATH: Final = "/v1/oauth2/token"


def _get_kwargs(
    *,
    body: TokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Token | None:
    if response.status_code == 200:
        return Token.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Token]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
) -> Response[ErrorResponse | Token]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
) -> ErrorResponse | Token | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
) -> Response[ErrorResponse | Token]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
) -> ErrorResponse | Token | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
