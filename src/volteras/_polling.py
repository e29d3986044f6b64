"""Every wait's schedule, as steps to take, and the two loops that take them (sync and asyncio).

`Schedule.steps` decides when to poll and when to give up without doing either: it yields
`Sleep(seconds)` and `Poll(deadline)`, is sent each poll's answer (or thrown its error), and
returns the final answer. So the one schedule serves commands and bulk connections, the sync
and the async client, `wait=True`, `send_many` and the command line, and `run` and `arun` are
all that is written twice: the same pattern as the auth flow, which yields requests.

Time is whatever clock and sleep the client was given: a simulator-backed client on a
`ManualClock` waits 300 seconds at once, the same way on every run.

A wait given a `Waiter` (a client built with `command_updates=`) sleeps until its command's
final `command.updated` webhook arrives, or the hub's slower fallback interval passes, then
polls: one poll per command when the webhook comes. `Sleep.wake` carries the waiter to the loop,
whose one sleep (`_wakeups`) also ends on a fan-out's stop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from . import _bounds
from ._errors import APITimeoutError, VolterasError
from ._waiting import BACKOFF, LAST_POLL_TIME, MAX_POLL_INTERVAL, check_wait
from ._wakeups import anap, nap

if TYPE_CHECKING:
    from ._command_updates import Waiter

T = TypeVar("T")
S = TypeVar("S")


@attrs.frozen
class Sleep:
    """Sleep this long (less, when `wake` hears its command's final update), then ask for the next step."""

    seconds: float
    wake: Waiter | None = None


@attrs.frozen
class Poll:
    """Poll once with this deadline (seconds for the whole call), then send the answer or throw the error."""

    deadline: float


Step = Sleep | Poll
Steps = Generator[Step, T | None, T]
"""What `Schedule.steps` yields, is sent (None after a Sleep, the answer after a Poll) and returns."""


@attrs.frozen
class Watch(Generic[T]):
    """What is waited for: when it is final, and the error for a wait that ran out of time."""

    is_final: Callable[[T], bool]
    timed_out: Callable[[T, float], VolterasError]
    carried: bool = False
    """Whether an error while polling carries the last answer as `.execution` (a created command)."""


class Schedule(Generic[T]):
    """One wait: poll with intervals growing from `poll_interval` by half each time up to
    MAX_POLL_INTERVAL, until the answer is final or `wait_timeout` seconds have passed.

    Each poll's deadline is the wait's time left (at least LAST_POLL_TIME, so the poll at the
    end can still be answered) when that is shorter than `call_deadline`, the client's deadline
    for one call: a poll whose server asks it to come back later does not outlive the wait, and
    ends it with the wait's own timeout error.
    """

    def __init__(
        self,
        watch: Watch[T],
        *,
        wait_timeout: float,
        poll_interval: float,
        clock: Callable[[], float],
        call_deadline: float,
        on_poll: Callable[[T], object] | None = None,
        wake: Waiter | None = None,
    ) -> None:
        self.wait_timeout = check_wait(wait_timeout, poll_interval)
        self._watch = watch
        self._interval = float(poll_interval)
        self._clock = clock
        self._call_deadline = call_deadline
        self._on_poll = on_poll
        self._wake = wake
        self._deadline = clock() + self.wait_timeout

    def steps(self, first: T | None) -> Steps[T]:
        """The steps from `first` (None: nothing known yet, so poll at once) to a final answer."""
        seen = (yield from self._poll(None)) if first is None else first
        heard = False  # a poll was made on a final update: if it was not final yet, plain polling
        while not self._watch.is_final(seen):
            left = self._deadline - self._clock()
            if left <= 0:
                raise self._watch.timed_out(seen, self.wait_timeout)
            wake = self._wake
            if wake is not None and not heard:
                if not wake.heard_final():
                    yield Sleep(min(wake.interval, left), wake)
                heard = wake.heard_final()
            else:
                yield Sleep(min(self._interval, left))
                self._interval = min(self._interval * BACKOFF, MAX_POLL_INTERVAL)
            seen = yield from self._poll(seen)
        return seen

    def _poll(self, seen: T | None) -> Steps[T]:
        left = max(self._deadline - self._clock(), LAST_POLL_TIME)
        cut_short = left < self._call_deadline  # the wait's deadline bounds this poll, not the call's
        try:
            answer = yield Poll(left if cut_short else self._call_deadline)
        except VolterasError as exc:
            if seen is not None and self._watch.carried:
                exc.execution = seen  # type: ignore[assignment]  # the command exists: never let it look unsent
            if seen is not None and cut_short and isinstance(exc, APITimeoutError):
                raise self._watch.timed_out(seen, self.wait_timeout) from exc
            raise
        if answer is None:
            raise TypeError("a Poll step must be sent what the poll returned")
        if self._on_poll is not None:
            self._on_poll(answer)
        return answer


class Driver(Generic[S, T]):
    """Takes a plan's steps one at a time, for a loop that carries them out: iterate it for the
    steps, `answer` or `fail` each, then read `result`.

    A plan is a generator that yields steps, is sent each step's answer (or thrown its error)
    and returns its result: `Schedule.steps` here, `_sequence.VehicleRun.actions` in a fan-out.
    Everything but the I/O of running one is this class, so the sync and async loops share it.
    """

    __slots__ = ("_answer", "_error", "_plan", "result")
    result: T

    def __init__(self, plan: Generator[S, Any, T]) -> None:
        self._plan = plan
        self._answer: Any = None
        self._error: Exception | None = None

    def __iter__(self) -> Iterator[S]:
        while True:
            try:
                step = self._plan.send(self._answer) if self._error is None else self._plan.throw(self._error)
            except StopIteration as done:
                self.result = done.value
                return
            self._answer, self._error = None, None
            yield step

    def answer(self, value: object) -> None:
        self._answer = value

    def fail(self, error: Exception) -> None:
        self._error = error


def run(steps: Steps[T], poll: Callable[[float], T], sleep: Callable[[float], object]) -> T:
    """Take `steps` with blocking calls: `poll(deadline)` and `sleep(seconds)`."""
    scope = _bounds.sync_scope.get()  # in a fan-out's worker: its stop ends the wait at once
    driver = Driver(steps)
    for step in driver:
        if isinstance(step, Sleep):
            if scope is None:
                nap(step.seconds, sleep, (step.wake,))
            else:  # in a fan-out: its stop (Ctrl-C) and the hub both end this one sleep
                scope.sleep(step.seconds, sleep, step.wake)
            continue
        try:
            driver.answer(poll(step.deadline))
        except VolterasError as exc:
            driver.fail(exc)
    return driver.result


async def arun(
    steps: Steps[T], poll: Callable[[float], Awaitable[T]], sleep: Callable[[float], Awaitable[object]]
) -> T:
    """The asyncio twin of `run`."""
    driver = Driver(steps)
    for step in driver:
        if isinstance(step, Sleep):
            await anap(step.seconds, sleep, (step.wake,))  # a fan-out's stop is the task's cancellation
            continue
        try:
            driver.answer(await poll(step.deadline))
        except VolterasError as exc:
            driver.fail(exc)
    return driver.result
