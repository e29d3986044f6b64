"""openapi-python-client as scripts/generate.py drives it: the one module that knows its internals.

The generator (pinned in pyproject.toml) has no public API for running in-process, and what it
parses a spec into are its own classes. Everything generate.py needs from it goes through the
functions here: running it (config, parsed spec, the Jinja environment with `stock/` reaching
its own templates), and reading its properties, models and endpoints. Each internal is read with
`_attr`, which names the class and attribute when an upgrade has moved one, and `check()` runs
every reader over a small spec, so tests/golden/test_generator_adapter.py fails and says what
moved before `make generate` meets it.
"""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Iterator
from contextlib import redirect_stdout
from importlib.metadata import version
from pathlib import Path
from typing import Any

NAME = "openapi-python-client"

# What a property holds, by the generator's class for it (openapi_python_client.parser.properties).
KINDS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "NoneProperty": "none",
    "AnyProperty": "any",
    "DateTimeProperty": "datetime",
    "DateProperty": "date",
    "EnumProperty": "enum",
    "ConstProperty": "const",
    "ModelProperty": "model",
    "ListProperty": "list",
    "UnionProperty": "union",
}


class Moved(RuntimeError):
    """The installed generator lacks something this adapter reads: an upgrade moved or renamed it."""


def _where() -> str:
    return f"{NAME} {version(NAME)}"


def _attr(obj: Any, *names: str) -> Any:
    """`obj.a.b...`, or Moved naming the class and attribute that is gone."""
    for name in names:
        try:
            obj = getattr(obj, name)
        except AttributeError:
            raise Moved(
                f"{_where()}: {type(obj).__name__}.{name} is gone (scripts/_generator.py reads it)"
            ) from None
    return obj


def _symbol(module: str, name: str) -> Any:
    """`from module import name`, or Moved naming both."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        raise Moved(f"{_where()}: {module}.{name} is gone (scripts/_generator.py imports it)") from None


def text(value: Any) -> str:
    """The plain text of a name from the spec (the generator wraps them as UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def code(value: Any) -> str:
    """Python code the generator produced, as text (it wraps it as PythonCode)."""
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)


# --------------------------------------------------------------------------- running it


class Run:
    """The generator set up on one spec: its parsed form, and a project that renders our templates."""

    def __init__(self, spec: dict[str, Any], spec_path: Path, config_path: Path, templates: Path, out: Path):
        config_class = _symbol("openapi_python_client.config", "Config")
        config_file = _symbol("openapi_python_client.config", "ConfigFile")
        meta = _symbol("openapi_python_client.config", "MetaType")
        self.config = config_class.from_sources(
            config_file.load_from_path(config_path), meta.NONE, spec_path, "utf-8", True, out
        )
        data = _symbol("openapi_python_client.parser", "GeneratorData")
        parsed = data.from_dict(spec, config=self.config)
        if isinstance(parsed, _symbol("openapi_python_client.parser.errors", "GeneratorError")):
            raise ValueError(f"{_attr(parsed, 'header')}: {_attr(parsed, 'detail')}")
        self.openapi = parsed
        project = _symbol("openapi_python_client", "Project")
        self.project = project(openapi=parsed, config=self.config, custom_template_path=templates)
        self.env = _attr(self.project, "env")
        from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

        # "stock/<name>" reaches the generator's own template, so an override of ours can delegate
        # to it for everything it does not change instead of carrying a copy.
        self.env.loader = ChoiceLoader(
            [self.env.loader, PrefixLoader({"stock": PackageLoader("openapi_python_client")})]
        )

    def build(self, **template_globals: Any) -> list[str]:
        """Write the models and endpoints with `template_globals` visible to every template; the
        generator's warnings, as `header: detail` lines."""
        self.env.globals.update(template_globals)
        with redirect_stdout(io.StringIO()):
            errors = _attr(self.project, "build")()
        return [f"{_attr(e, 'header')}: {_attr(e, 'detail')}" for e in errors]

    def render(self, template: str, **context: Any) -> str:
        return str(self.env.get_template(template).render(**context))


# --------------------------------------------------------------------------- properties


def kind(prop: Any) -> str:
    """One of KINDS' values; Moved for a class this adapter does not know."""
    found = KINDS.get(type(prop).__name__)
    if found is None:
        raise Moved(f"{_where()}: property class {type(prop).__name__} is not one of {', '.join(KINDS)}")
    return found


def wire_name(prop: Any) -> str:
    return text(_attr(prop, "name"))


def python_name(prop: Any) -> str:
    return str(_attr(prop, "python_name"))


def required(prop: Any) -> bool:
    return bool(_attr(prop, "required"))


