"""Python client for the Volteras Connect API.

>>> from volteras import Volteras
>>> with Volteras() as client:  # VOLTERAS_CLIENT_ID / VOLTERAS_CLIENT_SECRET
...     execution = client.commands.close_charge_port("veh_1", wait=True)
"""

from volteras_openapi.models import (
    AlertUpdated,
    Command,
    CommandExecution,
    CommandStatus,
    CommandUpdated,
    DeviceConnected,
    DeviceDisconnected,
    DeviceTelemetry,
    FailedReason,
    RateLimitUpdated,
    TelemetryMetricType,
    TokenInfo,
)

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
    WebhookVerificationError,
)
from ._fanout import CommandOutcome
from ._filters import FilterArg, FilterExpression, FilterField, FilterValue, encode_filter, where
from ._paging import AsyncPager, Page, SyncPager
from ._version import __version__ as __version__
from ._waiting import TERMINAL_STATUSES
from ._webhooks import UnknownEvent, WebhookEvent, Webhooks

__all__ = [
    "FAILURE_DESCRIPTIONS",
    "TERMINAL_STATUSES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlertUpdated",
    "AsyncPager",
    "AsyncVolteras",
    "AuthenticationError",
    "BulkConnectionTimeoutError",
    "Command",
    "CommandAlreadyInProgressError",
    "CommandExecution",
    "CommandFailedError",
    "CommandOutcome",
    "CommandStatus",
    "CommandTimeoutError",
    "CommandUpdated",
    "DeviceConnected",
    "DeviceDisconnected",
    "DeviceTelemetry",
    "FailedReason",
    "FilterArg",
    "FilterExpression",
    "FilterField",
    "FilterValue",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitUpdated",
    "RawResponse",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "SyncPager",
    "TelemetryMetricType",
    "TokenInfo",
    "UnknownEvent",
    "Volteras",
    "VolterasError",
    "WebhookEvent",
    "WebhookVerificationError",
    "Webhooks",
    "describe_reason",
    "encode_filter",
    "is_documented_reason",
    "where",
]
