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
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from .._generated.facts import PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX
from ._enums import ErrorCode
from ._errors import SimulatedError, validation
from ._filter import Filter, FilterError, parse_filter
from ._router import model_class

if TYPE_CHECKING:
    from ._router import Call

DEFAULT_PAGE_SIZE = PAGE_SIZE_DEFAULT
MAX_PAGE_SIZE = PAGE_SIZE_MAX
_PRUNE_AT = 10_000

Row = tuple[int, Any]
"""A listed record: its creation sequence number and its model."""


def wire_name(call: Call, argument: str) -> str:
    """The wire name of the operation's parameter the SDK calls ``argument`` (``page_size``)."""
    return next(param.name for param in call.op.parameters if param.argument == argument)


def page_size(call: Call) -> int:
    """The page size asked for (already an integer: the spec says so), within the spec's bounds."""
    size: int | None = call.args.get("page_size")
    if size is None:
        return DEFAULT_PAGE_SIZE
    name = wire_name(call, "page_size")
    if size < 1:
        raise validation(f"{name} must be at least 1.", [{"loc": ["query", name], "msg": str(size)}])
    if size > MAX_PAGE_SIZE:
        raise SimulatedError(
            ErrorCode.PAGE_SIZE_TOO_LARGE,
            f"{name} may be at most {MAX_PAGE_SIZE}.",
            data={name: MAX_PAGE_SIZE},
        )
    return size


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
            raise SimulatedError(ErrorCode.QUERY_PAGE_TOKEN_EXPIRED, "The page token is unknown or expired.")
        if cursor.filter_key != filter_key:
            raise SimulatedError(
                ErrorCode.PAGINATED_QUERY_FILTER_CHANGED,
                "The filter differs from the one the page token was issued with.",
            )
        return cursor.after_seq


def page_model(call: Call, results: list[Any], token: str | None, total: int) -> Any:
    """The operation's page model: ``results``, the cursor for the next page if it has one, and
    its one other field, the total (``totalResults``, ``estimatedTotalResults``...)."""
    cls = model_class(call.op.model or "")
    names = [f.name for f in attrs.fields(cls) if f.init]
    fields: dict[str, Any] = {"results": results}
    if "next_page_token" in names:
        fields["next_page_token"] = token
    total_name = next(name for name in names if name not in fields and name != "next_page_token")
    fields[total_name] = total
    return cls(**fields)


def cursor_page(call: Call, rows: Iterable[Row]) -> Any:
    """One page of ``rows`` (oldest first) under the request's filter, as the operation's page model.

    The page token is bound to the operation, the caller's organisation, the path and every
    other query argument (``tag_key``, ``start_at``...), which the handler applied to ``rows``.
    """
    size = page_size(call)
    parsed = parse_listing_filter(call.args.get("filter"))
    others = {k: str(v) for k, v in call.args.items() if k not in ("page_size", "page_token", "filter")}
    filter_key = json.dumps({"filter": None if parsed is None else parsed.tree, **others}, sort_keys=True)
    organization = "" if call.client is None else call.client.organization_id
    scope = json.dumps([call.op.id, organization, sorted(call.path.items())])
    tokens, now = call.state.page_tokens, call.now
    after_seq = -1
    page_token = call.args.get("page_token")
    if page_token:
        after_seq = tokens.resume(page_token, scope, filter_key, now)
    total = 0
    page: list[tuple[int, Any]] = []
    more = False
    for seq, row in rows:
        if parsed is not None and not _matches(parsed, row.to_dict()):
            continue
        total += 1
        if seq <= after_seq:
            continue
        if len(page) < size:
            page.append((seq, row))
        else:
            more = True
    next_token = tokens.issue(scope, filter_key, page[-1][0], now) if more else None
    return page_model(call, [row for _, row in page], next_token, total)


def number_page(call: Call, rows: list[Any]) -> Any:
    """One page of ``rows`` by page number (``currentPage`` counts from 0), as the page model."""
    size = page_size(call)
    current = call.args.get("current_page") or 0
    start = current * size
    return page_model(call, rows[start : start + size], None, len(rows))
