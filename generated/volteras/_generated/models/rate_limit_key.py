# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class RateLimitKey(StrEnum):
    BMW_ENERGY_API_COMMANDS = "BMW_ENERGY_API_COMMANDS"
    BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE = "BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE"
    BMW_ENERGY_API_STOP_COMMANDS = "BMW_ENERGY_API_STOP_COMMANDS"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


RateLimitKey._get = {member.value: member for member in RateLimitKey}.get
