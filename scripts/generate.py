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
import keyword
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import _deprecations
import _fields
import _generator as gen
import _handles
import spec_tables
import yaml

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


SDK_DEFAULTS = {  # constant -> the hand-written module that defines it, read for api.md's signatures
    "DEFAULT_WAIT_TIMEOUT": "_waiting.py",
    "DEFAULT_POLL_INTERVAL": "_waiting.py",
    "DEFAULT_CONCURRENCY": "_fanout.py",
}


def sdk_defaults() -> dict[str, object]:
    """The hand-written layer's defaults, read from its source (not imported: it imports the tree
    being generated), so api.md never restates a number the code may change."""
    import ast

    found: dict[str, object] = {}
    for name, module in SDK_DEFAULTS.items():
        tree = ast.parse((ROOT / "src" / "volteras" / module).read_text())
        for node in tree.body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
                if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
                    found[name] = ast.literal_eval(node.value)
        if name not in found:
            raise SpecError(f"src/volteras/{module} no longer defines {name}, which api.md shows")
    return found


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
    problems += _deprecations.check(spec, RESERVED)  # old names kept for one release
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
    arms = dict.fromkeys(_arms(gen.annotation(prop, no_optional=True)))
    nullable = "None" in _arms(gen.annotation(prop))
    with_none = optional or (nullable and prop.required)
    return " | ".join([arm for arm in arms if arm != "None"] + ["None"] * with_none)


def _inner_model(prop: Any) -> str | None:
    """The model class an argument holds, alone or in a list, so plain dicts can stand for it."""
    found = gen.model_import(prop)
    return found.rsplit(" ", 1)[1] if found else None


PLAIN_KINDS = ("str", "int", "float", "bool", "datetime", "date")


def describe(prop: Any, where: str) -> tuple[str, list[str]]:
    """What an argument takes, for tools that build on the method table (the command line): a kind
    (`str`, `int`, `float`, `bool`, `datetime`, `date`, `enum:<Name>`, `model:<Name>` or
    `list[<kind>]`) and, for an enum, its documented values (open: other strings still pass).

    A union is described by its one arm that is not a plain string (`Enum | str` is the enum,
    `float | str` a float), or as `str` when every arm is one.
    """
    found = gen.kind(prop)
    if found == "union":
        arms = [arm for arm in gen.arms(prop) if gen.kind(arm) != "none"]
        typed = [arm for arm in arms if gen.kind(arm) != "str"]
        if len(typed) > 1:
            raise SpecError(f"{where}: {gen.annotation(prop)} is more than one kind of value")
        return describe(typed[0], where) if typed else ("str", [])
    if found == "enum":
        return f"enum:{gen.class_name(prop)}", gen.enum_values(prop)
    if found == "list":
        inner, choices = describe(gen.item(prop), where)
        return f"list[{inner}]", choices
    if found == "model":
        return f"model:{gen.class_name(prop)}", []
    if found in PLAIN_KINDS:
        return found, []
    raise SpecError(f"{where}: no argument kind for a {found} ({gen.annotation(prop)})")


