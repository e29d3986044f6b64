# Generated from spec/volteras.yaml (sha256 b68353ced6f98da37474e17a8373935e3a4f294276009e23dfe2d6145c6155a8) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class ServiceType(StrEnum):
    FULL_SERVICE = "FULL_SERVICE"
    HEALTH_CHECK = "HEALTH_CHECK"
    OIL_CHANGE = "OIL_CHANGE"
    STATUTORY = "STATUTORY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "ServiceType":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("ServiceType", cls._value2member_map_[value])
