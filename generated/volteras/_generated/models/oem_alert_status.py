# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class OEMAlertStatus(StrEnum):
    ACTIVE = "ACTIVE"
    RESOLVED = "RESOLVED"
    UNKNOWN = "UNKNOWN"

    _lookup: ClassVar[Callable[[str], "OEMAlertStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMAlertStatus._lookup = cast(
    "Callable[[str], OEMAlertStatus]", OEMAlertStatus._value2member_map_.__getitem__
)
OEMAlertStatus._get = OEMAlertStatus._value2member_map_.get