def annotation(prop: Any, *, no_optional: bool = False) -> str:
    """The field's type as the generator writes it (`None | str | Unset`)."""
    return code(_attr(prop, "get_type_string")(no_optional=no_optional))


def declaration(prop: Any) -> str:
    """`name: type = default` as the attrs class declares it."""
    return code(_attr(prop, "to_string")())


def has_default(prop: Any) -> bool:
    """The spec gives the field a default value."""
    return _attr(prop, "default") is not None


def docstring(prop: Any) -> str:
    """`name (type): description`, for the class docstring."""
    return str(_attr(prop, "to_docstring")())


def imports(prop: Any, prefix: str = "..") -> set[str]:
    """Import lines the field's annotation needs at the top of a module (enums, datetime)."""
    return set(_attr(prop, "get_imports")(prefix=prefix))


def arms(prop: Any) -> list[Any]:
    """A union's arms, in the spec's order."""
    return list(_attr(prop, "inner_properties"))


def item(prop: Any) -> Any:
    """A list's item property."""
    return _attr(prop, "inner_property")


def class_name(prop: Any) -> str:
    """The class a model or enum property names."""
    return code(_attr(prop, "class_info", "name"))


def module_name(prop: Any) -> str:
    """The module, under models/, of a model or enum property's class."""
    return str(_attr(prop, "class_info", "module_name"))


def enum_values(prop: Any) -> list[str]:
    """An enum's documented values, in the spec's order."""
    return [str(value) for value in _attr(prop, "values").values()]


def const_value(prop: Any) -> str:
    """The Python literal of a constant."""
    return code(_attr(prop, "value", "python_code"))


def model_import(prop: Any) -> str | None:
    """The import of the model class a property holds, alone or in a list."""
    target = item(prop) if kind(prop) == "list" else prop
    if kind(target) != "model":
        return None
    return f"from ..models.{module_name(target)} import {class_name(target)}"


# --------------------------------------------------------------------------- models


def models(openapi: Any) -> list[Any]:
    return list(_attr(openapi, "models"))


def enums(openapi: Any) -> list[Any]:
    return list(_attr(openapi, "enums"))


def enum_members(enum: Any) -> dict[str, str]:
    """An enum's member names and the values they stand for."""
    return dict(_attr(enum, "values"))


def schema_name(prop: Any) -> str:
    """The component schema a model or enum was made from (the generator names them by reference)."""
    return text(_attr(prop, "name")).removeprefix("/components/schemas/")


def fields(model: Any) -> list[Any]:
    """A model's properties: the required ones, then the others, each in the spec's order."""
    return [*_attr(model, "required_properties"), *_attr(model, "optional_properties")]


def extras(model: Any) -> Any | None:
    """The property extra fields are read as (`additionalProperties`), or None when there are none."""
    return _attr(model, "additional_properties") or None


def model_text(model: Any) -> dict[str, str]:
    """The description and example the spec gives a model ("" where it gives none)."""
    return {name: text(_attr(model, name) or "") for name in ("description", "example")}


def model_top_imports(model: Any) -> set[str]:
    """What a model's module imports before its class: enums, datetime, the types module."""
    return set(_attr(model, "relative_imports"))


def model_end_imports(model: Any) -> set[str]:
    """What it imports after its class: the models it holds, which may hold it in turn."""
    found = set(_attr(model, "lazy_imports"))
    more = extras(model)
    if more is not None and kind(more) != "any":
        found |= set(_attr(more, "get_lazy_imports")(prefix=".."))
    return found


# --------------------------------------------------------------------------- endpoints


def endpoints(openapi: Any) -> Iterator[tuple[str, Any]]:
    """(tag, endpoint) for every operation, grouped by tag as the generator groups them."""
    for tag, collection in _attr(openapi, "endpoint_collections_by_tag").items():
        for endpoint in _attr(collection, "endpoints"):
            yield str(tag), endpoint


def endpoint_name(endpoint: Any) -> str:
    """The operationId in snake_case: the request builder's module."""
    return str(_attr(endpoint, "name"))


def endpoint_method(endpoint: Any) -> str:
    return str(_attr(endpoint, "method")).upper()


def endpoint_path(endpoint: Any) -> str:
    return text(_attr(endpoint, "path"))


def endpoint_summary(endpoint: Any) -> str:
    return text(_attr(endpoint, "summary"))


def path_parameters(endpoint: Any) -> list[Any]:
    return list(_attr(endpoint, "path_parameters"))


def parameters(endpoint: Any) -> list[Any]:
    """Path parameters, then query parameters."""
    return [*_attr(endpoint, "path_parameters"), *_attr(endpoint, "query_parameters")]


def body(endpoint: Any) -> Any | None:
    """The model property of the request body, if the operation takes one."""
    bodies = _attr(endpoint, "bodies")
    return _attr(bodies[0], "prop") if bodies else None


