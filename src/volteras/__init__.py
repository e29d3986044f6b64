"""Python client for the Volteras Connect API.

>>> from volteras import Volteras
>>> with Volteras() as client:  # VOLTERAS_CLIENT_ID / VOLTERAS_CLIENT_SECRET
...     execution = client.commands.close_charge_port("veh_1", wait=True)
"""

from volteras_openapi.models import Command, CommandExecution, CommandStatus, FailedReason, TokenInfo

from ._base import RawResponse
from ._client import AsyncVolteras, Volteras
from ._enums import FAILURE_DESCRIPTIONS, describe_reason, is_documented_reason
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BulkConnectionTimeoutError,
    CommandAlreadyInProgressError,
    CommandFailedError,
    CommandTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    VolterasError,
)
from ._filters import FilterArg, FilterExpression, FilterField, FilterValue, encode_filter, where
from ._paging import AsyncPager, Page, SyncPager
from ._version import __version__ as __version__
from ._waiting import TERMINAL_STATUSES

__all__ = [
    "FAILURE_DESCRIPTIONS",
    "TERMINAL_STATUSES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncVolteras",
    "AuthenticationError",
    "BulkConnectionTimeoutError",
    "Command",
    "CommandAlreadyInProgressError",
    "CommandExecution",
    "CommandFailedError",
    "CommandStatus",
    "CommandTimeoutError",
    "FailedReason",
    "FilterArg",
    "FilterExpression",
    "FilterField",
    "FilterValue",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "SyncPager",
    "TokenInfo",
    "Volteras",
    "VolterasError",
    "describe_reason",
    "encode_filter",
    "is_documented_reason",
    "where",
]
