# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.tokens`: 1 operation, sync and async, parsed and raw."""

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
    model_parser,
)

from ..api.auth import test_token
from ..models.token_info import TokenInfo


class RawTokens(SyncCalls):
    """`client.tokens.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def test(self, **options: Unpack[RequestOptions]) -> RawResponse[TokenInfo]:
        """Check an access token."""
        return self._call(test_token.OPERATION, test_token._get_kwargs(), model_parser(TokenInfo), options)


class Tokens(SyncResource):
    """`client.tokens`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawTokens(api)

    def test(self, **options: Unpack[RequestOptions]) -> TokenInfo:
        """Check an access token."""
        return self.with_raw_response.test(**options).parse()


class AsyncRawTokens(AsyncCalls):
    """`client.tokens.with_raw_response` of the async client."""

    def test(self, **options: Unpack[RequestOptions]) -> Awaitable[RawResponse[TokenInfo]]:
        """Check an access token."""
        return self._call(test_token.OPERATION, test_token._get_kwargs(), model_parser(TokenInfo), options)


class AsyncTokens(AsyncResource):
    """`client.tokens` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawTokens(api)

    async def test(self, **options: Unpack[RequestOptions]) -> TokenInfo:
        """Check an access token."""
        return (await self.with_raw_response.test(**options)).parse()
