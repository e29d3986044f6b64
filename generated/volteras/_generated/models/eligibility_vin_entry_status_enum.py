# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class EligibilityVinEntryStatusEnum(StrEnum):
    ELIGIBLE = "ELIGIBLE"
    FAILED = "FAILED"
    INELIGIBLE = "INELIGIBLE"
    INELIGIBLE_PENDING_FAILURE_REASON = "INELIGIBLE_PENDING_FAILURE_REASON"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    PENDING = "PENDING"
    SUBMITTED = "SUBMITTED"
    VALIDATION_ERROR = "VALIDATION_ERROR"

    _lookup: ClassVar[Callable[[str], "EligibilityVinEntryStatusEnum"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


EligibilityVinEntryStatusEnum._lookup = cast(
    "Callable[[str], EligibilityVinEntryStatusEnum]",
    EligibilityVinEntryStatusEnum._value2member_map_.__getitem__,
)
EligibilityVinEntryStatusEnum._get = EligibilityVinEntryStatusEnum._value2member_map_.get
