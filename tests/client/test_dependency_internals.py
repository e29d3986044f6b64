"""The private parts of httpx and httpcore the SDK relies on, each reached through one adapter
(`volteras._internals`); here each adapter meets the installed versions, so an upgrade that moves
one fails in this file, naming what moved, before any user meets it."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from typing import Any

import httpcore
import httpx
import pytest

from volteras import AsyncVolteras, Volteras, _internals
from volteras._internals import Moved
from volteras._pool_deadline import AsyncDeadlineBackend, AsyncDeadlineStream, DeadlineBackend
from volteras.testing import Simulator


def _pools(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    return [pool for transport in _internals.transports(http) if (pool := _internals.pool(transport))]


def test_the_sync_deadline_reaches_every_pool_httpx_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """Volteras's own pool, and the pool of a proxy the environment names, open connections through the deadline's backend."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with Volteras("id", "secret") as client:
        pools = _pools(client._http)
        assert len(pools) == 2  # the default transport's and the proxy's
        assert all(isinstance(_internals.network_backend(pool), DeadlineBackend) for pool in pools)


def test_the_async_deadline_reaches_every_pool_httpx_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """AsyncVolteras's own pool and a proxy's open connections through the deadline's backend, so no attempt needs a timer."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = AsyncVolteras("id", "secret")
    pools = _pools(client._http)
    assert len(pools) == 2
    assert all(isinstance(_internals.network_backend(pool), AsyncDeadlineBackend) for pool in pools)
    assert client._api.pool.bounds_deadline


def test_a_callers_async_http_client_keeps_the_timer_per_attempt() -> None:
    """A caller's pools are left as they are: the deadline then needs asyncio.timeout around each attempt."""
    http = httpx.AsyncClient()
    client = AsyncVolteras("id", "secret", http_client=http)
    assert not any(
        isinstance(_internals.network_backend(pool), AsyncDeadlineBackend) for pool in _pools(http)
    )
    assert not client._api.pool.bounds_deadline


def test_the_async_streams_answer_the_idle_check_from_their_socket() -> None:
    """An async connection's stream finds its socket at connect (httpcore's `get_extra_info("socket")`), so
    httpcore's check of every idle connection (`is_readable`) is one poll; without it the check
    would fall back to anyio's, several times slower, and nothing else would show it."""
    sim = Simulator()
    sim.add_vehicle("veh_1")

    async def main() -> None:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=url) as client:
            answer = await client.vehicles.with_raw_response.get("veh_1")
            stream = answer.http_response.extensions["network_stream"]
            assert isinstance(stream, AsyncDeadlineStream)
            assert stream._socket is not None
            assert stream.get_extra_info("is_readable") is False  # idle, nothing sent by the server

    with sim.serve() as url:
        asyncio.run(main())


def test_a_new_pool_replaces_the_old_one_in_place() -> None:
    """After a fork or on a new event loop the client's httpx client gets fresh pools, the deadline in each."""
    with Volteras("id", "secret") as client:
        http = client._http
        before = _pools(http)
        client._new_pool()
        after = _pools(http)
        assert client._http is http
        assert after and not set(map(id, after)) & set(map(id, before))
        assert all(isinstance(_internals.network_backend(pool), DeadlineBackend) for pool in after)


def test_the_transport_for_a_proxied_address_is_the_proxys() -> None:
    """A client told to proxy plain HTTP picks another transport for it than for anything else."""
    http = httpx.Client(mounts={"http://": httpx.HTTPTransport(proxy="http://127.0.0.1:9")})
    default = _internals.transports(http)[0]
    assert _internals.transport_for_url(http, httpx.URL("http://127.0.0.1:8000/x")) is not default
    assert _internals.transport_for_url(http, httpx.URL("https://api.volteras.com/x")) is default


def test_tls_settings_are_read_from_the_pool() -> None:
    """The TLS context of a verifying client requires certificates; one built with verify=False does not."""
    checked = _internals.pool(_internals.transports(httpx.Client())[0])
    unchecked = _internals.pool(_internals.transports(httpx.Client(verify=False))[0])  # noqa: S501 (what is detected)
    assert checked is not None and unchecked is not None
    assert (context := _internals.ssl_context(checked)) is not None
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert (loose := _internals.ssl_context(unchecked)) is not None
    assert loose.verify_mode == ssl.CERT_NONE
    assert _internals.pool(httpx.MockTransport(lambda request: httpx.Response(200))) is None


class _Upgraded(httpx.Client):
    """An httpx client as a later version might be: without `_transport_for_url`."""

    def __getattribute__(self, name: str) -> Any:
        if name == "_transport_for_url":
            raise AttributeError(name)
        return super().__getattribute__(name)


def _without(obj: Any, name: str) -> Any:
    delattr(obj, name)
    return obj


def _pool() -> httpcore.ConnectionPool:
    found = _internals.pool(httpx.HTTPTransport())
    assert isinstance(found, httpcore.ConnectionPool)
    return found


def _async_pool() -> httpcore.AsyncConnectionPool:
    found = _internals.pool(httpx.AsyncHTTPTransport())
    assert isinstance(found, httpcore.AsyncConnectionPool)
    return found


MOVES: list[tuple[str, Callable[[], object]]] = [
    ("httpx.Client._mounts", lambda: _internals.transports(_without(httpx.Client(), "_mounts"))),
    (
        "httpx.Client._transport",
        lambda: _internals.replace_transports(_without(httpx.Client(), "_transport"), httpx.Client()),
    ),
    ("_transport_for_url", lambda: _internals.transport_for_url(_Upgraded(), httpx.URL("http://x"))),
    ("httpx.HTTPTransport._pool", lambda: _internals.pool(_without(httpx.HTTPTransport(), "_pool"))),
    (
        "httpcore.ConnectionPool._ssl_context",
        lambda: _internals.ssl_context(_without(_pool(), "_ssl_context")),
    ),
    (
        "httpcore.ConnectionPool._network_backend",
        lambda: _internals.wrap_network_backend(_without(_pool(), "_network_backend"), DeadlineBackend),
    ),
    (
        "httpcore.AsyncConnectionPool._network_backend",
        lambda: _internals.wrap_network_backend(
            _without(_async_pool(), "_network_backend"), AsyncDeadlineBackend
        ),
    ),
]


@pytest.mark.parametrize(("moved", "use"), MOVES, ids=[moved for moved, _ in MOVES])
def test_a_moved_internal_is_named(moved: str, use: Callable[[], object]) -> None:
    """Each adapter, meeting a version without the attribute it reads, raises Moved naming it and the version."""
    with pytest.raises(Moved, match=moved.replace(".", r"\.")) as raised:
        use()
    assert "volteras/_internals.py" in str(raised.value)
