# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class AlertResolutionStatus(StrEnum):
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"

    _lookup: ClassVar[Callable[[str], "AlertResolutionStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


AlertResolutionStatus._lookup = cast(
    "Callable[[str], AlertResolutionStatus]", AlertResolutionStatus._value2member_map_.__getitem__
)
AlertResolutionStatus._get = AlertResolutionStatus._value2member_map_.get
