# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class AlertStatus(StrEnum):
    ACTIVE = "ACTIVE"
    RESOLVED = "RESOLVED"

    _lookup: ClassVar[Callable[[str], "AlertStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


AlertStatus._lookup = cast("Callable[[str], AlertStatus]", AlertStatus._value2member_map_.__getitem__)
AlertStatus._get = AlertStatus._value2member_map_.get
