"""Paging over list endpoints, cursor or page number, as plain and async iterators.

The API pages two ways: a cursor (`pageToken` in, `nextPageToken` out, null on the last page)
and a page number (`currentPage` from 0, until a page comes back short or the total is
reached). Both are walked by the same pagers; `_Walk` holds which page comes next.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import attrs
import httpx

from ._errors import ResponseValidationError

if TYPE_CHECKING:
    from ._base import RawResponse

T = TypeVar("T")
Cursor = str | int | None
MAX_PAGES: Final = 100_000


@attrs.frozen
class Page(Generic[T]):
    """One page of results, with the response it came in."""

    items: list[T]
    next_page_token: str | None
    total_results: int | None
    http_response: httpx.Response

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id


def page_from_model(raw: RawResponse[Any]) -> Page[Any]:
    """A Page from any page model of the spec: `results`, and `nextPageToken` where it pages by cursor."""
    body = raw.parse()
    total = getattr(body, "total_results", None)
    if total is None:
        total = getattr(body, "estimated_total_results", None)
    return Page(body.results, getattr(body, "next_page_token", None), total, raw.http_response)


class _Walk:
    """Which page to ask for next; refuses a token it has already followed."""

    def __init__(self, paging: Literal["cursor", "page_number"]) -> None:
        self.paging = paging
        self.cursor: Cursor = None if paging == "cursor" else 0
        self.done = False
        self.seen_items = 0
        self._seen: set[str] = set()

    def advance(self, page: Page[Any]) -> None:
        if self.paging == "page_number":
            self.seen_items += len(page.items)
            total = page.total_results
            assert isinstance(self.cursor, int)
            if not page.items or (total is not None and self.seen_items >= total) or self.cursor >= MAX_PAGES:
                self.done = True
            self.cursor += 1
            return
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
        self.cursor = token


class SyncPager(Generic[T]):
    """Iterate to get every item across pages; `.pages()` to get whole pages."""

    def __init__(
        self, fetch: Callable[[Cursor], Page[T]], paging: Literal["cursor", "page_number"] = "cursor"
    ) -> None:
        self._fetch = fetch
        self._paging = paging

    def pages(self) -> Iterator[Page[T]]:
        walk = _Walk(self._paging)
        while not walk.done:
            page = self._fetch(walk.cursor)
            walk.advance(page)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """`async for` over every item across pages; `.pages()` for whole pages."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[Page[T]]],
        paging: Literal["cursor", "page_number"] = "cursor",
    ) -> None:
        self._fetch = fetch
        self._paging = paging

    async def pages(self) -> AsyncIterator[Page[T]]:
        walk = _Walk(self._paging)
        while not walk.done:
            page = await self._fetch(walk.cursor)
            walk.advance(page)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
