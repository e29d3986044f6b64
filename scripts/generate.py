"""Regenerate `generated/` from `spec/volteras.yaml` and `templates/`.

Deterministic and offline: the same spec, templates and pinned tools give the same bytes, so
`make generate` twice leaves git clean and the golden test can compare whole trees.

    python scripts/generate.py              # rewrite generated/
    python scripts/generate.py --out DIR    # write the tree to DIR instead (golden tests)

openapi-python-client writes the models and one request builder per endpoint. It drops `x-`
fields, so it runs in-process here, and each operation's `x-volteras` (resource, method, kind,
paging, positional arguments, renames, defaults) reaches the templates as data. From it our own
templates write the resource classes users call (`resources/*.py`), the `OPERATIONS` table the
CLI and the tests read, and `api.md`. A new operation is a spec edit plus `make generate`.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # spec_tables, beside this script, when imported
import spec_tables

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "volteras.yaml"
TEMPLATES = ROOT / "templates"
CONFIG = TEMPLATES / "generator-config.yaml"
# The generated half of the `volteras` package: `generated/volteras/_generated/`, which the wheel
# merges into `volteras/` beside the hand-written half from `src/volteras/`.
PACKAGE = ("volteras", "_generated")
TARGET = ROOT / "generated"
GENERATOR = "openapi-python-client"
RUFF_FLAGS = ["--isolated", "--line-length", "110", "--target-version", "py311"]
KINDS = ("read", "list", "command", "create", "change", "delete", "token")
PAGING = {"cursor": "pageToken", "page_number": "currentPage"}
# Names a generated method may not take: they are the resources' own attributes.
RESERVED = frozenset({"wait", "with_raw_response", "send_many"})
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(Exception):
    """The spec breaks a rule the SDK's tolerance or its generated surface depends on."""


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def check_enums_are_open(spec: dict[str, Any]) -> None:
    """Refuse a spec where an enum could make parsing raise.

    The generator turns `anyOf: [{$ref: Enum}, {type: string}]` into `Enum | str`: known values
    become members, unknown ones stay strings. A bare `$ref` to an enum would become a strict
    `Enum(value)` that raises on the first value the API adds, so every use must carry the
    string fallback.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    enums = {f"#/components/schemas/{name}" for name, schema in schemas.items() if "enum" in schema}
    problems = []
    for where, node in _walk(spec, "#"):
        branches = node.get("anyOf")
        if isinstance(branches, list):
            refs = [b.get("$ref") for b in branches if isinstance(b, dict)]
            has_string = any(
                isinstance(b, dict) and b.get("type") == "string" and "enum" not in b for b in branches
            )
            if any(ref in enums for ref in refs) and not has_string:
                problems.append(f"{where}: anyOf with an enum needs a {{type: string}} branch")
        for key, value in node.items():
            if key in ("properties", "items", "schema") and isinstance(value, dict):
                children = value.values() if key == "properties" else [value]
                for child in children:
                    if isinstance(child, dict) and child.get("$ref") in enums:
                        problems.append(
                            f"{where}/{key}: refers to {child['$ref'].rsplit('/', 1)[-1]} directly;"
                            " write anyOf: [{$ref: ...}, {type: string}] so unknown values parse"
                        )
    if problems:
        raise SpecError("\n".join(problems))


def text(value: Any) -> str:
    """The plain text of a generator value (it wraps names from the spec as UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def code(value: Any) -> str:
    """Python code the generator produced, as text."""
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)


def snake(name: str) -> str:
    """`maxPageSize` -> `max_page_size`, `tagKey` -> `tag_key`; snake_case stays as it is."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def check_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation's `x-volteras`, checked: present, known kind, unique valid method names."""
    found: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            x = op.get("x-volteras")
            if not isinstance(x, dict):
                problems.append(f"{where}: no x-volteras mapping to a public method")
                continue
            kind = x.get("kind")
            if kind not in KINDS:
                problems.append(f"{where}: x-volteras kind {kind!r} is not one of {', '.join(KINDS)}")
                continue
            if kind != "token":
                resource, name = x.get("resource"), x.get("method")
                for label, value in (("resource", resource), ("method", name)):
                    if not (isinstance(value, str) and value.isidentifier() and not keyword.iskeyword(value)):
                        problems.append(f"{where}: x-volteras {label} {value!r} is not a Python identifier")
                if name in RESERVED:
                    problems.append(f"{where}: method name {name!r} is taken by the resource itself")
                if (resource, name) in seen:
                    problems.append(f"{where}: {resource}.{name} is also {seen[resource, name]}")
                seen[resource, name] = where
                if (kind == "list") != (x.get("paging") in PAGING):
                    problems.append(f"{where}: paging must be one of {', '.join(PAGING)} exactly for lists")
            found[op["operationId"]] = x
    if problems:
        raise SpecError("\n".join(problems))
    return found


