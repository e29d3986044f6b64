"""The call's deadline inside the pool wait and every socket read and write of the SDK's own pools.

httpx has no timeout for a whole request. So the wait for a free pooled connection, and each
network stream the pool opens, take `min(phase timeout, time left)` as their timeout, the time
left coming from the deadline the request loop set for the call (`_bounds`); once it has passed,
the next wait, read or write fails at once as a timeout. Outside a call (no deadline set) the
pool behaves exactly like httpcore's own.

A sync thread cannot be interrupted, so this is the only way `Volteras` can end a call that a
server trickles. `AsyncVolteras` could cancel the call instead, but a timer per attempt
(`asyncio.timeout`) costs more than the phase timeouts it would duplicate: every wait of an
attempt is one of these, so bounding them bounds the attempt.

The wrappers go around the network backend and the `handle_request` of each pool httpx built
for the client (the default one and any proxy's), so limits, TLS settings and proxies stay
what httpx chose. The pools and their backends are reached through `_internals`, the one
module that knows where httpx and httpcore keep them.
Imported only when a client makes its own pool: httpcore is loaded by then anyway.
"""

from __future__ import annotations

import select
import ssl
import time
import typing

import httpcore
import httpx

from . import _bounds, _internals

_SocketOption = typing.Any  # httpcore's SOCKET_OPTION, a union of tuples it does not export
_Client = httpx.Client | httpx.AsyncClient


def _bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    left = _bounds.remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


def _polled(fd: int) -> bool:
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


def _selected(fd: int) -> bool:
    """`_polled` where there is no `select.poll` (Windows), whose `select` takes a socket whatever its
    number: its fd_set lists sockets where Unix's is a bitmap that ends at FD_SETSIZE."""
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)


_has_input = _polled if hasattr(select, "poll") else _selected
"""Chosen once: poll wherever there is one, since a Unix `select` refuses descriptors from FD_SETSIZE
(1024) up, which a busy process's sockets reach."""


def _readable(sock: typing.Any) -> bool:
    """Whether the socket has something to read (or is gone), without reading: how httpcore tells
    that the server closed an idle pooled connection.

    httpcore asks this of every idle connection each time it assigns a request (for an async pool
    several times per request under load), and its asyncio backend answers through anyio's typed
    attributes, which build a dict of lambdas per question; the socket is looked up once here.
    """
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True  # no socket left: the next read returns the end
    return _has_input(fd)


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


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket = inner.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        wrapped = await self._inner.start_tls(
            ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)
        )
        return AsyncDeadlineStream(wrapped)

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable" and self._socket is not None:
            return _readable(self._socket)
        return self._inner.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[_SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[_SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        left = _bounds.remaining()
        await self._inner.sleep(seconds if left is None else max(0.0, min(seconds, left)))


def _pool_timeout(request: httpcore.Request) -> None:
    """Give the request's wait for a free connection at most the call's time left.

    The wait for a pooled connection is no socket operation: httpcore times it by the request's
    `pool` timeout alone, so a call queued behind slow ones would otherwise wait its full pool
    timeout whatever its deadline.
    """
    left = _bounds.remaining()
    if left is not None:
        if left <= 0:
            raise httpcore.PoolTimeout("the call's deadline passed before a connection was free")
        timeouts = dict(request.extensions.get("timeout", {}))
        pool = timeouts.get("pool")
        timeouts["pool"] = left if pool is None else min(pool, left)
        request.extensions = {**request.extensions, "timeout": timeouts}


def _bounded_pool_wait(
    handle: typing.Callable[[httpcore.Request], httpcore.Response],
) -> typing.Callable[[httpcore.Request], httpcore.Response]:
    def handle_request(request: httpcore.Request) -> httpcore.Response:
        _pool_timeout(request)
        return handle(request)

    handle_request.volteras_deadline = True  # type: ignore[attr-defined]
    return handle_request


def _async_bounded_pool_wait(
    handle: typing.Callable[[httpcore.Request], typing.Awaitable[httpcore.Response]],
) -> typing.Callable[[httpcore.Request], typing.Awaitable[httpcore.Response]]:
    async def handle_async_request(request: httpcore.Request) -> httpcore.Response:
        _pool_timeout(request)
        return await handle(request)

    handle_async_request.volteras_deadline = True  # type: ignore[attr-defined]
    return handle_async_request


def install(client: _Client) -> None:
    """Put the deadline into every pool of `client`, the default one and each proxy's: into each
    socket operation of its network streams, and into the wait for a free connection."""
    for transport in _internals.transports(client):
        pool = _internals.pool(transport)
        if isinstance(pool, httpcore.ConnectionPool):
            if not isinstance(_internals.network_backend(pool), DeadlineBackend):
                _internals.wrap_network_backend(pool, DeadlineBackend)
            if not hasattr(pool.handle_request, "volteras_deadline"):
                pool.handle_request = _bounded_pool_wait(pool.handle_request)  # type: ignore[method-assign,assignment]
        elif isinstance(pool, httpcore.AsyncConnectionPool):
            if not isinstance(_internals.network_backend(pool), AsyncDeadlineBackend):
                _internals.wrap_network_backend(pool, AsyncDeadlineBackend)
            if not hasattr(pool.handle_async_request, "volteras_deadline"):
                pool.handle_async_request = _async_bounded_pool_wait(pool.handle_async_request)  # type: ignore[method-assign,assignment]


def bounds_every_wait(client: _Client) -> bool:
    """Whether every transport of `client` is a pool `install` bounded: then the deadline ends each
    attempt from inside, and an async attempt needs no timer of its own."""
    for transport in _internals.transports(client):
        if transport is None:
            continue  # a mount that sends direct (NO_PROXY): the default transport
        pool = _internals.pool(transport)
        if pool is None:
            return False  # not one of httpx's pools (the simulator's in-process transport, ...)
        wait = pool.handle_request if isinstance(pool, httpcore.ConnectionPool) else pool.handle_async_request
        if not hasattr(wait, "volteras_deadline"):
            return False
    return True
