"""The request loop: send, log, decide on a retry, translate failures. Sync and async.

Everything that is not I/O lives in `_attempts.Attempts`, shared by both shells, so the two
loops differ only in `await`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar

import attrs
import httpx

from . import _bounds, _config, _internals, _sending
from ._arguments import as_headers, as_query
from ._attempts import Attempts, Outcome
from ._errors import VolterasError
from ._event_loops import LoopFollower
from ._generated.types import Operation
from ._parsing import Parser

if TYPE_CHECKING:
    from ._command_updates import CommandUpdates

M = TypeVar("M")


class RequestOptions(TypedDict, total=False):
    """Per-call options every method takes, as keywords after its own arguments."""

    timeout: float | httpx.Timeout
    """This call's timeout instead of the client's."""
    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the SDK's; the Authorization header stays the SDK's."""
    extra_query: Mapping[str, str]
    """Query parameters added to the request, for ones the SDK does not know yet."""
    deadline: float
    """Seconds this whole call may take, retries and backoff included, instead of the client's."""


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


def check_options(options: Mapping[str, object]) -> None:
    """An unknown per-call option, or headers or query parameters that are not str to str, are the
    caller's mistake: a TypeError naming it, before sending."""
    unknown = options.keys() - RequestOptions.__annotations__.keys()
    if unknown:
        raise TypeError(
            f"unknown option {sorted(unknown)[0]!r}; "
            "the per-call options are timeout, deadline, extra_headers and extra_query"
        )
    if "extra_headers" in options:
        as_headers("extra_headers", options["extra_headers"])  # type: ignore[arg-type]
    if "extra_query" in options:
        as_query("extra_query", options["extra_query"])  # type: ignore[arg-type]


