# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class VehicleLockStateEnum(StrEnum):
    CLOSED = "CLOSED"
    OPEN = "OPEN"

    _lookup: ClassVar[Callable[[str], "VehicleLockStateEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleLockStateEnum._lookup = cast(
    "Callable[[str], VehicleLockStateEnum]", VehicleLockStateEnum._value2member_map_.__getitem__
)
VehicleLockStateEnum._get = VehicleLockStateEnum._value2member_map_.get
