"""What the calls of one fan-out share: a gate that a 429 closes for all of them, and a stop.

The request loop (`_base`) and the wait loop (`_polling.run`) look the scope up in
`_bounds.fan_out_scope`, which each worker thread or task of a fan-out sets for itself; outside
a fan-out it is None and nothing changes.

- The gate: a call that gets a 429 holds the gate for its backoff (the server's Retry-After
  when it gave one); every other call of the fan-out waits at the gate before its next attempt,
  so the whole fan-out slows down instead of every worker retrying on its own.
- The stop (sync only; asyncio cancels its tasks itself): set by Ctrl-C in the main thread.
  Every wait of a worker (a poll interval, a backoff, the gate) is a wait on the stop, so
  the worker ends at once with `Stopped`, and nothing is sent after it. A poll interval of a
  client built with `command_updates=` also ends on its command's final update (`_wakeups`).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final

import httpx

from ._wakeups import nap

if TYPE_CHECKING:
    from ._wakeups import Source

GATE_CHECK: Final = 0.25
"""How often a call waiting at the gate looks at the stop too (a cap, not a poll of the API)."""


class Stopped(Exception):  # not an error: the fan-out was told to stop
    """Raised inside a worker of a stopped fan-out, at its next wait or before its next send."""


def closes_gate(outcome: object) -> bool:
    """Whether an attempt's outcome holds the whole fan-out back: the server said "too many"."""
    return isinstance(outcome, httpx.Response) and outcome.status_code == 429


class SyncScope:
    """One sync fan-out's gate and stop, shared by its worker threads."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self._gate = threading.Condition()
        self._holders = 0
        self._rings: set[Callable[[], object]] = set()

    def check(self) -> None:
        if self.stop.is_set():
            raise Stopped

    def halt(self) -> None:
        with self._gate:
            self.stop.set()
            self._gate.notify_all()
            rings = list(self._rings)
        for ring in rings:
            ring()

    def listen(self, ring: Callable[[], object]) -> bool:
        """Ring `ring` on the stop (a `_wakeups.Source`); False when stopped already."""
        with self._gate:
            if self.stop.is_set():
                return False
            self._rings.add(ring)
        return True

    def forget(self, ring: Callable[[], object]) -> None:
        with self._gate:
            self._rings.discard(ring)

    def sleep(self, seconds: float, sleep: Callable[[float], object], also: Source | None = None) -> None:
        """`sleep(seconds)`, ended at once by the stop (raising Stopped), or early and quietly by
        `also` (a command's final update): one sleep that whichever comes first ends."""
        self.check()
        nap(seconds, sleep, (self, also))
        self.check()

    def pass_gate(self) -> None:
        """Wait while another call of the fan-out sits out a 429."""
        with self._gate:
            while self._holders and not self.stop.is_set():
                self._gate.wait(GATE_CHECK)
        self.check()

    def back_off(self, outcome: object, seconds: float, sleep: Callable[[float], object]) -> None:
        """The request loop's wait before a retry: with the gate held when the server said 429."""
        if not closes_gate(outcome):
            self.sleep(seconds, sleep)
            return
        with self._gate:
            self._holders += 1
        try:
            self.sleep(seconds, sleep)
        finally:
            with self._gate:
                self._holders -= 1
                self._gate.notify_all()


class AsyncScope:
    """The asyncio twin: the gate only; cancelling the tasks is the stop."""

    def __init__(self) -> None:
        import asyncio

        self._open = asyncio.Event()
        self._open.set()
        self._holders = 0

    async def pass_gate(self) -> None:
        await self._open.wait()

    async def back_off(
        self, outcome: object, seconds: float, sleep: Callable[[float], Awaitable[object]]
    ) -> None:
        if not closes_gate(outcome):
            await sleep(seconds)
            return
        self._holders += 1
        self._open.clear()
        try:
            await sleep(seconds)
        finally:
            self._holders -= 1
            if not self._holders:
                self._open.set()
