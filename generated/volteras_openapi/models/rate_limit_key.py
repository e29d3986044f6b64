# Generated from spec/volteras.yaml (sha256 f637acc476a4a973f0b9859e9d0fcaa10f5302147c21abeddbce7d013d07bf26) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class RateLimitKey(StrEnum):
    BMW_ENERGY_API_COMMANDS = "BMW_ENERGY_API_COMMANDS"
    BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE = "BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE"
    BMW_ENERGY_API_STOP_COMMANDS = "BMW_ENERGY_API_STOP_COMMANDS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "RateLimitKey":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("RateLimitKey", cls._value2member_map_[value])
