"""Transport safety: no cleartext HTTP off this machine, TLS verified, a finite timeout."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import pytest

from volteras import AsyncVolteras, Volteras, _internals

CLIENTS = [Volteras, AsyncVolteras]
REFUSED = [
    "http://api.volteras.com",
    "HTTP://api.volteras.com",
    "http://api.volteras.com:443",
    "http://example.com/",
    "http://127.0.0.1.evil.example",
    "http://localhost.evil.example",
    "http://127.0.0.1@evil.example",
    "http://localhost@evil.example/",
    "http://evil.example#@127.0.0.1",
    "http://evil.example?@localhost",
    "http://10.0.0.1",
    "http://0.0.0.0",
    "http://[::]",
    "http://[fe80::1]",
    "http://2130706433",
    "ftp://api.volteras.com",
    "ws://127.0.0.1",
    "file:///etc/passwd",
    "//api.volteras.com",
    "api.volteras.com",
    "https://",
    "http://",
]
ACCEPTED = [
    "http://127.0.0.1:1",
    "http://127.0.0.1",
    "http://127.1.2.3:8080",
    "http://localhost",
    "http://localhost:8080/",
    "http://[::1]",
    "http://[::1]:8080",
    "https://api.volteras.com",
    "https://api.example.test:8443/prefix",
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VOLTERAS_BASE_URL", "VOLTERAS_ENVIRONMENT", "VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("base_url", REFUSED)
def test_non_loopback_cleartext_and_bogus_urls_refused(cls: type[Any], base_url: str) -> None:
    """Plain http to anything but loopback, other schemes and malformed URLs raise ValueError at construction."""
    with pytest.raises(ValueError, match="base_url"):
        cls("id", "secret", base_url=base_url)


@pytest.mark.parametrize("base_url", ["http://api.volteras.com", "http://192.168.1.10:8080"])
def test_cleartext_base_url_from_environment_refused(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    """A cleartext non-loopback VOLTERAS_BASE_URL is refused just like the argument."""
    monkeypatch.setenv("VOLTERAS_BASE_URL", base_url)
    with pytest.raises(ValueError, match="VOLTERAS_BASE_URL"):
        Volteras("id", "secret")


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("base_url", ACCEPTED)
def test_loopback_http_and_https_accepted(cls: type[Any], base_url: str) -> None:
    """Loopback http (127.0.0.0/8, localhost, [::1]) and any https URL are accepted, trailing '/' dropped."""
    client = cls("id", "secret", base_url=base_url)
    assert client.base_url == base_url.rstrip("/")
    assert "secret" not in repr(client)


def _ssl_contexts(http: httpx.Client | httpx.AsyncClient) -> list[ssl.SSLContext]:
    """The SSL contexts of the pools behind the client's default transport and each proxy's, in that order."""
    pools = [_internals.pool(transport) for transport in _internals.transports(http)]
    return [context for pool in pools if pool is not None if (context := _internals.ssl_context(pool))]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("environment", [None, "production", "sandbox"])
def test_default_http_client_verifies_tls(cls: type[Any], environment: str | None) -> None:
    """The httpx client the SDK creates requires a valid certificate with a matching host name."""
    client = cls("id", "secret", environment=environment)
    assert client.base_url.startswith("https://")
    contexts = _ssl_contexts(client._http)
    assert contexts  # the default transport's, at least
    for context in contexts:  # every transport the client could pick, proxy mounts included
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


@pytest.mark.parametrize("cls", CLIENTS)
def test_default_http_client_has_finite_timeouts(cls: type[Any]) -> None:
    """Every phase of the default client's timeout (connect, read, write, pool) is finite and positive."""
    client = cls("id", "secret")
    timeout = client._http.timeout
    phases = [timeout.connect, timeout.read, timeout.write, timeout.pool]
    assert all(phase is not None and 0 < phase <= 300 for phase in phases), phases


@pytest.mark.parametrize("cls", CLIENTS)
def test_explicit_timeout_is_used(cls: type[Any]) -> None:
    """A `timeout=` argument reaches the default httpx client."""
    client = cls("id", "secret", timeout=2.5)
    assert client._http.timeout == httpx.Timeout(2.5)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("timeout", [None, httpx.Timeout(None), httpx.Timeout(5.0, read=None)], ids=repr)
def test_infinite_timeout_documented_as_always_set(cls: type[Any], timeout: Any) -> None:
    """docs/safety.md: 'A 30 s timeout is set by default' — asking for no timeout must not leave calls able to hang forever."""
    try:
        client = cls("id", "secret", timeout=timeout)
    except (TypeError, ValueError):
        return
    t = client._http.timeout
    assert None not in (t.connect, t.read, t.write, t.pool)
