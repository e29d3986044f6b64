"""Python client for the Volteras Connect API.

>>> from volteras import Volteras
>>> with Volteras() as client:  # VOLTERAS_CLIENT_ID / VOLTERAS_CLIENT_SECRET
...     execution = client.commands.close_charge_port("veh_1", wait=True)
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from . import _layout as _layout  # first: in a source checkout it finds the generated half
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
from ._fanout import CommandOutcome, FanOutInterrupted, ReadOutcome, Step
from ._filters import FilterArg, FilterExpression, FilterField, FilterValue, encode_filter, where
from ._generated.models import Command, CommandExecution, CommandStatus, FailedReason, TokenInfo
from ._paging import AsyncPager, Page, SyncPager
from ._version import __version__ as __version__
from ._waiting import TERMINAL_STATUSES

if _TYPE_CHECKING:
    from . import models as models
    from ._command_updates import CommandUpdates
    from ._webhooks import UnknownEvent, WebhookEvent, Webhooks
    from .models import (
        AlertUpdated,
        CommandUpdated,
        DeviceConnected,
        DeviceDisconnected,
        DeviceTelemetry,
        RateLimitUpdated,
        TelemetryMetricType,
    )

# The webhook receiver (verifier, event wrappers, the six event models, hmac) is imported on
# first use: a process that only sends commands never needs it, and it was a fifth of the time
# `import volteras` took over `import httpx` (see make bench, import_ratio).
_ON_FIRST_USE = {
    "CommandUpdates": "volteras._command_updates",
    **dict.fromkeys(("UnknownEvent", "WebhookEvent", "Webhooks"), "volteras._webhooks"),
    **dict.fromkeys(
        (
            "AlertUpdated",
            "CommandUpdated",
            "DeviceConnected",
            "DeviceDisconnected",
            "DeviceTelemetry",
            "FanOutInterrupted",
            "RateLimitUpdated",
            "TelemetryMetricType",
        ),
        "volteras.models",
    ),
}


def __getattr__(name: str) -> _Any:
    import importlib

    if name == "models":  # `volteras.models.Vehicle` after a bare `import volteras`
        return importlib.import_module("volteras.models")
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE, "models"})


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
    "CommandUpdates",
    "DeviceConnected",
    "DeviceDisconnected",
    "DeviceTelemetry",
    "FailedReason",
    "FanOutInterrupted",
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
    "ReadOutcome",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "Step",
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
