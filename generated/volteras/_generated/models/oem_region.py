# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class OEMRegion(StrEnum):
    EUROPE = "EUROPE"
    NORTH_AMERICA = "NORTH_AMERICA"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


OEMRegion._get = {member.value: member for member in OEMRegion}.get
