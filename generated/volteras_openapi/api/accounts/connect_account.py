# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Start connecting a manufacturer account.

Answers with a consent link for the vehicle owner to open.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_connect import AccountConnect
from ...models.account_connect_payload import AccountConnectPayload
from ...models.error_response import ErrorResponse
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/v1/accounts:connect"


def _get_kwargs(
    *,
    body: AccountConnectPayload,
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountConnect | ErrorResponse | None:
    if response.status_code == 200:
        return AccountConnect.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountConnect | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountConnectPayload,
) -> Response[AccountConnect | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccountConnectPayload,
) -> AccountConnect | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountConnectPayload,
) -> Response[AccountConnect | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountConnectPayload,
) -> AccountConnect | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