# --------------------------------------------------------------------------- resource model


def _arms(type_text: str) -> list[str]:
    """The top-level arms of a `A | B[C | D]` union, brackets respected."""
    arms, depth, start = [], 0, 0
    for index, char in enumerate(type_text):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            arms.append(type_text[start:index].strip())
            start = index + 1
    arms.append(type_text[start:].strip())
    return arms


def _type(prop: Any, *, optional: bool) -> str:
    """The annotation of an argument: each arm once, `None` last and only where None is allowed."""
    arms = dict.fromkeys(_arms(code(prop.get_type_string(no_optional=True))))
    nullable = "None" in _arms(code(prop.get_type_string()))
    with_none = optional or (nullable and prop.required)
    return " | ".join([arm for arm in arms if arm != "None"] + ["None"] * with_none)


def _model_import(prop: Any) -> str | None:
    """The import of the model class a property holds, alone or in a list."""
    inner = getattr(prop, "inner_property", None)
    target = inner if inner is not None else prop
    if type(target).__name__ != "ModelProperty":
        return None
    return f"from ..models.{target.class_info.module_name} import {code(target.class_info.name)}"


def _inner_model(prop: Any) -> str | None:
    """The model class an argument holds, alone or in a list, so plain dicts can stand for it."""
    found = _model_import(prop)
    return found.rsplit(" ", 1)[1] if found else None


class Argument:
    """One argument of a public method and how it reaches the generated request builder."""

    def __init__(self, prop: Any, name: str, *, required: bool, default: Any) -> None:
        self.name = name
        self.required = required and default is None
        self.default = default
        kind = type(prop).__name__
        self.value = name
        if name == "filter":
            self.type = "FilterArg | None"
            self.value = "encode_filter(filter)"
        elif name == "page_size":
            self.type = "int | None"
            self.value = "check_page_size(page_size)"
        elif "datetime.datetime" in _arms(_type(prop, optional=False)):
            self.type = _type(prop, optional=default is None and not required).replace(
                "datetime.datetime", "datetime.datetime | str"
            )
            self.value = f"as_datetime({name!r}, {name})"
        elif (model := _inner_model(prop)) is not None:
            many = kind == "ListProperty"
            accepted = f"{model} | Mapping[str, Any]"
            self.type = f"Sequence[{accepted}]" if many else accepted
            if not self.required:
                self.type += " | None"
            self.value = f"as_model{'s' if many else ''}({name!r}, {model}, {name})"
        else:
            self.type = _type(prop, optional=default is None and not required)
        self.imports: set[str] = set(prop.get_imports(prefix=".."))
        if (model_import := _model_import(prop)) is not None:
            self.imports.add(model_import)

    def declaration(self) -> str:
        if self.required:
            return f"{self.name}: {self.type}"
        default = f'"{self.default}"' if isinstance(self.default, str) else repr(self.default)
        return f"{self.name}: {self.type} = {default}"


