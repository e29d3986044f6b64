"""The spec's facts as tables, for the hand-written SDK and the simulator (`make generate` calls this).

Kept apart from generate.py, which drives openapi-python-client: this module reads the spec as
plain data and only asks the generator which class it named after each schema.

- `enum_facts`: what `x-volteras-values` says about each enum value (`final`, `description`,
  `status`), handed to our `str_enum.py.jinja`, which writes it beside the enum
  (`FINAL`, `DESCRIPTIONS`, `STATUS`).
- `write_tables`: `facts.py` (the listing filter's grammar, from `x-volteras-filter`, and the
  page size bounds, from `x-volteras-page-size`), `webhooks.py` (the events of the spec's
  `webhooks:`, worked out by webhook_table.py) and
  `operations.py`, the simulator's operation table: per operationId its method, path
  template, kind, scopes, parameters, request body, success statuses and answer, every schema
  with the free-string branch of its open enums removed (what a request must match), each
  written by a template of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import _generator as gen
import webhook_table

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
VALUE_FACTS: Mapping[str, type] = {"final": bool, "description": str, "status": int}
"""What `x-volteras-values` may say about an enum value, and its type."""
KEPT = frozenset(
    {
        "type", "format", "enum", "const", "properties", "required", "items", "anyOf", "$ref",
        "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "additionalProperties", "default", "example",
        "examples", "contentMediaType",
    }
)  # fmt: skip
"""The schema keywords the simulator reads; prose and extensions stay out of its table."""
SCHEMA_REF = "#/components/schemas/"


class TableError(Exception):
    """The spec breaks a rule the tables depend on; generate.py reports it as a spec error."""


def snake(name: str) -> str:
    """`maxPageSize` -> `max_page_size`, `tagKey` -> `tag_key`; snake_case stays as it is."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def argument_name(wire: str, rename: Mapping[str, str]) -> str:
    """The SDK's name for a parameter or body field: the mapping's `rename`, `page_size` for every
    listing's maxPageSize, else the wire name in snake_case. generate.py names arguments with it."""
    if wire == "maxPageSize":
        return "page_size"
    return rename.get(wire, snake(wire))


# --------------------------------------------------------------------------- enum values


def enum_facts(spec: Mapping[str, Any], openapi: Any) -> dict[str, dict[str, Any]]:
    """Enum class name -> its per-value facts, ready for `str_enum.py.jinja`.

    `x-volteras-values` maps an enum value to what we know about it; each fact becomes one
    constant beside the enum, keyed by members: `final` -> `FINAL` (a frozenset),
    `description` -> `DESCRIPTIONS`, `status` -> `STATUS` (mappings).
    """
    members = {gen.schema_name(e): (gen.class_name(e), gen.enum_members(e)) for e in gen.enums(openapi)}
    found: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        values = schema.get("x-volteras-values")
        if values is None:
            continue
        if name not in members or not isinstance(values, dict):
            problems.append(f"{name}: x-volteras-values belongs on an enum, as a mapping of its values")
            continue
        class_name, keys = members[name]
        key_of = {value: key for key, value in keys.items()}
        facts: dict[str, Any] = {"final": [], "description": [], "status": []}
        for value, said in values.items():
            if value not in key_of:
                problems.append(f"{name}: x-volteras-values names {value!r}, which is not one of its values")
                continue
            for fact, given in (said or {}).items():
                kind = VALUE_FACTS.get(fact)
                if kind is None or type(given) is not kind:
                    problems.append(f"{name}.{value}: {fact}: {given!r} is not a known fact of its type")
                elif fact != "final":
                    facts[fact].append((key_of[value], given))
                elif given:
                    facts[fact].append(key_of[value])
        found[class_name] = facts
    if problems:
        raise TableError("\n".join(problems))
    return found


# --------------------------------------------------------------------------- schemas


def _ref_name(ref: str) -> str:
    if not ref.startswith(SCHEMA_REF):
        raise TableError(f"{ref}: the simulator's table follows only component schemas")
    return ref.removeprefix(SCHEMA_REF)


