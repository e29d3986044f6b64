# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class ServiceStatus(StrEnum):
    IN_SERVICE = "IN_SERVICE"
    NOT_IN_SERVICE_UNKNOWN_IF_DUE = "NOT_IN_SERVICE_UNKNOWN_IF_DUE"
    NO_SERVICE_DUE = "NO_SERVICE_DUE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "ServiceStatus":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("ServiceStatus", cls._value2member_map_[value])
