"""Callers' own http clients and settings: no redirect is followed, TLS checks stay on, base_url is plain.

A redirect from a hostile (or misconfigured) server must neither send a command twice nor carry
the credentials to the address it names; the servers here run on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, ResponseValidationError, Volteras, VolterasError

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen

CLIENTS = [Volteras, AsyncVolteras]
HTTP_CLIENTS = {Volteras: httpx.Client, AsyncVolteras: httpx.AsyncClient}


def _calls(client: Volteras | AsyncVolteras, *calls: tuple[str, ...]) -> list[Any]:
    """Call `client.commands.<name>(*args)` for each (name, *args) in turn: results or the errors raised."""
    if isinstance(client, AsyncVolteras):

        async def run() -> list[Any]:
            outcomes: list[Any] = []
            async with client:
                for name, *args in calls:
                    try:
                        outcomes.append(await getattr(client.commands, name)(*args))
                    except Exception as exc:
                        outcomes.append(exc)
            return outcomes

        return asyncio.run(run())
    outcomes: list[Any] = []
    with client:
        for name, *args in calls:
            try:
                outcomes.append(getattr(client.commands, name)(*args))
            except Exception as exc:
                outcomes.append(exc)
    return outcomes


@pytest.mark.parametrize("cls", CLIENTS)
def test_http_client_that_follows_redirects_is_refused(cls: type[Any]) -> None:
    """A caller's http_client with follow_redirects=True is refused at construction, saying why."""
    with pytest.raises(ValueError, match="follows redirects"):
        cls(
            "id",
            "secret",
            base_url="http://127.0.0.1:1",
            http_client=HTTP_CLIENTS[cls](follow_redirects=True),
        )


@pytest.mark.parametrize("cls", CLIENTS)
def test_command_redirect_is_not_followed(cls: type[Any], loopback: Loopback) -> None:
    """A 307 on a command POST is not followed: the command reaches the server once, and nothing goes elsewhere."""

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, VALID_TOKEN
        return 307, {"location": f"{loopback.base_url}/elsewhere"}, b""

    loopback.answer = answer
    client = cls("id", "secret", base_url=loopback.base_url, http_client=HTTP_CLIENTS[cls]())
    [outcome] = _calls(client, ("lock_doors", "veh_1"))
    assert isinstance(outcome, ResponseValidationError)
    assert loopback.paths("POST") == [TOKEN_PATH, path_of("lock_doors", vehicle_id="veh_1")]


@pytest.mark.parametrize("cls", CLIENTS)
def test_token_redirect_carries_no_refresh_token(cls: type[Any], loopback: Loopback) -> None:
    """A 307 from the token endpoint on a refresh is a typed error naming the redirect; nothing reaches its target."""
    answers = iter([(200, {}, {**VALID_TOKEN, "expires_in": 0, "refresh_token": "rt_precious_123"})])

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return next(answers, (307, {"location": f"{loopback.base_url}/steal"}, b""))
        return 200, {}, VALID_EXECUTION

    loopback.answer = answer
    # The first token expires at once, so the second call renews it with the refresh token.
    first, second = _calls(cls("id", "secret", base_url=loopback.base_url), *[("get", "veh_1", "cmd_1")] * 2)
    assert first.id == "cmd_1"
    assert isinstance(second, ResponseValidationError)
    assert "redirects are not followed" in str(second)
    assert loopback.paths() == [
        TOKEN_PATH,
        path_of("get_command_execution", vehicle_id="veh_1", vehicle_command_execution_id="cmd_1"),
        TOKEN_PATH,
    ]
    assert b"rt_precious_123" in loopback.seen[-1].body  # the redirected request was indeed a refresh


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("how", ["verify=False", "CERT_NONE context", "no host name check"])
def test_http_client_without_tls_checks_is_refused(cls: type[Any], how: str) -> None:
    """A caller's http_client that skips certificate or host name checks is refused unless the risk is accepted by name."""
    context = ssl.create_default_context()
    if how != "verify=False":
        context.check_hostname = False
        if how == "CERT_NONE context":
            context.verify_mode = ssl.CERT_NONE
    verify: Any = False if how == "verify=False" else context
    with pytest.raises(ValueError, match="allow_insecure_http_client"):
        cls("id", "secret", http_client=HTTP_CLIENTS[cls](verify=verify))
    accepted = cls(
        "id", "secret", http_client=HTTP_CLIENTS[cls](verify=verify), allow_insecure_http_client=True
    )
    assert accepted.base_url == "https://api.volteras.com"


@pytest.mark.parametrize("cls", CLIENTS)
def test_http_client_that_verifies_tls_is_accepted(cls: type[Any]) -> None:
    """A caller's ordinary http_client (TLS verified, redirects off) is accepted without any extra argument."""
    client = cls("id", "secret", http_client=HTTP_CLIENTS[cls](timeout=5))
    assert client._http.timeout == httpx.Timeout(5)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.volteras.com/?env=sandbox",
        "https://api.volteras.com?",
        "https://api.volteras.com/v1#top",
        "https://api.volteras.com#",
        "http://127.0.0.1:8080/?x=1",
    ],
)
def test_base_url_with_query_or_fragment_is_refused(cls: type[Any], base_url: str) -> None:
    """A base_url with a query or fragment (paths would be appended inside it) is refused with a ValueError."""
    with pytest.raises(ValueError, match="query or a fragment"):
        cls("id", "secret", base_url=base_url)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "base_url", ["https://user:pw-S3cret@api.volteras.com", "http://user@127.0.0.1:8080"]
)
def test_base_url_with_credentials_is_refused_without_echoing_them(cls: type[Any], base_url: str) -> None:
    """A base_url with user info is refused, and the message does not repeat the password."""
    with pytest.raises(ValueError, match="user name or password") as caught:
        cls("id", "secret", base_url=base_url)
    assert "S3cret" not in str(caught.value)
    assert not isinstance(caught.value, VolterasError)


def _token_then_execution(seen: Seen) -> Answer:
    return (200, {}, VALID_TOKEN) if seen.path == TOKEN_PATH else (200, {}, VALID_EXECUTION)


def test_async_client_works_across_two_event_loops(loopback: Loopback) -> None:
    """One AsyncVolteras used from two asyncio.run calls: the second run works too, on a fresh pool."""
    loopback.answer = _token_then_execution
    client = AsyncVolteras("id", "secret", base_url=loopback.base_url)
    first = asyncio.run(client.commands.get("veh_1", "cmd_1"))
    second = asyncio.run(client.commands.get("veh_1", "cmd_1"))
    asyncio.run(client.aclose())
    assert first.id == second.id == "cmd_1"
    assert loopback.paths().count(TOKEN_PATH) == 1  # the token outlives the loop


def test_async_caller_client_on_a_second_event_loop_is_a_typed_error(loopback: Loopback) -> None:
    """With a caller's AsyncClient, a call from a second asyncio.run is a VolterasError saying to use one loop, not a bare RuntimeError."""
    loopback.answer = _token_then_execution
    client = AsyncVolteras("id", "secret", base_url=loopback.base_url, http_client=httpx.AsyncClient())
    asyncio.run(client.commands.get("veh_1", "cmd_1"))
    with pytest.raises(VolterasError, match="event loop"):
        asyncio.run(client.commands.get("veh_1", "cmd_1"))
    assert len(loopback.paths("GET")) == 1
