"""Scripted faults: what a flaky network, proxy or server does to a request.

A fault is a small frozen value; ``Simulator.inject`` queues it with a path
and method to match and a count. Each matching request takes the first queued
fault that still has uses left, so faults fire in the order they were queued.

Every fault has a stage. ``"before"``: the request is refused before the
simulator acts on it, so nothing is created. ``"after"``: the request is
handled (a command *is* created) and only then is the answer replaced, lost or
delayed: the case that makes a blind retry create a command twice. The
defaults follow what each fault usually means in production: a 429 or 503 is a
refusal, the rest happen on the way back.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import ClassVar, Literal

from ._enums import ERROR_STATUS, ErrorCode
from ._wire import JSON_TYPE, RecordedRequest, Reply, dumps, envelope, json_reply, with_standard_headers

Stage = Literal["before", "after"]


@dataclass(frozen=True, kw_only=True)
class _Fault:
    stage: Stage | None = None
    """``"before"`` or ``"after"``; ``None`` picks the fault's default."""

    default_stage: ClassVar[Stage] = "after"

    @property
    def resolved_stage(self) -> Stage:
        return self.stage or self.default_stage

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        """The reply that replaces ``handled`` (``None`` when refused before acting)."""
        raise NotImplementedError


def _retry_after_header(value: int | str | None) -> tuple[tuple[str, str], ...]:
    return () if value is None else (("retry-after", str(value)),)


@dataclass(frozen=True)
class RateLimited(_Fault):
    """429 with a ``Retry-After`` header (seconds, or any raw header text)."""

    retry_after: int | str | None = 1
    default_stage: ClassVar[Stage] = "before"

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        code = ErrorCode.INTERNAL_RATE_LIMITED
        body = envelope(code, "Too many requests, slow down.", request_id, now)
        return json_reply(
            ERROR_STATUS[code], body, request_id, extra_headers=_retry_after_header(self.retry_after)
        )


@dataclass(frozen=True)
class ServerFault(_Fault):
    """A 5xx with a SERVER_ERROR envelope; 503 is a refusal by default, others are not."""

    status: int = 500
    retry_after: int | str | None = None

    def __post_init__(self) -> None:
        if not 500 <= self.status <= 599:
            raise ValueError(f"ServerFault needs a 5xx status, got {self.status}")

    @property
    def resolved_stage(self) -> Stage:
        return self.stage or ("before" if self.status == 503 else "after")

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        body = envelope(ErrorCode.SERVER_ERROR, "The server failed to answer.", request_id, now)
        return json_reply(self.status, body, request_id, extra_headers=_retry_after_header(self.retry_after))


@dataclass(frozen=True)
class HtmlError(_Fault):
    """An HTML error page, as a proxy in front of the API sends on 502/503/504.

    Like `ServerFault`, a 503 is a refusal by default (the proxy turned the request away:
    maintenance, overload); 502 and 504 act first, since the API may have handled it.
    """

    status: int = 502
    retry_after: int | str | None = None

    @property
    def resolved_stage(self) -> Stage:
        return self.stage or ("before" if self.status == 503 else "after")

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        title = f"{self.status} Bad Gateway" if self.status == 502 else f"{self.status} Error"
        body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n".encode()
        headers = with_standard_headers(
            "text/html; charset=utf-8", body, request_id, _retry_after_header(self.retry_after)
        )
        return Reply(self.status, headers, body)


@dataclass(frozen=True)
class MalformedJson(_Fault):
    """A response declared as JSON whose body is not JSON."""

    status: int = 200

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        body = b'{"id": "cmd_", "status": PENDING,}'
        return Reply(self.status, with_standard_headers(JSON_TYPE, body, request_id), body)


@dataclass(frozen=True)
class TruncatedJson(_Fault):
    """The real JSON answer cut in half; ``Content-Length`` matches what is sent.

    Refused before acting, the half is cut from a SERVER_ERROR envelope.
    """

    status: int = 200

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        if handled is not None:
            whole = handled.body
        else:
            whole = dumps(envelope(ErrorCode.SERVER_ERROR, "truncated", request_id, now))
        body = whole[: len(whole) // 2]
        return Reply(self.status, with_standard_headers(JSON_TYPE, body, request_id), body)


@dataclass(frozen=True)
class DropConnection(_Fault):
    """The server closes the connection without a response."""

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        return Reply(0, (), b"", drop=True)


@dataclass(frozen=True)
class Delay(_Fault):
    """Wait ``seconds`` of real time, then answer normally.

    ``"before"`` waits and then acts; ``"after"`` acts at once and holds the answer.
    """

    seconds: float = 1.0

    def __post_init__(self) -> None:
        if isinstance(self.seconds, bool) or not isinstance(self.seconds, int | float):
            raise TypeError(f"Delay needs seconds as a number, not {type(self.seconds).__name__}")
        if not (math.isfinite(self.seconds) and self.seconds >= 0):
            raise ValueError(f"Delay needs seconds: a finite number >= 0, not {self.seconds!r}")

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        assert handled is not None, "a Delay always lets the request through"
        return replace(handled, delay=self.seconds if self.resolved_stage == "after" else 0.0)


@dataclass(frozen=True)
class ExpireToken(_Fault):
    """The bearer token presented is revoked: this and every later use gets 401.

    The matching request gets 401 AUTHENTICATION_ERROR even if it carried no
    bearer token (e.g. a token request), so it can also script a failed login."""

    default_stage: ClassVar[Stage] = "before"

    def respond(self, request_id: str, now: datetime, handled: Reply | None) -> Reply:
        code = ErrorCode.AUTHENTICATION_ERROR
        body = envelope(code, "The access token has expired.", request_id, now)
        return json_reply(ERROR_STATUS[code], body, request_id)


Fault = (
    RateLimited
    | ServerFault
    | HtmlError
    | MalformedJson
    | TruncatedJson
    | DropConnection
    | Delay
    | ExpireToken
)
"""Every fault type ``Simulator.inject`` accepts."""


@dataclass
class Injection:
    """One queued fault with what it matches and how many uses it has left."""

    fault: Fault
    path: str | re.Pattern[str] | None = None
    method: str | None = None
    remaining: int = 1
    hits: int = 0
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.remaining < 1:
            raise ValueError("count must be at least 1")
        if isinstance(self.path, re.Pattern):
            self._pattern = self.path
        elif self.path is not None:
            try:
                self._pattern = re.compile(self.path)
            except re.error:
                self._pattern = None  # not a regex: exact match only

    def matches(self, request: RecordedRequest) -> bool:
        if self.remaining < 1:
            return False
        if self.method is not None and self.method.upper() != request.method:
            return False
        if self.path is None:
            return True
        if isinstance(self.path, str) and self.path in (request.path, request.raw_path):
            return True
        return self._pattern is not None and self._pattern.fullmatch(request.path) is not None


class FaultQueue:
    """Queued injections; not locked itself, the simulator's lock guards it."""

    def __init__(self) -> None:
        self._queue: list[Injection] = []

    def add(self, injection: Injection) -> None:
        self._queue.append(injection)

    def take(self, request: RecordedRequest) -> Fault | None:
        for injection in self._queue:
            if injection.matches(request):
                injection.remaining -= 1
                injection.hits += 1
                if injection.remaining == 0:
                    self._queue.remove(injection)
                return injection.fault
        return None

    def clear(self) -> None:
        self._queue.clear()

    def pending(self) -> list[Injection]:
        return list(self._queue)
