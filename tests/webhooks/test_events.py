"""`Webhooks.unwrap`: verified deliveries become typed events, and nothing about the payload raises."""

from __future__ import annotations

import doctest
import json
import typing
from datetime import UTC, datetime

import pytest

import volteras._webhooks
import volteras.models
from tests.spec_facts import webhook_events
from volteras import (
    Command,
    CommandStatus,
    CommandUpdated,
    FailedReason,
    RateLimitUpdated,
    TelemetryMetricType,
    UnknownEvent,
    WebhookEvent,
    Webhooks,
    WebhookVerificationError,
)
from volteras._webhooks import EVENT_MODELS, EventType

from .helpers import COMMAND_BODY, NOW, SECRET, clock, svix_headers

WEBHOOKS = Webhooks(SECRET, clock=clock)

PAYLOADS: dict[str, dict[str, object]] = {
    "command.updated": json.loads(COMMAND_BODY),
    "device.connected": {"id": "veh_1", "deviceType": "VEHICLE"},
    "device.disconnected": {"id": "veh_1", "deviceType": "VEHICLE"},
    "device.telemetry": {
        "metricType": "STATE_OF_CHARGE",
        "vehicle": {"id": "veh_1"},
        "timestamp": "2024-01-01T00:00:00Z",
        "value": 81.5,
        "unit": "PERCENT",
    },
    "rate_limit.updated": {
        "remaining_requests": 3,
        "max_requests": 10,
        "domain": "VEHICLE",
        "window_size_seconds": 60,
        "object_id": "veh_1",
        "key": "BMW_ENERGY_API_COMMANDS",
    },
    "alert.updated": {
        "id": "alert_1",
        "vehicleId": "veh_1",
        "alertDefinitionId": "def_1",
        "status": "RESOLVED",
        "currentSeverity": "HIGH",
        "muted": False,
        "createdAt": "2024-01-01T00:00:00+00:00",
    },
}
MODELS = {event: getattr(volteras.models, schema) for event, schema in webhook_events().items()}


def unwrap(payload: object, event_type: str | None = None, *, raw: bytes | None = None) -> object:
    body = json.dumps(payload).encode() if raw is None else raw
    return WEBHOOKS.unwrap(body, svix_headers(body, webhook_id="msg_42"), event_type=event_type)


def test_every_event_of_the_spec_is_documented_and_tested() -> None:
    """The documented event types are the spec's, each with the model of its payload schema."""
    assert set(typing.get_args(EventType)) == set(webhook_events()) == set(PAYLOADS)
    assert dict(EVENT_MODELS) == MODELS


@pytest.mark.parametrize("event_type", list(PAYLOADS))
def test_each_event_type_parses_into_its_model(event_type: str) -> None:
    """With event_type given, every documented event comes back as a WebhookEvent holding its model."""
    event = unwrap(PAYLOADS[event_type], event_type)
    assert isinstance(event, WebhookEvent)
    assert event.type == event_type
    assert isinstance(event.data, MODELS[event_type])
    assert event.webhook_id == "msg_42"
    assert event.timestamp == datetime.fromtimestamp(NOW, UTC)


@pytest.mark.parametrize(
    "event_type", ["command.updated", "device.telemetry", "rate_limit.updated", "alert.updated"]
)
def test_event_type_inferred_from_fields(event_type: str) -> None:
    """Without event_type, a payload whose fields fit exactly one event type is parsed as that type."""
    event = unwrap(PAYLOADS[event_type])
    assert isinstance(event, WebhookEvent)
    assert event.type == event_type
    assert isinstance(event.data, MODELS[event_type])


def test_device_connected_and_disconnected_need_event_type() -> None:
    """The two device events carry the same fields, so without event_type the result is an UnknownEvent."""
    event = unwrap(PAYLOADS["device.connected"])
    assert isinstance(event, UnknownEvent)
    assert event.type is None
    assert event.data == PAYLOADS["device.connected"]
    assert event.webhook_id == "msg_42"


def test_command_updated_fields() -> None:
    """A command.updated delivery exposes the execution's id, vehicle, command and status as SDK enums."""
    event = unwrap(PAYLOADS["command.updated"])
    assert isinstance(event, WebhookEvent)
    data = event.data
    assert isinstance(data, CommandUpdated)
    assert (data.id, data.device_id, data.device_type) == ("cmd_1", "veh_1", "VEHICLE")
    assert data.command is Command.LOCK_DOORS
    assert data.status is CommandStatus.EXECUTED
    assert not data.failed_reason


def test_command_updated_failed_reason_code_or_text() -> None:
    """failedReason parses as a FailedReason when documented and stays free text otherwise."""
    payload = {**PAYLOADS["command.updated"], "status": "FAILED", "failedReason": "OEM_VEHICLE_OFFLINE"}
    event = unwrap(payload)
    assert isinstance(event, WebhookEvent)
    assert event.data.failed_reason is FailedReason.OEM_VEHICLE_OFFLINE
    event = unwrap({**payload, "failedReason": "Vehicle is asleep"})
    assert isinstance(event, WebhookEvent)
    assert event.data.failed_reason == "Vehicle is asleep"


def test_unknown_enum_values_and_fields_are_kept() -> None:
    """New command, status or metric values stay strings, and unknown fields land in additional_properties."""
    event = unwrap(
        {**PAYLOADS["command.updated"], "command": "OPEN_SUNROOF", "status": "QUEUED", "extra": [1]}
    )
    assert isinstance(event, WebhookEvent)
    assert (event.data.command, event.data.status) == ("OPEN_SUNROOF", "QUEUED")
    assert event.data.additional_properties == {"extra": [1]}
    event = unwrap({**PAYLOADS["device.telemetry"], "metricType": "BRAKE_WEAR"})
    assert isinstance(event, WebhookEvent)
    assert event.data.metric_type == "BRAKE_WEAR"


