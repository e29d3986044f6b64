# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class APIVehicleUploadStatus(StrEnum):
    CONNECTED = "CONNECTED"
    CONNECTION_REQUIRED = "CONNECTION_REQUIRED"
    ERROR = "ERROR"
    INCOMPATIBLE = "INCOMPATIBLE"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


APIVehicleUploadStatus._get = {member.value: member for member in APIVehicleUploadStatus}.get
