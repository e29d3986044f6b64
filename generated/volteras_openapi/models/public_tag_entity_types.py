# Generated from spec/volteras.yaml (sha256 b68353ced6f98da37474e17a8373935e3a4f294276009e23dfe2d6145c6155a8) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class PublicTagEntityTypes(StrEnum):
    DEVICE = "DEVICE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "PublicTagEntityTypes":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("PublicTagEntityTypes", cls._value2member_map_[value])
