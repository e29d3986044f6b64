"""OAuth 2.0 client credentials as an httpx.Auth flow.

The flow yields the token request itself, so the token travels through the same client
(transport, proxies, hooks) as every other call. Renewal is single-flight: concurrent
threads or tasks that find the token stale wait on one lock, and only the first of them
asks for a new one.

A 401 on a token the client has since replaced says nothing about the credentials: the call
is replayed with the newer token, and no renewal is asked for. Only a 401 on the token the
client holds leads to a renewal. A call renews once; it renews again only when the token
refused had been accepted before (revoked, not refused when fresh), so a server that refuses
every new token ends each call in AuthenticationError after one renewal instead of renewing
again and again. Replays of one call are bounded in any case.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Final

import attrs
import httpx

from . import _bounds
from ._config import USER_AGENT, Secret
from ._errors import APITimeoutError, ResponseValidationError, VolterasError, error_from_response
from ._generated.api.auth import create_token
from ._generated.models import Token, TokenRequest
from ._parsing import decode_json, parse_data

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("volteras")

MAX_LIFETIME: Final = 366 * 24 * 3600
"""Longer `expires_in` values are read as this: a year is forever for a cached token."""

REFRESH_MARGIN: Final = 30.0
"""Renew this many seconds before expiry (at most a tenth of the token's life)."""

MAX_REPLAYS: Final = 10
"""How often one call may be sent again after a 401 on its token, renewed or not.

Each replay means a token was revoked while the call was in flight. Under a busy client one
revocation can follow another (a soak run has needed seven replays for one call); the bound
makes a server that revokes every token soon after issuing it still see each call end.
"""

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


@attrs.define
class _Call:
    """One call's standing: the token last refused to it, and whether it has renewed."""

    rejected: _Token | None = None
    renewed: bool = False


class ClientCredentialsAuth(httpx.Auth):
    """Bearer tokens from client credentials, renewed before expiry and when the server refuses one."""

    requires_response_body = True
    max_response_bytes: int = _bounds.DEFAULT_MAX_RESPONSE_BYTES
    """The cap on the token answers and 401 bodies this flow reads; the client sets its own."""

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
        self._proven: _Token | None = None  # the current token once a call has succeeded with it
        self._thread_lock = threading.Lock()
        self._task_lock: asyncio.Lock | None = None  # made on first async use: asyncio is costly to import
        self._refusal: str | None = None

    def after_fork(self, refusal: str | None = None) -> None:
        """In a forked child: new locks, and from now on `refusal` (if given) instead of any request.

        A lock another thread of the parent held at the fork stays held in the child for ever.
        The token is kept: it is only a bearer string, as valid in the child as in the parent.
        """
        self._thread_lock = threading.Lock()
        self._task_lock = None
        self._refusal = refusal

    def new_event_loop(self) -> None:
        """Called by AsyncVolteras when its calls move to another event loop: the renewal lock
        belongs to the loop it was made on, so the next renewal makes another."""
        self._task_lock = None

    def in_process(self, token_url: str, clock: Callable[[], float]) -> None:
        """Ask for tokens at `token_url` and time their expiry by `clock` (a simulator's), before any use."""
        self._token_url = token_url
        self._clock = clock

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._token_url!r})"

    # -- pure parts, shared by both flows ------------------------------------------------

    def _current(self, rejected: _Token | None) -> _Token | None:
        """The cached token if it can be used: fresh, and not the one the server just refused."""
        token = self._token
        if token is None or token is rejected or not token.fresh(self._clock()):
            return None
        return token

    def _may_renew(self, call: _Call) -> bool:
        """Whether `call`, under the lock and with no usable token, may ask for one.

        No token yet, or one close to expiry: yes. The server refused the token the client
        holds: once per call, and again only if that token had worked before. A token that
        never worked was refused fresh, and renewing again would only get another.
        """
        rejected = call.rejected
        if rejected is None or self._token is not rejected:
            return True
        if call.renewed and self._proven is not rejected:
            return False
        call.renewed = True
        return True

    def _replay(self, call: _Call, sent: _Token, response: httpx.Response) -> bool:
        """Whether to send the call again after `response` to a request that carried `sent`.

        A refused token the client has since replaced is simply replayed with the new one
        (by `_current`): another call renewed it, and this call's renewal is not spent.
        """
        if response.is_success:
            if self._proven is not sent and self._token is sent:
                self._proven = sent
            return False
        if not self._refused(response):
            return False
        call.rejected = sent
        return True

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

    # -- the two I/O shells: identical but for locks and body reads ------------------------
    # Each pass sends with the cached token, or with one renewed under the lock (unless another
    # caller renewed it meanwhile). A refused token leads to another pass while `_replay` and
    # `_may_renew` allow it; the last answer goes back to the caller.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._refusal is not None:
            raise VolterasError(self._refusal)
        call = _Call()
        for _ in range(1 + MAX_REPLAYS):
            token = self._current(call.rejected)
            if token is None:
                if not self._thread_lock.acquire(timeout=_lock_wait(request)):
                    raise _waited_too_long(request)
                try:
                    token = self._current(call.rejected)
                    if token is None:
                        if not self._may_renew(call):
                            return
                        steps = self._renew_steps(request)
                        outgoing = next(steps)
                        while token is None:
                            reply = yield outgoing
                            _bounds.read_capped(reply, self.max_response_bytes)
                            outgoing, token = _advance(steps, reply)
                finally:
                    self._thread_lock.release()
            self._authorize(request, token)
            response = yield request
            if response.status_code == 401:  # the body says whether a new token could help
                _bounds.read_capped(response, self.max_response_bytes)
            if not self._replay(call, token, response):
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._refusal is not None:
            raise VolterasError(self._refusal)
        call = _Call()
        for _ in range(1 + MAX_REPLAYS):
            token = self._current(call.rejected)
            if token is None:
                import asyncio  # here, not at the top: only a renewal needs it, and sync users never do

                if self._task_lock is None:
                    self._task_lock = asyncio.Lock()
                lock = self._task_lock  # released below even if another loop's call replaced it
                # Not asyncio.wait_for: on 3.11 it can swallow a cancel that lands as the lock is
                # handed over, and the cancelled call would then go on to send its command.
                waiting = asyncio.timeout(_lock_wait(request))
                try:
                    async with waiting:
                        await lock.acquire()
                except (TimeoutError, asyncio.CancelledError) as exc:
                    if not _bounds.only_expired(waiting, exc):  # a cancel from outside is passed on
                        raise
                    raise _waited_too_long(request) from None
                try:
                    token = self._current(call.rejected)
                    if token is None:
                        if not self._may_renew(call):
                            return
                        steps = self._renew_steps(request)
                        outgoing = next(steps)
                        while token is None:
                            reply = yield outgoing
                            await _bounds.aread_capped(reply, self.max_response_bytes)
                            outgoing, token = _advance(steps, reply)
                finally:
                    lock.release()
            self._authorize(request, token)
            response = yield request
            if response.status_code == 401:
                await _bounds.aread_capped(response, self.max_response_bytes)
            if not self._replay(call, token, response):
                return


def _lock_wait(request: httpx.Request) -> float:
    """How long a call may wait for another call's token renewal: about one request's timeout.

    Unbounded, callers queued behind a token endpoint that hangs would each wait out every
    earlier caller's timeouts and retries in turn. Never past the call's own deadline.
    """
    timeout = request.extensions.get("timeout") or {}
    phases = [timeout.get(phase) for phase in ("connect", "write", "read")]
    wait = sum(p for p in phases if isinstance(p, int | float)) or 30.0
    left = _bounds.remaining()
    return wait if left is None else max(0.0, min(wait, left))


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
