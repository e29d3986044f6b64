"""The facts `make drift` compares and how they differ: schema shapes, fields, enum values, parameters."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from drift_documents import JsonDict, as_dict, as_list, deref, resolve_pointer

TYPE_ORDER = ("string", "integer", "number", "boolean", "object", "array", "null")
EnumValues = frozenset[str] | None  # canonical JSON text of each value; None: no enum applies


# --------------------------------------------------------------------------- schema shapes


@dataclass
class Shape:
    """The facts of a schema: JSON types, formats, enum values, fields and array items."""

    types: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    enum: EnumValues = None
    properties: dict[str, Shape] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Shape | None = None


def enum_key(value: object) -> str:
    """An enum value as canonical JSON text, e.g. `"BEEP"`."""
    return json.dumps(value, sort_keys=True, default=str)


def value_type(value: object) -> str:
    """The JSON type of an enum value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def declared_types(schema: JsonDict) -> frozenset[str]:
    """The types a schema states itself, through `type`, `nullable`, `enum` or its keywords."""
    raw = schema.get("type")
    types = {raw} if isinstance(raw, str) else {t for t in as_list(raw) if isinstance(t, str)}
    if not types and "enum" in schema and "anyOf" not in schema and "oneOf" not in schema:
        types = {value_type(v) for v in as_list(schema["enum"])}
    if not types and "const" in schema:
        types = {value_type(schema["const"])}
    if not types and "properties" in schema:
        types = {"object"}
    if not types and "items" in schema:
        types = {"array"}
    if types and schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def own_shape(schema: JsonDict, doc: JsonDict, stack: tuple[str, ...]) -> Shape:
    """The shape of a schema's own keywords, ignoring `$ref`, `anyOf`, `oneOf` and `allOf`."""
    enum: EnumValues = None
    if isinstance(schema.get("enum"), list):
        enum = frozenset(enum_key(v) for v in schema["enum"])
    elif "const" in schema:
        enum = frozenset({enum_key(schema["const"])})
    fmt = schema.get("format")
    items = schema.get("items")
    return Shape(
        types=declared_types(schema),
        formats=frozenset({fmt}) if isinstance(fmt, str) else frozenset(),
        enum=enum,
        properties={
            str(name): shape_of(sub, doc, stack) for name, sub in as_dict(schema.get("properties")).items()
        },
        # x-volteras-may-omit: fields the published schema requires that the API still leaves out
        # (documented); ours declares them optional and says so, which is no drift.
        required=frozenset(
            str(r) for r in [*as_list(schema.get("required")), *as_list(schema.get("x-volteras-may-omit"))]
        ),
        items=shape_of(items, doc, stack) if isinstance(items, dict) else None,
    )


def shape_of(node: object, doc: JsonDict, stack: tuple[str, ...] = ()) -> Shape:
    """Normalize a schema (resolving `$ref`s, flattening `anyOf`/`oneOf`/`allOf`) into a Shape."""
    schema = as_dict(node)
    parts = [own_shape(schema, doc, stack)]
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref not in stack:
        parts.append(shape_of(resolve_pointer(doc, ref), doc, (*stack, ref)))
    branches = as_list(schema.get("anyOf")) + as_list(schema.get("oneOf"))
    if branches:
        parts.append(union([shape_of(branch, doc, stack) for branch in branches]))
    parts.extend(shape_of(sub, doc, stack) for sub in as_list(schema.get("allOf")))
    return conjoin(parts)


Combine = Callable[[list[Shape]], Shape]


def merge_properties(shapes: list[Shape], combine: Combine) -> dict[str, Shape]:
    """Merge the fields of several shapes, combining the shapes of a field present in many."""
    names = list(dict.fromkeys(name for shape in shapes for name in shape.properties))
    return {name: combine([s.properties[name] for s in shapes if name in s.properties]) for name in names}


def merge_items(shapes: list[Shape], combine: Combine) -> Shape | None:
    """Combine the array item shapes of several shapes."""
    items = [shape.items for shape in shapes if shape.items is not None]
    merged: Shape | None = combine(items) if items else None
    return merged


