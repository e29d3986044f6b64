# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.rate_limits`: 1 operation, sync and async, parsed and raw."""

from collections.abc import Awaitable
from typing import Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncResource,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncResource,
    as_str,
    list_parser,
)

from ..api.rate_limits import get_rate_limits
from ..models.rate_limit import RateLimit
from ..models.rate_limit_domain import RateLimitDomain


class RawRateLimits(SyncCalls):
    """`client.rate_limits.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def get(
        self, object_id: str, *, domain: RateLimitDomain | str = "VEHICLE", **options: Unpack[RequestOptions]
    ) -> RawResponse[list[RateLimit]]:
        """Get the rate limits that apply to an object."""
        return self._call(
            get_rate_limits.OPERATION,
            get_rate_limits._get_kwargs(object_id=as_str("object_id", object_id), domain=domain),
            list_parser(RateLimit),
            options,
        )


class RateLimits(SyncResource):
    """`client.rate_limits`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawRateLimits(api)

    def get(
        self, object_id: str, *, domain: RateLimitDomain | str = "VEHICLE", **options: Unpack[RequestOptions]
    ) -> list[RateLimit]:
        """Get the rate limits that apply to an object."""
        return self.with_raw_response.get(object_id=object_id, domain=domain, **options).parse()


class AsyncRawRateLimits(AsyncCalls):
    """`client.rate_limits.with_raw_response` of the async client."""

    def get(
        self, object_id: str, *, domain: RateLimitDomain | str = "VEHICLE", **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[list[RateLimit]]]:
        """Get the rate limits that apply to an object."""
        return self._call(
            get_rate_limits.OPERATION,
            get_rate_limits._get_kwargs(object_id=as_str("object_id", object_id), domain=domain),
            list_parser(RateLimit),
            options,
        )


class AsyncRateLimits(AsyncResource):
    """`client.rate_limits` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawRateLimits(api)

    async def get(
        self, object_id: str, *, domain: RateLimitDomain | str = "VEHICLE", **options: Unpack[RequestOptions]
    ) -> list[RateLimit]:
        """Get the rate limits that apply to an object."""
        return (await self.with_raw_response.get(object_id=object_id, domain=domain, **options)).parse()
