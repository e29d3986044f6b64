# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
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
