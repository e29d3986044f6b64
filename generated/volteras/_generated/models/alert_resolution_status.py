# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class AlertResolutionStatus(StrEnum):
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


AlertResolutionStatus._get = {member.value: member for member in AlertResolutionStatus}.get
