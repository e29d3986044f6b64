"""The enum values the simulator speaks, kept in one module.

The spec is the source of truth for command names, statuses and failure codes:
they come from the ``StrEnum``s of the generated ``volteras._generated`` package,
so a spec change reaches the simulator through ``make generate`` alone. Error
codes have no enum in the spec and live here.

Each command endpoint's ``<action>`` maps to a :class:`Command` member by
upper-casing and turning ``-`` into ``_``; :data:`ACTIONS` is checked against
the enum when this module is imported, so a spec that drops a command fails
loudly instead of producing executions with unknown names.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from .._generated.models import Command, CommandStatus, FailedReason

__all__ = ["ACTIONS", "ERROR_STATUS", "Command", "CommandStatus", "ErrorCode", "FailedReason"]


class ErrorCode(enum.StrEnum):
    """Codes carried in the ``error`` field of the error envelope."""

    AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
    NOT_PERMITTED = "NOT_PERMITTED"
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"
    REQUEST_VALIDATION_ERROR = "REQUEST_VALIDATION_ERROR"
    COMMAND_ALREADY_IN_PROGRESS = "COMMAND_ALREADY_IN_PROGRESS"
    PAGE_SIZE_TOO_LARGE = "PAGE_SIZE_TOO_LARGE"
    QUERY_PAGE_TOKEN_EXPIRED = "QUERY_PAGE_TOKEN_EXPIRED"  # noqa: S105 (a code, not a secret)
    PAGINATED_QUERY_FILTER_CHANGED = "PAGINATED_QUERY_FILTER_CHANGED"
    SERVER_ERROR = "SERVER_ERROR"
    # Not in the list of synchronous codes; the platform's own rate limit is
    # documented under this name, so injected 429s carry it.
    INTERNAL_RATE_LIMITED = "INTERNAL_RATE_LIMITED"


ERROR_STATUS: Mapping[ErrorCode, int] = MappingProxyType(
    {
        ErrorCode.AUTHENTICATION_ERROR: 401,
        ErrorCode.NOT_PERMITTED: 401,
        ErrorCode.RESOURCE_NOT_FOUND: 404,
        ErrorCode.REQUEST_VALIDATION_ERROR: 400,
        ErrorCode.COMMAND_ALREADY_IN_PROGRESS: 409,
        ErrorCode.PAGE_SIZE_TOO_LARGE: 400,
        ErrorCode.QUERY_PAGE_TOKEN_EXPIRED: 400,
        ErrorCode.PAGINATED_QUERY_FILTER_CHANGED: 400,
        ErrorCode.SERVER_ERROR: 500,
        ErrorCode.INTERNAL_RATE_LIMITED: 429,
    }
)
"""The HTTP status the simulator answers with for each error code."""

_ACTION_NAMES = (
    "actuate-front-trunk",
    "actuate-rear-trunk",
    "climate-off",
    "climate-on",
    "close-charge-port",
    "lock-doors",
    "open-charge-port",
    "set-charge-limit",
    "set-temperature",
    "start-charging",
    "start-hvac-system",
    "stop-charging",
    "unlock-doors",
)


def _command_for(action: str) -> Command:
    name = action.upper().replace("-", "_")
    try:
        return Command(name)
    except ValueError:
        raise RuntimeError(f"action {action!r} has no Command member {name!r} in the spec") from None


ACTIONS: Mapping[str, Command] = MappingProxyType({action: _command_for(action) for action in _ACTION_NAMES})
"""The 13 command endpoints: ``<action>`` path suffix → the command it creates."""
