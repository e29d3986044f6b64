# Generated from spec/volteras.yaml (sha256 ed8a0d2d1ea70bcb9e80a4e017d22ec80ab0b08797e9d585299b4f71d5ddac90) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class APIVehicleUploadStatus(StrEnum):
    CONNECTED = "CONNECTED"
    CONNECTION_REQUIRED = "CONNECTION_REQUIRED"
    ERROR = "ERROR"
    INCOMPATIBLE = "INCOMPATIBLE"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "APIVehicleUploadStatus":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("APIVehicleUploadStatus", cls._value2member_map_[value])
