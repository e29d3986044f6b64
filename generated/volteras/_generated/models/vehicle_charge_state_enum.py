# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class VehicleChargeStateEnum(StrEnum):
    CHARGING = "CHARGING"
    COMPLETE = "COMPLETE"
    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    INVALID = "INVALID"
    NO_POWER = "NO_POWER"
    STARTING = "STARTING"
    STOPPED = "STOPPED"

    _lookup: ClassVar[Callable[[str], "VehicleChargeStateEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleChargeStateEnum._lookup = cast(
    "Callable[[str], VehicleChargeStateEnum]", VehicleChargeStateEnum._value2member_map_.__getitem__
)
VehicleChargeStateEnum._get = VehicleChargeStateEnum._value2member_map_.get
