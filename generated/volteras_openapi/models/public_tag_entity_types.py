# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
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
