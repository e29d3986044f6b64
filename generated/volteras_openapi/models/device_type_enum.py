# Generated from spec/volteras.yaml (sha256 f637acc476a4a973f0b9859e9d0fcaa10f5302147c21abeddbce7d013d07bf26) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class DeviceTypeEnum(StrEnum):
    BATTERY = "BATTERY"
    CHARGER = "CHARGER"
    HEAT_PUMP = "HEAT_PUMP"
    INVERTER = "INVERTER"
    VEHICLE = "VEHICLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "DeviceTypeEnum":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("DeviceTypeEnum", cls._value2member_map_[value])
