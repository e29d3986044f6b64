"""A token endpoint that hangs must not queue every concurrent caller behind every other's timeouts."""

from __future__ import annotations

import asyncio
import contextlib
import threading

import httpx
import pytest

import volteras
from tests.spec_facts import path_of
from volteras.testing import Delay, Simulator

CALLERS = 8
TIMEOUT = 0.2
ATTEMPTS = 3  # default max_retries=2, plus the first try


@pytest.fixture
def hanging_token_endpoint() -> Simulator:
    sim = Simulator()
    sim.inject(Delay(1.0), path=path_of("create_token"), count=100)
    return sim


def test_threads_give_up_with_a_typed_timeout(hanging_token_endpoint: Simulator) -> None:
    """Threads waiting on a renewal that hangs get APITimeoutError; token requests stay single-flight-ish."""
    sim = hanging_token_endpoint
    errors: list[BaseException] = []
    with (
        sim.serve() as url,
        volteras.Volteras("demo-client", "demo-secret", base_url=url, timeout=TIMEOUT) as c,
    ):

        def call() -> None:
            try:
                c.tokens.test()
            except BaseException as exc:  # collected and checked below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert [type(e) for e in errors] == [volteras.APITimeoutError] * CALLERS
    # Unbounded, each caller renewed in turn: CALLERS x ATTEMPTS (24) token requests.
    assert len(sim.token_requests) <= CALLERS * ATTEMPTS // 2


def test_tasks_give_up_with_a_typed_timeout(hanging_token_endpoint: Simulator) -> None:
    """Asyncio tasks waiting on a renewal that hangs get APITimeoutError, with few token requests."""
    sim = hanging_token_endpoint

    async def main(url: str) -> list[object]:
        async with volteras.AsyncVolteras("demo-client", "demo-secret", base_url=url, timeout=TIMEOUT) as c:
            return await asyncio.gather(*(c.tokens.test() for _ in range(CALLERS)), return_exceptions=True)

    with sim.serve() as url:
        results = asyncio.run(main(url))
    assert [type(r) for r in results] == [volteras.APITimeoutError] * CALLERS
    assert len(sim.token_requests) <= CALLERS * ATTEMPTS // 2


def test_a_task_cancelled_while_waiting_for_a_renewal_sends_nothing() -> None:
    """Cancelled just as another task's renewal ends, a waiting command stays cancelled and unsent.

    The cancel is requested after the renewal lock is handed to the waiter and before the waiter
    runs again. `asyncio.wait_for` on Python 3.11 swallowed such a cancel and the command went
    out; now the cancel reaches the waiter at its next pause, before its request is written.
    """
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    sim.inject(Delay(0.1), path=path_of("create_token"))
    waiting: list[asyncio.Task[object]] = []

    async def cancel_the_waiter(request: httpx.Request) -> None:
        if waiting and request.url.path.endswith(path_of("test_token")):  # the renewal has just ended
            asyncio.get_running_loop().call_soon(waiting[0].cancel)

    async def main(url: str) -> asyncio.Task[object]:
        async with volteras.AsyncVolteras("demo-client", "demo-secret", base_url=url) as c:
            c._http.event_hooks["request"].append(cancel_the_waiter)
            renewing = asyncio.create_task(c.tokens.test())
            await asyncio.sleep(0)  # the first task takes the renewal lock
            waiting.append(asyncio.create_task(c.commands.close_charge_port("veh_1")))
            await asyncio.gather(renewing, *waiting, return_exceptions=True)
            return waiting[0]

    with sim.serve() as url:
        waiter = asyncio.run(main(url))
    assert waiter.cancelled()
    assert sim.executions == []
    assert [r.path for r in sim.requests if "command-execution" in r.path] == []


def test_a_task_that_once_swallowed_a_cancel_still_times_out_typed() -> None:
    """A task that caught a cancel earlier, then waits too long for a renewal, gets APITimeoutError.

    Before Python 3.11.7 `asyncio.timeout` raised CancelledError in that case, which slips past
    `except VolterasError` and makes the call look cancelled.
    """
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)

    async def main(url: str) -> BaseException | None:
        async with volteras.AsyncVolteras("demo-client", "demo-secret", base_url=url, timeout=TIMEOUT) as c:
            renewal = asyncio.Lock()
            await renewal.acquire()  # a renewal in progress that never ends
            c._auth._task_lock = renewal

            async def caller() -> BaseException | None:
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):  # no uncancel(): it still counts
                    await asyncio.sleep(0)
                try:
                    await c.commands.close_charge_port("veh_1")
                except BaseException as exc:  # returned and checked below
                    return exc
                return None

            return await asyncio.create_task(caller())

    with sim.serve() as url:
        outcome = asyncio.run(main(url))
    assert isinstance(outcome, volteras.APITimeoutError), repr(outcome)
    assert sim.executions == []
