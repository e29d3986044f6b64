# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class VehicleChargeStateEnum(StrEnum):
    CHARGING = "CHARGING"
    COMPLETE = "COMPLETE"
    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    INVALID = "INVALID"
    NO_POWER = "NO_POWER"
    STARTING = "STARTING"
    STOPPED = "STOPPED"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleChargeStateEnum._get = {member.value: member for member in VehicleChargeStateEnum}.get
