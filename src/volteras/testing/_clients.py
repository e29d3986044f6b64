"""`Simulator.client()` and `Simulator.async_client()`: an SDK client wired to a simulator in one call.

The client sends through the simulator's in-process transport (no sockets, no port), logs in
with the simulator's demo credentials, and times everything by the simulator's clock: on a
`ManualClock` a wait or a retry backoff moves the clock instead of sleeping, so a 300-second
`commands.wait` on a vehicle that never answers ends at once, the same way on every run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import httpx

from .._client import AsyncVolteras, Volteras
from ._clock import Clock, ManualClock, WallClock

if TYPE_CHECKING:
    from ._simulator import Simulator

BASE_URL = "http://simulator.invalid"
"""Where a simulator-backed client's requests seem to go: `.invalid` never resolves (RFC 2606),
so the name says that nothing leaves the process."""


def _seconds(clock: Clock) -> Callable[[], float]:
    if isinstance(clock, WallClock):
        return time.monotonic
    return lambda: clock.now().timestamp()


def _sleep(clock: Clock) -> Callable[[float], object]:
    if isinstance(clock, ManualClock):
        return clock.advance
    return time.sleep


def _async_sleep(clock: Clock) -> Callable[[float], Awaitable[None]]:
    if not isinstance(clock, ManualClock):
        return asyncio.sleep

    async def advance(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real sleep would

    return advance


def sync_client(
    sim: Simulator,
    client_id: str,
    client_secret: str,
    timeout: float | httpx.Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
) -> Volteras:
    client = Volteras(
        client_id,
        client_secret,
        base_url="http://127.0.0.1",  # replaced below, before any request
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
    )
    client._run_in_process(
        BASE_URL,
        lambda: httpx.Client(transport=sim.transport()),
        _seconds(sim.clock),
        _sleep(sim.clock),
    )
    return client


def async_client(
    sim: Simulator,
    client_id: str,
    client_secret: str,
    timeout: float | httpx.Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
) -> AsyncVolteras:
    client = AsyncVolteras(
        client_id,
        client_secret,
        base_url="http://127.0.0.1",  # replaced below, before any request
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
    )
    client._run_in_process(
        BASE_URL,
        lambda: httpx.AsyncClient(transport=sim.async_transport()),
        _seconds(sim.clock),
        _async_sleep(sim.clock),
    )
    return client
