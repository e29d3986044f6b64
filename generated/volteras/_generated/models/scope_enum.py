# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


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

    _lookup: ClassVar[Callable[[str], "ScopeEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ScopeEnum._lookup = cast("Callable[[str], ScopeEnum]", ScopeEnum._value2member_map_.__getitem__)
ScopeEnum._get = ScopeEnum._value2member_map_.get
