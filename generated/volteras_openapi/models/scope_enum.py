# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


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

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "ScopeEnum":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("ScopeEnum", cls._value2member_map_[value])
