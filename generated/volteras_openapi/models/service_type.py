# Generated from spec/volteras.yaml (sha256 ed8a0d2d1ea70bcb9e80a4e017d22ec80ab0b08797e9d585299b4f71d5ddac90) by `make generate`. Do not edit.
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