def union(shapes: list[Shape]) -> Shape:
    """The shape of `anyOf` branches. A branch without enum does not widen another's enum away:
    `anyOf: [{$ref: Enum}, {type: string}]` is a string with Enum's values."""
    enums = [shape.enum for shape in shapes if shape.enum is not None]
    return Shape(
        types=frozenset().union(*(shape.types for shape in shapes)),
        formats=frozenset().union(*(shape.formats for shape in shapes)),
        enum=frozenset().union(*enums) if enums else None,
        properties=merge_properties(shapes, union),
        required=frozenset().union(*(shape.required for shape in shapes)),
        items=merge_items(shapes, union),
    )


def conjoin(shapes: list[Shape]) -> Shape:
    """The shape of a schema's own keywords together with its `$ref`, `anyOf` and `allOf` parts."""
    if len(shapes) == 1:
        return shapes[0]
    typed = [shape.types for shape in shapes if shape.types]
    enums = [shape.enum for shape in shapes if shape.enum is not None]
    return Shape(
        types=frozenset.intersection(*typed) if typed else frozenset(),
        formats=frozenset().union(*(shape.formats for shape in shapes)),
        enum=frozenset.intersection(*enums) if enums else None,
        properties=merge_properties(shapes, conjoin),
        required=frozenset().union(*(shape.required for shape in shapes)),
        items=merge_items(shapes, conjoin),
    )


def type_text(shape: Shape) -> str:
    """A shape's type for humans, e.g. `string|null (format date-time)`."""
    ordered = sorted(shape.types, key=lambda t: (TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, t))
    text = "|".join(ordered) or "any"
    if shape.formats:
        text += f" (format {', '.join(sorted(shape.formats))})"
    return text


# --------------------------------------------------------------------------- diffing schemas


def diff_shape(path: str, ours: Shape, theirs: Shape, is_field: bool = False) -> list[str]:
    """Differences between two shapes at `path` (`response`, `body.limit`, `parameter x`)."""
    subject = f"field {path}" if is_field else path
    lines: list[str] = []
    if (ours.types, ours.formats) != (theirs.types, theirs.formats):
        lines.append(f"~ {subject}: type {type_text(ours)} -> {type_text(theirs)}")
    lines += diff_enum(path, subject, ours.enum, theirs.enum)
    lines += diff_properties(path, ours, theirs)
    if ours.items is not None or theirs.items is not None:
        lines += diff_shape(f"{path}[]", ours.items or Shape(), theirs.items or Shape(), True)
    return lines


def diff_enum(path: str, subject: str, ours: EnumValues, theirs: EnumValues) -> list[str]:
    """Enum values added or removed upstream, or an enum constraint appearing or vanishing."""
    if ours is None and theirs is None:
        return []
    if ours is None:
        return [f"~ {subject}: enum added upstream: {', '.join(sorted(theirs or ()))}"]
    if theirs is None:
        return [f"~ {subject}: enum dropped upstream (any value allowed)"]
    added = [f"+ enum value {path}: {value}" for value in sorted(theirs - ours)]
    removed = [f"- enum value {path}: {value}" for value in sorted(ours - theirs)]
    return added + removed


def renamed_fields(ours: Shape, theirs: Shape) -> dict[str, str]:
    """Our field -> upstream's, for a field removed and one added at the same position with the same type."""
    mine, yours = list(ours.properties), list(theirs.properties)
    pairs: dict[str, str] = {}
    for index, name in enumerate(mine):
        if name in theirs.properties or index >= len(yours) or yours[index] in ours.properties:
            continue
        other = yours[index]
        if type_text(ours.properties[name]) == type_text(theirs.properties[other]):
            pairs[name] = other
    return pairs


def diff_properties(path: str, ours: Shape, theirs: Shape) -> list[str]:
    """Fields added, removed, renamed, made required or optional, and the differences inside common fields."""
    lines: list[str] = []
    renamed = renamed_fields(ours, theirs)
    for old, new in renamed.items():
        lines.append(f"~ field {path}.{old} renamed -> {new}")
        if (old in ours.required) != (new in theirs.required):
            lines.append(f"~ field {path}.{new}: made {'required' if new in theirs.required else 'optional'}")
        lines += diff_shape(f"{path}.{new}", ours.properties[old], theirs.properties[new], True)
    for name in sorted((ours.properties.keys() | theirs.properties.keys()) - {*renamed, *renamed.values()}):
        where = f"{path}.{name}"
        if name not in theirs.properties:
            lines.append(f"- field {where} removed")
        elif name not in ours.properties:
            required = " (required)" if name in theirs.required else ""
            lines.append(f"+ field {where} added upstream{required}")
        else:
            if name in theirs.required and name not in ours.required:
                lines.append(f"~ field {where}: made required")
            elif name in ours.required and name not in theirs.required:
                lines.append(f"~ field {where}: made optional")
            lines += diff_shape(where, ours.properties[name], theirs.properties[name], True)
    return lines


