# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Final, cast


class CommandStatus(StrEnum):
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING = "PENDING"

    _lookup: ClassVar[Callable[[str], "CommandStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


CommandStatus._lookup = cast("Callable[[str], CommandStatus]", CommandStatus._value2member_map_.__getitem__)
CommandStatus._get = CommandStatus._value2member_map_.get

FINAL: Final[frozenset[CommandStatus]] = frozenset(
    {
        CommandStatus.EXECUTED,
        CommandStatus.FAILED,
    }
)
"""The final values (x-volteras-values: final): after one of them nothing changes any more."""
