"""Work for many vehicles at once: what it answers, and how each answer is sorted.

`client.commands.stream_many` / `send_many` (a sequence of commands per vehicle) and
`client.fan_out` (any read per vehicle) run on one engine: a thread pool for the sync client,
tasks for the async one (`_fanout_sync`, `_fanout_async`), each vehicle advancing on its own
(`_sequence` plans its steps). Everything here is pure and shared by both shells; this module
is imported with `volteras`, so the engine's own modules are imported only when a fan-out starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import attrs

from ._errors import CommandTimeoutError, VolterasError
from ._waiting import ending

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from ._fanout_async import AsyncReadStream
    from ._fanout_sync import ReadStream
    from ._generated.models import CommandExecution, CommandStatus, FailedReason, RateLimit
    from ._generated.resources import CommandName

T = TypeVar("T")
R = TypeVar("R")
Outcome = Literal["executed", "failed", "ended", "pending", "timed_out", "error", "skipped", "cancelled"]

DEFAULT_CONCURRENCY: Final = 8
MAX_CONCURRENCY: Final = 256
"""More threads than this buys nothing from one API (its rate limits bind first) and costs memory."""


@attrs.frozen
class CommandOutcome:
    """What became of one vehicle's command, or sequence of commands; one per vehicle, never raised.

    `outcome` is "executed" (every step EXECUTED; or, without waiting, the last one already
    was), "failed" (a step ended FAILED: `failed_reason` says why, and no later step was sent),
    "ended" (another final status, such as one the SDK does not know yet: `execution.status`
    says which), "pending" (the last step sent without waiting, not yet final),
    "timed_out" (a wait gave up; that command still runs, `execution` is its last state),
    "error" (`error` says what: the API refused it, the connection failed, or the id was not a
    valid path segment), "skipped" (the budget check found the vehicle's command budget spent:
    nothing was sent, `rate_limits` shows it) or "cancelled" (the fan-out was interrupted; the
    steps in `executions` were sent, no later one was).

    `executions` holds each step's execution, in step order, as far as the vehicle got, and
    `execution` the one the outcome is about (the last). After an error, `execution` is set
    when the command was created anyway: do not send it again blindly.
    """

    vehicle_id: str
    outcome: Outcome
    execution: CommandExecution | None = None
    error: Exception | None = None
    executions: tuple[CommandExecution, ...] = ()
    rate_limits: tuple[RateLimit, ...] = ()
    """What the budget check read for this vehicle (empty without `check_budget`)."""

    @property
    def status(self) -> CommandStatus | str | None:
        """The final status of the step the outcome is about (None when nothing was created)."""
        return None if self.execution is None else self.execution.status

    @property
    def failed_reason(self) -> FailedReason | str | None:
        """Why a "failed" command failed: a documented FailedReason, or the API's own words."""
        if self.outcome != "failed" or self.execution is None:
            return None
        reason = self.execution.failed_reason
        return reason if isinstance(reason, str) else None


@attrs.frozen
class ReadOutcome(Generic[T]):
    """One vehicle's answer in `client.fan_out`: `value`, or the `error` the read raised."""

    vehicle_id: str
    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Step:
    """One command of a sequence, with its arguments: `Step("set_charge_limit", limit=80)`.

    The name and the arguments are checked against the spec (names, types, bounds) when the
    fan-out starts, before anything is sent. A bare name stands for a step without arguments
    (in a list beside Steps, write `Step("start_charging")`: mypy types a mixed list as objects).
    """

    __slots__ = ("arguments", "command")

    def __init__(self, command: CommandName, /, **arguments: Any) -> None:
        self.command = command
        self.arguments = arguments

    def __repr__(self) -> str:
        given = "".join(f", {name}={value!r}" for name, value in self.arguments.items())
        return f"Step({self.command!r}{given})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Step) and (self.command, self.arguments) == (other.command, other.arguments)

    __hash__ = None  # type: ignore[assignment]  # arguments are a dict


class FanOutInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped a sync fan-out: nothing more was sent. A KeyboardInterrupt, so it still
    stops a program that does not catch it.

    `outcomes` holds one outcome per vehicle in the order given: the finished ones as they
    ended, the others "cancelled" with every execution already created (none is sent again).
    For `client.fan_out`, the reads that finished.
    """

    def __init__(self, outcomes: Sequence[Any]) -> None:
        super().__init__(f"interrupted: {len(outcomes)} outcomes")
        self.outcomes = list(outcomes)


class Outcomes(Generic[R]):
    """What a fan-out's stream keeps, in either engine: the ids, and each one's outcome by index."""

    def __init__(self, vehicle_ids: list[str], concurrency: int) -> None:
        self._ids = vehicle_ids
        self._concurrency = concurrency
        self._done: dict[int, R] = {}
        self._started = False

    def _cancelled(self, index: int) -> R | None:
        """What a stopped fan-out reports for a vehicle it did not finish (None: nothing)."""
        return None

    def _start(self, instead: str) -> None:
        if self._started:
            raise RuntimeError(f"a fan-out runs once; iterate it once, or {instead}")
        self._started = True

    @property
    def finished(self) -> list[R]:
        """The outcomes so far, in the order given (after an async fan-out was cancelled: one for
        every vehicle)."""
        return [self._done[i] for i in sorted(self._done)]


# --------------------------------------------------------------------------- sorting outcomes


def outcome_of(
    vehicle_id: str, execution: CommandExecution, executions: tuple[CommandExecution, ...] = ()
) -> CommandOutcome:
    """The outcome a vehicle ends with on `execution`, the last state of its last step sent."""
    return CommandOutcome(vehicle_id, ending(execution), execution, executions=executions or (execution,))


def outcome_of_error(
    vehicle_id: str, error: Exception, executions: tuple[CommandExecution, ...] = ()
) -> CommandOutcome:
    """The outcome a vehicle ends with when a step raised `error` (after `executions` were created)."""
    execution = error.execution if isinstance(error, VolterasError) else None
    if execution is not None and (not executions or executions[-1].id != execution.id):
        executions = (*executions, execution)
    elif execution is not None:
        executions = (*executions[:-1], execution)
    kind: Outcome = "timed_out" if isinstance(error, CommandTimeoutError) else "error"
    return CommandOutcome(vehicle_id, kind, execution, error, executions)


SENDS_MANY: Final = (VolterasError, ValueError)
"""What one vehicle's call may raise without stopping the others: the API's answers, a lost
connection, and an id refused before sending. Anything else is a bug and propagates."""


# --------------------------------------------------------------------------- the clients' fan_out


class SyncFanOut:
    """Mixed into `Volteras`: `fan_out`, one read for many vehicles."""

    def fan_out(
        self, read: Callable[[str], T], vehicle_ids: Iterable[str], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> ReadStream[T]:
        """Call `read(vehicle_id)` for every vehicle, `concurrency` at once; iterate the answers as
        they come.

        Each answer is a `ReadOutcome` (`value`, or the `error` the read raised): one vehicle's
        failure never stops the others. A 429 pauses every read of the fan-out, not just the one
        that got it; Ctrl-C stops at once with `FanOutInterrupted`. `.collect()` gives them in
        the order of `vehicle_ids` instead.

        >>> for answer in client.fan_out(client.vehicles.telemetry, ids, concurrency=16):
        ...     print(answer.vehicle_id, answer.value if answer.ok else answer.error)
        """
        from ._fanout_sync import ReadStream
        from ._steps import check_reads

        return ReadStream(*check_reads(read, vehicle_ids, concurrency))


class AsyncFanOut:
    """Mixed into `AsyncVolteras`: `fan_out` for coroutine reads."""

    def fan_out(
        self,
        read: Callable[[str], Awaitable[T]],
        vehicle_ids: Iterable[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> AsyncReadStream[T]:
        """`async for` the answers of `await read(vehicle_id)`, `concurrency` at once; see `Volteras.fan_out`.

        >>> async for answer in client.fan_out(client.rate_limits.get, ids):
        ...     print(answer.vehicle_id, answer.value)
        """
        from ._fanout_async import AsyncReadStream
        from ._steps import check_reads

        return AsyncReadStream(*check_reads(read, vehicle_ids, concurrency))
