"""What each model's fields accept, worked out at generation for templates/model.py.jinja.

The template writes every model's `from_dict` from these descriptions: one pass over the JSON
object that checks each value's type as it reads it and turns it into the field's value, so
nothing is re-read from annotations or compiled at run time. A shape the template does not know
how to check is refused here, naming the field, rather than generated half-checked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import _generator as gen


class Unsupported(Exception):
    """A field whose shape templates/model.py.jinja cannot check yet."""


@dataclass(frozen=True)
class Check:
    """What one JSON value may be and how it becomes the field's value.

    plain: the JSON types kept as they come ("str", "int", "float", "bool"; "any" takes anything).
    A float field takes an int too, as JSON writes 12.0 as 12; an int field never takes a bool.
    nullable: null is allowed. enum: an open enum's class: a string naming a member becomes it.
    const: a literal the value must equal. parse: "model", "list", "datetime" or "date", the one
    value that is parsed rather than kept; model: the class for "model"; items: for "list".
    """

    plain: tuple[str, ...] = ()
    nullable: bool = False
    enum: str = ""
    const: str = ""
    parse: str = ""
    model: str = ""
    items: Check | None = None

    @property
    def classes(self) -> tuple[str, ...]:
        """The Python classes `plain` accepts, in a tuple for isinstance (a float takes an int)."""
        names = {"str": ("str",), "int": ("int",), "float": ("float", "int"), "bool": ("bool",)}
        return tuple(dict.fromkeys(c for kind in self.plain for c in names.get(kind, ())))

    @property
    def refuses_bool(self) -> bool:
        """An int or float field: isinstance(True, int) holds, so a bool is refused separately."""
        return "bool" not in self.plain and any(kind in self.plain for kind in ("int", "float"))

    @property
    def open(self) -> bool:
        """Anything goes: no check at all."""
        return "any" in self.plain


_JSON = {"model": "dict", "list": "list", "datetime": "str", "date": "str"}
# Names from_dict itself uses: a field (a local variable there) must not take one.
_TAKEN = frozenset({"cls", "src_dict", "FieldError", "as_object", "index_of", "parse_date", "parse_datetime"})


def describe(prop: Any, where: str) -> Check:
    """The Check for a property, `where` naming it in errors."""
    arms = gen.arms(prop) if gen.kind(prop) == "union" else [prop]
    plain: list[str] = []
    nullable = False
    enums: list[str] = []
    consts: list[str] = []
    parsed: list[Any] = []
    for arm in arms:
        kind = gen.kind(arm)
        if kind == "none":
            nullable = True
        elif kind in ("str", "int", "float", "bool", "any"):
            plain.append(kind)
        elif kind == "enum":
            enums.append(gen.class_name(arm))
        elif kind == "const":
            consts.append(gen.const_value(arm))
        elif kind in _JSON:
            parsed.append(arm)
        else:
            raise Unsupported(f"{where}: a {kind} arm in {gen.annotation(prop)}")
    if len(enums) > 1 or (enums and "str" not in plain):
        raise Unsupported(f"{where}: {gen.annotation(prop)} is not one open enum (Enum | str)")
    const = ""
    if consts and "str" not in plain:  # a constant beside a free string is a string
        if len(consts) > 1 or plain or parsed or not consts[0].startswith(('"', "'")):
            raise Unsupported(f"{where}: {gen.annotation(prop)} mixes a constant with other values")
        const = consts[0]
    if len(parsed) > 1 or (parsed and ("any" in plain or _JSON[gen.kind(parsed[0])] in plain)):
        raise Unsupported(f"{where}: {gen.annotation(prop)} has two arms that read one JSON type")
    if not parsed:
        return Check(plain=tuple(dict.fromkeys(plain)), nullable=nullable, enum="".join(enums), const=const)
    arm = parsed[0]
    kind = gen.kind(arm)
    return Check(
        plain=tuple(dict.fromkeys(plain)),
        nullable=nullable,
        enum="".join(enums),
        parse=kind,
        model=gen.class_name(arm) if kind == "model" else "",
        items=describe(gen.item(arm), f"{where}[]") if kind == "list" else None,
    )


@dataclass(frozen=True)
class Field:
    """One field of a model, as templates/model.py.jinja writes it."""

    name: str
    wire: str
    required: bool
    declared_first: bool  # required without a default: declared before the others, as stock does
    declaration: str
    docstring: str
    check: Check


def model_view(model: Any) -> dict[str, Any]:
    """Everything templates/model.py.jinja needs about one model, as plain data."""
    name = gen.class_name(model)
    found = []
    for prop in gen.fields(model):
        if gen.python_name(prop) in _TAKEN or gen.python_name(prop).startswith("_"):
            raise Unsupported(
                f"{name}.{gen.wire_name(prop)}: the name {gen.python_name(prop)} is from_dict's own"
            )
        check = describe(prop, f"{name}.{gen.wire_name(prop)}")
        if not gen.required(prop):  # left out reads as None (Unset is None), so null is allowed too
            check = replace(check, nullable=True)
        found.append(
            Field(
                name=gen.python_name(prop),
                wire=gen.wire_name(prop),
                required=gen.required(prop),
                declared_first=gen.required(prop) and not gen.has_default(prop),
                declaration=gen.declaration(prop),
                docstring=gen.docstring(prop),
                check=check,
            )
        )
    more = gen.extras(model)
    extras = None if more is None else describe(more, f"{name} extra fields")
    checks = [field.check for field in found] + ([extras] if extras else [])
    return {
        "name": name,
        **gen.model_text(model),
        "fields": found,
        "extras": extras,
        "extras_type": "Any" if extras is None or extras.open else gen.annotation(more),
        "enums": sorted({enum for check in checks for enum in _enums(check)}),
        "models": sorted({model for check in checks for model in _models(check)}),
        "top_imports": sorted(gen.model_top_imports(model)),
        "end_imports": sorted(gen.model_end_imports(model)),
    }


def _enums(check: Check) -> set[str]:
    found = {check.enum} if check.enum else set()
    return found | (_enums(check.items) if check.items else set())


def _models(check: Check) -> set[str]:
    found = {check.model} if check.model else set()
    return found | (_models(check.items) if check.items else set())