def _build(api: _API, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Request:
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
            extra_headers = as_headers("extra_headers", options["extra_headers"])
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        if "extra_query" in options:
            kwargs["params"] = {**kwargs.get("params", {}), **as_query("extra_query", options["extra_query"])}
    try:
        return api.http.build_request(**kwargs)
    except httpx.InvalidURL as exc:  # for example an id too long for a URL
        raise ValueError(f"cannot build the request URL: {exc}") from None


class PoolState:
    """What the request loop knows of the httpx client's pools; shared by a client and its
    `with_options` copies, which share the pools."""

    def __init__(self, http: httpx.Client | httpx.AsyncClient, base_url: str, *, own: bool) -> None:
        self.own = own
        """Whether the SDK made these pools (and bounded them: `_pool_deadline.install`)."""
        self.bounds_deadline = False
        """Whether every wait of an attempt ends by the call's deadline from inside the pool (the SDK's
        own pools, `_pool_deadline`), so that an async attempt needs no timer of its own."""
        self.transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
        """For the SDK's own pools, the transport every call goes to (`_sending`); else None: `http.send`."""
        self.follow(http, base_url)

    def follow(self, http: httpx.Client | httpx.AsyncClient, base_url: str) -> None:
        """After the pools of `http` were made or replaced (a fork, a new event loop, the simulator's).

        `base_url` is asked of the caller each time, never kept: the simulator's client changes it
        after construction, and a copy here would go on choosing the transport for the old one.
        """
        if not self.own:
            return  # a caller's client may hold no httpcore pool: asking would load httpcore for nothing
        from . import _pool_deadline  # loaded already, by the making of the pool (`_client._http_client`)

        self.bounds_deadline = _pool_deadline.bounds_every_wait(http)
        found = _internals.transport_for_url(http, httpx.URL(base_url)) if self.bounds_deadline else None
        self.transport = found if isinstance(found, httpx.BaseTransport | httpx.AsyncBaseTransport) else None


class _API:
    """Settings both request loops share, and the deadline each call gets from them."""

    http: httpx.Client | httpx.AsyncClient
    pool: PoolState

    def __init__(
        self,
        auth: httpx.Auth,
        max_retries: int,
        base_url: str,
        deadline: float | None,
        max_response_bytes: int,
        timeout: httpx.Timeout | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        self.auth = auth
        self.max_retries = max_retries
        self.base_url = base_url
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.timeout = timeout
        """Every call's timeout unless the call names its own; None: the httpx client's."""
        self.headers = dict(headers or {})
        """Sent on every API request, under the operation's and the call's own headers."""
        self.jitter: Callable[[], float] = random.random
        """The random part of each retry's backoff, a number in [0, 1); a test may fix it."""
        self._command_updates: CommandUpdates | None = None

    @property
    def command_updates(self) -> CommandUpdates | None:
        """The hub whose `command.updated` webhooks end command waits (`command_updates=`), if any."""
        return self._command_updates

    @command_updates.setter
    def command_updates(self, hub: CommandUpdates | None) -> None:
        if hub is not None:
            from ._command_updates import CommandUpdates  # here: most clients never take one

            if not isinstance(hub, CommandUpdates):
                raise TypeError(
                    f"command_updates must be a volteras.CommandUpdates, not {type(hub).__name__}"
                )
        self._command_updates = hub
        self._derived: tuple[httpx.Timeout, int, float] | None = None
        """The deadline derived from a timeout and max_retries, with both (see `call_deadline`)."""

    def call_deadline(self, options: RequestOptions | None = None) -> float:
        """Seconds a call with these options may take: its own, the client's, or derived from the timeout."""
        if options and "deadline" in options:
            return _bounds.check_deadline(options["deadline"])
        if self.deadline is not None:
            return self.deadline
        timeout = options.get("timeout") if options else None
        if timeout is not None:
            return _bounds.derived_deadline(_config.check_timeout(timeout), self.max_retries)
        timeout = self.timeout or self.http.timeout
        derived = self._derived
        if derived is None or derived[0] is not timeout or derived[1] != self.max_retries:
            # Worked out once per timeout object: every call without options asks for it.
            derived = self._derived = (
                timeout,
                self.max_retries,
                _bounds.derived_deadline(timeout, self.max_retries),
            )
        return derived[2]

    def _start(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> Attempts:
        request = _build(self, kwargs, options)
        return Attempts(request, operation, self.max_retries, self.call_deadline(options), self.jitter)


class SyncAPI(_API):
    """Sends requests through one httpx.Client with auth, retries and logging, within a deadline.

    `clock` and `sleep` time the waits for commands, and `retry_sleep` (`sleep` unless given)
    the backoff before each retry; a simulator-backed client swaps them for the simulator's
    clock, so a test of a 300-second wait finishes at once, and a test of retries may sleep its
    backoff in no time while its waits still take real time. The SDK's own pool
    enforces the deadline inside every socket read (`_pool_deadline`); a caller's http client
    only between attempts and between chunks of an answer.
    """

    http: httpx.Client

    def __init__(
        self,
        http: httpx.Client,
        auth: httpx.Auth,
        max_retries: int,
        base_url: str,
        *,
        own_pool: bool,
        deadline: float | None = None,
        max_response_bytes: int = _bounds.DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        retry_sleep: Callable[[float], object] | None = None,
        timeout: httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(auth, max_retries, base_url, deadline, max_response_bytes, timeout, headers)
        self.http = http
        self.pool = PoolState(http, base_url, own=own_pool)
        self.clock = clock
        self.sleep = sleep
        self.retry_sleep = sleep if retry_sleep is None else retry_sleep

    def send(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        attempts = self._start(operation, kwargs, options)
        token = _bounds.set_deadline(attempts.deadline_at)
        scope = _bounds.sync_scope.get()
        try:
            while True:
                outcome: Outcome
                if scope is not None:
                    scope.pass_gate()
                try:
                    if attempts.left() <= 0:
                        raise httpx.TimeoutException("the call's deadline passed before this attempt")
                    transport = self.pool.transport
                    if isinstance(transport, httpx.BaseTransport):  # the SDK's own pool
                        outcome = _sending.send(self.http, transport, self.auth, attempts.request)
                    else:
                        outcome = self.http.send(attempts.request, auth=self.auth, stream=True)
                    _bounds.read_capped(outcome, self.max_response_bytes)
                except (httpx.RequestError, VolterasError) as exc:  # RequestError: transport and decoding
                    outcome = exc
                except RuntimeError as exc:  # httpx's "the client has been closed"
                    if not self.http.is_closed:
                        raise
                    outcome = exc
                cut_off = attempts.cut_off(self.http, outcome)
                if cut_off is not None:
                    raise cut_off from None
                delay = attempts.delay(outcome)
                if delay is None:
                    return attempts.result(outcome)
                if scope is None:
                    self.retry_sleep(delay)
                else:  # a fan-out's: one 429 holds back every call of it
                    scope.back_off(outcome, delay, self.retry_sleep)
        finally:
            _bounds.reset_deadline(token)

    def call(
        self, operation: Operation, kwargs: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> RawResponse[M]:
        return RawResponse(self.send(operation, kwargs, options), parser)


def _asyncio_sleep(seconds: float) -> Awaitable[None]:
    import asyncio  # here, not at the top: sync users should not pay for importing it

    return asyncio.sleep(seconds)


class AsyncAPI(_API):
    """The asyncio twin of SyncAPI. The SDK's own pool bounds every wait of an attempt by the deadline,
    as the sync one does; through a caller's http client each attempt runs under `asyncio.timeout`
    of the time left."""

    http: httpx.AsyncClient

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: httpx.Auth,
        max_retries: int,
        base_url: str,
        *,
        own_pool: bool,
        deadline: float | None = None,
        max_response_bytes: int = _bounds.DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = _asyncio_sleep,
        retry_sleep: Callable[[float], Awaitable[object]] | None = None,
        timeout: httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        loops: LoopFollower | None = None,
    ) -> None:
        super().__init__(auth, max_retries, base_url, deadline, max_response_bytes, timeout, headers)
        self.http = http
        self.pool = PoolState(http, base_url, own=own_pool)
        self.clock = clock
        self.sleep = sleep
        self.retry_sleep = sleep if retry_sleep is None else retry_sleep
        self.loops = LoopFollower(lambda: None) if loops is None else loops
        """Which event loop the calls run on; the client's own reacts when it changes."""

    async def send(
        self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> httpx.Response:
        self.loops.follow()
        attempts = self._start(operation, kwargs, options)
        token = _bounds.set_deadline(attempts.deadline_at)
        scope = _bounds.async_scope.get()
        try:
            while True:
                outcome: Outcome
                if scope is not None:
                    await scope.pass_gate()
                try:
                    if self.pool.bounds_deadline:  # every wait ends by the deadline: no timer needed
                        if attempts.left() <= 0:
                            raise httpx.TimeoutException("the call's deadline passed before this attempt")
                        outcome = await self._attempt(attempts.request)
                    else:
                        outcome = await self._bounded_attempt(attempts)
                except (httpx.RequestError, VolterasError) as exc:  # RequestError: transport and decoding
                    outcome = exc
                except RuntimeError as exc:  # httpx's "the client has been closed"
                    if not self.http.is_closed:
                        raise
                    outcome = exc
                cut_off = attempts.cut_off(self.http, outcome)
                if cut_off is not None:
                    raise cut_off from None
                delay = attempts.delay(outcome)
                if delay is None:
                    return attempts.result(outcome)
                if scope is None:
                    await self.retry_sleep(delay)
                else:
                    await scope.back_off(outcome, delay, self.retry_sleep)
        finally:
            _bounds.reset_deadline(token)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        transport = self.pool.transport
        if isinstance(transport, httpx.AsyncBaseTransport):  # the SDK's own pool
            response = await _sending.asend(self.http, transport, self.auth, request)
        else:
            response = await self.http.send(request, auth=self.auth, stream=True)
        await _bounds.aread_capped(response, self.max_response_bytes)
        return response

    async def _bounded_attempt(self, attempts: Attempts) -> httpx.Response:
        """One attempt under a timer of the time left: a caller's http client knows no deadline."""
        import asyncio  # already imported by whoever runs the loop

        bound = asyncio.timeout_at(asyncio.get_running_loop().time() + attempts.left())
        try:
            async with bound:
                return await self._attempt(attempts.request)
        except (TimeoutError, asyncio.CancelledError) as exc:
            if not _bounds.only_expired(bound, exc):  # a cancel from outside is passed on
                raise
            raise httpx.TimeoutException("the call's deadline passed") from None

    async def call(
        self, operation: Operation, kwargs: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> RawResponse[M]:
        return RawResponse(await self.send(operation, kwargs, options), parser)
