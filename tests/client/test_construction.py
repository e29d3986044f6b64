"""Building a client: credentials and addresses from arguments or VOLTERAS_* variables."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

import volteras
from tests.spec_facts import path_of
from volteras import AsyncVolteras, CommandStatus, Volteras, VolterasError
from volteras.testing import Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET

ENV_VARS = ("VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET", "VOLTERAS_BASE_URL", "VOLTERAS_ENVIRONMENT")
CLASSES = [Volteras, AsyncVolteras]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("cls", CLASSES)
def test_env_credentials_and_base_url_are_used(
    cls: Any, monkeypatch: pytest.MonkeyPatch, sim: Simulator, base_url: str
) -> None:
    """A client built with no arguments takes id, secret and base URL from VOLTERAS_* variables."""
    monkeypatch.setenv("VOLTERAS_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("VOLTERAS_BASE_URL", base_url)

    async def run_async() -> object:
        async with AsyncVolteras() as client:
            assert client.base_url == base_url
            return (await client.commands.lock_doors("veh_1")).status

    if cls is Volteras:
        with Volteras() as client:
            assert client.base_url == base_url
            assert client.client_id == CLIENT_ID
            status: object = client.commands.lock_doors("veh_1").status
    else:
        status = asyncio.run(run_async())
    assert status == CommandStatus.EXECUTED
    assert [r.command for r in sim.executions] == ["LOCK_DOORS"]


@pytest.mark.parametrize("cls", CLASSES)
def test_arguments_win_over_environment(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Explicit arguments take precedence over the VOLTERAS_* variables."""
    monkeypatch.setenv("VOLTERAS_CLIENT_ID", "env-id")
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("VOLTERAS_BASE_URL", "https://env.example.com")
    client = cls("arg-id", "arg-secret", base_url="https://arg.example.com")
    assert client.client_id == "arg-id"
    assert client.base_url == "https://arg.example.com"


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({}, ["VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET"]),
        ({"client_id": "x"}, ["VOLTERAS_CLIENT_SECRET"]),
        ({"client_secret": "y"}, ["VOLTERAS_CLIENT_ID"]),
        ({"client_id": "", "client_secret": ""}, ["VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET"]),
    ],
)
def test_missing_credentials_name_the_variables(cls: Any, given: dict[str, str], missing: list[str]) -> None:
    """Missing credentials raise VolterasError naming the VOLTERAS_* variables to set."""
    with pytest.raises(VolterasError) as info:
        cls(**given)
    for name in missing:
        assert name in str(info.value)


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "url",
    ["http://api.volteras.com", "http://10.0.0.1:8000", "http://example.com/", "ftp://127.0.0.1", "nonsense"],
)
def test_cleartext_or_invalid_base_url_refused(cls: Any, url: str) -> None:
    """A base URL using plain http to a non-loopback host (or no http at all) is refused with ValueError."""
    with pytest.raises(ValueError, match="base_url"):
        cls(CLIENT_ID, CLIENT_SECRET, base_url=url)


@pytest.mark.parametrize("cls", CLASSES)
def test_cleartext_base_url_refused_from_environment(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """VOLTERAS_BASE_URL goes through the same https check as the argument, and the error names the variable."""
    monkeypatch.setenv("VOLTERAS_BASE_URL", "http://api.volteras.com")
    with pytest.raises(ValueError, match=r"VOLTERAS_BASE_URL .* uses plain http"):
        cls(CLIENT_ID, CLIENT_SECRET)


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://api.example.com/", "https://api.example.com"),
    ],
)
def test_loopback_http_and_https_accepted(cls: Any, url: str, expected: str) -> None:
    """http:// to loopback (the simulator) and any https:// URL are accepted; a trailing slash is dropped."""
    assert cls(CLIENT_ID, CLIENT_SECRET, base_url=url).base_url == expected


@pytest.mark.parametrize("cls", CLASSES)
def test_environment_selects_default_base_url(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """environment="sandbox" (argument or VOLTERAS_ENVIRONMENT) points at the sandbox; default is production."""
    assert cls(CLIENT_ID, CLIENT_SECRET, environment="sandbox").base_url == "https://api.sandbox.volteras.com"
    assert cls(CLIENT_ID, CLIENT_SECRET).base_url == "https://api.volteras.com"
    monkeypatch.setenv("VOLTERAS_ENVIRONMENT", "sandbox")
    assert cls(CLIENT_ID, CLIENT_SECRET).base_url == "https://api.sandbox.volteras.com"


@pytest.mark.parametrize("cls", CLASSES)
def test_unknown_environment_refused(cls: Any) -> None:
    """An environment other than production/sandbox raises ValueError."""
    with pytest.raises(ValueError, match="environment"):
        cls(CLIENT_ID, CLIENT_SECRET, environment="staging")


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("value", [-1, 1.5, True, "2"])
def test_bad_max_retries_refused(cls: Any, value: object) -> None:
    """max_retries must be a non-negative int."""
    with pytest.raises(ValueError, match="max_retries"):
        cls(CLIENT_ID, CLIENT_SECRET, max_retries=value)


def test_sync_context_manager_closes_pool(base_url: str) -> None:
    """Leaving `with Volteras(...)` closes the client's own connection pool."""
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
        client.commands.lock_doors("veh_1")
        assert not client._http.is_closed
    assert client._http.is_closed
    with pytest.raises(VolterasError, match="client is closed"):
        client.commands.unlock_doors("veh_1")


def test_async_context_manager_closes_pool(base_url: str) -> None:
    """Leaving `async with AsyncVolteras(...)` closes the client's own connection pool."""

    async def main() -> AsyncVolteras:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            await client.commands.lock_doors("veh_1")
            assert not client._http.is_closed
        return client

    client = asyncio.run(main())
    assert client._http.is_closed


def test_sync_user_http_client_honoured_and_left_open(sim: Simulator, base_url: str) -> None:
    """A caller-supplied httpx.Client carries every request (its event hooks see them) and is not closed."""
    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(f"{r.method} {r.url.path}")]}) as http:
        with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url, http_client=http) as client:
            client.commands.lock_doors("veh_1")
        assert not http.is_closed
    assert seen == [f"POST {path_of('create_token')}", f"POST {path_of('lock_doors', vehicle_id='veh_1')}"]
    assert len(sim.executions) == 1


