# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class ServiceType(StrEnum):
    FULL_SERVICE = "FULL_SERVICE"
    HEALTH_CHECK = "HEALTH_CHECK"
    OIL_CHANGE = "OIL_CHANGE"
    STATUTORY = "STATUTORY"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ServiceType._get = {member.value: member for member in ServiceType}.get
