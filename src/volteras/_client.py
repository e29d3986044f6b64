"""`Volteras` and `AsyncVolteras`: what a downstream service constructs."""

from __future__ import annotations

import copy as copy_module
import functools
import os
import weakref
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _bounds, _config, _internals
from ._arguments import as_headers, check_http_client, check_webhook_secret
from ._auth import ClientCredentialsAuth
from ._base import AsyncAPI, SyncAPI
from ._bounds import DEFAULT_MAX_RESPONSE_BYTES
from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Environment
from ._errors import VolterasError
from ._event_loops import LoopFollower
from ._fanout import AsyncFanOut, SyncFanOut
from ._generated.resources import RESOURCES, AsyncResources, SyncResources
from ._retry import TOKEN_PATH

if TYPE_CHECKING:
    from ._command_updates import CommandUpdates
    from ._webhooks import Webhooks

_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)


def _http_client(
    given: _H | None,
    make: type[_H],
    timeout: float | httpx.Timeout,
    allow_insecure: bool,
    limits: httpx.Limits | None,
    base_url: str,
) -> _H:
    """A new pool with a bounded timeout, or the caller's own (headers untouched), bounded and checked."""
    check_http_client(given, make)
    if given is None:
        made = make(
            timeout=_config.check_timeout(timeout),
            headers={"User-Agent": _config.USER_AGENT},
            limits=limits or httpx.Limits(max_connections=100, max_keepalive_connections=20),
            mounts=_config.direct_mounts(base_url),
        )
        from . import _pool_deadline

        _pool_deadline.install(made)
        return made
    if limits is not None:
        raise ValueError(
            "max_connections and limits size the SDK's own connection pool; with your own http_client, "
            "create it with limits=httpx.Limits(...) instead"
        )
    _config.check_timeout(given.timeout)
    _config.check_http_client(given, allow_insecure=allow_insecure, base_url=base_url)
    return given


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


_FORKED_CALLER_CLIENT = "this client was created before os.fork() with a caller-supplied http_client, whose \
pooled connections the parent and this child would share; create the client after forking"


