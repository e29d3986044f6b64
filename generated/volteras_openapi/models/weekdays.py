# Generated from spec/volteras.yaml (sha256 af7001cf1a2f9fc753eb642bb4f3661ff36c1365e7ffe3ccac785e9ca3229f42) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class Weekdays(StrEnum):
    FRIDAY = "FRIDAY"
    MONDAY = "MONDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"
    THURSDAY = "THURSDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "Weekdays":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("Weekdays", cls._value2member_map_[value])
