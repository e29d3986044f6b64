"""A list endpoint that never ends, goes round in circles or sends an unusable page token.

The server runs on 127.0.0.1 and answers every list request with an empty page naming the
next page token the test scripts.
"""

from __future__ import annotations

import asyncio
import urllib.parse
from collections.abc import Callable
from typing import Any

import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, ResponseValidationError, Volteras
from volteras._paging import DEFAULT_MAX_PAGES

from .conftest import TOKEN_PATH, VALID_TOKEN, Answer, Loopback, Seen

LIST_PATH = path_of("list_command_executions", vehicle_id="veh_1")


def list_server(next_token: Callable[[str | None], str | None]) -> Callable[[Seen], Answer]:
    """Empty pages whose nextPageToken is `next_token(the token asked for)`."""

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, VALID_TOKEN
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(seen.path).query)
        asked = query.get("pageToken", [None])[0]
        return 200, {}, {"results": [], "nextPageToken": next_token(asked), "totalResults": 0}

    return answer


def walk(cls: type[Any], base_url: str, max_pages: int | None = None) -> Exception | None:
    """Read every page of veh_1's executions; the error that stopped the walk, or None."""
    client = cls("id", "secret", base_url=base_url)
    pager = client.commands.list("veh_1")
    if max_pages is not None:
        pager.max_pages = max_pages
    if cls is Volteras:
        try:
            list(pager)
        except Exception as exc:
            return exc
        finally:
            client.close()
        return None

    async def run() -> Exception | None:
        async with client:
            try:
                [item async for item in pager]
            except Exception as exc:
                return exc
        return None

    return asyncio.run(run())


def _list_requests(loopback: Loopback) -> int:
    return sum(path.startswith(LIST_PATH) for path in loopback.paths("GET"))


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_endless_new_tokens_stop_at_max_pages(cls: type[Any], loopback: Loopback) -> None:
    """Empty pages that always name a new token stop after max_pages pages, with a message saying so (not 'repeated')."""
    loopback.answer = list_server(
        lambda asked: None if asked == "t200" else f"t{int((asked or 't0')[1:]) + 1}"
    )
    error = walk(cls, loopback.base_url, max_pages=50)
    assert isinstance(error, ResponseValidationError)
    assert "after 50 pages" in str(error) and "max_pages" in str(error)
    assert "already sent" not in str(error)
    assert _list_requests(loopback) == 50
    assert DEFAULT_MAX_PAGES == 10_000


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
@pytest.mark.parametrize("cycle", [["a"], ["a", "b"], ["a", "b", "c", "d", "e"]])
def test_tokens_in_a_cycle_are_caught(cls: type[Any], loopback: Loopback, cycle: list[str]) -> None:
    """Tokens that go round in a cycle stop the walk within a few rounds, saying the token was sent before."""
    loopback.answer = list_server(lambda asked: cycle[(cycle.index(asked) + 1) % len(cycle) if asked else 0])
    error = walk(cls, loopback.base_url)
    assert isinstance(error, ResponseValidationError)
    assert "already sent" in str(error)
    assert _list_requests(loopback) <= 4 * len(cycle) + 2


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_token_too_long_for_a_url_is_a_typed_error(cls: type[Any], loopback: Loopback) -> None:
    """A next page token too long to fit in a URL is a ResponseValidationError naming the page token, not a ValueError."""
    loopback.answer = list_server(lambda asked: "x" * 70_000 if asked is None else None)
    error = walk(cls, loopback.base_url)
    assert isinstance(error, ResponseValidationError), repr(error)
    assert "page token (70000 characters)" in str(error)
    assert _list_requests(loopback) == 1


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_pages_must_be_a_positive_int(loopback: Loopback, bad: object) -> None:
    """A max_pages that is not an int >= 1 is a ValueError before any request."""
    client = Volteras("id", "secret", base_url=loopback.base_url)
    pager = client.commands.list("veh_1")
    pager.max_pages = bad  # type: ignore[assignment]
    with pytest.raises(ValueError, match="max_pages"):
        list(pager)
    assert loopback.seen == []
