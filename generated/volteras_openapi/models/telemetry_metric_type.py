# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
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
