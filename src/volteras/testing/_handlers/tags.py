"""Tags on devices (vehicles are the only tagged entity today)."""

from __future__ import annotations

from .._errors import not_found, validation
from .._router import Answer, Call, route
from ._body import check_fields, one_of, read_object

_ENTITY_TYPES = ("DEVICE",)


def _bounded(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 150


@route("POST", "/v1/tags")
def add_tag(call: Call) -> Answer:
    payload = read_object(call.request)
    assert payload is not None
    check_fields(
        payload,
        {"key": _bounded, "value": _bounded, "objectType": one_of(_ENTITY_TYPES), "objectId": _bounded},
    )
    org = call.org
    vehicle = org.vehicle(payload["objectId"])
    pair = (payload["key"], payload["value"])
    tags = org.tags.setdefault(vehicle.id, [])
    if pair not in tags:
        tags.append(pair)
    return Answer({})


@route("DELETE", "/v1/tags")
def remove_tag(call: Call) -> Answer:
    key, value = call.required_query("key"), call.required_query("value")
    entity_type, entity_id = call.required_query("entityType"), call.required_query("entityId")
    if entity_type not in _ENTITY_TYPES:
        raise validation(f"entityType must be DEVICE, not {entity_type!r}.")
    org = call.org
    tags = org.tags.get(org.vehicle(entity_id).id, [])
    if (key, value) not in tags:
        raise not_found("Tag", f"{key}={value}")
    tags.remove((key, value))
    return Answer({})


@route("GET", "/v1/tags/{entity_type}/{entity_id}")
def list_tags(call: Call) -> Answer:
    if call.params["entity_type"] not in _ENTITY_TYPES:
        raise validation(f"entity type must be DEVICE, not {call.params['entity_type']!r}.")
    org = call.org
    vehicle = org.vehicle(call.params["entity_id"])
    return Answer({"tags": [{"key": k, "value": v} for k, v in org.tags.get(vehicle.id, [])]})
