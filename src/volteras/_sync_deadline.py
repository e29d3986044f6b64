"""The call's deadline inside the pool wait and every socket read and write of the SDK's own sync pool.

httpx has no timeout for a whole request, and a sync thread cannot be interrupted. So the wait
for a free pooled connection, and each network stream the pool opens, take
`min(phase timeout, time left)` as their timeout, the time left coming from the deadline the
request loop set for the call (`_bounds`); once it has passed, the next wait, read or write
fails at once as a timeout. Outside a call (no deadline set) the pool behaves exactly like
httpcore's own.

The wrappers go around the network backend and the `handle_request` of each pool httpx built
for the client (the default one and any proxy's), so limits, TLS settings and proxies stay
what httpx chose. The pools and their backends are reached through `_internals`, the one
module that knows where httpx and httpcore keep them.
Imported only when a sync client is made: httpcore is loaded by then anyway.
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore
import httpx

from . import _bounds, _internals

_SocketOption = typing.Any  # httpcore's SOCKET_OPTION, a union of tuples it does not export


def _bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    left = _bounds.remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        wrapped = self._inner.start_tls(
            ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)
        )
        return DeadlineStream(wrapped)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        left = _bounds.remaining()
        time.sleep(seconds if left is None else max(0.0, min(seconds, left)))


_Handle = typing.Callable[[httpcore.Request], httpcore.Response]


def _bounded_pool_wait(handle: _Handle) -> _Handle:
    """`pool.handle_request`, waiting for a free connection at most until the call's deadline.

    The wait for a pooled connection is no socket operation: httpcore times it by the request's
    `pool` timeout alone, so a call queued behind slow ones would otherwise wait its full pool
    timeout whatever its deadline.
    """

    def handle_request(request: httpcore.Request) -> httpcore.Response:
        left = _bounds.remaining()
        if left is not None:
            if left <= 0:
                raise httpcore.PoolTimeout("the call's deadline passed before a connection was free")
            timeouts = dict(request.extensions.get("timeout", {}))
            pool = timeouts.get("pool")
            timeouts["pool"] = left if pool is None else min(pool, left)
            request.extensions = {**request.extensions, "timeout": timeouts}
        return handle(request)

    handle_request.volteras_deadline = True  # type: ignore[attr-defined]
    return handle_request


def install(client: httpx.Client) -> None:
    """Put the deadline into every pool of `client`, the default one and each proxy's: into each
    socket operation of its network streams, and into the wait for a free connection."""
    for transport in _internals.transports(client):
        pool = _internals.pool(transport)
        if not isinstance(pool, httpcore.ConnectionPool):
            continue  # a mount httpx set to None (NO_PROXY), or another kind of transport
        if not isinstance(_internals.network_backend(pool), DeadlineBackend):
            _internals.wrap_network_backend(pool, DeadlineBackend)
        if not hasattr(pool.handle_request, "volteras_deadline"):
            pool.handle_request = _bounded_pool_wait(pool.handle_request)  # type: ignore[method-assign,assignment]
