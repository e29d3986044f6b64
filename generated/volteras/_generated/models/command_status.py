# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Final


class CommandStatus(StrEnum):
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING = "PENDING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


CommandStatus._get = {member.value: member for member in CommandStatus}.get

FINAL: Final[frozenset[CommandStatus]] = frozenset(
    {
        CommandStatus.EXECUTED,
        CommandStatus.FAILED,
    }
)
"""The final values (x-volteras-values: final): after one of them nothing changes any more."""
