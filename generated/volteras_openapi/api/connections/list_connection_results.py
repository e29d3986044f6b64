# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""List the per-VIN results of a bulk connection.

Paged by page number.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection_result_page import ConnectionResultPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/connect/{id}/results"


def _get_kwargs(
    id: str,
    *,
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_max_page_size: int | None | Unset
    if isinstance(max_page_size, Unset):
        json_max_page_size = UNSET
    else:
        json_max_page_size = max_page_size
    params["maxPageSize"] = json_max_page_size

    json_current_page: int | None | Unset
    if isinstance(current_page, Unset):
        json_current_page = UNSET
    else:
        json_current_page = current_page
    params["currentPage"] = json_current_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionResultPage | ErrorResponse | None:
    if response.status_code == 200:
        return ConnectionResultPage.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionResultPage | ErrorResponse]:
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
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> Response[ConnectionResultPage | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        id=id,
        max_page_size=max_page_size,
        current_page=current_page,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> ConnectionResultPage | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        id=id,
        client=client,
        max_page_size=max_page_size,
        current_page=current_page,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> Response[ConnectionResultPage | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        id=id,
        max_page_size=max_page_size,
        current_page=current_page,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | None | Unset = UNSET,
    current_page: int | None | Unset = UNSET,
) -> ConnectionResultPage | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            id=id,
            client=client,
            max_page_size=max_page_size,
            current_page=current_page,
        )
    ).parsed
