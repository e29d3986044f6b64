# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Get the rate limits that apply to an object."""

from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rate_limit import RateLimit
from ...models.rate_limit_domain import RateLimitDomain
from ...types import UNSET, Response

METHOD: Final = "GET"
PATH: Final = "/v1/rate-limits"


def _get_kwargs(
    *,
    object_id: str,
    domain: RateLimitDomain | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["objectId"] = object_id

    json_domain: str
    if isinstance(domain, RateLimitDomain):
        json_domain = domain.value
    else:
        json_domain = domain
    params["domain"] = json_domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RateLimit] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError("response_200 must be an array")
        response_200 = []
        for response_200_item_data in _response_200:
            if not isinstance(response_200_item_data, dict):
                raise TypeError("an item of response_200 has the wrong type")
            response_200_item = RateLimit.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[RateLimit]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    object_id: str,
    domain: RateLimitDomain | str,
) -> Response[ErrorResponse | list[RateLimit]]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        object_id=object_id,
        domain=domain,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    object_id: str,
    domain: RateLimitDomain | str,
) -> ErrorResponse | list[RateLimit] | None:
    """Send the request and return only the parsed body."""
    return sync_detailed(
        client=client,
        object_id=object_id,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    object_id: str,
    domain: RateLimitDomain | str,
) -> Response[ErrorResponse | list[RateLimit]]:
    """Send the request; the result keeps the status, headers and raw body."""
    kwargs = _get_kwargs(
        object_id=object_id,
        domain=domain,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    object_id: str,
    domain: RateLimitDomain | str,
) -> ErrorResponse | list[RateLimit] | None:
    """Send the request and return only the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            object_id=object_id,
            domain=domain,
        )
    ).parsed