class _ClientBase:
    """What both clients share: resolved settings, the auth flow, and a repr without secrets."""

    base_url: str
    client_id: str
    _base_url_source: str
    """What chose `base_url` (an argument, a variable, the default), for `volteras --debug`."""
    _auth: ClientCredentialsAuth
    _owns_http: bool
    """Whether the pool is the SDK's (rebuilt after a fork or on a new event loop) or the caller's."""
    _closes_http: bool
    """Whether `close` closes the pool: not in a `with_options` copy, whose pool is its parent's."""
    _fresh_http: Callable[[], Any]
    _webhook_secret: str | Sequence[str] | None = None

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Verify and read the platform's webhooks, with the client's `webhook_secret=` or
        VOLTERAS_WEBHOOK_SECRET (checked on first use, so a client that never receives webhooks
        needs no secret)."""
        from ._webhooks import Webhooks  # here: hmac and friends load only for receivers

        return Webhooks(self._webhook_secret)

    def _after_fork(self) -> None:
        """In the child of a fork: its own connections and locks, never the parent's.

        A pooled connection used by both processes would mix their requests and answers on one
        socket; a lock held by another thread at the fork would never be released. The SDK's
        own pool is swapped for a new one in place (so everything holding the httpx client sees
        it); a caller's http client is theirs to rebuild, so this client refuses to use it.
        """
        if self._owns_http:
            self._new_pool()
            self._auth.after_fork()
        else:
            self._auth.after_fork(refusal=_FORKED_CALLER_CLIENT)
        loops: LoopFollower | None = getattr(vars(self)["_api"], "loops", None)
        if loops is not None:
            loops.after_fork()

    def _new_pool(self) -> None:
        """Swap the SDK's own pool for an empty one, in place; the old connections are dropped unclosed.

        Closing them would take the parent's lock (after a fork) or the loop that opened them
        (after `asyncio.run` ended), neither of which is there to take.
        """
        http = vars(self)["_http"]
        api: SyncAPI | AsyncAPI = vars(self)["_api"]
        _internals.replace_transports(http, self._fresh_http())
        api.pool.follow(http, api.base_url)

    def _configure(
        self,
        client_id: str | None,
        client_secret: str | None,
        environment: Environment | None,
        base_url: str | None,
        max_retries: int,
        deadline: float | None,
        max_response_bytes: int,
    ) -> ClientCredentialsAuth:
        _check_retries(max_retries)
        if deadline is not None:
            _bounds.check_deadline(deadline)
        _bounds.check_max_response_bytes(max_response_bytes)
        settings = _config.resolve(client_id, client_secret, environment, base_url)
        self.base_url = settings.base_url
        self.client_id = settings.client_id
        self._base_url_source = settings.source
        auth = ClientCredentialsAuth(settings.client_id, settings.client_secret, self.base_url + TOKEN_PATH)
        auth.max_response_bytes = max_response_bytes
        return auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={self.client_id!r})"

    def _copy(self, max_retries: int | None, timeout: float | httpx.Timeout | None, headers: Any) -> Self:
        """A client on this one's pool and token with other request settings; see `with_options`."""
        api: SyncAPI | AsyncAPI = vars(self)["_api"]
        copy = object.__new__(type(self))
        copy.__dict__.update(
            (name, value)
            for name, value in vars(self).items()
            if name not in RESOURCES  # cached resources hold the old settings
        )
        new_api = copy_module.copy(api)
        if max_retries is not None:
            new_api.max_retries = _check_retries(max_retries)
        if timeout is not None:
            new_api.timeout = _config.check_timeout(timeout)
        if headers is not None:
            new_api.headers = {**api.headers, **as_headers("default_headers", headers)}
        # _parent keeps the pool's owner alive: the fork hook looks after the pool through it
        vars(copy).update(_closes_http=False, _parent=self, _api=new_api)
        return copy

    def _run_in_process(
        self, base_url: str, make_http: Callable[[], Any], clock: Callable[[], float], sleep: Any
    ) -> None:
        """Send every request through `make_http`'s in-process transport, timed by `clock` and `sleep`.

        For `volteras.testing.Simulator.client()`: nothing leaves the process, so the base URL may
        be a name that says so (`http://simulator.invalid`), and waits, retry backoff and token
        expiry all follow the simulator's clock. Called right after construction, before any request.
        """
        self._fresh_http = make_http
        self.base_url = base_url
        api: SyncAPI | AsyncAPI = vars(self)["_api"]
        api.base_url, api.clock, api.sleep, api.retry_sleep = base_url, clock, sleep, sleep
        self._new_pool()  # after the new base URL: the pools are followed for the address calls go to
        self._auth.in_process(base_url + TOKEN_PATH, clock)