# --------------------------------------------------------------------------- operations


@dataclass
class Param:
    """The facts of one parameter."""

    name: str
    location: str
    required: bool
    shape: Shape


def parameters(doc: JsonDict, op: JsonDict) -> dict[tuple[str, str], Param]:
    """An operation's parameters keyed by (in, name); operation-level ones win over path-level."""
    params: dict[tuple[str, str], Param] = {}
    for raw in op.get("parameters", []):
        param = deref(doc, raw)
        name, location = str(param.get("name", "")), str(param.get("in", ""))
        schema: object = param.get("schema")
        if schema is None:
            media = as_dict(param.get("content"))
            schema = as_dict(next(iter(media.values()), {})).get("schema")
        required = param.get("required") is True or location == "path"
        params[(location, name)] = Param(name, location, required, shape_of(schema, doc))
    return params


def param_text(param: Param) -> str:
    """A parameter for humans, e.g. `query maxPageSize (integer, optional)`."""
    need = "required" if param.required else "optional"
    return f"{param.location} {param.name} ({type_text(param.shape)}, {need})"


def diff_param(ours: Param, theirs: Param) -> list[str]:
    """Differences between two parameters matched by place, named after the upstream name."""
    label = f"parameter {theirs.name}"
    lines: list[str] = []
    if ours.location != theirs.location:
        lines.append(f"~ {label}: in {ours.location} -> {theirs.location}")
    if ours.required != theirs.required:
        lines.append(f"~ {label}: required {str(ours.required).lower()} -> {str(theirs.required).lower()}")
    return lines + diff_shape(label, ours.shape, theirs.shape)


ParamKey = tuple[str, frozenset[str], frozenset[str]]


def rename_key(param: Param) -> ParamKey:
    """What must stay equal for a removed and an added parameter to be one renamed parameter."""
    return (param.location, param.shape.types, param.shape.formats)


def pair_moved(removed: list[Param], added: list[Param]) -> list[tuple[Param, Param]]:
    """Pair a removed and an added parameter with the same name (it moved to another `in`)."""
    pairs: list[tuple[Param, Param]] = []
    for old in removed:
        taken = [new for _, new in pairs]
        new = next((p for p in added if p.name == old.name and all(p is not t for t in taken)), None)
        if new is not None:
            pairs.append((old, new))
    return pairs


def pair_renamed(removed: list[Param], added: list[Param]) -> list[tuple[Param, Param]]:
    """Pair a removed and an added parameter that are alone in their place (`in`) with their type."""
    pairs = []
    for old in removed:
        gone = [p for p in removed if rename_key(p) == rename_key(old)]
        new = [p for p in added if rename_key(p) == rename_key(old)]
        if len(gone) == 1 and len(new) == 1:
            pairs.append((old, new[0]))
    return pairs


def without(params: list[Param], dropped: list[Param]) -> list[Param]:
    """The parameters that are not (by identity) among the dropped ones."""
    return [p for p in params if all(p is not d for d in dropped)]


def diff_parameters(ours: dict[tuple[str, str], Param], theirs: dict[tuple[str, str], Param]) -> list[str]:
    """Parameters added, removed, renamed, moved or changed."""
    lines: list[str] = []
    for key in sorted(ours.keys() & theirs.keys()):
        lines += diff_param(ours[key], theirs[key])
    removed = [ours[k] for k in sorted(ours.keys() - theirs.keys())]
    added = [theirs[k] for k in sorted(theirs.keys() - ours.keys())]
    pairs = pair_moved(removed, added)
    removed, added = without(removed, [old for old, _ in pairs]), without(added, [new for _, new in pairs])
    renamed = pair_renamed(removed, added)
    removed, added = (
        without(removed, [old for old, _ in renamed]),
        without(added, [new for _, new in renamed]),
    )
    for old, new in pairs + renamed:
        if old.name != new.name:
            lines.append(f"~ parameter ({new.location}) renamed {old.name} -> {new.name}")
        lines += diff_param(old, new)
    lines += [f"+ parameter {param_text(p)} added upstream" for p in added]
    lines += [f"- parameter {param_text(p)} removed" for p in removed]
    return lines
