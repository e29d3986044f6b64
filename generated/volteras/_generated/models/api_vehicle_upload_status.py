# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class APIVehicleUploadStatus(StrEnum):
    CONNECTED = "CONNECTED"
    CONNECTION_REQUIRED = "CONNECTION_REQUIRED"
    ERROR = "ERROR"
    INCOMPATIBLE = "INCOMPATIBLE"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"

    _lookup: ClassVar[Callable[[str], "APIVehicleUploadStatus"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


APIVehicleUploadStatus._lookup = cast(
    "Callable[[str], APIVehicleUploadStatus]", APIVehicleUploadStatus._value2member_map_.__getitem__
)
APIVehicleUploadStatus._get = APIVehicleUploadStatus._value2member_map_.get
