# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class ServiceStatus(StrEnum):
    IN_SERVICE = "IN_SERVICE"
    NOT_IN_SERVICE_UNKNOWN_IF_DUE = "NOT_IN_SERVICE_UNKNOWN_IF_DUE"
    NO_SERVICE_DUE = "NO_SERVICE_DUE"
    PENDING = "PENDING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ServiceStatus._get = {member.value: member for member in ServiceStatus}.get
