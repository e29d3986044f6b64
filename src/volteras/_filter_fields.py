"""A listing filter's fields checked against the model the listing returns, before anything is sent.

The API answers a filter on a field its records do not have (a typo, or a field of another
model, such as `stateOfCharge.value` on vehicles) with an empty list, which reads like "no
match". So each field a filter names is looked up in the listed model, following dots through
nested models, and an unknown one is a ValueError naming the model's fields. The names are the
generated models' own: a model's `from_dict` holds the wire name of every field it reads, and
each attrs field is matched to its wire name there; a model whose names cannot all be matched
this way, a free-form object, a list or a union is not looked into, so nothing is refused on a
guess. `where(name, unchecked=True)` sends a field the SDK does not know yet.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import types
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ._parsing import Parser, field_hints, hint_classes, parsed_model

_PLAIN = (str, int, float, bool, datetime.datetime, datetime.date, type(None))
_UNKNOWN_YET = "For a field this SDK does not know yet, write where({!r}, unchecked=True)"


def check_listing_filter(request: Mapping[str, Any], parser: Parser[Any]) -> None:
    """Refuse (ValueError) a filter in `request`'s query naming a field the listed model does not have."""
    encoded = (request.get("params") or {}).get("filter")
    page = parsed_model(parser)
    if not isinstance(encoded, str) or page is None:
        return
    item = _results_model(page)
    if item is None:
        return
    unchecked: frozenset[str] = getattr(encoded, "unchecked", frozenset())
    for name in dict.fromkeys(_field_names(json.loads(encoded))):
        if name not in unchecked:
            _check_path(item, name)


def _results_model(page: type) -> type | None:
    hint = field_hints(page).get("results")
    if hint is None:
        return None
    _, item = hint_classes(hint)
    return item if item is not None and attrs.has(item) else None


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
        if not fields:  # names unknown, or a free-form object: nothing to check against
            return
        if part not in fields:
            raise ValueError(
                f"filter: {where} has no field {part!r}"
                + (f" (in {dotted!r})" if len(parts) > 1 else "")
                + f"; its fields are {', '.join(sorted(fields))}. {_UNKNOWN_YET.format(dotted)}"
            )
        rest = parts[index + 1 :]
        if not rest:
            return
        classes, item = hint_classes(fields[part])
        models = [klass for klass in classes if attrs.has(klass)]
        if item is None and len(models) == 1 and all(k is models[0] or k is type(None) for k in classes):
            model, where = models[0], f"{models[0].__name__} (at {'.'.join(parts[: index + 1])!r})"
            continue
        if item is None and all(_plain(klass) for klass in classes):
            raise ValueError(
                f"filter: {part!r} of {where} is a plain value, with no field {rest[0]!r}. "
                + _UNKNOWN_YET.format(dotted)
            )
        return  # a list, a union of models or anything else: not followed


def _plain(klass: type) -> bool:
    return klass in _PLAIN or issubclass(klass, enum.Enum)


@functools.cache
def wire_fields(model: type) -> dict[str, Any] | None:
    """The model's fields by wire name, each with its type hint; None when the names cannot be told."""
    if not attrs.has(model):
        return None
    from_dict = getattr(model, "from_dict", None)
    code = getattr(getattr(from_dict, "__func__", from_dict), "__code__", None)
    if not isinstance(code, types.CodeType):
        return None
    read = set(_strings(code))
    hints = field_hints(model)
    fields: dict[str, Any] = {}
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        base = field.name.rstrip("_")  # `filter_` for a wire name that is a Python builtin
        wire = next((name for name in (_camel(base), base) if name in read), None)
        if wire is None:
            return None
        fields[wire] = hints[field.name]
    return fields


def _strings(code: types.CodeType) -> Iterator[str]:
    for constant in code.co_consts:
        if isinstance(constant, str):
            yield constant
        elif isinstance(constant, types.CodeType):
            yield from _strings(constant)


def _camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)
