# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class DeviceTypeEnum(StrEnum):
    BATTERY = "BATTERY"
    CHARGER = "CHARGER"
    HEAT_PUMP = "HEAT_PUMP"
    INVERTER = "INVERTER"
    VEHICLE = "VEHICLE"

    _lookup: ClassVar[Callable[[str], "DeviceTypeEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


DeviceTypeEnum._lookup = cast(
    "Callable[[str], DeviceTypeEnum]", DeviceTypeEnum._value2member_map_.__getitem__
)
DeviceTypeEnum._get = DeviceTypeEnum._value2member_map_.get