class Argument:
    """One argument of a public method and how it reaches the generated request builder."""

    def __init__(self, prop: Any, name: str, *, required: bool, default: Any, where: str = "") -> None:
        self.name = name
        self.required = required and default is None
        self.default = default
        self.value = name
        self.kind, self.choices = ("filter", []) if name == "filter" else describe(prop, f"{where} {name}")
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
            many = gen.kind(prop) == "list"
            accepted = f"{model} | Mapping[str, Any]"
            self.type = f"Sequence[{accepted}]" if many else accepted
            if not self.required:
                self.type += " | None"
            self.value = f"as_model{'s' if many else ''}({name!r}, {model}, {name})"
        else:
            self.type = _type(prop, optional=default is None and not required)
        self.imports: set[str] = gen.imports(prop)
        if (model_import := gen.model_import(prop)) is not None:
            self.imports.add(model_import)

    def check_str(self) -> None:
        """A plain-string argument is checked to be one (`tag_key=5` is refused, not sent as "5")."""
        if self.kind == "str" and self.value == self.name:
            self.value = f"as_str({self.name!r}, {self.name})"

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
    where = f"{gen.endpoint_method(endpoint)} {gen.endpoint_path(endpoint)}"
    path_names = {gen.python_name(prop) for prop in gen.path_parameters(endpoint)}
    for prop in gen.parameters(endpoint):
        wire = gen.wire_name(prop)
        if wire == cursor_param:  # the pager's: `cursor` in its request builder, None for a first page
            cursor_at = (len(call), gen.python_name(prop))
            call.append(f"{gen.python_name(prop)}=cursor")
            continue
        name = spec_tables.argument_name(wire, rename)
        arg = Argument(prop, name, required=gen.required(prop), default=defaults.get(wire), where=where)
        if gen.python_name(prop) not in path_names:  # path segments are checked by `path_segment`
            arg.check_str()
        args.append(arg)
        call.append(f"{gen.python_name(prop)}={arg.value}")
    body = gen.body(endpoint)
    if body is not None:
        fields = []
        for prop in gen.fields(body):
            wire = gen.wire_name(prop)
            name = spec_tables.argument_name(wire, rename)
            arg = Argument(prop, name, required=gen.required(prop), default=defaults.get(wire), where=where)
            arg.check_str()
            args.append(arg)
            fields.append(f"{gen.python_name(prop)}={arg.value}")
        call.append(f"body={gen.class_name(body)}({', '.join(fields)})")
    positional_names: list[str] = x.get("positional") or []
    by_name = {arg.name: arg for arg in args}
    unknown = [name for name in positional_names if name not in by_name]
    if unknown:
        raise SpecError(f"{where}: positional names {unknown} are no argument")
    positional = [by_name[name] for name in positional_names]
    keyword_only = sorted(
        (arg for arg in args if arg.name not in positional_names),
        key=lambda a: (not a.required, a.name == "page_size"),
    )
    prop = gen.success(endpoint)
    prop_kind = gen.kind(prop) if prop is not None else None
    imports: set[str] = {imp for arg in args for imp in arg.imports}
    if body is not None:
        imports.add(f"from ..models.{gen.module_name(body)} import {gen.class_name(body)}")
    if prop_kind == "model":
        model_name = gen.class_name(prop)
        returns, parser = model_name, f"model_parser({model_name})"
        imports.add(f"from ..models.{gen.module_name(prop)} import {model_name}")
    elif prop_kind == "list" and gen.kind(gen.item(prop)) == "model":
        inner = gen.item(prop)
        model_name = gen.class_name(inner)
        returns, parser = f"list[{model_name}]", f"list_parser({model_name})"
        imports.add(f"from ..models.{gen.module_name(inner)} import {model_name}")
    else:
        returns, parser = "None", "no_content"
    item = None
    if x["kind"] == "list":
        results = next((p for p in gen.fields(prop) if gen.wire_name(p) == "results"), None)
        if results is None or gen.kind(results) != "list":
            raise SpecError(f"{where}: a list must answer a `results` array")
        item = gen.annotation(gen.item(results), no_optional=True)
        imports.update(gen.imports(gen.item(results)))
        if (model_import := gen.model_import(results)) is not None:
            imports.add(model_import)
    module = gen.endpoint_name(endpoint)
    first = list(call)
    if cursor_at is not None:
        first[cursor_at[0]] = f"{cursor_at[1]}=None"
    return {
        "id": module,
        "module": module,
        "tag_dir": tag_dir,
        "method": gen.endpoint_method(endpoint),
        "path": gen.endpoint_path(endpoint),
        "kind": x["kind"],
        "paging": x.get("paging"),
        "resource": x["resource"],
        "name": x["method"],
        "summary": gen.endpoint_summary(endpoint).rstrip("."),
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
                "kind": a.kind,
                "choices": a.choices,
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
    for tag, endpoint in gen.endpoints(openapi):
        x = mapping[gen.endpoint_name(endpoint)]
        if x["kind"] == "token":
            continue
        op = _operation(endpoint, x, tag)
        op |= _deprecations.operation_old_names(op, x)
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
    try:
        run = gen.Run(spec, SPEC, CONFIG, TEMPLATES, build)
    except ValueError as exc:
        raise SpecError(str(exc)) from None
    spec_tables.prepare(run.env, spec, run.openapi)  # before build: str_enum.py.jinja reads it
    errors = run.build(
        volteras_operations=mapping, volteras_stamp=stamped, volteras_model=_model_view(run.openapi, spec)
    )
    if errors:  # --fail-on-warning: a schema the generator could not read is a spec error
        raise SpecError("\n".join(errors))
    # The generator's own client sends without auth, retries or validation: users get ours.
    for unused in ("client.py", "errors.py"):
        (build / unused).unlink()
    groups = resources(run.openapi, mapping, spec.get("x-volteras-resources", {}))
    bound = _handles.handles(spec, groups)
    (build / "resources").mkdir()
    init = run.render("resources_init.py.jinja", resources=groups, handles=bound)
    (build / "resources" / "__init__.py").write_text(init)
    for handle in bound:
        text = run.render("handle.py.jinja", handle=handle)
        (build / "resources" / f"{handle['name']}_handle.py").write_text(text)
    for group in groups.values():
        text = run.render("resources.py.jinja", resource=group)
        (build / "resources" / f"{group['name']}.py").write_text(text)
    (build.parent.parent / "api.md").write_text(
        run.render("api.md.jinja", resources=groups, handles=bound, defaults=sdk_defaults())
    )
    spec_tables.write_tables(spec, run.openapi, run.env, build)


def _model_view(openapi: Any, spec: dict[str, Any]) -> Any:
    """`volteras_model(model)` for templates/model.py.jinja: each model's fields as plain data, worked
    out (and any shape the template cannot check refused) before anything is written."""
    try:
        old = _deprecations.old_fields(spec)
        views = {gen.class_name(m): _fields.model_view(m) | old(m) for m in gen.models(openapi)}
    except _fields.Unsupported as exc:
        raise SpecError(f"{exc}: templates/model.py.jinja does not check this shape yet") from None
    return lambda model: views[gen.class_name(model)]


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
    except (SpecError, spec_tables.TableError, _deprecations.Refused, _handles.HandleError) as exc:
        print(f"spec/volteras.yaml is not ready to generate from:\n{exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
