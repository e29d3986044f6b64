# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class AlertSeverity(StrEnum):
    CRITICAL = "CRITICAL"
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"

    _lookup: ClassVar[Callable[[str], "AlertSeverity"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


AlertSeverity._lookup = cast("Callable[[str], AlertSeverity]", AlertSeverity._value2member_map_.__getitem__)
AlertSeverity._get = AlertSeverity._value2member_map_.get
