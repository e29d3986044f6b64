# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class OEMRegion(StrEnum):
    EUROPE = "EUROPE"
    NORTH_AMERICA = "NORTH_AMERICA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "OEMRegion":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("OEMRegion", cls._value2member_map_[value])
