"""OAuth 2.0 client credentials as an httpx.Auth flow.

The flow yields the token request itself, so the token travels through the same client
(transport, proxies, hooks) as every other call. Renewal is single-flight: concurrent
threads or tasks that find the token stale wait on one lock, and only the first of them
asks for a new one. A call renews at most once; a token refused right after it was issued
is reported as AuthenticationError instead of being renewed again and again.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Final

import attrs
import httpx
from volteras_openapi.api.auth import create_token
from volteras_openapi.models import Token, TokenRequest

from ._config import USER_AGENT, Secret
from ._errors import APITimeoutError, ResponseValidationError, VolterasError, error_from_response
from ._parsing import decode_json, parse_data

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("volteras")

MAX_LIFETIME: Final = 366 * 24 * 3600
"""Longer `expires_in` values are read as this: a year is forever for a cached token."""

REFRESH_MARGIN: Final = 30.0
"""Renew this many seconds before expiry (at most a tenth of the token's life)."""

_HEADER_SAFE: Final = re.compile(r"[\x21-\x7e]+")
"""Visible ASCII: anything else in a token would fail or split the header it is sent in."""


@attrs.frozen(repr=False)
class _Token:
    access: Secret
    refresh: Secret | None
    expires_at: float
    margin: float

    def fresh(self, now: float) -> bool:
        return now < self.expires_at - self.margin

    def __repr__(self) -> str:
        return f"_Token(expires_at={self.expires_at:.0f})"


class ClientCredentialsAuth(httpx.Auth):
    """Bearer tokens from client credentials, renewed before expiry and once on a 401."""

    requires_response_body = True

    def __init__(
        self,
        client_id: str,
        client_secret: Secret,
        token_url: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        basic = base64.b64encode(f"{client_id}:{client_secret.reveal()}".encode()).decode()
        self._basic = Secret(f"Basic {basic}")
        self._token_url = token_url
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._task_lock: asyncio.Lock | None = None  # made on first async use: asyncio is costly to import
        self._refusal: str | None = None
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self.on_new_loop: Callable[[], None] | None = None
        """Called (by AsyncVolteras) when a call runs on another event loop than the one before."""
        self.token_requests = 0

    def after_fork(self, refusal: str | None = None) -> None:
        """In a forked child: new locks, and from now on `refusal` (if given) instead of any request.

        A lock another thread of the parent held at the fork stays held in the child for ever.
        The token is kept: it is only a bearer string, as valid in the child as in the parent.
        """
        self._thread_lock = threading.Lock()
        self._task_lock = None
        self._refusal = refusal

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._token_url!r})"

    # -- pure parts, shared by both flows ------------------------------------------------

    def _current(self, rejected: _Token | None) -> _Token | None:
        """The cached token if it can be used: fresh, and not the one the server just refused."""
        token = self._token
        if token is None or token is rejected or not token.fresh(self._clock()):
            return None
        return token

    def _token_request(self, use_refresh: bool, caller: httpx.Request) -> httpx.Request:
        """The token request, carrying `caller`'s timeout and User-Agent.

        Built outside the client, it would otherwise have neither: it waits and identifies
        itself like the call it serves.
        """
        token = self._token
        if use_refresh and token is not None and token.refresh is not None:
            body = TokenRequest(grant_type="refresh_token", refresh_token=token.refresh.reveal())
        else:
            body = TokenRequest(grant_type="client_credentials")
        kwargs = create_token._get_kwargs(body=body)
        user_agent = caller.headers.get("User-Agent", USER_AGENT)
        headers = {**kwargs["headers"], "Authorization": self._basic.reveal(), "User-Agent": user_agent}
        self.token_requests += 1
        timeout = caller.extensions.get("timeout")
        extensions = {"timeout": timeout} if timeout is not None else {}
        return httpx.Request(
            "POST", self._token_url, data=kwargs["data"], headers=headers, extensions=extensions
        )

    @staticmethod
    def _log(response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "POST %s -> %s in %.1f ms request_id=%s (token request)",
                response.request.url.path,
                response.status_code,
                response.elapsed.total_seconds() * 1000,
                response.headers.get("x-request-id"),
            )

    def _accept(self, response: httpx.Response) -> _Token:
        if response.is_error:
            raise error_from_response(response)
        if not response.is_success:  # a redirect, never followed: the credentials go nowhere else
            raise ResponseValidationError(
                f"the token endpoint answered HTTP {response.status_code} instead of a token; "
                "redirects are not followed",
                status_code=response.status_code,
                content=b"(withheld)",
                request_id=response.headers.get("x-request-id"),
            )
        # The body of a token response is a credential: say what was wrong, never quote it, and
        # raise outside the except block so the quoting error is not kept as __context__ either.
        reason = None
        try:
            token = parse_data(Token, decode_json(response), response)
        except ResponseValidationError as exc:
            reason = exc.reason
        else:
            if not _HEADER_SAFE.fullmatch(token.access_token):
                reason = "access_token is empty or has characters an Authorization header cannot carry"
        if reason is not None:
            raise ResponseValidationError(
                reason,
                status_code=response.status_code,
                content=b"(withheld)",
                request_id=response.headers.get("x-request-id"),
            )
        lifetime = float(min(max(token.expires_in, 0), MAX_LIFETIME))
        self._token = _Token(
            access=Secret(token.access_token),
            refresh=Secret(token.refresh_token) if token.refresh_token else None,
            expires_at=self._clock() + lifetime,
            margin=min(REFRESH_MARGIN, lifetime / 10),
        )
        return self._token

    def _renew_steps(self, caller: httpx.Request) -> Generator[httpx.Request, httpx.Response, _Token]:
        """Refresh token first; if it is refused, client credentials."""
        has_refresh = self._token is not None and self._token.refresh is not None
        response = yield self._token_request(use_refresh=has_refresh, caller=caller)
        self._log(response)
        if has_refresh and response.status_code in (400, 401):
            response = yield self._token_request(use_refresh=False, caller=caller)
            self._log(response)
        return self._accept(response)

    @staticmethod
    def _refused(response: httpx.Response) -> bool:
        """A 401 that a new token could fix (not a missing scope)."""
        if response.status_code != 401:
            return False
        try:
            body = response.json()
        except (ValueError, RecursionError):
            return True
        return not (isinstance(body, dict) and body.get("error") not in (None, "AUTHENTICATION_ERROR"))

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"

    def last_loop_is_running(self) -> bool:
        """Whether the running event loop is the one the last async call ran on (or none ran yet)."""
        import asyncio

        return self._loop is None or self._loop() is asyncio.get_running_loop()

    def _follow_loop(self) -> None:
        """Notice a call on a new event loop (a second `asyncio.run`): a lock belongs to one loop."""
        import asyncio  # already imported by whoever runs the loop

        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop() is loop:
            return
        if self._loop is not None:
            if self.on_new_loop is not None:
                self.on_new_loop()
            self._task_lock = None
        self._loop = weakref.ref(loop)

    # -- the two I/O shells: identical but for locks and body reads ------------------------
    # Pass 1 sends with the cached (or a newly renewed) token. Pass 2 runs only when the
    # server refused a token this call did not just get: it renews (unless another caller
    # already did) and replays once. Whatever the second answer is goes back to the caller.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._refusal is not None:
            raise VolterasError(self._refusal)
        rejected: _Token | None = None
        for _ in range(2):
            renewed = False
            token = self._current(rejected)
            if token is None:
                if not self._thread_lock.acquire(timeout=_lock_wait(request)):
                    raise _waited_too_long(request)
                try:
                    token = self._current(rejected)
                    if token is None:
                        steps = self._renew_steps(request)
                        outgoing = next(steps)
                        while token is None:
                            reply = yield outgoing
                            reply.read()
                            outgoing, token = _advance(steps, reply)
                        renewed = True
                finally:
                    self._thread_lock.release()
            self._authorize(request, token)
            response = yield request
            response.read()
            if renewed or not self._refused(response):
                return
            rejected = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._refusal is not None:
            raise VolterasError(self._refusal)
        self._follow_loop()
        rejected: _Token | None = None
        for _ in range(2):
            renewed = False
            token = self._current(rejected)
            if token is None:
                import asyncio  # here, not at the top: only a renewal needs it, and sync users never do

                if self._task_lock is None:
                    self._task_lock = asyncio.Lock()
                # Not asyncio.wait_for: on 3.11 it can swallow a cancel that lands as the lock is
                # handed over, and the cancelled call would then go on to send its command.
                waiting = asyncio.timeout(_lock_wait(request))
                try:
                    async with waiting:
                        await self._task_lock.acquire()
                except (TimeoutError, asyncio.CancelledError):
                    # Before 3.11.7, a task that once swallowed a cancel gets CancelledError, not
                    # TimeoutError, when the time runs out; a cancel from outside is passed on.
                    if not waiting.expired():
                        raise
                    raise _waited_too_long(request) from None
                try:
                    token = self._current(rejected)
                    if token is None:
                        steps = self._renew_steps(request)
                        outgoing = next(steps)
                        while token is None:
                            reply = yield outgoing
                            await reply.aread()
                            outgoing, token = _advance(steps, reply)
                        renewed = True
                finally:
                    self._task_lock.release()
            self._authorize(request, token)
            response = yield request
            await response.aread()
            if renewed or not self._refused(response):
                return
            rejected = token


def _lock_wait(request: httpx.Request) -> float:
    """How long a call may wait for another call's token renewal: about one request's timeout.

    Unbounded, callers queued behind a token endpoint that hangs would each wait out every
    earlier caller's timeouts and retries in turn.
    """
    timeout = request.extensions.get("timeout") or {}
    phases = [timeout.get(phase) for phase in ("connect", "write", "read")]
    return sum(p for p in phases if isinstance(p, int | float)) or 30.0


def _waited_too_long(request: httpx.Request) -> APITimeoutError:
    return APITimeoutError("timed out waiting for another call's token renewal", request=request)


def _advance(
    steps: Generator[httpx.Request, httpx.Response, _Token], reply: httpx.Response
) -> tuple[httpx.Request, None] | tuple[httpx.Request, _Token]:
    """Feed one token response to the renewal steps: the next request, or the new token."""
    try:
        return steps.send(reply), None
    except StopIteration as done:
        return reply.request, done.value
