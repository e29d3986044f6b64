# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
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