class Volteras(SyncResources, SyncFanOut, _ClientBase):
    """Client for the Volteras Connect API.

    Credentials come from the arguments or from VOLTERAS_CLIENT_ID / VOLTERAS_CLIENT_SECRET;
    the API's address from `environment=` or `base_url=` (not both), else VOLTERAS_BASE_URL or
    VOLTERAS_ENVIRONMENT (refused when they disagree), else production.
    Each call ends within `deadline` seconds, retries included (by default twice the timeout
    per attempt plus 8 s per retry), and reads at most `max_response_bytes` of an answer.
    With `command_updates=`, waits end on the `command.updated` webhooks it is fed.

    >>> with Volteras() as client:
    ...     client.commands.close_charge_port("veh_1", wait=True).status
    <CommandStatus.EXECUTED: 'EXECUTED'>
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        allow_insecure_http_client: bool = False,
        webhook_secret: str | Sequence[str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int | None = None,
        limits: httpx.Limits | None = None,
        command_updates: CommandUpdates | None = None,
    ) -> None:
        check_webhook_secret(webhook_secret)
        self._webhook_secret = webhook_secret
        self._auth = self._configure(
            client_id, client_secret, environment, base_url, max_retries, deadline, max_response_bytes
        )
        headers = as_headers("default_headers", default_headers)
        pool = _config.pool_limits(max_connections, limits)
        self._owns_http = self._closes_http = http_client is None
        self._http = _http_client(
            http_client, httpx.Client, timeout, allow_insecure_http_client, pool, self.base_url
        )
        self._fresh_http = lambda: _http_client(None, httpx.Client, timeout, False, pool, self.base_url)
        _LIVE.add(self)
        self._api = SyncAPI(
            self._http,
            self._auth,
            max_retries,
            self.base_url,
            own_pool=self._owns_http,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            headers=headers,
        )
        self._api.command_updates = command_updates

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other request settings, on the same connection pool and the same token.

        Cheap enough to make per call (`client.with_options(timeout=5).commands.get(...)`); the
        copy's `default_headers` are added to this client's. Closing the copy leaves the pool open:
        it belongs to the client it was made from.
        """
        return self._copy(max_retries, timeout, default_headers)

    def close(self) -> None:
        """Close the connection pool, unless it belongs to a caller-supplied http_client or another client."""
        if self._closes_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVolteras(AsyncResources, AsyncFanOut, _ClientBase):
    """The asyncio client; same arguments as `Volteras`, every call awaited.

    >>> async with AsyncVolteras() as client:
    ...     execution = await client.commands.close_charge_port("veh_1", wait=True)
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http_client: bool = False,
        webhook_secret: str | Sequence[str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int | None = None,
        limits: httpx.Limits | None = None,
        command_updates: CommandUpdates | None = None,
    ) -> None:
        check_webhook_secret(webhook_secret)
        self._webhook_secret = webhook_secret
        self._auth = self._configure(
            client_id, client_secret, environment, base_url, max_retries, deadline, max_response_bytes
        )
        headers = as_headers("default_headers", default_headers)
        pool = _config.pool_limits(max_connections, limits)
        self._owns_http = self._closes_http = http_client is None
        self._http = _http_client(
            http_client, httpx.AsyncClient, timeout, allow_insecure_http_client, pool, self.base_url
        )
        self._fresh_http = lambda: _http_client(None, httpx.AsyncClient, timeout, False, pool, self.base_url)
        _LIVE.add(self)
        self._api = AsyncAPI(
            self._http,
            self._auth,
            max_retries,
            self.base_url,
            own_pool=self._owns_http,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            headers=headers,
            loops=LoopFollower(self._on_new_loop),
        )
        self._api.command_updates = command_updates

    def _on_new_loop(self) -> None:
        """A call on another event loop than the last one: connections and locks belong to the loop
        that made them.

        The SDK's own pool and the renewal lock start afresh on the new loop; a caller's http
        client cannot be fixed from here, and using it would fail deep inside asyncio with "Event
        loop is closed".
        """
        if not self._owns_http:
            raise VolterasError(
                "this AsyncVolteras was used from another event loop before (a second asyncio.run?), and "
                "its caller-supplied http_client's connections belong to that loop; create the client "
                "and its http_client inside the loop that uses them, or run every call on one loop"
            )
        self._new_pool()
        self._auth.new_event_loop()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other request settings, on the same connection pool and the same token.

        Cheap enough to make per call (`client.with_options(timeout=5).commands.get(...)`); the
        copy's `default_headers` are added to this client's. Closing the copy leaves the pool open:
        it belongs to the client it was made from.
        """
        return self._copy(max_retries, timeout, default_headers)

    async def aclose(self) -> None:
        """Close the connection pool, unless it belongs to a caller-supplied http_client or another client."""
        if self._closes_http:
            if not self._api.loops.last_is_running():
                self._new_pool()  # the connections died with their loop; closing them would raise
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


_LIVE: weakref.WeakSet[_ClientBase] = weakref.WeakSet()
"""Every client alive in this process; weak, so the fork hook keeps none of them alive."""


def _after_fork_in_child() -> None:
    for client in list(_LIVE):
        client._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)
