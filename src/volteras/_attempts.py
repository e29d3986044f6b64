"""One logical call's attempts: when to try again, what to log, and the error it ends in.

Pure bookkeeping, shared by the sync and async request loops (`_base`): neither does any I/O
here, so the two loops differ only in `await`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from urllib.parse import urlencode

import httpx

from . import _retry
from ._errors import APIConnectionError, APIError, APITimeoutError, VolterasError, error_from_response
from ._generated.types import Operation

logger = logging.getLogger("volteras")

Outcome = httpx.Response | Exception
"""What one attempt ended with: an answer, or the exception that stood for it."""


class Attempts:
    """Retry bookkeeping for one logical call."""

    def __init__(
        self,
        request: httpx.Request,
        operation: Operation,
        max_retries: int,
        deadline: float,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.request = request
        self.jitter = jitter
        self.repeatable = operation.repeatable
        self.operation_id = operation.id
        self.max_retries = max_retries
        self.attempt = 0
        self.started = time.perf_counter()
        self.deadline = deadline
        self.deadline_at = time.monotonic() + deadline
        self.cut_short: float | None = None
        """The backoff a retry would have slept, when the deadline came first."""

    def left(self) -> float:
        return self.deadline_at - time.monotonic()

    def cut_off(self, http: httpx.Client | httpx.AsyncClient, outcome: Outcome) -> VolterasError | None:
        """The error for a call whose client was closed, by now or under it; None while it is open."""
        if not http.is_closed or (isinstance(outcome, httpx.Response) and not outcome.is_error):
            return None
        if self.attempt == 0 and isinstance(outcome, RuntimeError):  # httpx refused to send it
            return VolterasError(
                "this client is closed (close() or aclose() was called, or its with block ended), so "
                f"{self.request.method} {self.request.url.path} was not sent; create a new client"
            )
        return APIConnectionError(
            f"the client was closed while {self.request.method} {self.request.url.path} was in flight, so "
            "it may or may not have reached the server; let every call finish before closing the client",
            request=self.request,
        )

    def delay(self, outcome: Outcome) -> float | None:
        """Log the attempt; return seconds to wait before retrying, or None to stop here."""
        failed = (
            outcome.response if isinstance(outcome, APIError) and outcome.response is not None else outcome
        )
        failing_request = failed.request if isinstance(failed, httpx.Response) else self.request
        if isinstance(outcome, httpx.TransportError) and _has_request(outcome):
            failing_request = outcome.request
        if logger.isEnabledFor(logging.DEBUG):
            self._log(failed, failing_request)
        self.started = time.perf_counter()
        if isinstance(failed, httpx.Response) and not failed.is_error:
            return None
        repeatable = self.repeatable or _retry.is_token_request(failing_request)
        if not _retry.should_retry(repeatable, failed, self.attempt, self.max_retries):
            return None
        response = failed if isinstance(failed, httpx.Response) else None
        delay = _retry.retry_delay(self.attempt, response, jitter=self.jitter())
        left = self.left()
        if left <= 0:
            return None  # the error says the deadline passed
        if delay >= left:  # the retry could not even start in time: give up now, not later
            self.cut_short = delay
            return None
        self.attempt += 1
        logger.debug("retrying %s %s in %.2fs", self.request.method, self.request.url.path, delay)
        return delay

    def _log(self, failed: Outcome, failing_request: httpx.Request) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        if isinstance(failed, httpx.Response):
            status: object = failed.status_code
            request_id = failed.headers.get("x-request-id")
        else:
            status, request_id = type(failed).__name__, None
        logger.debug(
            "%s %s -> %s in %.1f ms request_id=%s attempt=%d",
            failing_request.method,
            _loggable(failing_request.url, self.operation_id),
            status,
            elapsed,
            request_id,
            self.attempt + 1,
        )

    def result(self, outcome: Outcome) -> httpx.Response:
        """The final response, or the typed error it stands for.

        The error never chains to an httpx exception: its `.request` carries the bearer token.
        """
        if isinstance(outcome, httpx.Response) and not outcome.is_error:
            return outcome
        error = self._error(outcome)
        if self.cut_short is not None:
            raise APITimeoutError(
                f"gave up after {error}: a retry in {self.cut_short:.2f}s would pass this call's "
                f"deadline of {self.deadline:g}s",
                request=self.request,
            ) from error
        raise error

    def _error(self, outcome: Outcome) -> VolterasError:
        if isinstance(outcome, httpx.Response):
            return error_from_response(outcome)
        if isinstance(outcome, VolterasError):
            return outcome
        origin = _origin(self.request.url)
        if isinstance(outcome, httpx.TimeoutException):
            why = f"this call's deadline of {self.deadline:g}s passed" if self.left() <= 0 else "timed out"
            return APITimeoutError(f"{why}: {type(outcome).__name__} ({origin})", request=self.request)
        what = (
            f"the response body from {origin} could not be decoded"
            if isinstance(outcome, httpx.DecodingError)
            else f"connection to {origin} failed"
        )
        return APIConnectionError(f"{what}: {type(outcome).__name__}: {outcome}", request=self.request)


def _origin(url: httpx.URL) -> str:
    """scheme://host[:port] of the server the call went to (never a user name or password)."""
    port = f":{url.port}" if url.port is not None else ""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{url.scheme}://{host}{port}"


def _documented_query(operation_id: str) -> frozenset[str]:
    """The query parameters the spec documents for this operation (the token request has none)."""
    from ._generated.operations import OPERATIONS  # here: only a DEBUG log needs the table

    spec = OPERATIONS.get(operation_id)
    if spec is None:
        return frozenset()
    return frozenset(p.name for p in spec.parameters if p.location == "query")


def _loggable(url: httpx.URL, operation_id: str) -> str:
    """The path and query of `url`; a value is shown only for a parameter the spec documents for
    the operation (an allow-list: a caller's `extra_query` may hold a credential under any name)."""
    if not url.query:
        return url.path
    documented = _documented_query(operation_id)
    params = [
        (name, value if name in documented else "<redacted>") for name, value in url.params.multi_items()
    ]
    return url.path + "?" + urlencode(params, safe="<>")


def _has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        return False
    return True
