# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class TelemetryMetricType(StrEnum):
    CHARGING_STATE = "CHARGING_STATE"
    DEPARTURE_TIMES = "DEPARTURE_TIMES"
    ENERGY_REMAINING = "ENERGY_REMAINING"
    LOCATION = "LOCATION"
    ODOMETER = "ODOMETER"
    OEM_ALERT = "OEM_ALERT"
    OTHER_CHARGING_DATA = "OTHER_CHARGING_DATA"
    OTHER_LOCATION_DATA = "OTHER_LOCATION_DATA"
    RANGE = "RANGE"
    STATE_OF_CHARGE = "STATE_OF_CHARGE"
    TIRES = "TIRES"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "TelemetryMetricType":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("TelemetryMetricType", cls._value2member_map_[value])
