# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class ServiceStatus(StrEnum):
    IN_SERVICE = "IN_SERVICE"
    NOT_IN_SERVICE_UNKNOWN_IF_DUE = "NOT_IN_SERVICE_UNKNOWN_IF_DUE"
    NO_SERVICE_DUE = "NO_SERVICE_DUE"
    PENDING = "PENDING"

    _lookup: ClassVar[Callable[[str], "ServiceStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ServiceStatus._lookup = cast("Callable[[str], ServiceStatus]", ServiceStatus._value2member_map_.__getitem__)
ServiceStatus._get = ServiceStatus._value2member_map_.get
