"""Which event loop an `AsyncVolteras` runs on: the client's business, followed at every call.

Connections and asyncio locks belong to the loop that made them. A program that calls one
client from a second `asyncio.run` (a CLI command per run, a test per loop) must get a fresh
pool and a fresh renewal lock there, not "Event loop is closed" from deep inside asyncio; one
whose first loop is still running in another thread must be told to make one client per loop.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import VolterasError

if TYPE_CHECKING:
    import asyncio

_IN_USE_ELSEWHERE = (
    "this AsyncVolteras is in use on another event loop (another thread's) right now, and "
    "its connections and locks belong to that loop; create one AsyncVolteras per thread "
    "or event loop, or hand the calls to the loop that owns it "
    "(asyncio.run_coroutine_threadsafe)"
)


class LoopFollower:
    """Notices a call on another event loop than the last one, and calls `on_change` before it goes on."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self._on_change = on_change
        self._lock = threading.Lock()
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    def follow(self) -> None:
        """At the start of each call: the same loop goes on; a new one (the last has stopped) gets
        `on_change` first; one while the last is still running elsewhere is refused."""
        import asyncio  # already imported by whoever runs the loop

        loop = asyncio.get_running_loop()
        last = self._loop
        if last is not None and last() is loop:
            return  # every call but the first on a loop: one attribute read, no lock
        with self._lock:
            previous = None if self._loop is None else self._loop()
            if previous is loop:
                return
            if previous is not None and previous.is_running():
                raise VolterasError(_IN_USE_ELSEWHERE)
            if self._loop is not None:
                self._on_change()
            self._loop = weakref.ref(loop)

    def last_is_running(self) -> bool:
        """Whether the running loop is the one the last call ran on (or no call ran yet)."""
        import asyncio

        return self._loop is None or self._loop() is asyncio.get_running_loop()

    def after_fork(self) -> None:
        """In a forked child: the parent's loops, running or not, are not the child's."""
        self._lock = threading.Lock()
        self._loop = None
