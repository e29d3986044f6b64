"""Paging over list endpoints, cursor or page number, as plain and async iterators.

The API pages two ways: a cursor (`pageToken` in, `nextPageToken` out, null on the last page)
and a page number (`currentPage` from 0, until a page comes back short or the total is
reached). Both are walked by the same pagers; `_Walk` holds which page comes next.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import attrs
import httpx

from ._errors import ResponseValidationError

if TYPE_CHECKING:
    from ._base import RawResponse

T = TypeVar("T")
Cursor = str | int | None
DEFAULT_MAX_PAGES: Final = 10_000
"""How many pages one walk reads at most unless `pager.max_pages` says otherwise: 500,000 items at
the API's largest page size, and a stop for a server that names a new next page for ever."""


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
    """A Page from any page model of the spec: `results`, and `nextPageToken` where it pages by cursor.

    Some page models leave `results` optional; a page without it holds no items (never None,
    which would break iteration far from the response that caused it).
    """
    body = raw.parse()
    total = getattr(body, "total_results", None)
    if total is None:
        total = getattr(body, "estimated_total_results", None)
    items = [] if body.results is None else body.results
    return Page(items, getattr(body, "next_page_token", None), total, raw.http_response)


class _Walk:
    """Which page to ask for next; stops at `max_pages` pages, or when cursor tokens go round in a cycle.

    State stays constant whatever the server sends: the cycle check (Brent's) keeps one earlier
    token, not every token seen, and still catches any cycle within a few times its length.
    """

    def __init__(self, paging: Literal["cursor", "page_number"], max_pages: int) -> None:
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValueError(f"max_pages must be an int >= 1, not {max_pages!r}")
        self.paging = paging
        self.max_pages = max_pages
        self.cursor: Cursor = None if paging == "cursor" else 0
        self.done = False
        self.pages = 0
        self.seen_items = 0
        self._saved: str | None = None
        self._power = self._steps = 1

    def advance(self, page: Page[Any]) -> None:
        self.pages += 1
        if self.paging == "page_number":
            self.seen_items += len(page.items)
            total = page.total_results
            assert isinstance(self.cursor, int)
            if not page.items or (total is not None and self.seen_items >= total):
                self.done = True
                return
            self._check_limit(page)
            self.cursor += 1
            return
        token = page.next_page_token
        if token is None:
            self.done = True
            return
        if token == self._saved:
            raise _refused(
                page, "the server sent a page token it had already sent; stopping instead of looping"
            )
        self._check_limit(page)
        if self._steps == self._power:
            self._saved, self._power, self._steps = token, self._power * 2, 0
        self._steps += 1
        self.cursor = token

    def _check_limit(self, page: Page[Any]) -> None:
        if self.pages >= self.max_pages:
            raise _refused(
                page,
                f"still a next page after {self.max_pages} pages; stopping there "
                "(set the pager's max_pages to read further)",
            )

    def unusable(self, page_error: ValueError) -> ResponseValidationError:
        """The next page token could not even be put in a URL (too long, for one)."""
        token = str(self.cursor)
        return ResponseValidationError(
            f"the server's next page token ({len(token)} characters) cannot be sent back: {page_error}",
            status_code=200,
            content=token.encode(),
        )

    def fetch_failed(self, exc: ValueError) -> ResponseValidationError | ValueError:
        """A ValueError building a later page's request: the first page was built from the same
        arguments, so the server's token is to blame."""
        return self.unusable(exc) if isinstance(self.cursor, str) else exc


def _refused(page: Page[Any], reason: str) -> ResponseValidationError:
    return ResponseValidationError(
        reason,
        status_code=page.http_response.status_code,
        content=(page.next_page_token or "").encode(),
        request_id=page.request_id,
        response=page.http_response,
    )


def _repr(pager: SyncPager[Any] | AsyncPager[Any], describe: str, paging: str) -> str:
    """`<SyncPager GET /v1/vehicles?filter=..., cursor paging, max_pages=10000>`: what it walks."""
    what = f" {describe}," if describe else ""
    return f"<{type(pager).__name__}{what} {paging.replace('_', ' ')} paging, max_pages={pager.max_pages}>"


def describe_request(method: str, request: Mapping[str, Any]) -> str:
    """`GET /v1/vehicles?maxPageSize=50` for a generated request's kwargs (the first page's: no cursor)."""
    params = request.get("params") or {}
    query = "&".join(f"{name}={value}" for name, value in params.items() if value is not None)
    return f"{method} {request['url']}" + (f"?{query}" if query else "")


class SyncPager(Generic[T]):
    """Iterate to get every item across pages; `.pages()` to get whole pages."""

    max_pages: int = DEFAULT_MAX_PAGES
    """Pages one walk reads at most; past that, ResponseValidationError (see DEFAULT_MAX_PAGES)."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Page[T]],
        paging: Literal["cursor", "page_number"] = "cursor",
        describe: str = "",
    ) -> None:
        self._fetch = fetch
        self._paging = paging
        self._describe = describe

    def __repr__(self) -> str:
        return _repr(self, self._describe, self._paging)

    def pages(self) -> Iterator[Page[T]]:
        walk = _Walk(self._paging, self.max_pages)
        while not walk.done:
            try:
                page = self._fetch(walk.cursor)
            except ValueError as exc:
                raise walk.fetch_failed(exc) from None
            walk.advance(page)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """`async for` over every item across pages; `.pages()` for whole pages."""

    max_pages: int = DEFAULT_MAX_PAGES
    """Pages one walk reads at most; past that, ResponseValidationError (see DEFAULT_MAX_PAGES)."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[Page[T]]],
        paging: Literal["cursor", "page_number"] = "cursor",
        describe: str = "",
    ) -> None:
        self._fetch = fetch
        self._paging = paging
        self._describe = describe

    def __repr__(self) -> str:
        return _repr(self, self._describe, self._paging)

    async def pages(self) -> AsyncIterator[Page[T]]:
        walk = _Walk(self._paging, self.max_pages)
        while not walk.done:
            try:
                page = await self._fetch(walk.cursor)
            except ValueError as exc:
                raise walk.fetch_failed(exc) from None
            walk.advance(page)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
