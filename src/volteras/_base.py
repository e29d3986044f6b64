"""The request loop: send, log, decide on a retry, translate failures. Sync and async.

Everything that is not I/O lives in `_Attempts`, shared by both shells, so the two loops
differ only in `await`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypedDict, TypeVar

import attrs
import httpx
from volteras_openapi.types import Operation

from . import _config, _retry
from ._errors import APIConnectionError, APIError, APITimeoutError, VolterasError, error_from_response
from ._parsing import Parser

logger = logging.getLogger("volteras")

_Outcome = httpx.Response | Exception


M = TypeVar("M")


class RequestOptions(TypedDict, total=False):
    """Per-call options every method takes, as keywords after its own arguments."""

    timeout: float | httpx.Timeout
    """This call's timeout instead of the client's."""
    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the SDK's; the Authorization header stays the SDK's."""
    extra_query: Mapping[str, str]
    """Query parameters added to the request, for ones the SDK does not know yet."""


@attrs.frozen
class RawResponse(Generic[M]):
    """An HTTP response together with the model it parses into.

    Returned by `client.<resource>.with_raw_response.*` for when headers, status or the
    request id matter as much as the body.
    """

    http_response: httpx.Response
    _parser: Parser[M]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> M:
        return self._parser(self.http_response)


class _Attempts:
    """Retry bookkeeping for one logical call."""

    def __init__(self, request: httpx.Request, operation: Operation, max_retries: int) -> None:
        self.request = request
        self.repeatable = operation.repeatable
        self.max_retries = max_retries
        self.attempt = 0
        self.started = time.perf_counter()

    def delay(self, outcome: _Outcome) -> float | None:
        """Log the attempt; return seconds to wait before retrying, or None to stop here."""
        failed = (
            outcome.response if isinstance(outcome, APIError) and outcome.response is not None else outcome
        )
        failing_request = failed.request if isinstance(failed, httpx.Response) else self.request
        if isinstance(outcome, httpx.TransportError) and _has_request(outcome):
            failing_request = outcome.request
        if logger.isEnabledFor(logging.DEBUG):
            self._log(failed, failing_request)
        self.started = time.perf_counter()
        if isinstance(failed, httpx.Response) and not failed.is_error:
            return None
        repeatable = self.repeatable or _retry.is_token_request(failing_request)
        if not _retry.should_retry(repeatable, failed, self.attempt, self.max_retries):
            return None
        delay = _retry.retry_delay(self.attempt, failed if isinstance(failed, httpx.Response) else None)
        self.attempt += 1
        logger.debug("retrying %s %s in %.2fs", self.request.method, self.request.url.path, delay)
        return delay if _retry.backoff_enabled() else 0.0

    def _log(self, failed: _Outcome, failing_request: httpx.Request) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        if isinstance(failed, httpx.Response):
            status: object = failed.status_code
            request_id = failed.headers.get("x-request-id")
        else:
            status, request_id = type(failed).__name__, None
        logger.debug(
            "%s %s -> %s in %.1f ms request_id=%s attempt=%d",
            failing_request.method,
            failing_request.url.path,
            status,
            elapsed,
            request_id,
            self.attempt + 1,
        )

    def result(self, outcome: _Outcome) -> httpx.Response:
        """The final response, or the typed error it stands for."""
        if isinstance(outcome, httpx.Response):
            if outcome.is_error:
                raise error_from_response(outcome)
            return outcome
        if isinstance(outcome, VolterasError):
            raise outcome
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(f"timed out: {type(outcome).__name__}", request=self.request) from outcome
        what = (
            "response body could not be decoded"
            if isinstance(outcome, httpx.DecodingError)
            else "connection failed"
        )
        raise APIConnectionError(
            f"{what}: {type(outcome).__name__}: {outcome}", request=self.request
        ) from outcome


def _has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        return False
    return True