def test_async_user_http_client_honoured_and_left_open(sim: Simulator, base_url: str) -> None:
    """A caller-supplied httpx.AsyncClient carries every request (its event hooks see them) and is not closed."""
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    async def main() -> bool:
        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
            async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url, http_client=http) as client:
                await client.commands.lock_doors("veh_1")
            return http.is_closed

    assert asyncio.run(main()) is False
    assert seen == [f"POST {path_of('create_token')}", f"POST {path_of('lock_doors', vehicle_id='veh_1')}"]
    assert len(sim.executions) == 1


@pytest.mark.parametrize("cls", CLASSES)
def test_repr_shows_address_and_id_only(cls: Any) -> None:
    """repr(client) names the base URL and client id, never the secret."""
    text = repr(cls(CLIENT_ID, "s3cr3t-value", base_url="https://api.example.com"))
    assert "https://api.example.com" in text and CLIENT_ID in text
    assert "s3cr3t-value" not in text


def test_requests_name_the_sdk_and_its_version(sim: Simulator, client: Any) -> None:
    """Token, command and poll requests all carry `volteras-python/<version>` as User-Agent."""
    client.commands.close_charge_port("veh_1", wait=True)
    agents = {r.headers.get("user-agent") for r in [*sim.token_requests, *sim.requests]}
    assert agents == {f"volteras-python/{volteras.__version__} httpx/{httpx.__version__}"}
    assert len(sim.token_requests) == 1
    assert re.fullmatch(r"\d+(\.\d+)+\S*", volteras.__version__)  # 1.2.3, 1.2.0rc1, ...


def test_caller_http_client_keeps_its_own_user_agent(sim: Simulator, base_url: str) -> None:
    """A caller-supplied http_client's headers are left alone, down to the token request."""
    with (
        httpx.Client(timeout=5.0, headers={"User-Agent": "fleet-service/7"}) as http,
        Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url, http_client=http) as client,
    ):
        client.commands.lock_doors("veh_1")
    assert {r.headers.get("user-agent") for r in [*sim.token_requests, *sim.requests]} == {"fleet-service/7"}


@pytest.mark.parametrize("cls", CLASSES)
def test_explicit_sandbox_beats_a_production_base_url_variable(
    cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """environment="sandbox" reaches the sandbox even with VOLTERAS_BASE_URL naming production."""
    monkeypatch.setenv("VOLTERAS_BASE_URL", "https://api.volteras.com")
    assert cls(CLIENT_ID, CLIENT_SECRET, environment="sandbox").base_url == "https://api.sandbox.volteras.com"


@pytest.mark.parametrize("cls", CLASSES)
def test_explicit_base_url_beats_the_environment_variable(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """base_url= wins over VOLTERAS_ENVIRONMENT (an argument always beats a variable)."""
    monkeypatch.setenv("VOLTERAS_ENVIRONMENT", "production")
    assert (
        cls(CLIENT_ID, CLIENT_SECRET, base_url="https://arg.example.com").base_url
        == "https://arg.example.com"
    )


@pytest.mark.parametrize("cls", CLASSES)
def test_environment_and_base_url_together_are_refused(cls: Any) -> None:
    """Naming both environment= and base_url= is a ValueError saying to pass one of them."""
    with pytest.raises(ValueError, match="environment= or base_url=, not both"):
        cls(CLIENT_ID, CLIENT_SECRET, environment="sandbox", base_url="https://api.volteras.com")


@pytest.mark.parametrize("cls", CLASSES)
def test_disagreeing_variables_are_refused(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """VOLTERAS_ENVIRONMENT=sandbox with VOLTERAS_BASE_URL naming production is a ValueError naming both."""
    monkeypatch.setenv("VOLTERAS_ENVIRONMENT", "sandbox")
    monkeypatch.setenv("VOLTERAS_BASE_URL", "https://api.volteras.com")
    with pytest.raises(
        ValueError, match=r"VOLTERAS_ENVIRONMENT=sandbox .* VOLTERAS_BASE_URL=https://api\.volteras\.com"
    ):
        cls(CLIENT_ID, CLIENT_SECRET)
    monkeypatch.setenv("VOLTERAS_BASE_URL", "https://api.sandbox.volteras.com/")  # the same API: fine
    assert cls(CLIENT_ID, CLIENT_SECRET).base_url == "https://api.sandbox.volteras.com"


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("url", ["https://API.SANDBOX.volteras.com", "https://Api.Sandbox.Volteras.COM:443/"])
def test_a_base_url_naming_the_sandbox_in_capitals_agrees_with_the_sandbox(
    cls: Any, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    """Host names compare case-insensitively (and the default port as none): the sandbox in capitals is the sandbox."""
    monkeypatch.setenv("VOLTERAS_ENVIRONMENT", "sandbox")
    monkeypatch.setenv("VOLTERAS_BASE_URL", url)
    assert cls(CLIENT_ID, CLIENT_SECRET).base_url.lower().startswith("https://api.sandbox.volteras.com")
    monkeypatch.setenv("VOLTERAS_ENVIRONMENT", "production")
    with pytest.raises(ValueError, match="name different APIs"):
        cls(CLIENT_ID, CLIENT_SECRET)
