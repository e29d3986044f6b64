# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Final, cast


class VehicleInputGroupStatusEnum(StrEnum):
    COMPLETED = "COMPLETED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"

    _lookup: ClassVar[Callable[[str], "VehicleInputGroupStatusEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleInputGroupStatusEnum._lookup = cast(
    "Callable[[str], VehicleInputGroupStatusEnum]", VehicleInputGroupStatusEnum._value2member_map_.__getitem__
)
VehicleInputGroupStatusEnum._get = VehicleInputGroupStatusEnum._value2member_map_.get

FINAL: Final[frozenset[VehicleInputGroupStatusEnum]] = frozenset(
    {
        VehicleInputGroupStatusEnum.COMPLETED,
        VehicleInputGroupStatusEnum.FAILED,
    }
)
"""The final values (x-volteras-values: final): after one of them nothing changes any more."""