def check_options(options: Mapping[str, object]) -> None:
    """An unknown per-call option is the caller's mistake: a TypeError naming it, before sending."""
    unknown = options.keys() - RequestOptions.__annotations__.keys()
    if unknown:
        raise TypeError(
            f"unknown option {sorted(unknown)[0]!r}; "
            "the per-call options are timeout, extra_headers and extra_query"
        )


def _build(api: SyncAPI | AsyncAPI, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Request:
    """The request for generated `_get_kwargs`, on the configured base URL; bad input is a ValueError.

    Headers layer up: the client's `default_headers`, then the operation's, then the call's
    `extra_headers`; the timeout is the call's, else the client's (`with_options` copies keep
    theirs here, since they share one httpx client).
    """
    kwargs = {**kwargs, "url": api.base_url + kwargs["url"]}
    if api.headers:
        kwargs["headers"] = {**api.headers, **kwargs.get("headers", {})}
    if api.timeout is not None:
        kwargs["timeout"] = api.timeout
    if options:
        check_options(options)
        if "timeout" in options:
            kwargs["timeout"] = _config.check_timeout(options["timeout"])
        if "extra_headers" in options:
            kwargs["headers"] = {**kwargs.get("headers", {}), **options["extra_headers"]}
        if "extra_query" in options:
            kwargs["params"] = {**kwargs.get("params", {}), **options["extra_query"]}
    try:
        return api.http.build_request(**kwargs)
    except httpx.InvalidURL as exc:  # for example an id too long for a URL
        raise ValueError(f"cannot build the request URL: {exc}") from None


class SyncAPI:
    """Sends requests through one httpx.Client with auth, retries and logging.

    `clock` and `sleep` time the waits for commands; a simulator-backed client swaps them for
    the simulator's clock so a test of a 300-second wait finishes at once.
    """

    def __init__(
        self,
        http: httpx.Client,
        auth: httpx.Auth,
        max_retries: int,
        base_url: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        timeout: httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.max_retries = max_retries
        self.base_url = base_url
        self.clock = clock
        self.sleep = sleep
        self.timeout = timeout
        """Every call's timeout unless the call names its own; None: the httpx client's."""
        self.headers = dict(headers or {})
        """Sent on every API request, under the operation's and the call's own headers."""

    def send(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        request = _build(self, kwargs, options)
        attempts = _Attempts(request, operation, self.max_retries)
        while True:
            outcome: _Outcome
            try:
                outcome = self.http.send(request, auth=self.auth)
            except (httpx.RequestError, VolterasError) as exc:  # RequestError: transport and decoding
                outcome = exc
            delay = attempts.delay(outcome)
            if delay is None:
                return attempts.result(outcome)
            self.sleep(delay)

    def call(
        self, operation: Operation, kwargs: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> RawResponse[M]:
        return RawResponse(self.send(operation, kwargs, options), parser)


def _asyncio_sleep(seconds: float) -> Awaitable[None]:
    import asyncio  # here, not at the top: sync users should not pay for importing it

    return asyncio.sleep(seconds)


class AsyncAPI:
    """The asyncio twin of SyncAPI."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: httpx.Auth,
        max_retries: int,
        base_url: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        timeout: httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.max_retries = max_retries
        self.base_url = base_url
        self.clock = clock
        self.sleep = sleep
        self.timeout = timeout
        """Every call's timeout unless the call names its own; None: the httpx client's."""
        self.headers = dict(headers or {})
        """Sent on every API request, under the operation's and the call's own headers."""

    async def send(
        self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> httpx.Response:
        request = _build(self, kwargs, options)
        attempts = _Attempts(request, operation, self.max_retries)
        while True:
            outcome: _Outcome
            try:
                outcome = await self.http.send(request, auth=self.auth)
            except (httpx.RequestError, VolterasError) as exc:  # RequestError: transport and decoding
                outcome = exc
            delay = attempts.delay(outcome)
            if delay is None:
                return attempts.result(outcome)
            await self.sleep(delay)

    async def call(
        self, operation: Operation, kwargs: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> RawResponse[M]:
        return RawResponse(await self.send(operation, kwargs, options), parser)