def _operation(endpoint: Any, x: dict[str, Any], tag_dir: str) -> dict[str, Any]:
    rename: dict[str, str] = x.get("rename") or {}
    defaults: dict[str, Any] = x.get("defaults") or {}
    cursor_param = PAGING.get(x.get("paging", ""))
    cursor_at: tuple[int, str] | None = None
    args: list[Argument] = []
    call: list[str] = []
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
        wire = text(prop.name)
        if wire == cursor_param:  # the pager's: `cursor` in its request builder, None for a first page
            cursor_at = (len(call), prop.python_name)
            call.append(f"{prop.python_name}=cursor")
            continue
        name = "page_size" if wire == "maxPageSize" else rename.get(wire, snake(wire))
        arg = Argument(prop, name, required=prop.required, default=defaults.get(wire))
        args.append(arg)
        call.append(f"{prop.python_name}={arg.value}")
    body = endpoint.bodies[0] if endpoint.bodies else None
    if body is not None:
        model = body.prop
        fields = []
        for prop in [*model.required_properties, *model.optional_properties]:
            wire = text(prop.name)
            name = rename.get(wire, snake(wire))
            arg = Argument(prop, name, required=prop.required, default=defaults.get(wire))
            args.append(arg)
            fields.append(f"{prop.python_name}={arg.value}")
        call.append(f"body={model.class_info.name}({', '.join(fields)})")
    positional_names: list[str] = x.get("positional") or []
    by_name = {arg.name: arg for arg in args}
    unknown = [name for name in positional_names if name not in by_name]
    if unknown:
        raise SpecError(
            f"{endpoint.method.upper()} {text(endpoint.path)}: positional names {unknown} are no argument"
        )
    positional = [by_name[name] for name in positional_names]
    keyword_only = sorted(
        (arg for arg in args if arg.name not in positional_names),
        key=lambda a: (not a.required, a.name == "page_size"),
    )
    ok = [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
    prop = ok[0].prop if ok else None
    prop_kind = type(prop).__name__
    imports: set[str] = {imp for arg in args for imp in arg.imports}
    if body is not None:
        imports.add(f"from ..models.{body.prop.class_info.module_name} import {body.prop.class_info.name}")
    if prop_kind == "ModelProperty":
        model_name = code(prop.class_info.name)
        returns, parser = model_name, f"model_parser({model_name})"
        imports.add(f"from ..models.{prop.class_info.module_name} import {model_name}")
    elif prop_kind == "ListProperty" and type(prop.inner_property).__name__ == "ModelProperty":
        inner = prop.inner_property
        model_name = code(inner.class_info.name)
        returns, parser = f"list[{model_name}]", f"list_parser({model_name})"
        imports.add(f"from ..models.{inner.class_info.module_name} import {model_name}")
    else:
        returns, parser = "None", "no_content"
    item = None
    if x["kind"] == "list":
        fields = prop.required_properties + prop.optional_properties
        results = next((p for p in fields if text(p.name) == "results"), None)
        if results is None or type(results).__name__ != "ListProperty":
            raise SpecError(
                f"{endpoint.method.upper()} {text(endpoint.path)}: a list must answer a `results` array"
            )
        item = code(results.inner_property.get_type_string(no_optional=True))
        imports.update(results.inner_property.get_imports(prefix=".."))
        if (model_import := _model_import(results)) is not None:
            imports.add(model_import)
    module = str(endpoint.name)
    first = list(call)
    if cursor_at is not None:
        first[cursor_at[0]] = f"{cursor_at[1]}=None"
    return {
        "id": module,
        "module": module,
        "tag_dir": tag_dir,
        "method": endpoint.method.upper(),
        "path": text(endpoint.path),
        "kind": x["kind"],
        "paging": x.get("paging"),
        "resource": x["resource"],
        "name": x["method"],
        "summary": text(endpoint.summary).rstrip("."),
        "positional": [a.declaration() for a in positional],
        "keyword": [a.declaration() for a in keyword_only],
        "forward": ", ".join(f"{a.name}={a.name}" for a in [*positional, *keyword_only]),
        "kwargs": f"{module}._get_kwargs({', '.join(call)})",
        "first_kwargs": f"{module}._get_kwargs({', '.join(first)})",
        "returns": returns,
        "parser": parser,
        "item": item,
        "imports": imports,
        "arguments": [
            {
                "name": a.name,
                "type": a.type,
                "required": a.required,
                "default": a.default,
                "positional": a in positional,
            }
            for a in [*positional, *keyword_only]
        ],
    }


def resources(
    openapi: Any, mapping: dict[str, dict[str, Any]], bases: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """Resource name -> its description and its operations, in spec order, ready for the templates."""
    found: dict[str, dict[str, Any]] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            x = mapping[str(endpoint.name)]
            if x["kind"] == "token":
                continue
            op = _operation(endpoint, x, str(tag))
            entry = found.setdefault(op["resource"], {"name": op["resource"], "operations": []})
            entry["operations"].append(op)
    for entry in found.values():
        entry["operations"].sort(key=lambda op: op["name"])
        entry["class"] = "".join(part.capitalize() for part in entry["name"].split("_"))
        base = bases.get(entry["name"], {}).get("base")
        entry["sync_base"] = f"Sync{base}Base" if base else "SyncResource"
        entry["async_base"] = f"Async{base}Base" if base else "AsyncResource"
        entry["imports"] = sorted({imp for op in entry["operations"] for imp in op["imports"]})
    return dict(sorted(found.items()))


# --------------------------------------------------------------------------- writing


_LAZY_IMPORT = re.compile(
    r"^[ \t]+(from \.\.models\.\w+ import \w+)[ \t]*# noqa: PLC0415[ \t]*$", re.MULTILINE
)


def hoist_model_imports(package: Path) -> None:
    """Move the imports the stock model template puts inside every from_dict/to_dict call to the
    end of the module.

    They are there because models may refer to each other, so a top-level import could meet a
    module half-loaded. At the end of the module the class already exists, so the cycle is
    harmless, and a parse no longer runs an import statement per nested model (about a third of
    reading a telemetry answer). Done here rather than with our own copy of the stock
    model.py.jinja, which would have to follow every upstream change to that template.
    """
    for path in sorted((package / "models").glob("*.py")):
        text = path.read_text()
        imports = sorted(set(_LAZY_IMPORT.findall(text)))
        if imports:
            text = _LAZY_IMPORT.sub("", text).rstrip("\n")
            text += "\n\n\n# After the class, so models that refer to each other load in either order.\n"
            text += "".join(f"{line}  # noqa: E402\n" for line in imports)
            path.write_text(text)


HEADER = "# Generated from spec/volteras.yaml by `make generate`. Do not edit.\n"
"""Every generated file's first line. The spec's hash lives once, in the package's stamp
(`volteras._generated.SPEC_SHA256`), so an edit rewrites only the files it really changes."""


def stamp(spec_bytes: bytes) -> dict[str, str]:
    """What produced the tree: the spec's sha256 and the pinned generator."""
    from importlib.metadata import version

    return {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "generator": f"{GENERATOR} {version(GENERATOR)}",
    }


def _build(
    spec: dict[str, Any], mapping: dict[str, dict[str, Any]], build: Path, stamped: dict[str, str]
) -> None:
    from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, SPEC, "utf-8", True, build)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"{openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    # "stock/<name>" reaches the generator's own template, so an override of ours can delegate
    # to it for everything it does not change instead of carrying a copy.
    project.env.loader = ChoiceLoader(
        [project.env.loader, PrefixLoader({"stock": PackageLoader("openapi_python_client")})]
    )
    project.env.globals["volteras_operations"] = mapping
    project.env.globals["volteras_stamp"] = stamped
    spec_tables.prepare(project.env, spec, openapi)  # before build: str_enum.py.jinja reads it
    with redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:  # --fail-on-warning: a schema the generator could not read is a spec error
        raise SpecError("\n".join(f"{e.header}: {e.detail}" for e in errors))
    # The generator's own client sends without auth, retries or validation: users get ours.
    for unused in ("client.py", "errors.py"):
        (build / unused).unlink()
    groups = resources(openapi, mapping, spec.get("x-volteras-resources", {}))
    env = project.env
    (build / "resources").mkdir()
    init = env.get_template("resources_init.py.jinja").render(resources=groups)
    (build / "resources" / "__init__.py").write_text(init)
    for group in groups.values():
        text = env.get_template("resources.py.jinja").render(resource=group)
        (build / "resources" / f"{group['name']}.py").write_text(text)
    (build.parent.parent / "api.md").write_text(env.get_template("api.md.jinja").render(resources=groups))
    spec_tables.write_tables(spec, openapi, env, build)


def generate(out: Path) -> None:
    """Write the whole generated tree (the package and api.md) to `out`."""
    spec_bytes = SPEC.read_bytes()
    spec = yaml.safe_load(spec_bytes)
    check_enums_are_open(spec)
    mapping = check_operations(spec)
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp).joinpath(*PACKAGE)
        build.parent.mkdir()
        _build(spec, mapping, build, stamp(spec_bytes))
        hoist_model_imports(build)
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", "-q", "--fix", "--select", "I,F401", *RUFF_FLAGS, str(build)], check=True
        )
        subprocess.run([*ruff, "format", "-q", *RUFF_FLAGS, str(build)], check=True)
        (build / "py.typed").write_text("")
        for path in sorted(build.rglob("*")):
            if path.is_file():
                path.write_text(HEADER + path.read_text())
        api = Path(tmp) / "api.md"
        api.write_text(HEADER.replace("# ", "<!-- ", 1).rstrip("\n") + " -->\n" + api.read_text())
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        shutil.copytree(build, out.joinpath(*PACKAGE))
        shutil.copy(api, out / "api.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=TARGET, help="where to write the generated tree")
    args = parser.parse_args(argv)
    try:
        generate(args.out)
    except (SpecError, spec_tables.TableError) as exc:
        print(f"spec/volteras.yaml is not ready to generate from:\n{exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
