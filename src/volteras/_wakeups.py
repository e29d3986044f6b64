"""One sleep that whichever comes first ends: a fan-out's stop, or a command's final update.

A wait inside a fan-out listens to both at once: the fan-out's stop (`_fanout_scope.SyncScope`,
set by Ctrl-C) and the command-updates hub (`_command_updates.Waiter`, rung by the webhook).
Each is a `Source`: it rings every listener when its moment comes, or says at once that it
already came. Only a real-time sleep can be cut short; an injected one (a simulator's manual
clock) takes no real time and is slept whole, and the caller looks at the sources afterwards.

The asyncio twin needs no stop: cancelling the task ends its await, whatever it waits on.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Protocol


class Source(Protocol):
    def listen(self, ring: Callable[[], object]) -> bool:
        """Call `ring` (from any thread) when the moment comes; False, registering nothing, when it came."""

    def forget(self, ring: Callable[[], object]) -> None: ...


def nap(seconds: float, sleep: Callable[[float], object], sources: Iterable[Source | None]) -> None:
    """`sleep(seconds)`, ended as soon as any of `sources` (None ones left out) rings."""
    heard = [source for source in sources if source is not None]
    if not heard or sleep is not time.sleep:
        sleep(seconds)
        return
    bell = threading.Event()
    with _listening(heard, bell.set) as pending:
        if pending:
            bell.wait(seconds)


async def anap(
    seconds: float, sleep: Callable[[float], Awaitable[object]], sources: Iterable[Source | None]
) -> None:
    """The asyncio twin of `nap`; rung from any thread or from the loop itself."""
    heard = [source for source in sources if source is not None]
    if not heard:
        await sleep(seconds)
        return
    import asyncio

    from ._base import _asyncio_sleep

    if sleep is not _asyncio_sleep and sleep is not asyncio.sleep:
        await sleep(seconds)
        return
    loop = asyncio.get_running_loop()
    bell = asyncio.Event()

    def ring() -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits any more
            loop.call_soon_threadsafe(bell.set)

    with _listening(heard, ring) as pending:
        if pending:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    await bell.wait()


@contextlib.contextmanager
def _listening(sources: list[Source], ring: Callable[[], object]) -> Iterator[bool]:
    """Listen to every source for the block; False when one had already rung (then: no sleep)."""
    listening: list[Source] = []
    try:
        for source in sources:
            if not source.listen(ring):
                yield False
                return
            listening.append(source)
        yield True
    finally:
        for source in listening:
            source.forget(ring)
