# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class VehicleChargePortLatchStateEnum(StrEnum):
    BLOCKING = "BLOCKING"
    DISENGAGED = "DISENGAGED"
    ENGAGED = "ENGAGED"
    INVALID = "INVALID"

    _lookup: ClassVar[Callable[[str], "VehicleChargePortLatchStateEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleChargePortLatchStateEnum._lookup = cast(
    "Callable[[str], VehicleChargePortLatchStateEnum]",
    VehicleChargePortLatchStateEnum._value2member_map_.__getitem__,
)
VehicleChargePortLatchStateEnum._get = VehicleChargePortLatchStateEnum._value2member_map_.get