def success(endpoint: Any) -> Any | None:
    """The property a 2xx answer parses into (None when no 2xx answer has a body)."""
    for response in _attr(endpoint, "responses", "patterns"):
        status = _attr(response, "status_code", "range")
        if status and status[0] < 300:
            return _attr(response, "prop")
    return None


# --------------------------------------------------------------------------- the check

_THING = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
_PROBE_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "probe", "version": "1"},
    "paths": {
        "/things/{thing_id}": {
            "post": {
                "operationId": "make_thing",
                "summary": "Make a thing.",
                "tags": ["things"],
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                ],
                "requestBody": {"required": True, "content": _THING},
                "responses": {"200": {"description": "ok", "content": _THING}},
            }
        }
    },
    "components": {
        "schemas": {
            "Colour": {"type": "string", "enum": ["RED", "GREEN"]},
            "Part": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "description": "A thing.",
                "required": ["id", "parts"],
                "properties": {
                    "id": {"type": "string"},
                    "count": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "weight": {"type": "number", "default": 1.5},
                    "ok": {"type": "boolean"},
                    "at": {"type": "string", "format": "date-time"},
                    "on": {"type": "string", "format": "date"},
                    "colour": {"anyOf": [{"$ref": "#/components/schemas/Colour"}, {"type": "string"}]},
                    "unit": {"anyOf": [{"const": "km"}, {"type": "string"}]},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "anything": {},
                },
                "additionalProperties": {"type": "integer"},
            },
        }
    },
}
"""One operation and one model with a property of each kind the adapter reads."""


def check(templates: Path) -> list[str]:
    """What generate.py and our templates need from the generator that this version lacks; [] if nothing.

    Runs every reader above over a small spec holding one property of each kind, and loads every
    generator template that a template in `templates` imports (`{% import "x" %}`, `stock/x`).
    """
    import tempfile

    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.yaml"
        config.write_text("project_name_override: probe\npackage_name_override: probe\npost_hooks: []\n")
        try:
            run = Run(_PROBE_SPEC, Path(tmp) / "spec.yaml", config, templates, Path(tmp) / "out")
            probes = _probe(run)
        except Moved as exc:
            return [str(exc)]
        for what, probe in probes:
            try:
                probe()
            except Moved as exc:
                problems.append(f"{what}: {exc}")
        imported = {
            name.removeprefix("stock/")
            for path in templates.rglob("*.jinja")
            for name in re.findall(r"""{%-?\s*(?:import|from)\s+"([^"]+)\"""", path.read_text())
            if not name.endswith("/")  # "property_templates/" + a property's own template name
        }
        ours = {path.relative_to(templates).as_posix() for path in templates.rglob("*.jinja")}
        stock = run.env.loader.loaders[-1]
        for name in sorted(imported - ours):
            try:
                stock.get_source(run.env, f"stock/{name}")
            except Exception:  # jinja raises TemplateNotFound; any failure means it moved
                problems.append(f"template {name}: {_where()} no longer ships it (templates/ import it)")
    return problems


def _probe(run: Run) -> list[tuple[str, Any]]:
    (model,) = [m for m in models(run.openapi) if class_name(m) == "Thing"]
    props = {wire_name(p): p for p in fields(model)}
    ((_, endpoint),) = list(endpoints(run.openapi))
    return [
        ("property kinds", lambda: [kind(p) for p in props.values()]),
        ("union arms", lambda: [kind(a) for a in arms(props["colour"])]),
        ("list items", lambda: model_import(props["parts"])),
        ("names", lambda: [(python_name(p), required(p), has_default(p)) for p in props.values()]),
        ("annotations", lambda: [(annotation(p), declaration(p), docstring(p)) for p in props.values()]),
        ("imports", lambda: [imports(p) for p in props.values()]),
        ("enum class", lambda: [module_name(a) for a in arms(props["colour"]) if kind(a) == "enum"]),
        ("enum values", lambda: [enum_values(a) for a in arms(props["colour"]) if kind(a) == "enum"]),
        ("constants", lambda: [const_value(a) for a in arms(props["unit"]) if kind(a) == "const"]),
        ("models", lambda: (extras(model), model_text(model))),
        ("model imports", lambda: (model_top_imports(model), model_end_imports(model))),
        ("endpoints", lambda: (endpoint_name(endpoint), endpoint_method(endpoint), endpoint_path(endpoint))),
        ("endpoint parts", lambda: (endpoint_summary(endpoint), parameters(endpoint), body(endpoint))),
        ("responses", lambda: success(endpoint)),
        ("rendering", lambda: (_attr(run.project, "build"), _attr(run.env, "globals"))),
    ]
