"""The spec's schemas at work in the simulator: checking what comes in.

The schemas are the generated operation table's (`volteras._generated.operations`): closed, so
a request's enum-valued field must hold one of the values the spec lists, though the SDK parses
any. Only the keywords the spec uses are read (types, formats, enums, required, bounds,
patterns, items, anyOf, additionalProperties), which keeps the simulator on the standard library.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .._generated.operations import SCHEMAS, Schema

Problem = dict[str, Any]
"""One error: `loc` (where, as in FastAPI: `["body", "vins", 0, "vin"]`) and `msg`."""

_JSON_TYPES: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def resolve(schema: Schema) -> Schema:
    """Follow `$ref`s (bare schema names) to the schema itself."""
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"]]
    return schema


def _is(value: object, kind: str) -> bool:
    if kind == "null":
        return value is None
    if isinstance(value, bool) and kind not in ("boolean",):
        return False
    return isinstance(value, _JSON_TYPES.get(kind, ()))


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time (`Z` or an offset required), or None."""
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _format_problem(value: str, fmt: str) -> str | None:
    if fmt == "date-time":
        try:
            moment = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
        except ValueError:
            return "must be an ISO 8601 date-time"
        return None if moment.tzinfo is not None else "needs a time zone"
    if fmt == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return "must be an ISO 8601 date"
    if fmt == "uri" and not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:\S+\Z", value):
        return "must be a URI"
    return None


def problems(
    value: Any, schema: Schema, loc: tuple[str | int, ...], *, answer: bool = False
) -> list[Problem]:
    """Everything wrong with `value` against `schema`, each named by where it is.

    ``answer``: `value` is a response, where the spec's enums are open (a string it does not list,
    such as a plain-text failedReason, is allowed); a request must use a listed value.
    """
    schema = resolve(schema)
    branches = schema.get("anyOf")
    if branches is not None:
        found = [problems(value, branch, loc, answer=answer) for branch in branches]
        if any(not errors for errors in found):
            return []
        typed = [errors for branch, errors in zip(branches, found, strict=True) if _type_fits(value, branch)]
        if len(typed) == 1:
            return typed[0]
        return [{"loc": list(loc), "msg": "matches none of the allowed forms"}]
    kind = schema.get("type")
    if kind is not None and not _is(value, kind):
        return [{"loc": list(loc), "msg": f"expected {kind}"}]
    if "enum" in schema and value not in schema["enum"] and not (answer and isinstance(value, str)):
        return [{"loc": list(loc), "msg": f"not one of {schema['enum']}"}]
    if "const" in schema and value != schema["const"]:
        return [{"loc": list(loc), "msg": f"must be {schema['const']!r}"}]
    if isinstance(value, str):
        return _string_problems(value, schema, loc)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problems(value, schema, loc)
    if isinstance(value, list):
        return _array_problems(value, schema, loc, answer)
    if isinstance(value, dict):
        return _object_problems(value, schema, loc, answer)
    return []


def _type_fits(value: Any, schema: Schema) -> bool:
    schema = resolve(schema)
    kind = schema.get("type")
    if kind is None:
        return any(_type_fits(value, branch) for branch in schema.get("anyOf", ()))
    return _is(value, kind)


def _string_problems(value: str, schema: Schema, loc: tuple[str | int, ...]) -> list[Problem]:
    out: list[Problem] = []
    if len(value) < schema.get("minLength", 0):
        out.append({"loc": list(loc), "msg": f"shorter than {schema['minLength']} characters"})
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        out.append({"loc": list(loc), "msg": f"longer than {schema['maxLength']} characters"})
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        out.append({"loc": list(loc), "msg": f"does not match {schema['pattern']}"})
    message = _format_problem(value, schema["format"]) if "format" in schema else None
    if message is not None:
        out.append({"loc": list(loc), "msg": message})
    return out


def _number_problems(value: float, schema: Schema, loc: tuple[str | int, ...]) -> list[Problem]:
    if not math.isfinite(value):
        return [{"loc": list(loc), "msg": "not a finite number"}]
    if "minimum" in schema and value < schema["minimum"]:
        return [{"loc": list(loc), "msg": f"less than {schema['minimum']}"}]
    if "maximum" in schema and value > schema["maximum"]:
        return [{"loc": list(loc), "msg": f"more than {schema['maximum']}"}]
    return []


def _array_problems(
    value: list[Any], schema: Schema, loc: tuple[str | int, ...], answer: bool
) -> list[Problem]:
    if len(value) < schema.get("minItems", 0):
        return [{"loc": list(loc), "msg": f"fewer than {schema['minItems']} items"}]
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return [{"loc": list(loc), "msg": f"more than {schema['maxItems']} items"}]
    items = schema.get("items")
    if items is None:
        return []
    return [
        error
        for index, item in enumerate(value)
        for error in problems(item, items, (*loc, index), answer=answer)
    ]


def _object_problems(
    value: dict[str, Any], schema: Schema, loc: tuple[str | int, ...], answer: bool
) -> list[Problem]:
    out: list[Problem] = [
        {"loc": [*loc, name], "msg": "field required"}
        for name in schema.get("required", ())
        if name not in value
    ]
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        if name in properties:
            out.extend(problems(item, properties[name], (*loc, name), answer=answer))
        elif extra is False:
            out.append({"loc": [*loc, name], "msg": "extra field not permitted"})
        elif isinstance(extra, dict):
            out.extend(problems(item, extra, (*loc, name), answer=answer))
    return out


# --------------------------------------------------------------------------- query and path values


def coerce(raw: str, schema: Schema) -> Any:
    """A query or path value read as the type its schema gives (the first branch that reads it);
    the text itself when no branch does, so the check names the problem."""
    for branch in _branches(schema):
        kind = branch.get("type")
        if kind == "integer" and re.fullmatch(r"[+-]?\d{1,18}", raw.strip()):
            return int(raw)
        if kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if number.is_integer() and "." not in raw else number
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "string":
            return raw
    return raw


def _branches(schema: Schema) -> list[Schema]:
    schema = resolve(schema)
    if "anyOf" in schema:
        return [leaf for branch in schema["anyOf"] for leaf in _branches(branch)]
    return [schema]


def is_datetime(schema: Schema) -> bool:
    """Whether a parameter's value is a date-time (the simulator hands it to handlers parsed)."""
    return any(branch.get("format") == "date-time" for branch in _branches(schema))
