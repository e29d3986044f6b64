"""Old names the spec keeps for one release after a rename: checked, then handed to the templates.

The notation (docs/maintainers.md, "Renaming with a deprecation"):

    paths: ... an operation:
      x-volteras:
        method: factory_options
        deprecated_names:                       # kept for one release, each use warning
          method: options                       # the method's old name
          arguments: {tag_key: tag_name}        # an argument's old name: its new name
    components: schemas: Vehicle: properties:
      manufacturer:
        type: string
        x-volteras: {deprecated_name: make}     # the field's old Python name

The generated code keeps each old name working through `volteras._deprecation`: a model's old
field name is a property and a constructor keyword, an old method name forwards to the new
method (and stays a hidden CLI sub-command), an old argument name is accepted as the new one.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import Any

import _generator as gen

OPERATION_KEYS = frozenset({"method", "arguments"})
# The names a generated method takes besides its spec arguments: `wait`, `wait_timeout` for
# commands (templates/resources.py.jinja) and the per-call options (`RequestOptions`, which
# tests/golden/test_deprecations.py holds to this list).
CALL_KEYWORDS = frozenset({"wait", "wait_timeout", "timeout", "deadline", "extra_headers", "extra_query"})
# What a model class has besides its fields (templates/model.py.jinja).
MODEL_ATTRIBUTES = frozenset({"to_dict", "from_dict", "additional_properties", "additional_keys"})


class Refused(Exception):
    """An old name the generated code could not keep: one problem per line."""


def _name_problem(value: Any) -> str | None:
    if not (isinstance(value, str) and value.isidentifier()) or keyword.iskeyword(value):
        return f"{value!r} is not a Python identifier"
    if value.startswith("_"):
        return f"{value!r} starts with an underscore (a private name)"
    return None


def check(spec: dict[str, Any], reserved_methods: frozenset[str]) -> list[str]:
    """Problems with the spec's old names that need no generator to see (placement, shape, names)."""
    problems: list[str] = []
    taken: dict[str, set[Any]] = {}  # resource -> its method names, new and old
    for item in spec.get("paths", {}).values():
        for op in item.values():
            x = op.get("x-volteras") if isinstance(op, dict) else None
            if isinstance(x, dict) and "resource" in x:
                taken.setdefault(x["resource"], set()).add(x.get("method"))
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            x = op.get("x-volteras") if isinstance(op, dict) else None
            if isinstance(x, dict) and "deprecated_names" in x:
                where = f"{method.upper()} {path}: x-volteras deprecated_names"
                problems += _operation_problems(where, x, taken, reserved_methods)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        olds: set[str] = set()
        for wire, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "x-volteras" in prop:
                where = f"#/components/schemas/{name}/properties/{wire}: x-volteras"
                problems += _property_problems(where, prop["x-volteras"], olds)
    problems += _misplaced(spec)
    return problems


def _operation_problems(
    where: str, x: dict[str, Any], taken: dict[str, set[Any]], reserved: frozenset[str]
) -> list[str]:
    names = x["deprecated_names"]
    if not isinstance(names, dict) or not names or set(names) - OPERATION_KEYS:
        return [f"{where}: a mapping of {' and/or '.join(sorted(OPERATION_KEYS))}, not {names!r}"]
    problems = []
    old = names.get("method")
    if old is not None:
        problem = _name_problem(old)
        if problem is None and (old in reserved or old in taken.get(x.get("resource", ""), set())):
            problem = f"{x.get('resource')}.{old} is taken"
        if problem:
            problems.append(f"{where} method: {problem}")
        taken.setdefault(x.get("resource", ""), set()).add(old)
    arguments = names.get("arguments", {})
    if not isinstance(arguments, dict) or not all(isinstance(new, str) for new in arguments.values()):
        return [*problems, f"{where} arguments: a mapping of old name to new name, not {arguments!r}"]
    for old_argument in arguments:
        problem = _name_problem(old_argument)
        if problem is None and old_argument in CALL_KEYWORDS:
            problem = f"{old_argument!r} is a keyword every call takes"
        if problem:
            problems.append(f"{where} arguments: {problem}")
    return problems


