# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class EligibilityVinEntryStatusEnum(StrEnum):
    ELIGIBLE = "ELIGIBLE"
    FAILED = "FAILED"
    INELIGIBLE = "INELIGIBLE"
    INELIGIBLE_PENDING_FAILURE_REASON = "INELIGIBLE_PENDING_FAILURE_REASON"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    PENDING = "PENDING"
    SUBMITTED = "SUBMITTED"
    VALIDATION_ERROR = "VALIDATION_ERROR"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


EligibilityVinEntryStatusEnum._get = {member.value: member for member in EligibilityVinEntryStatusEnum}.get
