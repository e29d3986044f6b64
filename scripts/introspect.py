"""How `scripts/surface.py` reads the installed package: type text, signatures, classes, models.

See surface.py for the format. Only objects written in `volteras` are walked: what a class
inherits from the standard library (`Exception.args`, `object.__eq__`) or gets from attrs
is not the SDK's surface and is left out.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import functools
import importlib
import inspect
import re
import textwrap
import types
import typing
from typing import Any

import attrs

Entries = dict[str, dict[str, Any]]

# Special methods that are part of how a user holds an object: `with`, `for`, `[]`, operators.
DUNDERS = frozenset(
    f"__{name}__"
    for name in (
        *("call", "iter", "aiter", "next", "anext", "enter", "exit", "aenter", "aexit", "len", "bool"),
        *("getitem", "setitem", "delitem", "contains", "and", "or", "invert"),
        *("eq", "ne", "lt", "le", "gt", "ge"),
    )
)
KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_POSITIONAL: "*args",
    inspect.Parameter.VAR_KEYWORD: "**kwargs",
}
_PREFIX = re.compile(r"\b[a-z_][a-z0-9_]*\.(?=[A-Za-z_])")
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


# ---- text of types and defaults -------------------------------------------------------------


def split_union(text: str) -> list[str]:
    """The top-level members of a `A | B[C | D]` text."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in "[(") - (char in "])")
        if char == "|" and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def normalise(text: str) -> str:
    """Module prefixes dropped, quotes gone, `Unset` as None, union members deduplicated and sorted."""
    text = text.replace("'", "").replace('"', "")
    while _PREFIX.search(text):
        text = _PREFIX.sub("", text)
    text = re.sub(r"\b(Unset|NoneType)\b", "None", text)
    members = sorted(set(split_union(text)), key=lambda m: (m == "None", m))
    return " | ".join(members)


def type_text(annotation: object) -> str:
    """An annotation as stable text, whether it is a string (PEP 563) or an evaluated object."""
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return normalise(annotation)
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, typing.ForwardRef):
        return normalise(annotation.__forward_arg__)
    if isinstance(annotation, typing.TypeVar):
        return annotation.__name__
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        return normalise(" | ".join(type_text(arg) for arg in args))
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is not None:
        inner = [
            f"[{', '.join(type_text(a) for a in arg)}]" if isinstance(arg, list) else type_text(arg)
            for arg in args
        ]
        name = getattr(origin, "__qualname__", None) or getattr(origin, "_name", None) or repr(origin)
        return normalise(f"{name}[{', '.join(inner)}]" if inner else name)
    if isinstance(annotation, type):
        return annotation.__qualname__
    return normalise(repr(annotation))


def default_text(value: object) -> str:
    factory = getattr(value, "factory", None)
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        return f"{getattr(factory, '__qualname__', factory)}()"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return _ADDRESS.sub("", repr(value))


def _wrapping(obj: object) -> list[object]:
    """An object and what it wraps (`__wrapped__`, as functools.wraps sets it), outermost first."""
    chain = [obj]
    while not isinstance(chain[-1], type) and getattr(chain[-1], "__wrapped__", None) not in (None, *chain):
        chain.append(getattr(chain[-1], "__wrapped__"))  # noqa: B009 (mypy: not an attribute of object)
    return chain


def markers(obj: object) -> dict[str, Any]:
    """The deprecation facts an object declares about itself, or a function it wraps (see surface.py)."""
    out: dict[str, Any] = {}
    for layer in _wrapping(obj):
        for attribute, fact in (
            ("__deprecated_alias_of__", "deprecated_alias_of"),
            ("__deprecated__", "deprecated"),
        ):
            value = getattr(layer, attribute, None)
            if isinstance(value, str):
                out.setdefault(fact, value)
    return out


def renamed_arguments(func: object) -> dict[str, str]:
    """{old: new} of the arguments a callable (a class: its constructor) still takes under an old name."""
    found: dict[str, str] = {}
    for layer in _wrapping(getattr(func, "__init__", None) if isinstance(func, type) else func):
        renamed = getattr(layer, "__deprecated_arguments__", None)
        if isinstance(renamed, dict):
            found = renamed | found
    return found


# ---- the walk ---------------------------------------------------------------------------------


