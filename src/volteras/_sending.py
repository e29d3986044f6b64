"""One attempt through the SDK's own pool, handed straight to its transport.

`httpx.Client.send` does more per request than the SDK needs from it: it looks the transport up
among the mounts for every URL, keeps the cookies of every answer (building a `urllib` request
and an `email` message to do so), logs each request at INFO, and drives the auth flow through
three layers of redirect handling. For a pool the SDK made itself most of that does not apply:
every call goes to the one API origin, whose transport (the default one or a proxy's) is looked
up once per pool; no redirect is ever followed; the API sets no cookies, and a server's cookie is
no business of a bearer-token client; and the SDK's own DEBUG line per attempt (`_attempts`)
replaces httpx's, whose URL would show query values the SDK redacts. What is kept: the auth flow
is driven exactly as httpx drives it, event hooks run as httpx runs them, a closed client refuses
to send with httpx's own error, transport errors carry the request they were raised for (a
failed token request is retried as one), and `response.elapsed` is set when the answer is
closed.

The same httpx client still serves a caller's own `http_client`, through `send`, untouched.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import AsyncIterator, Iterator

import httpx

_CLOSED = "Cannot send a request, as the client has been closed."
"""httpx's refusal word for word, raised here because a closed pool's transport would still send (it
opens a new connection). Nothing matches the words: the request loop takes any RuntimeError raised
while `http.is_closed` for this refusal, on either path, and `Attempts.cut_off` replaces it with the
SDK's own error (not sent, or closed while in flight), so the caller never sees it."""


def send(
    http: httpx.Client, transport: httpx.BaseTransport, auth: httpx.Auth, request: httpx.Request
) -> httpx.Response:
    """What `http.send(request, auth=auth, stream=True)` answers, sent on `transport`."""
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            response = _send_one(http, transport, request)
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            except BaseException:
                response.close()
                raise
            response.close()  # the flow read what it needed of it (capped), as httpx would have
    finally:
        flow.close()


def _send_one(http: httpx.Client, transport: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
    if http.is_closed:
        raise RuntimeError(_CLOSED)
    hooks = http.event_hooks
    for hook in hooks["request"]:
        hook(request)
    start = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    response.request = request
    response.stream = _Timed(response.stream, response, start)  # type: ignore[arg-type]
    try:
        for hook in hooks["response"]:
            hook(response)
    except BaseException:
        response.close()
        raise
    return response


async def asend(
    http: httpx.AsyncClient, transport: httpx.AsyncBaseTransport, auth: httpx.Auth, request: httpx.Request
) -> httpx.Response:
    """The asyncio twin of `send`."""
    flow = auth.async_auth_flow(request)
    try:
        request = await flow.__anext__()
        while True:
            response = await _asend_one(http, transport, request)
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response
            except BaseException:
                await response.aclose()
                raise
            await response.aclose()
    finally:
        await flow.aclose()


async def _asend_one(
    http: httpx.AsyncClient, transport: httpx.AsyncBaseTransport, request: httpx.Request
) -> httpx.Response:
    if http.is_closed:
        raise RuntimeError(_CLOSED)
    hooks = http.event_hooks
    for hook in hooks["request"]:
        await hook(request)
    start = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    response.request = request
    response.stream = _AsyncTimed(response.stream, response, start)  # type: ignore[arg-type]
    try:
        for hook in hooks["response"]:
            await hook(response)
    except BaseException:
        await response.aclose()
        raise
    return response


class _Timed(httpx.SyncByteStream):
    """The answer's body; closing it sets `response.elapsed`, as httpx's client does."""

    def __init__(self, inner: httpx.SyncByteStream, response: httpx.Response, start: float) -> None:
        self._inner = inner
        self._response = response
        self._start = start

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._inner)

    def close(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        self._inner.close()


class _AsyncTimed(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, response: httpx.Response, start: float) -> None:
        self._inner = inner
        self._response = response
        self._start = start

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._inner.__aiter__()

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        await self._inner.aclose()
