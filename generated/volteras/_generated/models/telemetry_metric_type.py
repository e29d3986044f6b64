# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


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

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


TelemetryMetricType._get = {member.value: member for member in TelemetryMetricType}.get
