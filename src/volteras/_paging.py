"""Cursor paging over the list endpoint, as plain and async iterators."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Final, Generic, TypeVar

import attrs
import httpx

from ._errors import ResponseValidationError

T = TypeVar("T")
MAX_PAGES: Final = 100_000


@attrs.frozen
class Page(Generic[T]):
    """One page of results, with the response it came in."""

    items: list[T]
    next_page_token: str | None
    total_results: int
    http_response: httpx.Response

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id


class _Cursor:
    """Which page to ask for next; refuses a token it has already followed."""

    def __init__(self) -> None:
        self.token: str | None = None
        self.done = False
        self._seen: set[str] = set()

    def advance(self, page: Page[T]) -> None:
        token = page.next_page_token
        if token is None:
            self.done = True
            return
        if token in self._seen or len(self._seen) >= MAX_PAGES:
            raise ResponseValidationError(
                "the server sent a page token it had already sent; stopping instead of looping",
                status_code=page.http_response.status_code,
                content=token.encode(),
                request_id=page.request_id,
            )
        self._seen.add(token)
        self.token = token


class SyncPager(Generic[T]):
    """Iterate to get every item across pages; `.pages()` to get whole pages."""

    def __init__(self, fetch: Callable[[str | None], Page[T]]) -> None:
        self._fetch = fetch

    def pages(self) -> Iterator[Page[T]]:
        cursor = _Cursor()
        while not cursor.done:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """`async for` over every item across pages; `.pages()` for whole pages."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[Page[T]]]) -> None:
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[Page[T]]:
        cursor = _Cursor()
        while not cursor.done:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