def _property_problems(where: str, x: Any, olds: set[str]) -> list[str]:
    """`olds`: the old names of the schema's properties seen so far (this one's is added)."""
    if not isinstance(x, dict) or set(x) != {"deprecated_name"}:
        return [f"{where}: a property's x-volteras holds only deprecated_name, not {x!r}"]
    old = x["deprecated_name"]
    problem = _name_problem(old)
    if problem is None and old in MODEL_ATTRIBUTES:
        problem = f"{old!r} is a method every model has"
    elif problem is None and old in olds:
        problem = f"{old!r} is the old name of another field"
    olds.add(str(old))
    return [f"{where} deprecated_name: {problem}"] if problem else []


def _misplaced(spec: dict[str, Any]) -> list[str]:
    """`x-volteras` anywhere but on an operation or a component schema's property means nothing."""
    allowed: set[int] = set()
    for item in spec.get("paths", {}).values():
        allowed |= {id(op) for op in item.values() if isinstance(op, dict)}
    for schema in spec.get("components", {}).get("schemas", {}).values():
        allowed |= {id(prop) for prop in (schema.get("properties") or {}).values()}
    problems = []
    stack: list[tuple[str, Any]] = [("#", spec)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            if "x-volteras" in node and id(node) not in allowed:
                problems.append(f"{where}: x-volteras is read only on operations and schema properties")
            stack += [(f"{where}/{key}", value) for key, value in node.items()]
        elif isinstance(node, list):
            stack += [(f"{where}/{index}", value) for index, value in enumerate(node)]
    return sorted(problems)


def old_fields(spec: dict[str, Any]) -> Callable[[Any], dict[str, list[dict[str, str]]]]:
    """`{"old_fields": [...]}` of a model, for templates/model.py.jinja: each old name, the field
    (`new`) it stands for and the field's type."""
    renames: dict[str, dict[str, str]] = {}  # the generator's model name -> {wire name: old name}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for wire, prop in (schema.get("properties") or {}).items():
            old = prop.get("x-volteras", {}).get("deprecated_name") if isinstance(prop, dict) else None
            if old:
                renames.setdefault(f"/components/schemas/{name}", {})[wire] = old

    def of(model: Any) -> dict[str, list[dict[str, str]]]:
        wanted = renames.get(gen.wire_name(model), {})
        props = {gen.wire_name(prop): prop for prop in gen.fields(model)}
        names = {gen.python_name(prop) for prop in props.values()}
        taken = sorted(old for old in wanted.values() if old in names)
        if taken:
            raise Refused(f"{gen.class_name(model)}: deprecated_name {taken[0]!r} is a field of the model")
        found = [
            {"old": old, "new": gen.python_name(props[wire]), "type": gen.annotation(props[wire])}
            for wire, old in wanted.items()
        ]
        return {"old_fields": sorted(found, key=lambda f: f["old"])}

    return of


def operation_old_names(op: dict[str, Any], x: dict[str, Any]) -> dict[str, Any]:
    """An operation's old method name ("" if none) and old arguments [(old, new)], for the templates."""
    names = x.get("deprecated_names") or {}
    arguments: dict[str, str] = names.get("arguments") or {}
    have = {a["name"] for a in op["arguments"]}
    where = f"{op['method']} {op['path']}: x-volteras deprecated_names arguments"
    problems = [f"{where}: {old!r} is still an argument" for old in arguments if old in have]
    problems += [f"{where}: {new!r} is no argument" for new in arguments.values() if new not in have]
    if problems:
        raise Refused("\n".join(problems))
    return {"old_name": names.get("method") or "", "old_arguments": sorted(arguments.items())}