def closed(node: Any, enums: frozenset[str]) -> Any:
    """A schema as a request must match it: the keywords the simulator reads, `$ref`s as bare
    schema names, and no free-string branch beside an enum (the closed branch of an open enum)."""
    if isinstance(node, list):
        return [closed(item, enums) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in KEPT:
            continue
        if key == "$ref":
            out[key] = _ref_name(value)
        elif key == "properties":
            out[key] = {name: closed(sub, enums) for name, sub in value.items()}
        elif key == "anyOf":
            branches = [closed(branch, enums) for branch in value]
            if any(branch.get("$ref") in enums for branch in branches):
                branches = [b for b in branches if b != {"type": "string"}]
            out[key] = branches
        elif key in ("examples", "example", "default", "enum", "const"):
            out[key] = value
        else:
            out[key] = closed(value, enums)
    return out


def _deref(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


# --------------------------------------------------------------------------- operations


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield method.upper(), path, item[method]


def _security(spec: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[bool, list[str]]:
    """(public, scopes): public when no bearer scheme applies; the oauth2 scopes it needs."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    requirements = op.get("security", spec.get("security", []))
    scopes: list[str] = []
    bearer = False
    for requirement in requirements:
        for scheme, needed in requirement.items():
            if schemes.get(scheme, {}).get("type") == "oauth2":
                bearer = True
                scopes.extend(s for s in needed if s not in scopes)
    return not bearer, scopes


def _media_schema(media: Mapping[str, Any]) -> tuple[str, Any] | None:
    for content_type, body in media.items():
        schema = dict(body.get("schema") or {})
        if "example" in body and "example" not in schema:
            schema["example"] = body["example"]
        return str(content_type), schema
    return None


def _model_of(schema: Any, classes: Mapping[str, str]) -> tuple[str | None, bool]:
    """(class name, is a list) of the model a schema is, for `$ref` and arrays of `$ref`."""
    if not isinstance(schema, dict):
        return None, False
    if "$ref" in schema:
        return classes.get(_ref_name(schema["$ref"])), False
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict) and "$ref" in schema["items"]:
        return classes.get(_ref_name(schema["items"]["$ref"])), True
    return None, False


def _command(spec: Mapping[str, Any], method: str, path: str) -> str:
    """The Command a command operation creates: its path's `:<action>`, upper-cased."""
    action = path.rpartition(":")[2]
    value = action.upper().replace("-", "_")
    commands = spec.get("components", {}).get("schemas", {}).get("Command", {}).get("enum", [])
    if ":" not in path or value not in commands:
        raise TableError(f"{method} {path}: a command's path ends in :<action>, one of the Command enum")
    return value


def operation_table(spec: Mapping[str, Any], classes: Mapping[str, str]) -> list[dict[str, Any]]:
    """One entry per operation, in spec order, ready for `operations.py.jinja`."""
    schemas = spec.get("components", {}).get("schemas", {})
    enums = frozenset(name for name, schema in schemas.items() if "enum" in schema)
    table: list[dict[str, Any]] = []
    for method, path, op in _operations(spec):
        x = op.get("x-volteras", {})
        rename: Mapping[str, str] = x.get("rename") or {}
        public, scopes = _security(spec, op)
        parameters = []
        for raw in op.get("parameters", []):
            param = _deref(spec, raw)
            wire = param["name"]
            parameters.append(
                {
                    "name": wire,
                    "location": param["in"],
                    "argument": argument_name(wire, rename),
                    "required": bool(param.get("required")) or param["in"] == "path",
                    "schema": closed(param.get("schema", {}), enums),
                }
            )
        body = None
        if "requestBody" in op:
            request = _deref(spec, op["requestBody"])
            content_type, schema = _media_schema(request.get("content", {})) or ("", {})
            model, _ = _model_of(schema, classes)
            body = {
                "content_type": content_type,
                "required": bool(request.get("required")),
                "schema": closed(schema, enums),
                "model": model,
            }
        answers = []
        model, many = None, False
        for code, response in op.get("responses", {}).items():
            if not str(code).isdigit() or not 200 <= int(code) < 300:
                continue
            media = _media_schema(_deref(spec, response).get("content", {}))
            answers.append((int(code), None if media is None else closed(media[1], enums)))
            if media is not None and model is None:
                model, many = _model_of(media[1], classes)
        table.append(
            {
                "id": op["operationId"],
                "method": method,
                "path": path,
                "kind": x.get("kind"),
                "paging": x.get("paging"),
                "public": public,
                "scopes": scopes,
                "parameters": parameters,
                "body": body,
                "answers": answers,
                "model": model,
                "many": many,
                "command": _command(spec, method, path) if x.get("kind") == "command" else None,
            }
        )
    return table


FILTER_CLASSES = ("nullTest", "comparison", "pattern")
"""The classes of filter operator: what a condition with one takes (no value, a value, a pattern)."""


def filter_grammar(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The listing filter's operators (with the class of each) and functions, from the one
    `x-volteras-filter` there is."""
    found = [
        param["x-volteras-filter"]
        for param in spec.get("components", {}).get("parameters", {}).values()
        if "x-volteras-filter" in param
    ]
    if (
        len(found) != 1
        or not isinstance(found[0].get("operators"), dict)
        or not isinstance(found[0].get("functions"), list)
    ):
        raise TableError(
            "one shared parameter must carry x-volteras-filter: "
            "{operators: {operator: class}, functions: [...]}"
        )
    operators: dict[str, str] = found[0]["operators"]
    unknown = {op: kind for op, kind in operators.items() if kind not in FILTER_CLASSES}
    if unknown:
        raise TableError(
            f"x-volteras-filter: operators of no known class {unknown}; the classes: {FILTER_CLASSES}"
        )
    classes = {kind: [op for op, of in operators.items() if of == kind] for kind in FILTER_CLASSES}
    return {"operators": list(operators), "classes": classes, "functions": list(found[0]["functions"])}


def page_size_bounds(spec: Mapping[str, Any]) -> dict[str, int]:
    """The default and largest page size, from the one `x-volteras-page-size` there is."""
    found = [
        param["x-volteras-page-size"]
        for param in spec.get("components", {}).get("parameters", {}).values()
        if "x-volteras-page-size" in param
    ]
    if len(found) != 1 or not all(type(found[0].get(k)) is int for k in ("default", "maximum")):
        raise TableError("one shared parameter must carry x-volteras-page-size: {default: int, maximum: int}")
    bounds = {"default": found[0]["default"], "maximum": found[0]["maximum"]}
    if not 1 <= bounds["default"] <= bounds["maximum"]:
        raise TableError(f"x-volteras-page-size: expected 1 <= default <= maximum, not {bounds}")
    return bounds


def prepare(env: Any, spec: Mapping[str, Any], openapi: Any) -> None:
    """What our templates need before the generator renders them: the enum facts, `pyrepr`."""
    env.globals["volteras_enum_facts"] = enum_facts(spec, openapi)
    env.filters["pyrepr"] = repr


def write_tables(spec: Mapping[str, Any], openapi: Any, env: Any, build: Path) -> None:
    """Write `facts.py`, `webhooks.py` and `operations.py` into the generated package at `build`."""
    classes = {gen.schema_name(model): gen.class_name(model) for model in gen.models(openapi)}
    components = spec.get("components", {}).get("schemas", {})
    enums = frozenset(name for name, schema in components.items() if "enum" in schema)
    schemas = {name: closed(schema, enums) for name, schema in components.items()}
    facts = env.get_template("facts.py.jinja").render(
        grammar=filter_grammar(spec), page_size=page_size_bounds(spec)
    )
    (build / "facts.py").write_text(facts)
    models = {gen.schema_name(m): (gen.class_name(m), gen.module_name(m)) for m in gen.models(openapi)}
    try:
        events = webhook_table.event_table(spec, models)
    except webhook_table.EventError as exc:
        raise TableError(str(exc)) from None
    (build / "webhooks.py").write_text(env.get_template("webhooks.py.jinja").render(events=events))
    (build / "operations.py").write_text(
        env.get_template("operations.py.jinja").render(
            operations=operation_table(spec, classes), schemas=schemas
        )
    )
