# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""List a vehicle's alerts.

Cursor-paged.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vehicle_alert_page import VehicleAlertPage
from ...types import UNSET, Response, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/alerts"


def _get_kwargs(
    vehicle_id: str,
    *,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["maxPageSize"] = max_page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["pageToken"] = json_page_token

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VehicleAlertPage | None:
    if response.status_code == 200:
        return VehicleAlertPage.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VehicleAlertPage]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[ErrorResponse | VehicleAlertPage]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        max_page_size=max_page_size,
        page_token=page_token,
        filter_=filter_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> ErrorResponse | VehicleAlertPage | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        max_page_size=max_page_size,
        page_token=page_token,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[ErrorResponse | VehicleAlertPage]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        max_page_size=max_page_size,
        page_token=page_token,
        filter_=filter_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_page_size: int | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> ErrorResponse | VehicleAlertPage | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            max_page_size=max_page_size,
            page_token=page_token,
            filter_=filter_,
        )
    ).parsed
