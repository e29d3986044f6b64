# Generated from spec/volteras.yaml (sha256 ed8a0d2d1ea70bcb9e80a4e017d22ec80ab0b08797e9d585299b4f71d5ddac90) by `make generate`. Do not edit.
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
