# Generated from spec/volteras.yaml (sha256 b68353ced6f98da37474e17a8373935e3a4f294276009e23dfe2d6145c6155a8) by `make generate`. Do not edit.
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