def test_telemetry_reading_fields() -> None:
    """A telemetry event gives the metric type as an enum and keeps the reading's own fields."""
    event = unwrap(PAYLOADS["device.telemetry"])
    assert isinstance(event, WebhookEvent)
    assert event.data.metric_type is TelemetryMetricType.STATE_OF_CHARGE
    assert event.data.timestamp == datetime(2024, 1, 1, tzinfo=UTC)
    assert event.data.additional_properties == {"value": 81.5, "unit": "PERCENT"}
    event = unwrap({**PAYLOADS["device.telemetry"], "vehicle": "veh_1"})
    assert isinstance(event, WebhookEvent)
    assert event.data.vehicle == "veh_1"


def test_rate_limit_snake_and_camel_case() -> None:
    """rate_limit.updated parses from the documented snake_case and from the REST API's camelCase alike."""
    camel = {
        "remainingRequests": 3,
        "maxRequests": 10,
        "domain": "VEHICLE",
        "windowSizeSeconds": 60,
        "objectId": "veh_1",
        "key": "BMW_ENERGY_API_COMMANDS",
    }
    for payload in (PAYLOADS["rate_limit.updated"], camel):
        event = unwrap(payload)
        assert isinstance(event, WebhookEvent)
        data = event.data
        assert isinstance(data, RateLimitUpdated)
        assert (data.remaining_requests, data.max_requests, data.window_size_seconds) == (3, 10, 60)
        assert (data.domain, data.object_id, data.key) == ("VEHICLE", "veh_1", "BMW_ENERGY_API_COMMANDS")
        assert data.additional_properties == {}


def test_fields_of_the_wrong_type_give_unknown_event() -> None:
    """A field whose value has an unexpected type gives an UnknownEvent naming it, with the type kept."""
    event = unwrap({**PAYLOADS["command.updated"], "deviceId": 12})
    assert isinstance(event, UnknownEvent)
    assert event.type == "command.updated"
    assert "device_id" in event.reason
    assert event.data == {**PAYLOADS["command.updated"], "deviceId": 12}
    event = unwrap({**PAYLOADS["alert.updated"], "createdAt": "yesterday"}, "alert.updated")
    assert isinstance(event, UnknownEvent)
    assert event.type == "alert.updated"


@pytest.mark.parametrize(
    ("raw", "data"),
    [
        (b"[1, 2]", [1, 2]),
        (b'"text"', "text"),
        (b"null", None),
        (b"not json", b"not json"),
        (b"\xff\xfe", b"\xff\xfe"),
        (b"[" * 100_000, b"[" * 100_000),
    ],
    ids=["array", "string", "null", "not-json", "not-utf8", "too-deep"],
)
def test_body_not_a_json_object_gives_unknown_event(raw: bytes, data: object) -> None:
    """A verified body that is not a JSON object is returned as an UnknownEvent holding it, not raised."""
    event = unwrap(None, "command.updated", raw=raw)
    assert isinstance(event, UnknownEvent)
    assert event.type == "command.updated"
    assert event.data == data
    assert event.webhook_id == "msg_42"


def test_unknown_event_type_gives_unknown_event() -> None:
    """An event type this SDK does not know yet is passed through with its decoded payload."""
    event = unwrap({"a": 1}, "vehicle.renamed")
    assert isinstance(event, UnknownEvent)
    assert (event.type, event.data) == ("vehicle.renamed", {"a": 1})


def test_payload_fitting_no_event_gives_unknown_event() -> None:
    """A payload with no distinctive field, or with fields of two event types, is not guessed at."""
    for payload in ({"hello": "world"}, {"command": "LOCK_DOORS", "metricType": "RANGE"}):
        event = unwrap(payload)
        assert isinstance(event, UnknownEvent)
        assert event.type is None


def test_unwrap_verifies_before_parsing() -> None:
    """unwrap refuses a delivery with a bad signature exactly like verify does."""
    headers = svix_headers(b"{}")
    with pytest.raises(WebhookVerificationError) as info:
        WEBHOOKS.unwrap(COMMAND_BODY, headers)
    assert info.value.reason == "no_matching_signature"


def test_event_type_must_be_text() -> None:
    """A non-string event_type is a TypeError, before any verification."""
    with pytest.raises(TypeError, match="event_type"):
        WEBHOOKS.unwrap(COMMAND_BODY, svix_headers(), event_type=1)  # type: ignore[arg-type]


def test_module_examples_run() -> None:
    """The examples in volteras._webhooks' docstrings run and print what they show."""
    result = doctest.testmod(volteras._webhooks)
    assert result.attempted > 0
    assert result.failed == 0


def test_unwrap_overloads_give_each_documented_event_type_its_model() -> None:
    """Each event type of EVENT_MODELS has an unwrap overload typed with exactly its payload model."""
    typed: dict[str, object] = {}
    for overload in typing.get_overloads(Webhooks.unwrap):
        hints = typing.get_type_hints(overload)
        literal = typing.get_args(hints["event_type"])
        if typing.get_origin(hints["event_type"]) is not typing.Literal:
            continue  # the catch-all: str | None -> WebhookEvent[Any] | UnknownEvent
        (event_type,) = literal
        event, unknown = typing.get_args(hints["return"])
        assert unknown is UnknownEvent
        (typed[event_type],) = typing.get_args(event)
    assert typed == dict(EVENT_MODELS)
    assert set(typing.get_args(EventType)) == set(EVENT_MODELS)
