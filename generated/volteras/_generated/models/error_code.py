# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Final


class ErrorCode(StrEnum):
    AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
    COMMAND_ALREADY_IN_PROGRESS = "COMMAND_ALREADY_IN_PROGRESS"
    DEVICE_LIMIT_REACHED = "DEVICE_LIMIT_REACHED"
    INTERNAL_RATE_LIMITED = "INTERNAL_RATE_LIMITED"
    NOT_PERMITTED = "NOT_PERMITTED"
    PAGE_SIZE_TOO_LARGE = "PAGE_SIZE_TOO_LARGE"
    PAGINATED_QUERY_FILTER_CHANGED = "PAGINATED_QUERY_FILTER_CHANGED"
    QUERY_PAGE_TOKEN_EXPIRED = "QUERY_PAGE_TOKEN_EXPIRED"
    REQUEST_VALIDATION_ERROR = "REQUEST_VALIDATION_ERROR"
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"
    SERVER_ERROR = "SERVER_ERROR"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ErrorCode._get = {member.value: member for member in ErrorCode}.get

STATUS: Final[Mapping[ErrorCode, int]] = MappingProxyType(
    {
        ErrorCode.AUTHENTICATION_ERROR: 401,
        ErrorCode.NOT_PERMITTED: 401,
        ErrorCode.RESOURCE_NOT_FOUND: 404,
        ErrorCode.REQUEST_VALIDATION_ERROR: 400,
        ErrorCode.COMMAND_ALREADY_IN_PROGRESS: 409,
        ErrorCode.PAGE_SIZE_TOO_LARGE: 400,
        ErrorCode.QUERY_PAGE_TOKEN_EXPIRED: 400,
        ErrorCode.PAGINATED_QUERY_FILTER_CHANGED: 400,
        ErrorCode.DEVICE_LIMIT_REACHED: 400,
        ErrorCode.SERVER_ERROR: 500,
        ErrorCode.INTERNAL_RATE_LIMITED: 429,
    }
)
"""The HTTP status that goes with each value (x-volteras-values: status)."""
