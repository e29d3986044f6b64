"""How long a call may take and how much of an answer it reads: the two bounds every call has.

A per-phase timeout bounds each wait for the socket, not the call: a server that sends one byte
every few seconds, or one header line, or `100 Continue` after `100 Continue`, stays within
every phase timeout for as long as it likes. So each call also gets a deadline for the whole of
it (token renewal, retries and backoff included), and each answer a cap on its decoded size.

The deadline travels in a context variable set by the request loop for the duration of a call:
the sync network streams (`_sync_deadline`) and the auth flow's lock wait read it from there,
whichever thread or task the call runs in.
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Final

import httpx

from ._errors import ResponseValidationError

if TYPE_CHECKING:
    import asyncio

    from ._fanout_scope import AsyncScope, SyncScope

DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024
"""Far above any answer of this API (a full page of 100 executions is about 50 KiB)."""
MAX_DEADLINE: Final = 7 * 24 * 3600.0
RETRY_ALLOWANCE: Final = 8.0
"""Backoff seconds the derived deadline allows per retry (the longest exponential delay)."""
_DECODE_STEP: Final = 8 * 1024
"""Compressed bytes fed to the decoder at once: 8 KiB of gzip inflates to at most ~8 MiB."""

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("volteras_deadline", default=None)
sync_scope: contextvars.ContextVar[SyncScope | None] = contextvars.ContextVar(
    "volteras_fan_out", default=None
)
"""The fan-out this worker thread works for (`_fanout_scope`): its calls share one 429 gate and one stop."""
async_scope: contextvars.ContextVar[AsyncScope | None] = contextvars.ContextVar(
    "volteras_async_fan_out", default=None
)
"""The same for a worker task of an async fan-out."""


def derived_deadline(timeout: httpx.Timeout, max_retries: int) -> float:
    """The default deadline: per attempt twice the longest phase timeout, plus RETRY_ALLOWANCE a retry.

    Twice, because one attempt can hold two full waits of an honest server: a token renewal
    and the call, or a slow connect and a slow answer. With the defaults (30 s, 2 retries)
    that is 3 x 60 + 2 x 8 = 196 seconds.
    """
    phases = [p for p in (timeout.connect, timeout.read, timeout.write, timeout.pool) if p is not None]
    longest = max(phases, default=MAX_DEADLINE)
    return min((max_retries + 1) * 2 * longest + max_retries * RETRY_ALLOWANCE, MAX_DEADLINE)


def check_deadline(value: object) -> float:
    """Refuse a deadline that is not a positive, finite number of seconds."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 < value <= MAX_DEADLINE
    ):
        raise ValueError(
            f"deadline must be a positive number of seconds up to {MAX_DEADLINE:g}, not {value!r}"
        )
    return float(value)


def check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_bytes must be a positive int, not {value!r}")
    return value


def set_deadline(at: float) -> contextvars.Token[float | None]:
    """Make `at` (time.monotonic) the deadline of everything this thread or task sends until reset."""
    return _deadline.set(at)


def reset_deadline(token: contextvars.Token[float | None]) -> None:
    _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left before the current call's deadline, or None outside a call."""
    at = _deadline.get()
    return None if at is None else at - time.monotonic()


def only_expired(scope: asyncio.Timeout, exc: BaseException) -> bool:
    """Whether `exc`, leaving `scope`, is the scope running out and nothing else.

    When a cancel from outside lands in the same loop turn as the scope's expiry, the task sees
    one CancelledError for both and the scope reports itself expired: the task still counts the
    outside request (`cancelling()`), and then the error is a cancellation, which must go on
    as one rather than turn into a timeout the caller would retry or log.
    """
    if not scope.expired():
        return False
    if isinstance(exc, TimeoutError):
        return True  # asyncio converts only when no other cancel is pending
    import asyncio  # already imported by whoever runs the loop

    task = asyncio.current_task()
    return task is not None and task.cancelling() == 0


# ---- reading an answer within the cap ----------------------------------------------------------


class _Cap:
    """Counts decoded bytes of one answer; raises once they pass the cap (or the deadline passes)."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []
        self.deadline = _deadline.get()
        encoded = response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity")
        if not encoded:
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                self.too_large()
        self.encoded = encoded

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            self.chunks.append(chunk[: max(0, self.limit - self.size + len(chunk))])
            self.too_large()
        self.chunks.append(chunk)
        if self.deadline is not None and time.monotonic() >= self.deadline:
            # Only a caller's http client gets here: the SDK's own times out inside the read.
            raise httpx.ReadTimeout("the call's deadline passed while reading the answer")

    def too_large(self) -> None:
        response = self.response
        raise ResponseValidationError(
            f"the answer is larger than max_response_bytes={self.limit}; the rest was not read",
            status_code=response.status_code,
            content=b"".join(self.chunks)[:200],
            request_id=response.headers.get("x-request-id"),
            response=response,
        )

    def done(self) -> bytes:
        content = b"".join(self.chunks)
        self.response._content = content  # what Response.read() would have stored
        return content


def _already_read(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        return False
    return True


def read_capped(response: httpx.Response, limit: int) -> None:
    """`response.read()`, but at most `limit` decoded bytes: past them, close and raise."""
    if _already_read(response):
        return
    try:
        cap = _Cap(response, limit)
        if cap.encoded and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _SyncSteps(response.stream)
        for chunk in response.iter_bytes():
            cap.add(chunk)
        cap.done()
    finally:
        response.close()


async def aread_capped(response: httpx.Response, limit: int) -> None:
    """The asyncio twin of `read_capped`."""
    if _already_read(response):
        return
    try:
        cap = _Cap(response, limit)
        if cap.encoded and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncSteps(response.stream)
        async for chunk in response.aiter_bytes():
            cap.add(chunk)
        cap.done()
    finally:
        await response.aclose()


def _steps(chunk: bytes) -> Iterator[bytes]:
    for start in range(0, len(chunk), _DECODE_STEP):
        yield chunk[start : start + _DECODE_STEP]


class _SyncSteps(httpx.SyncByteStream):
    """The compressed stream in small pieces, so no one piece can inflate past the cap by much."""

    def __init__(self, inner: httpx.SyncByteStream) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            yield from _steps(chunk)

    def close(self) -> None:
        self._inner.close()


class _AsyncSteps(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            for step in _steps(chunk):
                yield step

    async def aclose(self) -> None:
        await self._inner.aclose()
