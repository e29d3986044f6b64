"""One vehicle's part of a fan-out, as actions to take: read its budget, send a step, wait for it.

`VehicleRun.actions` decides, without doing any I/O, what comes next: it yields `ReadBudget`,
`Send(step)` and `Wait(execution)`, is sent each action's answer (or thrown its error), and
returns the vehicle's `CommandOutcome`. The sync shell (`_fanout_sync`, a thread per worker)
and the async one (`_fanout_async`, a task per worker) only carry the actions out, the same
pattern as `_polling.Schedule`. A step that fails, times out or errors ends this vehicle's
sequence and no other's; a step after the first is sent only once the one before is EXECUTED.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._fanout import SENDS_MANY, CommandOutcome, Outcomes, Step, outcome_of, outcome_of_error
from ._generated.models import CommandStatus

if TYPE_CHECKING:
    from ._generated.models import CommandExecution, RateLimit

C = TypeVar("C")


@attrs.frozen
class ReadBudget:
    """Read the vehicle's rate limits (`client.rate_limits.get`), then send them."""


@attrs.frozen
class Send:
    """Send this step's command (without waiting), then send the execution it created."""

    step: Step


@attrs.frozen
class Wait:
    """Wait for this execution through `client.commands.wait`, then send the final one."""

    execution: CommandExecution


Action = ReadBudget | Send | Wait


def spent(limits: list[RateLimit], needed: int) -> bool:
    """Whether any of the vehicle's limits has fewer requests left than the sequence's steps."""
    return any(
        isinstance(limit.remaining_requests, int) and limit.remaining_requests < needed for limit in limits
    )


class VehicleRun:
    """One vehicle's sequence, and how far it got: read by the main thread when a fan-out is stopped."""

    def __init__(self, index: int, vehicle_id: str, steps: tuple[Step, ...], *, wait: bool, budget: bool):
        self.index = index
        self.vehicle_id = vehicle_id
        self.steps = steps
        self.wait = wait
        self.budget = budget
        self.executions: list[CommandExecution] = []
        self.sending: Step | None = None
        """The step whose POST is under way: it may or may not reach the server if stopped now."""

    def actions(self) -> Generator[Action, Any, CommandOutcome]:
        limits: tuple[RateLimit, ...] = ()
        if self.budget:
            try:
                limits = tuple((yield ReadBudget()))
            except SENDS_MANY as exc:
                return outcome_of_error(self.vehicle_id, exc)
            if spent(list(limits), len(self.steps)):
                return CommandOutcome(self.vehicle_id, "skipped", rate_limits=limits)
        execution: CommandExecution | None = None
        for number, step in enumerate(self.steps, 1):
            self.sending = step
            try:
                execution = yield Send(step)
            except SENDS_MANY as exc:
                return self._ended(outcome_of_error(self.vehicle_id, exc, tuple(self.executions)), limits)
            finally:
                self.sending = None
            self.executions.append(execution)
            if number < len(self.steps) or self.wait:
                try:
                    execution = yield Wait(execution)
                except SENDS_MANY as exc:
                    return self._ended(outcome_of_error(self.vehicle_id, exc, tuple(self.executions)), limits)
                self.executions[-1] = execution
                if execution.status != CommandStatus.EXECUTED:
                    break  # FAILED, or final in a status not known: the sequence goes no further
        assert execution is not None  # steps are never empty
        return self._ended(outcome_of(self.vehicle_id, execution, tuple(self.executions)), limits)

    def _ended(self, outcome: CommandOutcome, limits: tuple[RateLimit, ...]) -> CommandOutcome:
        return attrs.evolve(outcome, rate_limits=limits) if limits else outcome

    def cancelled(self) -> CommandOutcome:
        """The outcome of a vehicle stopped before it finished: every execution created so far."""
        from ._errors import APIConnectionError

        error = None
        if self.sending is not None:
            error = APIConnectionError(
                f"the fan-out was stopped while {self.sending.command} was being sent to "
                f"{self.vehicle_id}, so it may or may not have reached the server; list the "
                "vehicle's command executions before sending it again"
            )
        last = self.executions[-1] if self.executions else None
        return CommandOutcome(self.vehicle_id, "cancelled", last, error, tuple(self.executions))


@attrs.frozen
class Plan:
    """A command fan-out checked and ready to start: every vehicle's run, and how each call goes."""

    runs: list[VehicleRun]
    concurrency: int
    wait_timeout: float
    """The budget of each wait (the default filled in)."""
    poll_interval: float
    options: Mapping[str, Any]
    """The per-call options (RequestOptions) every request of the fan-out is sent with."""


class CommandRuns(Outcomes[CommandOutcome], Generic[C]):
    """What the command stream of either engine keeps: the `commands` resource that sends, and the plan."""

    def __init__(self, commands: C, plan: Plan) -> None:
        super().__init__([run.vehicle_id for run in plan.runs], plan.concurrency)
        self._commands = commands
        self._plan = plan

    def _cancelled(self, index: int) -> CommandOutcome:
        return self._plan.runs[index].cancelled()
