# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class OEMRegion(StrEnum):
    EUROPE = "EUROPE"
    NORTH_AMERICA = "NORTH_AMERICA"

    _lookup: ClassVar[Callable[[str], "OEMRegion"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMRegion._lookup = cast("Callable[[str], OEMRegion]", OEMRegion._value2member_map_.__getitem__)
OEMRegion._get = OEMRegion._value2member_map_.get
