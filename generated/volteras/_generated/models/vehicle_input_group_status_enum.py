# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Final


class VehicleInputGroupStatusEnum(StrEnum):
    COMPLETED = "COMPLETED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


VehicleInputGroupStatusEnum._get = {member.value: member for member in VehicleInputGroupStatusEnum}.get

FINAL: Final[frozenset[VehicleInputGroupStatusEnum]] = frozenset(
    {
        VehicleInputGroupStatusEnum.COMPLETED,
        VehicleInputGroupStatusEnum.FAILED,
    }
)
"""The final values (x-volteras-values: final): after one of them nothing changes any more."""
