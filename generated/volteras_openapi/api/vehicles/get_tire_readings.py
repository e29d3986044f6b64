# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Get a vehicle's tire pressure readings over a period."""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vehicle_tires_list import VehicleTiresList
from ...types import UNSET, Response, Unset, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/vehicles/{vehicle_id}/maintenance/tires/historic"


def _get_kwargs(
    vehicle_id: str,
    *,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_datetime: None | str | Unset
    if isinstance(from_datetime, Unset):
        json_from_datetime = UNSET
    else:
        json_from_datetime = from_datetime
    params["from_datetime"] = json_from_datetime

    json_to_datetime: None | str | Unset
    if isinstance(to_datetime, Unset):
        json_to_datetime = UNSET
    else:
        json_to_datetime = to_datetime
    params["to_datetime"] = json_to_datetime

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
) -> ErrorResponse | VehicleTiresList | None:
    if response.status_code == 200:
        return VehicleTiresList.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VehicleTiresList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> Response[ErrorResponse | VehicleTiresList]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> ErrorResponse | VehicleTiresList | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> Response[ErrorResponse | VehicleTiresList]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    from_datetime: None | str | Unset = UNSET,
    to_datetime: None | str | Unset = UNSET,
) -> ErrorResponse | VehicleTiresList | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            from_datetime=from_datetime,
            to_datetime=to_datetime,
        )
    ).parsed