class Surface:
    """Collects the entries; `owner` remembers where each object was first recorded."""

    def __init__(self) -> None:
        self.entries: Entries = {}
        self.owner: dict[int, str] = {}

    def add(self, kind: str, path: str, /, **facts: Any) -> None:
        self.entries[f"{kind} {path}"] = facts

    def module(self, name: str) -> None:
        module = importlib.import_module(name)
        for public in module.__all__:
            self.name(f"{name}.{public}", getattr(module, public))
        for old, new in sorted(getattr(module, "__deprecated_aliases__", {}).items()):
            self.add("name", f"{name}.{old}", deprecated_alias_of=new)

    def name(self, path: str, obj: object) -> None:
        if id(obj) in self.owner:
            self.add("name", path, **{"is": self.owner[id(obj)]})
        elif isinstance(obj, type):
            self.owner[id(obj)] = path
            self.cls(path, obj)
        elif inspect.isfunction(obj):
            self.owner[id(obj)] = path
            self.callable("function", path, obj)
        elif isinstance(obj, types.UnionType) or typing.get_origin(obj) is not None:
            self.add("name", path, alias=type_text(obj))
        else:
            self.add("name", path, type=type(obj).__name__)

    def callable(self, kind: str, path: str, func: Any, *, bound: bool = False) -> None:
        target = inspect.unwrap(func)
        returns = type_text(inspect.signature(func).return_annotation)
        is_async = inspect.iscoroutinefunction(target)
        self.add(kind, path, returns=returns, **{"async": is_async}, **markers(func))
        self.params(path, func, bound=bound)

    def params(self, path: str, func: Any, *, bound: bool = False) -> None:
        """One `param` entry per parameter of `func` (a class: its constructor's); an old name it still
        takes only as a keyword is recorded as the parameter it stands for, marked deprecated."""
        renamed = renamed_arguments(func)
        position = 0
        parameters = list(inspect.signature(func).parameters.values())[1 if bound else 0 :]
        for param in parameters:
            facts: dict[str, Any] = {"kind": KINDS[param.kind], "type": type_text(param.annotation)}
            positional = param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
            facts["position"] = position if positional else None
            position += positional
            variadic = param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD)
            facts["required"] = param.default is param.empty and not variadic
            if param.default is not param.empty:
                facts["default"] = default_text(param.default)
            if param.name in renamed:
                facts["deprecated_alias_of"] = renamed[param.name]
            self.add("param", f"{path}({param.name})", **facts)
            if typing.get_origin(param.annotation) is typing.Unpack:
                self.typeddict(typing.get_args(param.annotation)[0])
        for old, new in renamed.items():
            if old not in {param.name for param in parameters} and f"param {path}({new})" in self.entries:
                self.add(
                    "param", f"{path}({old})", **self.entries[f"param {path}({new})"], deprecated_alias_of=new
                )

    def typeddict(self, td: Any) -> None:
        if f"typeddict {td.__name__}" in self.entries:
            return
        self.add("typeddict", td.__name__)
        for key, annotation in typing.get_type_hints(td).items():
            self.add(
                "key",
                f"{td.__name__}.{key}",
                type=type_text(annotation),
                required=key in td.__required_keys__,
            )

    def cls(self, path: str, cls: type, instance: object = None) -> None:
        if issubclass(cls, enum.Enum):
            self.add("enum", path, **markers(cls))
            for member in cls:
                self.add("member", f"{path}.{member.name}", value=member.value)
            return
        if attrs.has(cls) and cls.__module__.startswith("volteras._generated."):
            self.model(path, cls)
        elif instance is None:
            bases = [base.__name__ for base in cls.__bases__]
            self.add("class", path, bases=bases, **markers(cls))
            if _own(cls.__init__) or attrs.has(cls) or dataclasses.is_dataclass(cls):
                self.params(path, cls)
        self.members(path, cls, instance)

    def model(self, path: str, cls: type) -> None:
        init = inspect.signature(cls).parameters
        positional = [name for name, p in init.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
        fields = attrs.fields(cls)
        self.add("model", path, keyword_only=not positional, **markers(cls))
        for field in fields:
            required = field.default is attrs.NOTHING
            facts: dict[str, Any] = {"type": type_text(field.type), "required": required and field.init}
            if not required:
                facts["default"] = default_text(field.default)
            facts |= {"init": field.init, "kw_only": field.kw_only}
            facts["position"] = positional.index(field.alias) if field.alias in positional else None
            alias = field.metadata.get("deprecated_alias_of")
            if alias:
                facts["deprecated_alias_of"] = alias
            self.add("field", f"{path}.{field.name}", **facts)
        for old, new in getattr(cls, "__deprecated_fields__", {}).items():  # a property, and a keyword
            self.add("field", f"{path}.{old}", **self.entries[f"field {path}.{new}"], deprecated_alias_of=new)

    def members(self, path: str, cls: type, instance: object) -> None:
        """Methods, properties and attributes written in volteras, inherited ones included."""
        model = attrs.has(cls) and cls.__module__.startswith("volteras._generated.")
        fields = {f.name for f in attrs.fields(cls)} if model else set()  # recorded as `field`s
        fields |= set(getattr(cls, "__deprecated_fields__", {}))  # so are old field names
        annotations: dict[str, object] = {}
        for klass in reversed(cls.__mro__):
            if klass.__module__.startswith("volteras"):
                annotations |= getattr(klass, "__annotations__", {})
                annotations |= _init_attributes(klass)
        names = set(dir(cls)) | set(annotations) | set(vars(instance) if instance is not None else ())
        for name in sorted(names - fields):
            owner = next((k for k in cls.__mro__ if name in vars(k)), None)
            inherited = owner is not None and not owner.__module__.startswith("volteras")
            if (name.startswith("_") and name not in DUNDERS) or (inherited and name not in annotations):
                continue
            raw = inspect.getattr_static(instance if instance is not None else cls, name, None)
            if isinstance(raw, staticmethod | classmethod):
                self.callable("method", f"{path}.{name}", getattr(cls, name))
            elif inspect.isfunction(raw):
                if _own(raw):
                    self.callable("method", f"{path}.{name}", raw, bound=True)
            elif isinstance(raw, property | functools.cached_property):
                getter = raw.fget if isinstance(raw, property) else raw.func
                self.attribute(f"{path}.{name}", instance, name, getter)
            elif instance is not None and type(raw).__module__.startswith("volteras"):
                self.attribute(f"{path}.{name}", instance, name, None)  # with_raw_response
            elif name in annotations:
                self.add("attribute", f"{path}.{name}", type=type_text(annotations[name]))
            elif not inspect.isroutine(raw):
                self.add("attribute", f"{path}.{name}", type=type(raw).__name__)

    def attribute(self, path: str, instance: object, name: str, getter: Any) -> None:
        """A property; read on a client instance, a resource (a volteras object not public) is walked."""
        declared = inspect.signature(getter).return_annotation if getter else inspect.Parameter.empty
        value: object = None
        if instance is not None:
            try:
                value = getattr(instance, name)
            except Exception:  # a property that needs configuration (client.webhooks) stays a type
                value = None
        is_resource = type(value).__module__.startswith("volteras") and id(type(value)) not in self.owner
        text = type_text(declared) or type(value).__name__
        self.add("attribute", path, type=text, **(markers(getter) if getter else {}))
        if is_resource and not isinstance(value, enum.Enum):
            self.cls(path, type(value), value)


def _own(func: object) -> bool:
    """Written in volteras (not inherited from the standard library, not made by attrs)."""
    code = getattr(func, "__code__", None)
    return (
        code is not None
        and getattr(func, "__module__", "").startswith("volteras")
        and not code.co_filename.startswith("<")
    )


def _init_attributes(klass: type) -> dict[str, object]:
    """`self.x = ...` in a class's own __init__: the attribute's annotation, or its parameter's."""
    init = vars(klass).get("__init__")
    if not inspect.isfunction(init) or not _own(init):
        return {}
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
    except (OSError, SyntaxError):
        return {}
    params = inspect.signature(init).parameters
    found: dict[str, object] = {}
    targets: list[ast.expr]
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            targets, annotation = [node.target], ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign):
            targets, annotation = node.targets, None
        else:
            continue
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                param = params.get(target.attr)
                declared = param.annotation if param is not None else inspect.Parameter.empty
                found.setdefault(target.attr, annotation or declared)
                if annotation:
                    found[target.attr] = annotation
    return found
