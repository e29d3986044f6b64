"""Report where the published Volteras Connect API has drifted from spec/volteras.yaml.

Why: spec/volteras.yaml is written by hand, and the SDK is generated from it. When the
published API changes (a new enum value, a dropped field, a new command endpoint), nothing
else tells us; this script compares the FACTS our spec states with the published OpenAPI
document so the SDK can follow.

Usage:

    python scripts/check_drift.py UPSTREAM [--ours spec/volteras.yaml]

UPSTREAM is a file path or an http(s) URL of an OpenAPI 3.x document, JSON or YAML. Exit
status: 0 no drift (one "no drift: N operations compared" line), 1 drift, 2 unusable input
(a one-line reason on stderr). Drift is printed one line per difference (`+` added upstream,
`-` removed upstream, `~` changed), indented under its heading: `operations`, or the
`METHOD /path` of the operation; operations with the very same differences (one schema
returned by many) share one block, their headings printed one after the other.

What is compared: the set of operations, matched by (method, path), whatever their tags
(`+ operation added upstream`, `- operation removed upstream`); then, for every operation both
have: parameters (name, in, required, type; a lone removed+added pair in one place with one type
is a rename), request body (presence, required, content type, schema), the set of response
status codes (`default` aside: errors are one shared envelope, not facts per code), and the
application/json schema of every 2xx code both have (`response` for 200, `response 202`
for 202). Schemas are compared structurally after resolving every `$ref`, so every schema an
operation reaches is covered: fields added / removed / made required or optional, types (the
set of JSON types, "null" included, plus `format`), and enum values, so
`anyOf: [{$ref: Enum}, {type: string}]` equals a plain `$ref: Enum`. Names of operations, tags
and components, descriptions and titles are not facts and are ignored. In `~ A -> B` lines, A
is ours and B is upstream.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "spec" / "volteras.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TYPE_ORDER = ("string", "integer", "number", "boolean", "object", "array", "null")
FETCH_TIMEOUT = 30.0

JsonDict = dict[str, Any]
EnumValues = frozenset[str] | None  # canonical JSON text of each value; None: no enum applies


class InputError(Exception):
    """An input document that cannot be compared; the message is the one-line reason."""


# --------------------------------------------------------------------------- loading


def read_source(source: str) -> bytes:
    """Return the raw bytes of a local file or an http(s) URL."""
    if urllib.parse.urlsplit(source).scheme in ("http", "https"):
        try:
            with urllib.request.urlopen(source, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
                body: bytes = response.read()
                return body
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(f"{source}: cannot fetch: {one_line(exc)}") from exc
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or one_line(exc)}") from exc


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its class name."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def parse_document(raw: bytes, source: str) -> object:
    """Parse JSON, or YAML when the content is not JSON."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not JSON or YAML (not UTF-8 text)") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as json_error:
        if text.lstrip().startswith(("{", "[")):
            raise InputError(f"{source}: not valid JSON: {json_error}") from json_error
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: not JSON or YAML: {yaml_problem(exc)}") from exc


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A one-line description of a YAML error."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        where = f" at line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        return f"{exc.problem}{where}"
    return one_line(exc)


