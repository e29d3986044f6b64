"""The two paging styles, written once for every listing.

Cursor paging (``maxPageSize``, ``pageToken`` → ``results``, ``nextPageToken``,
a total) walks rows in creation order: a page token remembers the last row's
sequence number, so rows added or changed between pages neither repeat nor
vanish. A token also remembers the filter it was issued with (compared as
parsed JSON, not text) and expires after ``lifetime`` seconds of the
simulator's clock. Page-number paging (``maxPageSize``, ``currentPage`` from 0)
is a plain slice.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ._enums import ErrorCode
from ._errors import ApiError, validation
from ._filter import Filter, FilterError, parse_filter

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PRUNE_AT = 10_000

Row = tuple[int, Mapping[str, Any]]
"""A listed record: its creation sequence number and its JSON (camelCase) form."""


def page_size(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_PAGE_SIZE
    size = _integer(raw, "maxPageSize")
    if size < 1:
        raise validation("maxPageSize must be at least 1.", [{"loc": ["query", "maxPageSize"], "msg": raw}])
    if size > MAX_PAGE_SIZE:
        raise ApiError(
            ErrorCode.PAGE_SIZE_TOO_LARGE,
            f"maxPageSize may be at most {MAX_PAGE_SIZE}.",
            data={"maxPageSize": MAX_PAGE_SIZE},
        )
    return size


def _integer(raw: str, name: str) -> int:
    if not re.fullmatch(r"[+-]?\d{1,9}", raw.strip()):
        raise validation(f"{name} must be an integer.", [{"loc": ["query", name], "msg": raw}])
    return int(raw)


def parse_listing_filter(raw: str | None) -> Filter | None:
    """The ``filter`` query parameter, or REQUEST_VALIDATION_ERROR naming what is wrong."""
    if not raw:
        return None
    try:
        return parse_filter(raw)
    except FilterError as exc:
        raise validation(f"Invalid filter: {exc}", [{"loc": ["query", "filter"], "msg": str(exc)}]) from None


def _matches(parsed: Filter, row: Mapping[str, Any]) -> bool:
    try:
        return parsed.matches(row)
    except FilterError as exc:  # values of different types compared, found on this row
        raise validation(f"Invalid filter: {exc}", [{"loc": ["query", "filter"], "msg": str(exc)}]) from None


@dataclass(frozen=True)
class _Cursor:
    scope: str
    filter_key: str
    after_seq: int
    expires_at: datetime


class PageTokens:
    """Issued page tokens; not locked itself (the simulator's lock guards it)."""

    def __init__(self, lifetime: float) -> None:
        self.lifetime = lifetime
        self._cursors: dict[str, _Cursor] = {}

    def expire_all(self) -> None:
        self._cursors.clear()

    def issue(self, scope: str, filter_key: str, after_seq: int, now: datetime) -> str:
        if len(self._cursors) >= _PRUNE_AT:
            self._cursors = {k: c for k, c in self._cursors.items() if c.expires_at > now}
        token = "pt_" + secrets.token_urlsafe(18)
        self._cursors[token] = _Cursor(scope, filter_key, after_seq, now + timedelta(seconds=self.lifetime))
        return token

    def resume(self, token: str, scope: str, filter_key: str, now: datetime) -> int:
        """The sequence number to continue after, or the error the API gives for this token."""
        cursor = self._cursors.get(token)
        if cursor is None or cursor.scope != scope or now >= cursor.expires_at:
            raise ApiError(ErrorCode.QUERY_PAGE_TOKEN_EXPIRED, "The page token is unknown or expired.")
        if cursor.filter_key != filter_key:
            raise ApiError(
                ErrorCode.PAGINATED_QUERY_FILTER_CHANGED,
                "The filter differs from the one the page token was issued with.",
            )
        return cursor.after_seq


def cursor_page(
    query: Mapping[str, str],
    rows: Iterable[Row],
    *,
    tokens: PageTokens,
    scope: str,
    now: datetime,
    narrowing: Mapping[str, str | None] | None = None,
    total_key: str = "totalResults",
) -> dict[str, Any]:
    """One page of ``rows`` (oldest first) under the request's filter.

    ``narrowing`` holds the listing's other filtering parameters (``tagKey``,
    ``startAt``...): already applied to ``rows`` by the caller, but part of what
    a page token is bound to.
    """
    size = page_size(query.get("maxPageSize"))
    parsed = parse_listing_filter(query.get("filter"))
    filter_key = json.dumps(
        {"filter": None if parsed is None else parsed.tree, **(narrowing or {})}, sort_keys=True
    )
    after_seq = -1
    page_token = query.get("pageToken")
    if page_token:
        after_seq = tokens.resume(page_token, scope, filter_key, now)
    total = 0
    page: list[Row] = []
    more = False
    for seq, row in rows:
        if parsed is not None and not _matches(parsed, row):
            continue
        total += 1
        if seq <= after_seq:
            continue
        if len(page) < size:
            page.append((seq, row))
        else:
            more = True
    next_token = tokens.issue(scope, filter_key, page[-1][0], now) if more else None
    return {"results": [dict(row) for _, row in page], "nextPageToken": next_token, total_key: total}


def number_page(query: Mapping[str, str], rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    """One page of ``rows`` by page number (``currentPage`` counts from 0)."""
    size = page_size(query.get("maxPageSize"))
    raw = query.get("currentPage")
    current = 0 if raw is None else _integer(raw, "currentPage")
    if current < 0:
        raise validation("currentPage must be 0 or more.", [{"loc": ["query", "currentPage"], "msg": raw}])
    start = current * size
    return {"results": [dict(row) for row in rows[start : start + size]], "totalResults": len(rows)}
