"""When to try a request again, and how long to wait first.

Pure functions over the request and what came back, so the policy can be read in one
place and tested without a network. A command POST may already have moved a physical
part of a car, so it is only repeated when the server surely did not act on it: the
connection never opened, or the server refused it up front (429, or 503 with
Retry-After). The same holds for every POST and DELETE. Reads and token requests are safe to
repeat on any transient failure.
"""

from __future__ import annotations

import email.utils
import random
import time
from typing import Final

import httpx

from ._generated.api.auth import create_token

TOKEN_PATH: Final = create_token.PATH
RETRYABLE_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0


def is_token_request(request: httpx.Request) -> bool:
    """The auth flow's own token request, which the request loop sees when it is what failed."""
    return request.method == "POST" and request.url.path.endswith(TOKEN_PATH)


def should_retry(
    repeatable: bool, outcome: httpx.Response | Exception, attempt: int, max_retries: int
) -> bool:
    """Decide whether attempt number `attempt` (0-based) deserves another one.

    `repeatable` comes from the operation's kind in the spec (reads, lists, tokens): anything
    else (a command, a creation, a change, a delete) is only repeated when the server surely
    did not act on it.
    """
    if attempt >= max_retries:
        return False
    if isinstance(outcome, Exception):
        if isinstance(outcome, httpx.ConnectError | httpx.ConnectTimeout):
            return True
        return repeatable and isinstance(outcome, httpx.TransportError)
    status = outcome.status_code
    if repeatable:
        return status in RETRYABLE_STATUSES
    return status == 429 or (status == 503 and "retry-after" in outcome.headers)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_tz(value)
            if parsed is None:
                return None
            seconds = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
        except (ValueError, OverflowError):  # a date no calendar holds, such as year 99999
            return None
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def retry_delay(attempt: int, response: httpx.Response | None, *, jitter: float | None = None) -> float:
    """Exponential backoff with jitter (a number in [0, 1), random unless given), or the server's
    Retry-After when it gave one."""
    hinted = parse_retry_after(response.headers.get("retry-after")) if response is not None else None
    if hinted is not None:
        return hinted
    base = min(MAX_DELAY, INITIAL_DELAY * 2.0**attempt)
    spread = random.random() if jitter is None else jitter
    return base * (0.75 + 0.25 * spread)
