# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class VehicleChargePortLatchStateEnum(StrEnum):
    BLOCKING = "BLOCKING"
    DISENGAGED = "DISENGAGED"
    ENGAGED = "ENGAGED"
    INVALID = "INVALID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "VehicleChargePortLatchStateEnum":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("VehicleChargePortLatchStateEnum", cls._value2member_map_[value])
