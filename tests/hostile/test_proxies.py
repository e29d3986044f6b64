"""Proxy variables: plain-HTTP loopback traffic never goes to a proxy; HTTPS goes through one as httpx does.

A recording proxy on 127.0.0.1 stands in for whatever HTTP_PROXY, HTTPS_PROXY or ALL_PROXY
names; it forwards nothing, so no traffic leaves the machine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from tests.fake_proxy import RecordingProxy
from volteras import APIConnectionError, AsyncVolteras, Volteras
from volteras.testing import Simulator

_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD")


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingProxy]:
    """A recording proxy, and no proxy variable set but those a test sets."""
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with RecordingProxy() as recording:
        yield recording


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"])
def test_plain_http_loopback_never_goes_through_a_proxy(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    """With a proxy variable set, sync and async calls to a loopback simulator go straight to it."""
    monkeypatch.setenv(variable, proxy.url)
    sim = Simulator()
    with sim.serve() as base_url:
        with Volteras("demo-client", "demo-secret", base_url=base_url) as client:
            assert client.tokens.test().client_id == "demo-client"

        async def run() -> str:
            async with AsyncVolteras("demo-client", "demo-secret", base_url=base_url) as client:
                return (await client.tokens.test()).client_id

        assert asyncio.run(run()) == "demo-client"
    assert proxy.heads == []  # neither the Basic credentials nor a token reached the proxy
    assert len(sim.token_requests) == 2


def test_https_goes_through_the_https_proxy_as_a_tunnel(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTPS_PROXY is honoured: the proxy is asked for a CONNECT tunnel and never sees a credential."""
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with (
        Volteras("id", "s3cret-value", environment="sandbox", max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.tokens.test()
    assert [line.split(" ")[:2] for line in proxy.first_lines] == [
        ["CONNECT", "api.sandbox.volteras.com:443"]
    ]
    assert "Authorization" not in proxy.heads[0]


@pytest.mark.parametrize("make", [httpx.Client, httpx.AsyncClient])
def test_a_caller_client_that_would_proxy_loopback_is_refused(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, make: type[httpx.Client] | type[httpx.AsyncClient]
) -> None:
    """A caller's http_client that would send plain-HTTP loopback calls to a proxy is a ValueError saying how to fix it."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    cls = Volteras if make is httpx.Client else AsyncVolteras
    with pytest.raises(ValueError, match=r"through a proxy .* trust_env=False"):
        cls("id", "secret", base_url="http://127.0.0.1:9", http_client=make())  # type: ignore[arg-type]
    assert cls("id", "secret", base_url="http://127.0.0.1:9", http_client=make(trust_env=False))  # type: ignore[arg-type]
