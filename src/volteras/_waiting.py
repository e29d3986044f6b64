"""What a wait waits for: which statuses are final, the budget and the ids it polls with.

The schedule itself (when to poll, when to give up) is `_polling`'s, shared by every wait.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final, Literal

from ._arguments import execution_to_wait_for
from ._errors import CommandFailedError, ResponseValidationError
from ._generated.models import CommandExecution, CommandStatus, VehicleInputGroupStatusEnum
from ._generated.models.command_status import FINAL as _COMMAND_FINAL
from ._generated.models.vehicle_input_group_status_enum import FINAL as _GROUP_FINAL
from ._generated.types import path_segment

TERMINAL_STATUSES: Final = _COMMAND_FINAL
"""The command statuses the spec marks final (`x-volteras-values`)."""
GROUP_FINAL_STATUSES: Final = _GROUP_FINAL
"""The bulk connection statuses the spec marks final."""
_COMMAND_RUNNING: Final = frozenset(CommandStatus) - _COMMAND_FINAL
_GROUP_RUNNING: Final = frozenset(VehicleInputGroupStatusEnum) - _GROUP_FINAL
DEFAULT_WAIT_TIMEOUT: Final = 300.0
DEFAULT_POLL_INTERVAL: Final = 1.0
MAX_POLL_INTERVAL: Final = 10.0
MIN_POLL_INTERVAL: Final = 0.05
"""Shorter intervals poll back to back, a load on the API that gets a command nowhere sooner."""
BACKOFF: Final = 1.5
LAST_POLL_TIME: Final = 1.0
"""The least time a poll gets, so the one at the wait's deadline can still be answered; a wait
may end this much past its timeout, never more."""


def is_finished(execution: CommandExecution) -> bool:
    """Whether a wait for this execution is over: its status is one the spec marks final, or one
    the spec does not know (the API adds values without notice; polling on would only run into
    the timeout). A status left out (None) is still running."""
    return execution.status is not None and execution.status not in _COMMAND_RUNNING


Ending = Literal["executed", "failed", "ended", "pending"]


def ending(execution: CommandExecution) -> Ending:
    """How a command stands, for `send_many`'s outcomes and the CLI's exit status: EXECUTED,
    FAILED, "ended" (another final status: one the spec marks final besides those two, or one it
    does not know, which a wait returns as final), or "pending" (not final yet)."""
    if execution.status == CommandStatus.EXECUTED:
        return "executed"
    if execution.status == CommandStatus.FAILED:
        return "failed"
    return "ended" if is_finished(execution) else "pending"


def group_is_final(group: Any) -> bool:
    """The same for a bulk connection group's status."""
    return group.status is not None and group.status not in _GROUP_RUNNING


def check_wait(wait_timeout: float, poll_interval: float = DEFAULT_POLL_INTERVAL) -> float:
    """Refuse a wait that could never end or never poll; called before a command is sent."""
    if not (isinstance(wait_timeout, int | float) and math.isfinite(wait_timeout) and wait_timeout >= 0):
        raise ValueError(f"wait_timeout must be a finite number of seconds >= 0, not {wait_timeout!r}")
    if not (
        isinstance(poll_interval, int | float)
        and math.isfinite(poll_interval)
        and poll_interval >= MIN_POLL_INTERVAL
    ):
        floor = f"{MIN_POLL_INTERVAL:g}"
        raise ValueError(
            f"poll_interval must be a finite number of seconds >= {floor}, not {poll_interval!r}"
        )
    return float(wait_timeout)


def poll_ids(execution: CommandExecution) -> tuple[str, str]:
    """The ids to poll `execution` with, checked as path segments.

    An execution the server gave no id, or ids such as `..` or `a/b` that would poll another
    path, cannot be followed; the error carries the execution, since the command was created.
    """
    execution_to_wait_for(execution)
    try:
        if not isinstance(execution.id, str):
            raise ValueError("the server gave this command execution no id")
        path_segment("id", execution.id)
        path_segment("vehicleId", execution.vehicle_id)
    except (TypeError, ValueError) as exc:
        error = ResponseValidationError(
            f"cannot poll this command execution: {exc}",
            status_code=200,  # it came in a success answer; which one is not known here
            content=json.dumps(execution.to_dict(), default=str).encode(),
        )
        error.execution = execution
        raise error from None
    return execution.vehicle_id, execution.id


def settle(execution: CommandExecution, raise_on_failure: bool) -> CommandExecution:
    if raise_on_failure and execution.status == CommandStatus.FAILED:
        raise CommandFailedError(execution)
    return execution
