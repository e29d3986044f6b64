# Generated from spec/volteras.yaml (sha256 af7001cf1a2f9fc753eb642bb4f3661ff36c1365e7ffe3ccac785e9ca3229f42) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class AlertStatus(StrEnum):
    ACTIVE = "ACTIVE"
    RESOLVED = "RESOLVED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "AlertStatus":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("AlertStatus", cls._value2member_map_[value])
