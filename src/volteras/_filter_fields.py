"""A listing filter's fields checked against the model the listing returns, before anything is sent.

The API answers a filter on a field its records do not have (a typo, or a field of another
model, such as `stateOfCharge.value` on vehicles) with an empty list, which reads like "no
match". So each field a filter names is looked up in the listed model, following dots through
nested models, and an unknown one is a ValueError naming the model's fields. The names are the
generated models' own (`_wire_fields`, written by `make generate` beside each model); a
free-form object, a list or a union is not looked into, so nothing is refused on a guess.
`where(name, unchecked=True)` sends a field the SDK does not know yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from ._generated.types import WireField
from ._parsing import Parser, parsed_model

_UNKNOWN_YET = "For a field this SDK does not know yet, write where({!r}, unchecked=True)"


def check_listing_filter(request: Mapping[str, Any], parser: Parser[Any]) -> None:
    """Refuse (ValueError) a filter in `request`'s query naming a field the listed model does not have."""
    encoded = (request.get("params") or {}).get("filter")
    page = parsed_model(parser)
    if not isinstance(encoded, str) or page is None:
        return
    results = wire_fields(page).get("results")
    if results is None or results.holds != "list" or results.model is None:
        return
    unchecked: frozenset[str] = getattr(encoded, "unchecked", frozenset())
    for name in dict.fromkeys(_field_names(json.loads(encoded))):
        if name not in unchecked:
            _check_path(results.model, name)


def wire_fields(model: type) -> Mapping[str, WireField]:
    """The model's fields by wire name; empty for anything that is not a generated model."""
    fields: Mapping[str, WireField] = getattr(model, "_wire_fields", {})
    return fields


def _field_names(tree: object) -> Iterator[str]:
    if isinstance(tree, list):
        for node in tree:
            yield from _field_names(node)
    elif isinstance(tree, dict):
        if isinstance(tree.get("field"), str):
            yield tree["field"]
        for key in ("and", "or", "not"):
            yield from _field_names(tree.get(key))


def _check_path(model: type, dotted: str) -> None:
    parts = dotted.split(".")
    where = model.__name__
    for index, part in enumerate(parts):
        fields = wire_fields(model)
        if not fields:  # a free-form object: nothing to check against
            return
        field = fields.get(part)
        if field is None:
            raise ValueError(
                f"filter: {where} has no field {part!r}"
                + (f" (in {dotted!r})" if len(parts) > 1 else "")
                + f"; its fields are {', '.join(sorted(fields))}. {_UNKNOWN_YET.format(dotted)}"
            )
        rest = parts[index + 1 :]
        if not rest:
            return
        if field.holds == "model" and field.model is not None:
            model, where = field.model, f"{field.model.__name__} (at {'.'.join(parts[: index + 1])!r})"
            continue
        if field.holds == "plain":
            raise ValueError(
                f"filter: {part!r} of {where} is a plain value, with no field {rest[0]!r}. "
                + _UNKNOWN_YET.format(dotted)
            )
        return  # a list, a union or a free-form object: not followed
