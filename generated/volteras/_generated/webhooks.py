# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""The spec's webhook events: each event type, the model its payload parses into, and what tells
one event's payload from the others' when a delivery arrives without its type."""

from collections.abc import Mapping
from typing import Any, Final, Literal

from .models.alert_updated import AlertUpdated
from .models.command_updated import CommandUpdated
from .models.device_connected import DeviceConnected
from .models.device_disconnected import DeviceDisconnected
from .models.device_telemetry import DeviceTelemetry
from .models.rate_limit_updated import RateLimitUpdated

EventType = Literal[
    "command.updated",
    "device.connected",
    "device.disconnected",
    "device.telemetry",
    "rate_limit.updated",
    "alert.updated",
]
"""The documented event types (`Webhooks.unwrap`'s overloads give each its payload model)."""

COMMAND_UPDATED: Final = "command.updated"
DEVICE_CONNECTED: Final = "device.connected"
DEVICE_DISCONNECTED: Final = "device.disconnected"
DEVICE_TELEMETRY: Final = "device.telemetry"
RATE_LIMIT_UPDATED: Final = "rate_limit.updated"
ALERT_UPDATED: Final = "alert.updated"

EVENT_MODELS: Final[Mapping[str, type[Any]]] = {
    COMMAND_UPDATED: CommandUpdated,
    DEVICE_CONNECTED: DeviceConnected,
    DEVICE_DISCONNECTED: DeviceDisconnected,
    DEVICE_TELEMETRY: DeviceTelemetry,
    RATE_LIMIT_UPDATED: RateLimitUpdated,
    ALERT_UPDATED: AlertUpdated,
}
"""The model each documented event type's payload is parsed into."""

DISTINCTIVE: Final[Mapping[str, tuple[str, ...]]] = {
    COMMAND_UPDATED: (
        "deviceId",
        "command",
        "failedReason",
    ),
    DEVICE_TELEMETRY: ("metricType",),
    RATE_LIMIT_UPDATED: (
        "remaining_requests",
        "max_requests",
        "window_size_seconds",
        "object_id",
        "remainingRequests",
        "maxRequests",
        "windowSizeSeconds",
        "objectId",
    ),
    ALERT_UPDATED: (
        "alertDefinitionId",
        "currentSeverity",
        "muted",
        "triggerName",
        "triggerDescription",
    ),
}
"""Per event type, the fields (and their other spellings) no other event's payload declares: a
body holding any of them is that event. The spec's `x-volteras-infer: false` leaves a field out."""

ALIASES: Final[Mapping[str, Mapping[str, str]]] = {
    RATE_LIMIT_UPDATED: {
        "remainingRequests": "remaining_requests",
        "maxRequests": "max_requests",
        "windowSizeSeconds": "window_size_seconds",
        "objectId": "object_id",
    },
}
"""Per event type, another spelling of a field (the spec's `x-volteras-alias`) -> the field."""