def stringify_keys(node: object) -> object:
    """Make every mapping key a string (YAML reads `200:` as the integer 200)."""
    if isinstance(node, dict):
        return {str(key): stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [stringify_keys(item) for item in node]
    return node


def check_openapi(document: object, source: str) -> JsonDict:
    """Return the document if it is an OpenAPI 3.x document, else raise InputError."""
    if not isinstance(document, dict):
        kind = type(document).__name__
        raise InputError(f"{source}: not an OpenAPI 3.x document (top level is {kind}, not a mapping)")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise InputError(f"{source}: not an OpenAPI 3.x document (openapi version is {version!r})")
    if not isinstance(document.get("paths"), dict):
        raise InputError(f"{source}: not an OpenAPI 3.x document (no paths object)")
    return document


def load_openapi(source: str) -> JsonDict:
    """Read, parse and check one OpenAPI 3.x document."""
    document = stringify_keys(parse_document(read_source(source), source))
    return check_openapi(document, source)


# --------------------------------------------------------------------------- references


def as_dict(node: object) -> JsonDict:
    """The node if it is a mapping, else an empty one."""
    return node if isinstance(node, dict) else {}


def as_list(node: object) -> list[Any]:
    """The node if it is a list, else an empty one."""
    return node if isinstance(node, list) else []


def resolve_pointer(doc: JsonDict, ref: str) -> object:
    """The node a local `#/...` reference points at."""
    if not ref.startswith("#"):
        raise InputError(f"unsupported non-local $ref {ref!r}")
    node: object = doc
    for raw_part in urllib.parse.unquote(ref[1:]).split("/")[1:]:
        part = raw_part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise InputError(f"unresolvable $ref {ref!r}")
    return node


def deref(doc: JsonDict, node: object) -> JsonDict:
    """Follow `$ref` chains (parameters, responses, request bodies, path items) to a mapping."""
    seen: set[str] = set()
    current = as_dict(node)
    while isinstance(current.get("$ref"), str):
        ref: str = current["$ref"]
        if ref in seen:
            raise InputError(f"circular $ref {ref!r}")
        seen.add(ref)
        current = as_dict(resolve_pointer(doc, ref))
    return current


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
    names = sorted({name for shape in shapes for name in shape.properties})
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


def diff_properties(path: str, ours: Shape, theirs: Shape) -> list[str]:
    """Fields added, removed, made required or optional, and the differences inside common fields."""
    lines: list[str] = []
    for name in sorted(ours.properties.keys() | theirs.properties.keys()):
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


def operations(doc: JsonDict) -> dict[tuple[str, str], JsonDict]:
    """Every operation of a document, keyed by (METHOD, path), with path-level parameters merged."""
    found: dict[tuple[str, str], JsonDict] = {}
    for path, raw_item in as_dict(doc.get("paths")).items():
        item = deref(doc, raw_item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = dict(item[method])
                op["parameters"] = as_list(item.get("parameters")) + as_list(op.get("parameters"))
                found[(method.upper(), str(path))] = op
    return found


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


def request_body(doc: JsonDict, op: JsonDict) -> JsonDict | None:
    """The resolved request body of an operation, if it has one."""
    return deref(doc, op["requestBody"]) if "requestBody" in op else None


def body_media(doc: JsonDict, body: JsonDict) -> dict[str, Shape]:
    """A request body's schema shapes keyed by content type."""
    content = as_dict(body.get("content"))
    return {str(kind): shape_of(as_dict(media).get("schema"), doc) for kind, media in sorted(content.items())}


def diff_body(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """Request body presence, required, content types and schema."""
    ours, theirs = request_body(ours_doc, ours_op), request_body(up_doc, up_op)
    if ours is None and theirs is None:
        return []
    if theirs is None:
        return ["- request body removed"]
    if ours is None:
        kinds = ", ".join(as_dict(theirs.get("content"))) or "no content"
        need = "required" if theirs.get("required") is True else "optional"
        return [f"+ request body added upstream ({kinds}, {need})"]
    lines: list[str] = []
    mine, yours = bool(ours.get("required")), bool(theirs.get("required"))
    if mine != yours:
        lines.append(f"~ request body: required {str(mine).lower()} -> {str(yours).lower()}")
    our_media, up_media = body_media(ours_doc, ours), body_media(up_doc, theirs)
    if len(our_media) == 1 and len(up_media) == 1 and our_media.keys() != up_media.keys():
        (old_kind, old_shape), (new_kind, new_shape) = *our_media.items(), *up_media.items()
        lines.append(f"~ request body content type: {old_kind} -> {new_kind}")
        return lines + diff_shape("body", old_shape, new_shape)
    for kind in sorted(our_media.keys() | up_media.keys()):
        if kind not in up_media:
            lines.append(f"- request body content type {kind} removed")
        elif kind not in our_media:
            lines.append(f"+ request body content type {kind} added upstream")
        else:
            lines += diff_shape("body", our_media[kind], up_media[kind])
    return lines


def status_codes(doc: JsonDict, op: JsonDict) -> dict[str, JsonDict]:
    """An operation's resolved responses keyed by status code, `default` left out (errors are
    documented once, as the shared envelope, not per code)."""
    responses = as_dict(op.get("responses"))
    return {code: deref(doc, response) for code, response in responses.items() if code != "default"}


def json_schema(response: JsonDict) -> tuple[bool, object]:
    """Whether a response has an application/json body, and its schema."""
    media = as_dict(response.get("content"))
    if "application/json" not in media:
        return False, None
    return True, as_dict(media["application/json"]).get("schema")


def code_sort_key(code: str) -> tuple[int, str]:
    """Numeric status codes in order, patterns such as `2XX` after them."""
    return (int(code), code) if code.isdigit() else (1000, code)


def diff_responses(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """Status codes added or removed, and the application/json schema of every 2xx code both have.
    The 200 body is `response`, any other code's is `response CODE`."""
    ours, theirs = status_codes(ours_doc, ours_op), status_codes(up_doc, up_op)
    lines: list[str] = []
    for code in sorted(ours.keys() | theirs.keys(), key=code_sort_key):
        if code not in theirs:
            lines.append(f"- response {code} removed")
        elif code not in ours:
            lines.append(f"+ response {code} added upstream")
        elif code.startswith("2"):
            lines += diff_body_of(code, ours_doc, ours[code], up_doc, theirs[code])
    return lines


def diff_body_of(
    code: str, ours_doc: JsonDict, ours: JsonDict, up_doc: JsonDict, theirs: JsonDict
) -> list[str]:
    """The application/json schema of one status code present on both sides."""
    (have_ours, our_schema), (have_theirs, up_schema) = json_schema(ours), json_schema(theirs)
    if not have_ours and not have_theirs:
        return []
    if not have_theirs:
        return [f"- response {code} application/json removed"]
    if not have_ours:
        return [f"+ response {code} application/json added upstream"]
    label = "response" if code == "200" else f"response {code}"
    return diff_shape(label, shape_of(our_schema, ours_doc), shape_of(up_schema, up_doc))


def diff_operation(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """Every difference of facts between our operation and upstream's."""
    return (
        diff_parameters(parameters(ours_doc, ours_op), parameters(up_doc, up_op))
        + diff_body(ours_doc, ours_op, up_doc, up_op)
        + diff_responses(ours_doc, ours_op, up_doc, up_op)
    )


def op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    """Sort operations by path, then by the usual order of HTTP methods."""
    method, path = key
    return path, HTTP_METHODS.index(method.lower())


def diff_operation_sets(
    ours: dict[tuple[str, str], JsonDict], upstream: dict[tuple[str, str], JsonDict]
) -> list[str]:
    """Operations upstream has and we do not, and ours that upstream no longer has, whatever their tags."""
    lines: list[str] = []
    for key in sorted(ours.keys() | upstream.keys(), key=op_sort_key):
        method, path = key
        if key not in upstream:
            lines.append(f"- operation removed upstream: {method} {path}")
        elif key not in ours:
            lines.append(f"+ operation added upstream: {method} {path}")
    return lines


def compare(ours_doc: JsonDict, up_doc: JsonDict) -> tuple[dict[str, list[str]], int]:
    """The differences grouped by heading (`operations`, or `METHOD path`), and how many
    operations of ours were compared."""
    ours, upstream = operations(ours_doc), operations(up_doc)
    report: dict[str, list[str]] = {}
    if lines := diff_operation_sets(ours, upstream):
        report["operations"] = lines
    matched = sorted(ours.keys() & upstream.keys(), key=op_sort_key)
    for key in matched:
        if lines := diff_operation(ours_doc, ours[key], up_doc, upstream[key]):
            report[f"{key[0]} {key[1]}"] = lines
    return report, len(matched)


def group_headings(report: dict[str, list[str]]) -> dict[tuple[str, ...], list[str]]:
    """Headings that share exactly the same differences (one schema used by many operations),
    in order of first appearance."""
    by_lines: dict[tuple[str, ...], list[str]] = {}
    for heading, lines in report.items():
        by_lines.setdefault(tuple(lines), []).append(heading)
    return {tuple(headings): list(lines) for lines, headings in by_lines.items()}


def plural(count: int, noun: str) -> str:
    """`1 place`, `2 places`."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render(report: dict[str, list[str]], compared: int) -> str:
    """The text printed on stdout: headings, then their differences indented, then a summary."""
    if not report:
        return f"no drift: {plural(compared, 'operation')} compared\n"
    blocks = [
        "".join(f"{heading}\n" for heading in headings) + "".join(f"  {line}\n" for line in lines)
        for headings, lines in group_headings(report).items()
    ]
    count = sum(len(lines) for lines in report.values())
    summary = f"drift: {plural(count, 'difference')} in {plural(len(report), 'place')}"
    return "\n".join(blocks) + f"\n{summary} ({plural(compared, 'operation')} compared)\n"


def main(argv: list[str] | None = None) -> int:
    """Compare, print, and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("upstream", metavar="UPSTREAM", help="path or http(s) URL of the published document")
    parser.add_argument("--ours", default=str(DEFAULT_OURS), help="our spec (default: spec/volteras.yaml)")
    args = parser.parse_args(argv)
    try:
        ours_doc, up_doc = load_openapi(args.ours), load_openapi(args.upstream)
        report, compared = compare(ours_doc, up_doc)
    except InputError as exc:
        print(f"check_drift: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(report, compared))
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
