"""Build a flat generated model straight from a JSON object, in one pass.

The generated `from_dict` defines a closure per field and `_parsing.check_fields` then walks the
result again; for a webhook receiver answering thousands of deliveries that is most of its
time. A *flat* model (every field a str, int, float, bool, enum or null) can instead be built
from a plan worked out once per class from the model itself: the JSON name of each field
(read back through the model's own `to_dict`), its allowed classes (the same ones
`check_fields` enforces) and its enum. The outcome is the same as `from_dict` + `check_fields`;
anything the plan does not cover (a missing required field, a date, a nested model, a value of
the wrong type) returns None so the caller takes the generic path and its exact errors.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, NamedTuple

import attrs

from ._parsing import _checks


class _Field(NamedTuple):
    key: str  # the JSON name
    name: str  # the attribute name
    classes: tuple[type, ...]
    refuses_bool: bool
    members: Mapping[str, Any] | None  # the enum's value -> member map


_SIMPLE = (str, int, float, bool, type(None))
_MISSING = object()
_PLANS: dict[type, tuple[tuple[_Field, ...], frozenset[str]] | None] = {}


def _plan(model: type) -> tuple[tuple[_Field, ...], frozenset[str]] | None:
    if model in _PLANS:
        return _PLANS[model]
    defaults = {f.name: f.default for f in attrs.fields(model)}
    checks = _checks(model)
    markers = {check.name: f"\x00{check.name}" for check in checks}
    try:
        keys = {value: key for key, value in model(**markers).to_dict().items()}
    except Exception:  # a model whose to_dict needs real values is simply not flat
        keys = {}
    planned: list[_Field] = []
    for check in checks:
        default = defaults[check.name]
        enums = [c for c in check.classes if issubclass(c, enum.Enum)]
        # what a missing field holds (None, or the generator's Unset sentinel) is allowed too
        others = [c for c in check.classes if c not in enums and c not in _SIMPLE and c is not type(default)]
        key = keys.get(markers[check.name])
        if key is None or others or len(enums) > 1 or default is attrs.NOTHING:
            _PLANS[model] = None
            return None
        members = enums[0]._value2member_map_ if enums else None
        planned.append(_Field(key, check.name, check.classes, check.refuses_bool, members))
    plan = (tuple(planned), frozenset(f.key for f in planned))
    _PLANS[model] = plan
    return plan


def build_flat(model: type, payload: Mapping[str, Any]) -> Any | None:
    """`model` built from `payload` exactly as from_dict + check_fields would, or None (use those)."""
    plan = _plan(model)
    if plan is None:
        return None
    planned, known = plan
    kwargs: dict[str, Any] = {}
    for key, name, classes, refuses_bool, members in planned:
        value = payload.get(key, _MISSING)
        if value is _MISSING:
            continue
        if members is not None and value.__class__ is str:
            value = members.get(value, value)
        if not isinstance(value, classes) or (refuses_bool and value.__class__ is bool):
            return None
        kwargs[name] = value
    built = model(**kwargs)
    if len(kwargs) != len(payload):
        built.additional_properties = {k: v for k, v in payload.items() if k not in known}
    return built
