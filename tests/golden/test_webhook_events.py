"""The webhook events are the spec's: an event added to its `webhooks:` is known after `make generate`."""

from __future__ import annotations

import importlib
import json
import typing
from types import ModuleType

from tests.golden.conftest import NEW_EVENT


def test_a_new_event_of_the_spec_is_typed_mapped_and_inferred(edited_volteras: ModuleType) -> None:
    """A webhook event added to the spec becomes an EventType member with its model; a payload with
    a field only it declares is recognised as it, and a field it shares tells no event apart."""
    event, schema, own, shared = NEW_EVENT
    generated = importlib.import_module("volteras._generated.webhooks")
    model = getattr(edited_volteras.models, schema)
    assert event in typing.get_args(generated.EventType)
    assert generated.EVENT_MODELS[event] is model
    hooks = edited_volteras.Webhooks(importlib.import_module("volteras._webhooks").generate_secret())
    payload = {"vehicleId": "veh_1", "command": "LOCK_DOORS", own: "2024-01-01T00:00:00Z"}
    body = json.dumps(payload).encode()
    parsed = hooks.unwrap(body, hooks.sign(body))
    assert isinstance(parsed, edited_volteras.WebhookEvent), parsed
    assert (parsed.type, type(parsed.data), parsed.data.vehicle_id) == (event, model, "veh_1")
    body = json.dumps({shared: "OEM_VEHICLE_OFFLINE"}).encode()  # command.updated's alone before the edit
    assert isinstance(hooks.unwrap(body, hooks.sign(body)), edited_volteras.UnknownEvent)
    body = json.dumps({"deviceId": "veh_1", shared: "OEM_VEHICLE_OFFLINE"}).encode()
    assert hooks.unwrap(body, hooks.sign(body)).type == "command.updated"
