"""A cancel from outside stays a cancel, even when it lands in the same loop turn as the deadline.

Both are made due in one turn by holding the event loop past them (a callback that sleeps):
when the loop runs again, the deadline's timer and the outside `task.cancel()` fire together,
before the cancelled call gets to run.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, VolterasError
from volteras.testing import Delay, Simulator

TOKEN = path_of("create_token")


def test_a_cancel_beside_the_call_deadline_propagates_as_cancellation() -> None:
    """Deadline and outside cancel in one turn: the request loop raises CancelledError, not APITimeoutError."""
    sim = Simulator()
    sim.add_vehicle("veh_1")
    sim.inject(Delay(10.0), path=path_of("get_vehicle_telemetry", vehicle_id="veh_1"), count=1)

    async def run() -> None:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=url) as client:
            await client.tokens.test()
            loop = asyncio.get_running_loop()
            task = asyncio.create_task(client.vehicles.telemetry("veh_1", deadline=1.0))
            loop.call_later(1.05, task.cancel)  # just after the deadline...
            loop.call_later(0.5, time.sleep, 1.0)  # ...and both held until 1.5 s, to fire in one turn
            with pytest.raises(asyncio.CancelledError):
                await task

    with sim.serve() as url:
        asyncio.run(run())


def test_a_cancel_beside_the_renewal_wait_timeout_propagates_as_cancellation() -> None:
    """The wait for another call's token renewal: its timeout and an outside cancel in one turn give CancelledError."""
    sim = Simulator()
    sim.inject(Delay(10.0), path=TOKEN, count=1)  # the first login hangs, holding the renewal lock

    async def run() -> None:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=url) as client:
            holder = asyncio.create_task(client.with_options(timeout=20).tokens.test())
            for _ in range(100):  # at most 5 s for the holder's login to reach the server
                if sim.token_requests:
                    break
                await asyncio.sleep(0.05)
            loop = asyncio.get_running_loop()
            waiter = asyncio.create_task(
                client.with_options(timeout=0.5).tokens.test()
            )  # waits 1.5 s at most
            loop.call_later(1.55, waiter.cancel)
            loop.call_later(0.5, time.sleep, 1.5)  # the wait's timeout and the cancel, due together at 2.0 s
            with pytest.raises(asyncio.CancelledError):
                await waiter
            holder.cancel()
            with contextlib.suppress(asyncio.CancelledError, VolterasError):
                await holder

    with sim.serve() as url:
        asyncio.run(run())
