"""The async fan-out: worker tasks carry each vehicle's actions out; `async for` gets the outcomes
as they finish.

Cancelling the task that iterates (or leaving the loop early) cancels every worker at its next
await, so nothing more is sent; the CancelledError goes on as asyncio expects, and the stream's
`finished` then holds an outcome for every vehicle: the finished ones, and "cancelled" ones with
every execution already created. Only the I/R differs from the sync shell; the plan of each
vehicle (`_sequence`) and the sorting of outcomes (`_fanout`) are the same code.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from . import _bounds
from ._fanout import SENDS_MANY, CommandOutcome, Outcomes, ReadOutcome
from ._fanout_scope import AsyncScope
from ._generated.resources.commands import AsyncCommands
from ._polling import Driver
from ._sequence import CommandRuns, ReadBudget, Send

if TYPE_CHECKING:
    from ._generated.models import CommandExecution

R = TypeVar("R")
T = TypeVar("T")


async def astream(
    count: int,
    run: Callable[[int], Awaitable[R]],
    cancelled: Callable[[int], R | None],
    concurrency: int,
    done: dict[int, R],
) -> AsyncIterator[R]:
    """The asyncio twin of `_fanout_sync.stream`: on cancellation, `done` gets `cancelled(i)` for the rest."""
    scope = AsyncScope()
    results: asyncio.Queue[tuple[int, R | None, BaseException | None]] = asyncio.Queue()
    order = iter(range(count))

    async def work() -> None:
        _bounds.async_scope.set(scope)
        for index in order:  # one shared iterator: each index goes to one worker
            try:
                outcome = await run(index)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:  # a bug, not a vehicle's outcome: the iterating task raises it
                results.put_nowait((index, None, exc))
                return
            results.put_nowait((index, outcome, None))

    workers = [asyncio.ensure_future(work()) for _ in range(min(concurrency, count))]
    try:
        while len(done) < count:
            index, outcome, bug = await results.get()
            if bug is not None:
                raise bug
            done[index] = outcome  # type: ignore[assignment]  # None only with a bug
            yield outcome  # type: ignore[misc]
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)  # each ends at its next await
        while not results.empty():
            index, outcome, _bug = results.get_nowait()
            if outcome is not None:
                done.setdefault(index, outcome)
        for index in range(count):
            if index not in done and (stopped := cancelled(index)) is not None:
                done[index] = stopped


class _AsyncStream(Outcomes[R]):
    async def _run(self, index: int) -> R:
        raise NotImplementedError

    def __aiter__(self) -> AsyncIterator[R]:
        self._start("await collect()")
        return astream(len(self._ids), self._run, self._cancelled, self._concurrency, self._done)

    async def collect(self) -> list[R]:
        """Run the fan-out to its end and return the outcomes in the order given."""
        if not self._started:
            async for _ in self:
                pass
        return self.finished


class AsyncCommandStream(CommandRuns[AsyncCommands], _AsyncStream[CommandOutcome]):
    """`client.commands.stream_many(...)` of the async client: `async for` the outcomes as they finish."""

    async def _run(self, index: int) -> CommandOutcome:
        run = self._plan.runs[index]
        driver = Driver(run.actions())
        for action in driver:
            try:
                driver.answer(await self._perform(run.vehicle_id, action))
            except SENDS_MANY as exc:
                driver.fail(exc)
        return driver.result

    async def _perform(self, vehicle_id: str, action: Any) -> Any:
        if isinstance(action, ReadBudget):
            from ._generated.resources.rate_limits import AsyncRateLimits

            return await AsyncRateLimits(self._commands._api).get(vehicle_id, **self._plan.options)
        if isinstance(action, Send):
            send: Callable[..., Awaitable[CommandExecution]] = getattr(self._commands, action.step.command)
            return await send(vehicle_id, **action.step.arguments, **self._plan.options)
        return await self._commands.wait(
            action.execution, wait_timeout=self._plan.wait_timeout, poll_interval=self._plan.poll_interval
        )


class AsyncReadStream(_AsyncStream[ReadOutcome[T]]):
    """`client.fan_out(read, ids)` of the async client: `async for` each vehicle's `ReadOutcome`."""

    def __init__(self, read: Callable[[str], Awaitable[T]], vehicle_ids: list[str], concurrency: int) -> None:
        super().__init__(vehicle_ids, concurrency)
        self._read = read

    async def _run(self, index: int) -> ReadOutcome[T]:
        vehicle_id = self._ids[index]
        try:
            return ReadOutcome(vehicle_id, await self._read(vehicle_id))
        except SENDS_MANY as exc:
            return ReadOutcome(vehicle_id, error=exc)
