# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class ServiceType(StrEnum):
    FULL_SERVICE = "FULL_SERVICE"
    HEALTH_CHECK = "HEALTH_CHECK"
    OIL_CHANGE = "OIL_CHANGE"
    STATUTORY = "STATUTORY"

    _lookup: ClassVar[Callable[[str], "ServiceType"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ServiceType._lookup = cast("Callable[[str], ServiceType]", ServiceType._value2member_map_.__getitem__)
ServiceType._get = ServiceType._value2member_map_.get
