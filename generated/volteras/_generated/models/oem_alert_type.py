# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class OEMAlertType(StrEnum):
    FAULT = "FAULT"
    INFO = "INFO"
    ROUTINE_MAINTENANCE = "ROUTINE_MAINTENANCE"
    TEMPORARY_FAULT = "TEMPORARY_FAULT"
    WARNING = "WARNING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMAlertType._get = {member.value: member for member in OEMAlertType}.get
