# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class RateLimitDomain(StrEnum):
    VEHICLE = "VEHICLE"

    _lookup: ClassVar[Callable[[str], "RateLimitDomain"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


RateLimitDomain._lookup = cast(
    "Callable[[str], RateLimitDomain]", RateLimitDomain._value2member_map_.__getitem__
)
RateLimitDomain._get = RateLimitDomain._value2member_map_.get
