"""The spec's webhook events as a table, for `webhooks.py.jinja` (spec_tables.write_tables calls this).

The spec's top-level `webhooks:` names each event type and the component schema of its payload;
everything the SDK knows about events is worked out from there, so a new event is a spec edit:

- the event types, in spec order (the generated `EventType` Literal and one constant each);
- the model each payload parses into;
- the fields that tell a payload's event apart when it arrives without a type: those only one
  event's schema declares, less the ones marked `x-volteras-infer: false`;
- the other spellings a field is accepted in (`x-volteras-alias`), read as the field itself.
  An alias tells its event apart when its field does and no other event declares it.
"""

from __future__ import annotations

import keyword
from collections import Counter
from collections.abc import Mapping
from typing import Any

SCHEMA_REF = "#/components/schemas/"


class EventError(Exception):
    """The spec's `webhooks:` breaks a rule the table depends on; generate.py reports it."""


def _payload_schema(event: str, item: Any) -> str:
    """The component schema a webhook's POST body refers to."""
    try:
        content = item["post"]["requestBody"]["content"]
        ref = content["application/json"]["schema"]["$ref"]
    except (KeyError, TypeError):
        ref = None
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
        raise EventError(f"webhooks.{event}: post.requestBody's application/json schema must be a $ref")
    return ref.removeprefix(SCHEMA_REF)


def constant_name(event: str) -> str:
    """`rate_limit.updated` -> `RATE_LIMIT_UPDATED`: the Python name of an event type's constant."""
    name = event.replace(".", "_").replace("-", "_").upper()
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        raise EventError(f"webhooks.{event}: the event type makes no constant name ({name!r})")
    return name


def event_table(spec: Mapping[str, Any], models: Mapping[str, tuple[str, str]]) -> list[dict[str, Any]]:
    """One entry per webhook event, in spec order: type, constant, model class and module,
    distinctive fields and aliases. `models` maps a schema name to its (class, module)."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: list[dict[str, Any]] = []
    for event, item in (spec.get("webhooks") or {}).items():
        schema = _payload_schema(event, item)
        if schema not in models:
            raise EventError(f"webhooks.{event}: {schema} is no model the generator wrote")
        properties: Mapping[str, Any] = schemas[schema].get("properties") or {}
        aliases: dict[str, str] = {}
        for wire, prop in properties.items():
            alias = prop.get("x-volteras-alias")
            infer = prop.get("x-volteras-infer", True)
            if alias is not None and not (isinstance(alias, str) and alias and alias not in properties):
                raise EventError(f"{schema}.{wire}: x-volteras-alias must be a name the schema lacks")
            if not isinstance(infer, bool):
                raise EventError(f"{schema}.{wire}: x-volteras-infer must be true or false")
            if alias is not None:
                aliases[alias] = wire
        class_name, module = models[schema]
        found.append(
            {
                "type": event,
                "constant": constant_name(event),
                "model": class_name,
                "module": module,
                "properties": properties,
                "aliases": aliases,
            }
        )
    constants = Counter(entry["constant"] for entry in found)
    if clash := sorted(name for name, count in constants.items() if count > 1):
        raise EventError(f"webhooks: two event types make the constant {clash[0]}")
    declared = Counter(name for e in found for name in {*e["properties"], *e["aliases"]})
    for entry in found:
        telling = [
            wire
            for wire, prop in entry["properties"].items()
            if declared[wire] == 1 and prop.get("x-volteras-infer", True)
        ]
        spellings = [
            alias for alias, wire in entry["aliases"].items() if wire in telling and declared[alias] == 1
        ]
        entry["distinctive"] = [*telling, *spellings]
        del entry["properties"]
    return found
