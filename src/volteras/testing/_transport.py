"""httpx transports that hand requests straight to a simulator, no sockets.

They differ from the HTTP server only in how they wait (``time.sleep`` or
``anyio.sleep``) and how a dropped connection shows up: as the
``httpx.RemoteProtocolError`` a real client sees when a server hangs up. The async one yields
to the event loop on every request, as a socket would.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import anyio
import httpx

from ._wire import Reply, make_request

if TYPE_CHECKING:
    from ._simulator import Simulator

_DISCONNECTED = "Server disconnected without sending a response."


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(reply: Reply, request: httpx.Request) -> httpx.Response:
    if reply.drop:
        raise httpx.RemoteProtocolError(_DISCONNECTED, request=request)
    return httpx.Response(reply.status, headers=list(reply.headers), content=reply.body, request=request)


class SimulatorTransport(httpx.BaseTransport):
    """Sync transport: ``httpx.Client(transport=sim.transport())``."""

    def __init__(self, simulator: Simulator) -> None:
        self._simulator = simulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        pending = self._simulator._receive(
            make_request(request.method, _target(request), httpx.Headers(request.headers), body)
        )
        if pending.delay:
            time.sleep(pending.delay)
        reply = self._simulator._answer(pending)
        if reply.delay:
            time.sleep(reply.delay)
        return _response(reply, request)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    """Async transport: ``httpx.AsyncClient(transport=sim.async_transport())``."""

    def __init__(self, simulator: Simulator) -> None:
        self._simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        # A real transport yields to the event loop on every socket operation; answering without
        # ever yielding would starve every other task, and leave the loop no turn in which to
        # drop the timers each call's deadline scope cancels.
        await anyio.sleep(0)
        pending = self._simulator._receive(
            make_request(request.method, _target(request), httpx.Headers(request.headers), body)
        )
        if pending.delay:
            await anyio.sleep(pending.delay)
        reply = self._simulator._answer(pending)
        if reply.delay:
            await anyio.sleep(reply.delay)
        return _response(reply, request)
