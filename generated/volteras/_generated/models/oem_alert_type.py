# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class OEMAlertType(StrEnum):
    FAULT = "FAULT"
    INFO = "INFO"
    ROUTINE_MAINTENANCE = "ROUTINE_MAINTENANCE"
    TEMPORARY_FAULT = "TEMPORARY_FAULT"
    WARNING = "WARNING"

    _lookup: ClassVar[Callable[[str], "OEMAlertType"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMAlertType._lookup = cast("Callable[[str], OEMAlertType]", OEMAlertType._value2member_map_.__getitem__)
OEMAlertType._get = OEMAlertType._value2member_map_.get
