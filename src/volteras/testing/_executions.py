"""Command executions: created PENDING, finished by the clock.

Status is never stored: it is computed from the creation time, the vehicle's
scripted latency and outcome, and the clock, whenever it is read. ``State``
applies a command's effect on the vehicle when the clock passes the moment the
view says it EXECUTED.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from .._generated.models import CommandArguments, CommandExecution
from .._generated.operations import SCHEMAS
from ._enums import Command, CommandStatus, FailedReason


@dataclass(frozen=True)
class ExecutionRecord:
    """One execution as seen at a moment in time (see ``Simulator.executions``)."""

    id: str
    vehicle_id: str
    command: str
    command_arguments: Mapping[str, Any] | None
    created_at: datetime
    timeout: int
    status: CommandStatus
    executed_at: datetime | None
    failed_reason: str | None

    def to_model(self) -> CommandExecution:
        """The execution as the API returns it."""
        arguments = None
        if self.command_arguments is not None:
            arguments = CommandArguments.from_dict(dict(self.command_arguments))
        return CommandExecution(
            id=self.id,
            vehicle_id=self.vehicle_id,
            command=Command._get(self.command, self.command),
            command_arguments=arguments,
            timeout=self.timeout,
            executed_at=self.executed_at,
            status=self.status,
            failed_reason=None
            if self.failed_reason is None
            else FailedReason._get(self.failed_reason, self.failed_reason),
        )

    def to_json(self) -> dict[str, Any]:
        """The execution exactly as the API sends it."""
        return self.to_model().to_dict()


@dataclass(frozen=True)
class Execution:
    seq: int
    id: str
    vehicle_id: str
    command: str
    arguments: Mapping[str, Any] | None
    created_at: datetime
    latency: float | None
    outcome: str | None
    server_timeout: float

    def finishes_at(self) -> datetime:
        """When the status stops being PENDING."""
        if self.latency is not None and self.latency < self.server_timeout:
            return self.created_at + timedelta(seconds=self.latency)
        return self.created_at + timedelta(seconds=self.server_timeout)

    def view(self, now: datetime) -> ExecutionRecord:
        status, executed_at, reason = CommandStatus.PENDING, None, None
        if self.latency is not None and self.latency < self.server_timeout:
            done_at = self.created_at + timedelta(seconds=self.latency)
            if now >= done_at and self.outcome is None:
                status, executed_at = CommandStatus.EXECUTED, done_at
            elif now >= done_at:
                status, reason = CommandStatus.FAILED, self.outcome
        elif now >= self.created_at + timedelta(seconds=self.server_timeout):
            status, reason = CommandStatus.FAILED, FailedReason.OEM_COMMAND_TIMEOUT.value
        return ExecutionRecord(
            id=self.id,
            vehicle_id=self.vehicle_id,
            command=self.command,
            command_arguments=self.arguments,
            created_at=self.created_at,
            timeout=math.ceil(self.server_timeout),
            status=status,
            executed_at=executed_at,
            failed_reason=reason,
        )


_EXECUTION_KEYS: Final = tuple(SCHEMAS["CommandExecution"]["required"])
"""The fields every execution carries on the wire (its vehicle and command), from the spec."""


def in_progress_details(execution: Mapping[str, Any]) -> dict[str, Any]:
    """COMMAND_ALREADY_IN_PROGRESS's ``data``: the pending execution's id under ``executionId`` (the
    simulator's own key: the spec documents no details per code) and its required wire fields."""
    return {"executionId": execution["id"], **{key: execution[key] for key in _EXECUTION_KEYS}}
