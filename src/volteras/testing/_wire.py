"""What goes in and out of the simulator's pure handler.

The HTTP server and the httpx transports both turn their input into a
:class:`RecordedRequest` and act on the :class:`Reply` they get back, so every
behaviour is written once, without sockets. A reply can also ask its shell to
wait before sending or to drop the connection: those are the only two things
the pure core cannot do itself.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

JSON_TYPE = "application/json"
MAX_RECORDED_BODY = 64 * 1024
"""The most of a request body a record keeps (``Simulator.requests``): the handler reads the whole
body, but ``max_records`` records of up to 16 MiB each would hold gigabytes."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the simulator received it.

    ``path`` is the path with every segment percent-decoded once; ``raw_path``
    is the path exactly as sent (no query); ``segments`` are the decoded
    segments, which (unlike ``path``) keep an encoded ``/`` inside one segment.
    ``query`` keeps the last value of a repeated parameter. ``headers`` is
    case-insensitive.
    """

    method: str
    path: str
    raw_path: str
    query: Mapping[str, str]
    headers: httpx.Headers
    body: bytes
    request_id: str
    segments: tuple[str, ...] = field(repr=False, default=())
    body_size: int | None = None
    """The size of the body as sent; larger than ``len(body)`` when a record kept only the first
    ``MAX_RECORDED_BODY`` bytes (None: the whole body is here)."""

    def json(self) -> Any:
        """Decode the body as JSON (a record's body cut at ``MAX_RECORDED_BODY`` does not decode)."""
        return json.loads(self.body)


def recorded(request: RecordedRequest) -> RecordedRequest:
    """``request`` as a record keeps it: the body cut at ``MAX_RECORDED_BODY`` bytes."""
    if len(request.body) <= MAX_RECORDED_BODY:
        return request
    return replace(request, body=request.body[:MAX_RECORDED_BODY], body_size=len(request.body))


def new_request_id() -> str:
    return "req_" + uuid.uuid4().hex


def make_request(
    method: str,
    target: str,
    headers: httpx.Headers,
    body: bytes,
    *,
    request_id: str | None = None,
) -> RecordedRequest:
    """Build a request from a request-target such as ``/v1/x%2Fy?maxPageSize=2``."""
    if not target.startswith("/"):  # absolute-form: http://host/path?q
        parts = urlsplit(target)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    raw_path, _, raw_query = target.partition("?")
    segments = tuple(unquote(segment) for segment in raw_path.split("/"))
    return RecordedRequest(
        method=method.upper(),
        path="/".join(segments),
        raw_path=raw_path,
        query=dict(parse_qsl(raw_query, keep_blank_values=True)),
        headers=headers,
        body=body,
        request_id=request_id or new_request_id(),
        segments=segments,
    )


@dataclass(frozen=True)
class Reply:
    """A response to send, plus what the shell must do around sending it."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    """Seconds of real time to wait before sending."""
    drop: bool = False
    """Close the connection without answering."""


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z`` suffix."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class NestedTooDeeply(ValueError):
    """JSON nested deeper than the parser's recursion allows: refused like any other bad JSON."""


def loads_strict(data: bytes | str) -> Any:
    """``json.loads`` that refuses NaN and Infinity, which JSON does not have, and nesting too deep
    to parse (a ValueError, answered 400 like any bad body, not a RecursionError answered 500)."""
    try:
        return json.loads(data, parse_constant=_reject_constant)
    except RecursionError:
        raise NestedTooDeeply("JSON nested too deeply") from None


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), allow_nan=False).encode()


def json_reply(
    status: int,
    payload: Any,
    request_id: str,
    *,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> Reply:
    body = dumps(payload)
    return Reply(status, with_standard_headers(JSON_TYPE, body, request_id, extra_headers), body)


def with_standard_headers(
    content_type: str,
    body: bytes,
    request_id: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> tuple[tuple[str, str], ...]:
    return (
        ("content-type", content_type),
        ("content-length", str(len(body))),
        ("x-request-id", request_id),
        *extra,
    )


def envelope(
    code: str,
    message: str,
    request_id: str,
    now: datetime,
    data: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The error body every failure carries: the spec's ErrorResponse."""
    from .._generated.models import ErrorResponse, ErrorResponseDataType0

    extra = None if data is None else ErrorResponseDataType0.from_dict(dict(data))
    return ErrorResponse(
        request_id=request_id, timestamp=now, error=code, message=message, data=extra
    ).to_dict()


def is_number(value: object) -> bool:
    """JSON number that is not a bool (``True`` is an ``int`` in Python)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
