"""Tags on devices (the spec's PublicTagEntityTypes; vehicles are the only tagged entity today)."""

from __future__ import annotations

from ..._generated.models import Tag, TagsList
from .._errors import not_found
from .._router import Answer, Call, handles


@handles("add_tag")
def add_tag(call: Call) -> Answer:
    org = call.org
    vehicle = org.vehicle(call.body.object_id)
    pair = (call.body.key, call.body.value)
    tags = org.tags.setdefault(vehicle.id, [])
    if pair not in tags:
        tags.append(pair)
    return Answer({})


@handles("remove_tag", query=("key", "value", "object_type", "object_id"))
def remove_tag(call: Call) -> Answer:
    org = call.org
    key, value = call.args["key"], call.args["value"]
    tags = org.tags.get(org.vehicle(call.args["object_id"]).id, [])
    if (key, value) not in tags:
        raise not_found("Tag", f"{key}={value}")
    tags.remove((key, value))
    return Answer({})


@handles("list_tags")
def list_tags(call: Call) -> Answer:
    org = call.org
    vehicle = org.vehicle(call.path["object_id"])
    return Answer(TagsList(tags=[Tag(key=k, value=v) for k, v in org.tags.get(vehicle.id, [])]))
