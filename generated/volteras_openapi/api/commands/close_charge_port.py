# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Close the charge port.

Closes the charge port door. Vehicles usually refuse while a cable is plugged in.
"""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.command_execution import CommandExecution
from ...models.error_response import ErrorResponse
from ...types import Response, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:close-charge-port"


def _get_kwargs(
    vehicle_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommandExecution | ErrorResponse | None:
    if response.status_code == 200:
        return CommandExecution.from_dict(response.json())
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommandExecution | ErrorResponse]:
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
) -> Response[CommandExecution | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> CommandExecution | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CommandExecution | ErrorResponse]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> CommandExecution | ErrorResponse | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
        )
    ).parsed
