"""The enum values the simulator speaks, all from the spec through the generated package.

Commands, statuses and failure codes are the generated ``StrEnum``s; error codes and the HTTP
status of each come from the spec's ``ErrorCode`` (``x-volteras-values``); each command
endpoint's ``<action>`` and the Command it creates from the generated operation table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .._generated.models import Command, CommandStatus, FailedReason
from .._generated.models.error_code import STATUS as ERROR_STATUS
from .._generated.models.error_code import ErrorCode
from .._generated.operations import OPERATIONS

__all__ = ["ACTIONS", "ERROR_STATUS", "Command", "CommandStatus", "ErrorCode", "FailedReason"]

ACTIONS: Mapping[str, Command] = MappingProxyType(
    {op.path.rpartition(":")[2]: Command(op.command) for op in OPERATIONS.values() if op.command is not None}
)
"""Every command endpoint of the spec: ``<action>`` path suffix -> the command it creates."""
