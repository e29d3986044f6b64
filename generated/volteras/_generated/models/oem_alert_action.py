# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class OEMAlertAction(StrEnum):
    CHARGE_CAR = "CHARGE_CAR"
    CHECK_BATTERY_CONDITION = "CHECK_BATTERY_CONDITION"
    CHECK_BATTERY_TERMINALS = "CHECK_BATTERY_TERMINALS"
    CHECK_VEHICLE_SECURE = "CHECK_VEHICLE_SECURE"
    COMPLETE_ROUTINE_MAINTENANCE = "COMPLETE_ROUTINE_MAINTENANCE"
    COORDINATE_RETRIEVAL = "COORDINATE_RETRIEVAL"
    DEPRESS_BRAKE = "DEPRESS_BRAKE"
    DEPRESS_CLUTCH = "DEPRESS_CLUTCH"
    DO_NOT_DRIVE = "DO_NOT_DRIVE"
    FASTEN_SEATBELTS = "FASTEN_SEATBELTS"
    REFUEL = "REFUEL"
    REPLACE_BULB = "REPLACE_BULB"
    REPLACE_KEY_BATTERY = "REPLACE_KEY_BATTERY"
    SERVICE_IF_ALERT_PERSISTS = "SERVICE_IF_ALERT_PERSISTS"
    SERVICE_REQUIRED = "SERVICE_REQUIRED"
    SET_CLOCK = "SET_CLOCK"
    SHUT_DOORS = "SHUT_DOORS"
    SHUT_TRUNK = "SHUT_TRUNK"
    SWITCH_ENGINE_ON = "SWITCH_ENGINE_ON"
    SWITCH_IGNITION_ON = "SWITCH_IGNITION_ON"
    TURN_STEERING_WHEEL = "TURN_STEERING_WHEEL"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMAlertAction._get = {member.value: member for member in OEMAlertAction}.get
