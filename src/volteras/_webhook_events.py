"""Webhook events: the model each event type's payload parses into, and the parsing, which never raises.

The payload carries no event type (each endpoint subscribes to the types it wants), so the type
comes from the caller or is inferred from the fields, and anything that does not parse is an
`UnknownEvent` holding the decoded data: a delivery Volteras really sent must never make a
receiver crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final, Generic, TypeVar

import attrs

from ._generated.webhooks import ALIASES, DISTINCTIVE, EVENT_MODELS, EventType
from ._parsing import loads

__all__ = ["EVENT_MODELS", "EventType", "UnknownEvent", "WebhookEvent", "infer_event_type", "parse_event"]

# The event types, their models, the fields that tell them apart and the fields' other spellings
# are the spec's (its `webhooks:`), generated into `volteras._generated.webhooks`.
_MARKERS: Final = {field: kind for kind, fields in DISTINCTIVE.items() for field in fields}
_MARKER_OF: Final = _MARKERS.get

D = TypeVar("D")


@attrs.define
class WebhookEvent(Generic[D]):
    """A verified delivery of a known event type, its payload parsed into the generated model.

    Svix delivers at least once and in no guaranteed order: keep the `webhook_id`s already
    handled to drop duplicates, and compare `timestamp`s (or the payload's own state) before
    letting an older delivery overwrite a newer one.
    """

    type: str
    """The event type, such as `command.updated`."""
    webhook_id: str
    """The delivery's message id; every retry of one message carries the same id."""
    timestamp: datetime
    """When Svix signed this attempt (UTC)."""
    data: D
    """The payload: `CommandUpdated`, `DeviceTelemetry`, ... depending on `type`."""


@attrs.define
class UnknownEvent:
    """A verified delivery this SDK could not turn into a typed event; `reason` says why.

    `data` is the decoded JSON (of any shape), or the raw body bytes when it is not JSON. `type`
    is the event type when it was given or inferred, otherwise None.
    """

    type: str | None
    webhook_id: str
    timestamp: datetime
    data: object
    reason: str


def infer_event_type(payload: Mapping[str, object]) -> str | None:
    """The one event type whose distinctive fields `payload` has, or None when not exactly one."""
    fitting = set(map(_MARKER_OF, payload))
    fitting.discard(None)
    return fitting.pop() if len(fitting) == 1 else None


def parse_event(
    raw: bytes, webhook_id: str, timestamp: int, event_type: str | None
) -> WebhookEvent[Any] | UnknownEvent:
    """Turn a verified body into an event; never raises."""
    when = datetime.fromtimestamp(timestamp, UTC)
    try:
        payload: object = loads(raw)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested too deeply
        return UnknownEvent(event_type, webhook_id, when, raw, "body is not JSON")
    if not isinstance(payload, dict):
        return UnknownEvent(
            event_type, webhook_id, when, payload, f"body is a JSON {type(payload).__name__}, not an object"
        )
    kind = event_type if event_type is not None else infer_event_type(payload)
    if kind is None:
        return UnknownEvent(None, webhook_id, when, payload, "event type not given and not inferable")
    model = EVENT_MODELS.get(kind)
    if model is None:
        return UnknownEvent(kind, webhook_id, when, payload, f"unknown event type {kind!r}")
    aliases = ALIASES.get(kind)
    if aliases is not None:
        payload = _unalias(payload, aliases)
    try:
        data = model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        return UnknownEvent(kind, webhook_id, when, payload, str(exc) or type(exc).__name__)
    return WebhookEvent(kind, webhook_id, when, data)


def _unalias(payload: dict[str, Any], aliases: Mapping[str, str]) -> dict[str, Any]:
    """A field sent under another spelling the spec accepts (rate_limit.updated is snake_case in the
    published example, camelCase like the REST API too) renamed to the field the model reads."""
    if not any(alias in payload for alias in aliases):
        return payload
    converted = dict(payload)
    for alias, wire in aliases.items():
        if alias in converted and wire not in converted:
            converted[wire] = converted.pop(alias)
    return converted
