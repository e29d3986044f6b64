# Generated from spec/volteras.yaml (sha256 e761d784c456fee9bc75a95f3845ffee3c7e196784165f0522f647df321545bb) by `make generate`. Do not edit.
from enum import StrEnum
from typing import cast


class CommandStatus(StrEnum):
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _lookup(cls, value: str) -> "CommandStatus":
        """The member whose value is `value`; KeyError when there is none."""
        return cast("CommandStatus", cls._value2member_map_[value])
