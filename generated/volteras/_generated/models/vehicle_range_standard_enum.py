# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class VehicleRangeStandardEnum(StrEnum):
    EPA = "EPA"
    NEDC = "NEDC"
    UNKNOWN = "UNKNOWN"
    WLTP = "WLTP"

    _lookup: ClassVar[Callable[[str], "VehicleRangeStandardEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleRangeStandardEnum._lookup = cast(
    "Callable[[str], VehicleRangeStandardEnum]", VehicleRangeStandardEnum._value2member_map_.__getitem__
)
VehicleRangeStandardEnum._get = VehicleRangeStandardEnum._value2member_map_.get
