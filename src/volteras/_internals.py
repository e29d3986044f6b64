"""Every private part of httpx and httpcore the SDK reads or writes, one function each.

Nothing else in the SDK touches them. Each function names the class and attribute it needs,
and raises `Moved` naming them when an upgrade has moved or renamed one, so
tests/client/test_dependency_internals.py fails and says what moved before a user meets it.

Why they are needed at all: httpx builds its connection pools itself (`HTTPTransport` creates
an `httpcore.ConnectionPool` and takes no network backend), keeps the default transport and
the proxy transports it made from the environment in private attributes, and exposes no TLS
settings of a client. httpcore's own `ConnectionPool(network_backend=...)` is public, but
using it would mean building the SDK's transports by hand, re-implementing what httpx does for
TLS, HTTP_PROXY/HTTPS_PROXY/NO_PROXY, HTTP/2 and its exceptions; the SDK wraps the pools httpx
built instead, through the few attributes below.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # httpcore loads with the first transport httpx makes; `import volteras` stays without it
    import httpcore

_Client = httpx.Client | httpx.AsyncClient


class Moved(RuntimeError):
    """The installed httpx or httpcore lacks a private attribute the SDK relies on: an upgrade moved it."""


def _get(obj: object, name: str, owner: str) -> Any:
    try:
        return getattr(obj, name)
    except AttributeError:
        from importlib.metadata import version

        package = owner.split(".", 1)[0]
        raise Moved(
            f"{owner}.{name} is gone in {package} {version(package)} (volteras/_internals.py reads it); "
            "this SDK needs an update for it, or the older version"
        ) from None


def transports(client: _Client) -> list[Any]:
    """The client's default transport, then each mounted one (proxies; None where a mount sends direct)."""
    owner = f"httpx.{type(client).__name__}"
    default = _get(client, "_transport", owner)
    mounts: dict[Any, Any] = _get(client, "_mounts", owner)
    return [default, *mounts.values()]


def replace_transports(client: _Client, fresh: _Client) -> None:
    """Give `client` the transports (pools) of `fresh`, in place, so everything holding `client` sees them."""
    owner = f"httpx.{type(client).__name__}"
    _get(client, "_transport", owner)
    _get(client, "_mounts", owner)
    client._transport = _get(fresh, "_transport", owner)
    client._mounts = _get(fresh, "_mounts", owner)


def transport_for_url(client: _Client, url: httpx.URL) -> Any:
    """The transport (default or mounted) a request to `url` would go through."""
    choose: Callable[[httpx.URL], Any] = _get(client, "_transport_for_url", f"httpx.{type(client).__name__}")
    return choose(url)


def pool(transport: object) -> httpcore.ConnectionPool | httpcore.AsyncConnectionPool | None:
    """The httpcore pool behind one of httpx's own transports; None for any other kind of transport."""
    if not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        return None
    import httpcore  # loaded by the transport already

    found = _get(transport, "_pool", f"httpx.{type(transport).__name__}")
    return found if isinstance(found, httpcore.ConnectionPool | httpcore.AsyncConnectionPool) else None


def ssl_context(found: httpcore.ConnectionPool | httpcore.AsyncConnectionPool) -> ssl.SSLContext | None:
    """The TLS context the pool's connections are made with."""
    context = _get(found, "_ssl_context", f"httpcore.{type(found).__name__}")
    return context if isinstance(context, ssl.SSLContext) else None


def wrap_network_backend(
    found: httpcore.ConnectionPool | httpcore.AsyncConnectionPool, wrap: Callable[[Any], Any]
) -> None:
    """Put `wrap(backend)` in place of the network backend the pool (sync or async) opens its
    connections with."""
    import httpcore

    owner = f"httpcore.{type(found).__name__}"
    backend = _get(found, "_network_backend", owner)
    kind: type = httpcore.NetworkBackend
    if isinstance(found, httpcore.AsyncConnectionPool):
        kind = httpcore.AsyncNetworkBackend
    if not isinstance(backend, kind):
        raise Moved(f"{owner}._network_backend is a {type(backend).__name__}, not httpcore.{kind.__name__}")
    found._network_backend = wrap(backend)


def network_backend(
    found: httpcore.ConnectionPool | httpcore.AsyncConnectionPool,
) -> httpcore.NetworkBackend | httpcore.AsyncNetworkBackend:
    """The network backend the pool (sync or async) opens its connections with."""
    backend: httpcore.NetworkBackend | httpcore.AsyncNetworkBackend = _get(
        found, "_network_backend", f"httpcore.{type(found).__name__}"
    )
    return backend
