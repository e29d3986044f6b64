# Generated from spec/volteras.yaml (sha256 a989bfb8b9bdef352bb99d02a4357a143fb0b1f923ab96c525d3cf1eee650221) by `make generate`. Do not edit.
from enum import StrEnum


class CommandStatus(StrEnum):
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
