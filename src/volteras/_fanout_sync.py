"""The sync fan-out: worker threads carry each vehicle's actions out, the caller's thread streams
the outcomes as they finish.

The caller's thread only ever waits on the outcome queue, in short waits that Ctrl-C interrupts.
On Ctrl-C it sets the fan-out's stop (`_fanout_scope`): every worker waiting (a poll interval,
a backoff, the 429 gate) ends at once and sends nothing more; the caller gives a worker whose
request is on the wire up to `GRACE` seconds to hand in what it created, then raises
`FanOutInterrupted` with an outcome for every vehicle. Workers are daemon threads, so one stuck
on a slow socket never holds the program up.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeVar

from . import _bounds
from ._fanout import SENDS_MANY, CommandOutcome, FanOutInterrupted, Outcomes, ReadOutcome
from ._fanout_scope import Stopped, SyncScope
from ._generated.resources.commands import Commands
from ._polling import Driver
from ._sequence import CommandRuns, ReadBudget, Send

if TYPE_CHECKING:
    from ._generated.models import CommandExecution

R = TypeVar("R")
T = TypeVar("T")

GRACE: Final = 0.5
"""Seconds a stopped fan-out waits for requests already on the wire, so what they created is reported."""
WAKE: Final = 0.2
"""The longest the caller's thread waits at once; between waits a signal handler runs at once anyway."""


def stream(
    count: int,
    run: Callable[[int], R],
    cancelled: Callable[[int], R | None],
    concurrency: int,
    done: dict[int, R],
) -> Iterator[R]:
    """Run `run(0)` ... `run(count - 1)` on `concurrency` threads; yield each result as it comes.

    `done` collects them by index. On Ctrl-C, raise FanOutInterrupted with everything `done`
    holds and `cancelled(i)` for the rest, in index order.
    """
    scope = SyncScope()
    results: queue.SimpleQueue[tuple[int, R | None, BaseException | None]] = queue.SimpleQueue()
    order = iter(range(count))
    taking = threading.Lock()

    def work() -> None:
        _bounds.sync_scope.set(scope)
        while not scope.stop.is_set():
            with taking:
                index = next(order, None)
            if index is None:
                return
            try:
                results.put((index, run(index), None))
            except Stopped:
                results.put((index, cancelled(index), None))
                return
            except BaseException as exc:  # a bug, not a vehicle's outcome: the caller raises it
                results.put((index, None, exc))
                return

    for _ in range(min(concurrency, count)):
        threading.Thread(target=work, name="volteras-fan-out", daemon=True).start()
    try:
        while len(done) < count:
            try:
                index, outcome, bug = results.get(timeout=WAKE)
            except queue.Empty:
                continue
            if bug is not None:
                raise bug
            done[index] = outcome  # type: ignore[assignment]  # None only with a bug
            yield outcome  # type: ignore[misc]
    except KeyboardInterrupt:
        scope.halt()
        _drain(results, done, count)
        partial = [done[i] if i in done else cancelled(i) for i in range(count)]
        raise FanOutInterrupted([o for o in partial if o is not None]) from None
    finally:
        scope.halt()  # whatever ended the stream (done, a bug, a loop left early): nothing more is sent


def _drain(results: queue.SimpleQueue[Any], done: dict[int, Any], count: int) -> None:
    """What the workers hand in within GRACE seconds of the stop."""
    until = time.monotonic() + GRACE
    while len(done) < count:
        left = until - time.monotonic()
        if left <= 0:
            return
        try:
            index, outcome, _bug = results.get(timeout=left)
        except queue.Empty:
            return
        if outcome is not None:
            done[index] = outcome


class _Stream(Outcomes[R]):
    def _run(self, index: int) -> R:
        raise NotImplementedError

    def __iter__(self) -> Iterator[R]:
        self._start("call collect()")
        return stream(len(self._ids), self._run, self._cancelled, self._concurrency, self._done)

    def collect(self) -> list[R]:
        """Run the fan-out to its end and return the outcomes in the order given (once iterated:
        the outcomes it got, in that order)."""
        if not self._started:
            for _ in self:
                pass
        return self.finished


class CommandStream(CommandRuns[Commands], _Stream[CommandOutcome]):
    """`client.commands.stream_many(...)`: iterate the outcomes in the order the vehicles finish.

    Iterate once; `collect()` runs it to the end and gives them in the order of the ids.
    """

    def _run(self, index: int) -> CommandOutcome:
        run = self._plan.runs[index]
        driver = Driver(run.actions())
        for action in driver:
            try:
                driver.answer(self._perform(run.vehicle_id, action))
            except SENDS_MANY as exc:
                driver.fail(exc)
        return driver.result

    def _perform(self, vehicle_id: str, action: Any) -> Any:
        if isinstance(action, ReadBudget):
            from ._generated.resources.rate_limits import RateLimits

            return RateLimits(self._commands._api).get(vehicle_id, **self._plan.options)
        if isinstance(action, Send):
            scope = _bounds.sync_scope.get()
            if scope is not None:
                scope.check()  # stopped: this step is not sent
            send: Callable[..., CommandExecution] = getattr(self._commands, action.step.command)
            return send(vehicle_id, **action.step.arguments, **self._plan.options)
        # one wait path for every wait: whatever ends `commands.wait` sooner ends these too
        return self._commands.wait(
            action.execution, wait_timeout=self._plan.wait_timeout, poll_interval=self._plan.poll_interval
        )


class ReadStream(_Stream[ReadOutcome[T]]):
    """`client.fan_out(read, ids)`: iterate each vehicle's `ReadOutcome` as it comes."""

    def __init__(self, read: Callable[[str], T], vehicle_ids: list[str], concurrency: int) -> None:
        super().__init__(vehicle_ids, concurrency)
        self._read = read

    def _run(self, index: int) -> ReadOutcome[T]:
        vehicle_id = self._ids[index]
        try:
            return ReadOutcome(vehicle_id, self._read(vehicle_id))
        except SENDS_MANY as exc:
            return ReadOutcome(vehicle_id, error=exc)
