"""Wrong types at the public entry points: a TypeError naming the argument, before anything is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from volteras import AsyncVolteras, Volteras
from volteras.testing import Simulator

ID, SECRET = "demo-client", "demo-secret"


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"http_client": 5}, "http_client"),
        ({"base_url": 5}, "base_url"),
        ({"client_id": 5}, "client_id"),
        ({"client_secret": 5}, "client_secret"),
        ({"webhook_secret": 5}, "webhook_secret"),
        ({"webhook_secret": ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 5]}, r"webhook_secret\[1\]"),
        ({"default_headers": {"a": 1}}, "default_headers"),
    ],
)
def test_a_constructor_argument_of_the_wrong_type_is_refused_by_name(
    cls: type[Any], kwargs: dict[str, Any], named: str
) -> None:
    """`Volteras(http_client=5)`, `client_id=5`, `webhook_secret=5`...: a TypeError naming the argument."""
    arguments = {"client_id": ID, "client_secret": SECRET, "base_url": "http://127.0.0.1:9", **kwargs}
    with pytest.raises(TypeError, match=rf"^{named} must"):
        cls(**arguments)


def test_an_async_http_client_given_to_the_sync_client_is_refused() -> None:
    """An httpx.AsyncClient handed to Volteras is named as the wrong kind of http client."""
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client"):
        Volteras(ID, SECRET, base_url="http://127.0.0.1:9", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


_CALLS: list[tuple[str, Callable[[Any], Any], str]] = [
    ("wait on an id", lambda c: c.commands.wait("cmd_1"), "execution must be a CommandExecution"),
    ("connections.wait(123)", lambda c: c.connections.wait(123), "group must be a group id"),
    (
        "extra_headers=5",
        lambda c: c.vehicles.get("veh_1", extra_headers=5),
        "extra_headers must be a mapping",
    ),
    (
        "extra_headers int value",
        lambda c: c.vehicles.get("veh_1", extra_headers={"a": 1}),
        "extra_headers must map",
    ),
    ("extra_query=[1]", lambda c: c.vehicles.get("veh_1", extra_query=[1]), "extra_query must be a mapping"),
    ("listing extra_query=[1]", lambda c: c.vehicles.list(extra_query=[1]), "extra_query must be a mapping"),
    ("tag_key=5", lambda c: c.vehicles.list(tag_key=5), "tag_key must be a str"),
    ("send_many(None)", lambda c: c.commands.send_many("lock_doors", None), "vehicle_ids must be a list"),
    (
        "send_many arguments=5",
        lambda c: c.commands.send_many("lock_doors", ["veh_1"], arguments=5),
        "arguments must be a",
    ),
]


@pytest.mark.parametrize(("what", "call", "message"), _CALLS, ids=[c[0] for c in _CALLS])
def test_a_method_argument_of_the_wrong_type_is_refused_before_sending(
    sim: Simulator, base_url: str, what: str, call: Callable[[Any], Any], message: str
) -> None:
    """Sync: each wrong type is a TypeError naming the argument, and no request reaches the server."""
    with Volteras(ID, SECRET, base_url=base_url) as client, pytest.raises(TypeError, match=message):
        call(client)
    assert sim.requests == []


@pytest.mark.parametrize(("what", "call", "message"), _CALLS, ids=[c[0] for c in _CALLS])
def test_the_async_client_refuses_the_same_arguments(
    sim: Simulator, base_url: str, what: str, call: Callable[[Any], Any], message: str
) -> None:
    """Async: the same wrong types give the same TypeErrors, before anything is sent."""

    async def main() -> None:
        async with AsyncVolteras(ID, SECRET, base_url=base_url) as client:
            with pytest.raises(TypeError, match=message):
                result = call(client)
                if asyncio.iscoroutine(result):
                    await result

    asyncio.run(main())
    assert sim.requests == []
