# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class RateLimitKey(StrEnum):
    BMW_ENERGY_API_COMMANDS = "BMW_ENERGY_API_COMMANDS"
    BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE = "BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE"
    BMW_ENERGY_API_STOP_COMMANDS = "BMW_ENERGY_API_STOP_COMMANDS"

    _lookup: ClassVar[Callable[[str], "RateLimitKey"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


RateLimitKey._lookup = cast("Callable[[str], RateLimitKey]", RateLimitKey._value2member_map_.__getitem__)
RateLimitKey._get = RateLimitKey._value2member_map_.get
