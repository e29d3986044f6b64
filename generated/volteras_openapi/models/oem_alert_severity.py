# Generated from spec/volteras.yaml (sha256 f637acc476a4a973f0b9859e9d0fcaa10f5302147c21abeddbce7d013d07bf26) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class OEMAlertSeverity(StrEnum):
    CRITICAL = "CRITICAL"
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "OEMAlertSeverity":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("OEMAlertSeverity", cls._value2member_map_[value])
