# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class Command(StrEnum):
    ACTUATE_FRONT_TRUNK = "ACTUATE_FRONT_TRUNK"
    ACTUATE_REAR_TRUNK = "ACTUATE_REAR_TRUNK"
    CANCEL_SOFTWARE_UPDATE = "CANCEL_SOFTWARE_UPDATE"
    CLIMATE_OFF = "CLIMATE_OFF"
    CLIMATE_ON = "CLIMATE_ON"
    CLOSE_CHARGE_PORT = "CLOSE_CHARGE_PORT"
    FLASH_LIGHTS = "FLASH_LIGHTS"
    HONK_HORN = "HONK_HORN"
    LOCK_DOORS = "LOCK_DOORS"
    OPEN_CHARGE_PORT = "OPEN_CHARGE_PORT"
    SCHEDULE_SOFTWARE_UPDATE = "SCHEDULE_SOFTWARE_UPDATE"
    SET_CHARGE_LIMIT = "SET_CHARGE_LIMIT"
    SET_TEMPERATURE = "SET_TEMPERATURE"
    SET_VEHICLE_NAME = "SET_VEHICLE_NAME"
    START_CHARGING = "START_CHARGING"
    START_HVAC_SYSTEM = "START_HVAC_SYSTEM"
    STOP_CHARGING = "STOP_CHARGING"
    UNLOCK_DOORS = "UNLOCK_DOORS"
    WAKE_UP = "WAKE_UP"
    WINDOW_HEATING_OFF = "WINDOW_HEATING_OFF"
    WINDOW_HEATING_ON = "WINDOW_HEATING_ON"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


Command._get = {member.value: member for member in Command}.get
