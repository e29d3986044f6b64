# Generated from spec/volteras.yaml (sha256 f72110d8407073058755ff8163f98c957621a05567739430decdc7288e2e41cf) by `make generate`. Do not edit.
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
