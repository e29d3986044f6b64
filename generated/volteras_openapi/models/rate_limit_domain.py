# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class RateLimitDomain(StrEnum):
    VEHICLE = "VEHICLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "RateLimitDomain":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("RateLimitDomain", cls._value2member_map_[value])
