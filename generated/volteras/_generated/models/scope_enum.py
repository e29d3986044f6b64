# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class ScopeEnum(StrEnum):
    BATTERYALL = "battery:all"
    BATTERYTELEMETRY = "battery:telemetry"
    GEOFENCESALL = "geofences:all"
    GEOFENCESREAD = "geofences:read"
    GEOFENCESWRITE = "geofences:write"
    VEHICLEALL = "vehicle:all"
    VEHICLECHARGING_HISTORY = "vehicle:charging_history"
    VEHICLECOMMANDS = "vehicle:commands"
    VEHICLEDRIVING_BEHAVIOR = "vehicle:driving_behavior"
    VEHICLEINFORMATION = "vehicle:information"
    VEHICLELOCATION_HISTORY = "vehicle:location_history"
    VEHICLETELEMETRY = "vehicle:telemetry"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ScopeEnum._get = {member.value: member for member in ScopeEnum}.get
