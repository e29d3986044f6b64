"""One command to many vehicles: the checks made before anything is sent, and one outcome per vehicle.

`client.commands.send_many` (sync: a thread pool; async: tasks under a semaphore) shares all of
this; only how the calls run in parallel differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from ._arguments import as_mapping
from ._errors import CommandTimeoutError, VolterasError
from ._waiting import ending

if TYPE_CHECKING:
    from ._generated.models import CommandExecution, FailedReason

Outcome = Literal["executed", "failed", "ended", "pending", "timed_out", "error"]

DEFAULT_CONCURRENCY: Final = 8
MAX_CONCURRENCY: Final = 256
"""More threads than this buys nothing from one API (its rate limits bind first) and costs memory."""


@attrs.frozen
class CommandOutcome:
    """What became of one vehicle's command in `send_many`; one per vehicle, in the order given.

    `outcome` is "executed" or "failed" (the command ended so; `failed_reason` says why),
    "ended" (another final status, such as one the SDK does not know yet: `execution.status`
    says which), "pending" (sent without waiting, or not yet final), "timed_out" (the wait gave up; the
    command still runs and `execution` is its last state) or "error" (`error` says what: the
    API refused it, the connection failed, or the id was not a valid path segment). After an
    error, `execution` is set when the command was created anyway: do not send it again blindly.
    """

    vehicle_id: str
    outcome: Outcome
    execution: CommandExecution | None = None
    error: Exception | None = None

    @property
    def failed_reason(self) -> FailedReason | str | None:
        """Why a "failed" command failed: a documented FailedReason, or the API's own words."""
        if self.outcome != "failed" or self.execution is None:
            return None
        reason = self.execution.failed_reason
        return reason if isinstance(reason, str) else None


def outcome_of(vehicle_id: str, execution: CommandExecution) -> CommandOutcome:
    return CommandOutcome(vehicle_id, ending(execution), execution)


def outcome_of_error(vehicle_id: str, error: Exception) -> CommandOutcome:
    if isinstance(error, CommandTimeoutError):
        return CommandOutcome(vehicle_id, "timed_out", error.execution, error)
    execution = error.execution if isinstance(error, VolterasError) else None
    return CommandOutcome(vehicle_id, "error", execution, error)


SENDS_MANY: Final = (VolterasError, ValueError)
"""What one vehicle's call may raise without stopping the others: the API's answers, a lost
connection, and an id refused before sending. Anything else is a bug and propagates."""


def check_fan_out(
    command: str, vehicle_ids: Iterable[str], concurrency: int, arguments: Mapping[str, Any] | None
) -> tuple[list[str], dict[str, Any]]:
    """The vehicle ids and the command's arguments, or a TypeError/ValueError before anything is sent."""
    from ._generated.resources import METHODS  # not at import: the resources import this module

    commands = {m.name: m for m in METHODS if m.resource == "commands" and m.kind == "command"}
    if not isinstance(command, str) or command not in commands:
        raise ValueError(f"unknown command {command!r}; the commands are {', '.join(sorted(commands))}")
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= MAX_CONCURRENCY
    ):
        raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, not {concurrency!r}")
    if isinstance(vehicle_ids, str | bytes):
        raise TypeError("vehicle_ids must be a list of ids, not one string")
    if not isinstance(vehicle_ids, Iterable):
        raise TypeError(f"vehicle_ids must be a list of ids, not {type(vehicle_ids).__name__}")
    ids = list(vehicle_ids)
    for index, vehicle_id in enumerate(ids):
        if not isinstance(vehicle_id, str):
            raise TypeError(f"vehicle_ids[{index}] must be a str, not {type(vehicle_id).__name__}")
    given = as_mapping("arguments", arguments)
    names = {a.name for a in commands[command].arguments} - {"vehicle_id"}
    unknown = sorted(given.keys() - names)
    if unknown:
        raise TypeError(f"{command} takes no argument {unknown[0]!r}; it takes {sorted(names) or 'none'}")
    required = sorted(a.name for a in commands[command].arguments if a.required and a.name in names)
    missing = [name for name in required if name not in given]
    if missing:
        raise TypeError(
            f"{command} needs arguments={{{', '.join(repr(name) + ': ...' for name in missing)}}}"
        )
    return ids, given
