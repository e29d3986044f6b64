"""Listing filters: build them with ``where(...)``, send them through ``encode_filter``.

Every listing's ``filter`` query parameter is a JSON tree of ``{"field", "operator", "value"}``
conditions joined by ``and`` / ``or`` / ``not``. Writing that tree by hand is easy to get subtly
wrong in ways the server only reports after a round trip, and Python lets several mistakes
through silently (``if where(...)``, ``a < where(f) < b``, ``where(a) == 1 & where(b) == 2``).
So the builder and the validator refuse them here, with TypeError or ValueError, before
anything is sent.

Choices the API leaves open, made once here:

- ``isNull`` / ``isNotNull`` conditions are written without a ``value`` key (a hand-written
  ``"value": null`` is accepted and dropped); ``None`` is never a comparison value.
- A datetime must carry a timezone (a naive one names no instant; TypeError, as Python's own
  naive-versus-aware comparison does). It is written in ISO 8601 with its own offset, ``Z``
  when that offset is zero.
- Numbers must be finite: JSON has no NaN or infinity.
- Nesting is bounded at ``MAX_DEPTH`` levels, as the simulator bounds it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NoReturn, TypeAlias, overload

from ._filter_values import (
    COMPARISONS,
    CONDITION_KEYS,
    FUNCTIONS,
    MAX_DEPTH,
    NULL_TESTS,
    OPERATORS,
    PATTERNS,
    check_field,
    dumps,
    tree_depth,
    wire_value,
)

FilterValue: TypeAlias = str | bool | int | float | datetime
"""What a condition may compare a field with."""

_PRECEDENCE = (
    "a field cannot be combined with &, | or ~; compare it first and put each comparison in "
    "parentheses: (where('a') == 1) & (where('b') == 2)"
)
_NO_TRUTH = (
    "a filter expression has no truth value: combine conditions with &, | and ~ (not with "
    "'and', 'or', 'not'), and write a range as (where(f) > a) & (where(f) < b), not a < where(f) < b"
)


class FilterExpression:
    """A listing filter built with ``where(...)``; pass it as any listing's ``filter=``.

    Combine with ``&`` (and), ``|`` (or) and ``~`` (not); ``a & b & c`` is sent as one
    ``and`` list. ``str(expression)`` is the JSON that is sent.

    >>> from volteras import where
    >>> str((where("status") == "FAILED") & ~(where("failedReason").ilike("%offline%")))
    '{"and":[{"field":"status","operator":"==","value":"FAILED"},{"not":[{"field":"failedReason","operator":"ilike","value":"%offline%"}]}]}'
    """

    __slots__ = ("_tree", "_unchecked")
    _tree: dict[str, Any]
    _unchecked: frozenset[str]
    """Fields named with `where(..., unchecked=True)`: not checked against the listed model."""

    def __init__(self) -> None:
        raise TypeError("build a FilterExpression with volteras.where(...), e.g. where('status') == 'FAILED'")

    @classmethod
    def _make(cls, tree: dict[str, Any], unchecked: frozenset[str] = frozenset()) -> FilterExpression:
        levels = tree_depth(tree)
        if levels > MAX_DEPTH:
            raise ValueError(f"filter is nested {levels} levels deep; at most {MAX_DEPTH} are allowed")
        expression = object.__new__(cls)
        expression._tree = tree
        expression._unchecked = unchecked
        return expression

    def to_dict(self) -> dict[str, Any]:
        """The JSON tree this expression sends, as a fresh dict you may change."""
        result: dict[str, Any] = json.loads(dumps(self._tree))
        return result

    def _join(self, function: str, other: object) -> FilterExpression:
        if isinstance(other, FilterField):
            raise TypeError(_PRECEDENCE)
        if not isinstance(other, FilterExpression):
            raise TypeError(
                f"a FilterExpression combines only with another one (from where(...)), "
                f"not with {type(other).__name__}"
            )
        items: list[Any] = []
        for side in (self._tree, other._tree):
            items.extend(side[function] if set(side) == {function} else [side])
        return FilterExpression._make({function: items}, self._unchecked | other._unchecked)

    def __and__(self, other: FilterExpression) -> FilterExpression:
        return self._join("and", other)

    def __or__(self, other: FilterExpression) -> FilterExpression:
        return self._join("or", other)

    def __rand__(self, other: object) -> NoReturn:
        raise TypeError(
            _PRECEDENCE
            if isinstance(other, FilterField)
            else f"a FilterExpression combines only with another one, not with {type(other).__name__}"
        )

    __ror__ = __rand__

    def __invert__(self) -> FilterExpression:
        return FilterExpression._make({"not": [self._tree]}, self._unchecked)

    def __bool__(self) -> NoReturn:
        raise TypeError(_NO_TRUTH)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FilterExpression) and dumps(self._tree) == dumps(other._tree)

    def __hash__(self) -> int:
        return hash(dumps(self._tree))

    def __str__(self) -> str:
        return dumps(self._tree)

    def __repr__(self) -> str:
        return f"<FilterExpression {dumps(self._tree)}>"


class FilterField:
    """A field to test, from ``where(name)``: compare it to get a `FilterExpression`."""

    __slots__ = ("_name", "_unchecked")

    def __init__(self, name: str, *, unchecked: bool = False) -> None:
        self._name = check_field(name, "where()")
        self._unchecked = frozenset({self._name}) if unchecked else frozenset()

    @property
    def name(self) -> str:
        return self._name

    def _condition(self, operator: str, value: object) -> FilterExpression:
        wire = wire_value(value, f"where({self._name!r}) {operator}")
        return FilterExpression._make(
            {"field": self._name, "operator": operator, "value": wire}, self._unchecked
        )

    def _pattern(self, operator: str, pattern: object) -> FilterExpression:
        if not isinstance(pattern, str):
            kind = type(pattern).__name__
            raise TypeError(f"where({self._name!r}).{operator}: a pattern is a str, not {kind}")
        return self._condition(operator, pattern)

    def __eq__(self, value: FilterValue) -> FilterExpression:  # type: ignore[override]
        return self._condition("==", value)

    def __ne__(self, value: FilterValue) -> FilterExpression:  # type: ignore[override]
        return self._condition("!=", value)

    def __lt__(self, value: FilterValue) -> FilterExpression:
        return self._condition("<", value)

    def __le__(self, value: FilterValue) -> FilterExpression:
        return self._condition("<=", value)

    def __gt__(self, value: FilterValue) -> FilterExpression:
        return self._condition(">", value)

    def __ge__(self, value: FilterValue) -> FilterExpression:
        return self._condition(">=", value)

    def like(self, pattern: str) -> FilterExpression:
        """SQL LIKE: ``%`` matches any run of characters, ``_`` exactly one; case matters."""
        return self._pattern("like", pattern)

    def ilike(self, pattern: str) -> FilterExpression:
        """Like `like`, ignoring case."""
        return self._pattern("ilike", pattern)

    def not_ilike(self, pattern: str) -> FilterExpression:
        """Not `ilike` (a null field matches neither)."""
        return self._pattern("notIlike", pattern)

    def is_null(self) -> FilterExpression:
        """The field is null or absent."""
        return FilterExpression._make({"field": self._name, "operator": "isNull"}, self._unchecked)

    def is_not_null(self) -> FilterExpression:
        """The field is present and not null."""
        return FilterExpression._make({"field": self._name, "operator": "isNotNull"}, self._unchecked)

    __hash__ = None  # type: ignore[assignment]

    def __bool__(self) -> NoReturn:
        raise TypeError(f"where({self._name!r}) is a field, not a condition: compare it, e.g. == value")

    def __and__(self, other: object) -> NoReturn:
        raise TypeError(_PRECEDENCE)

    __rand__ = __or__ = __ror__ = __and__

    def __invert__(self) -> NoReturn:
        raise TypeError(_PRECEDENCE)

    def __repr__(self) -> str:
        return f"where({self._name!r}, unchecked=True)" if self._unchecked else f"where({self._name!r})"


def where(field: str, *, unchecked: bool = False) -> FilterField:
    """The field a listing filter tests; dots reach into nested objects.

    A listing refuses (ValueError, before sending) a field its model does not have, which the
    API would answer with an empty list; `unchecked=True` sends a field this SDK does not know
    yet as it is.

    >>> from datetime import datetime, timezone
    >>> recent = where("metadata.lastSeenAt") >= datetime(2025, 1, 1, tzinfo=timezone.utc)
    >>> teslas = (where("make") == "TESLA") & recent
    >>> str(teslas)
    '{"and":[{"field":"make","operator":"==","value":"TESLA"},{"field":"metadata.lastSeenAt","operator":">=","value":"2025-01-01T00:00:00Z"}]}'
    """
    return FilterField(field, unchecked=unchecked)


FilterArg: TypeAlias = FilterExpression | Mapping[str, Any] | Sequence[Mapping[str, Any]] | str
"""What every ``filter=`` parameter accepts: a `where` expression, its JSON tree as dicts and
lists, or that tree as a JSON string."""


class EncodedFilter(str):
    """The JSON text `encode_filter` returns, remembering the fields named with `unchecked=True`."""

    unchecked: frozenset[str] = frozenset()


def _encoded(tree: Any, unchecked: set[str] | frozenset[str]) -> EncodedFilter:
    encoded = EncodedFilter(dumps(tree))
    encoded.unchecked = frozenset(unchecked)
    return encoded


def _validated(node: object, path: str, depth: int, unchecked: set[str]) -> Any:
    """``node`` as a plain JSON tree, or ValueError/TypeError naming the path of what is wrong."""
    if depth > MAX_DEPTH:
        raise ValueError(f"{path}: filter is nested more than {MAX_DEPTH} levels deep")
    if isinstance(node, FilterExpression):
        if depth - 1 + tree_depth(node._tree) > MAX_DEPTH:
            raise ValueError(f"{path}: filter is nested more than {MAX_DEPTH} levels deep")
        unchecked.update(node._unchecked)
        return node._tree
    if isinstance(node, list | tuple):
        if not node:
            raise ValueError(f"{path}: an array of conditions needs at least one")
        return [_validated(child, f"{path}[{i}]", depth + 1, unchecked) for i, child in enumerate(node)]
    if not isinstance(node, Mapping):
        raise TypeError(f"{path}: expected a condition object or an array of them, not {type(node).__name__}")
    keys = set(node)
    functions = [key for key in node if key in FUNCTIONS]
    if not functions:
        return _validated_condition(node, keys, path)
    beside = sorted(map(str, keys - set(functions)))
    if beside:
        raise ValueError(f"{path}: keys {beside} cannot sit beside and/or/not in one object")
    tree: dict[str, Any] = {}
    for function in functions:
        children = node[function]
        where = f"{path}.{function}"
        if not isinstance(children, list | tuple):
            raise ValueError(f"{where}: expected an array of conditions, not {type(children).__name__}")
        if function == "not" and len(children) != 1:
            raise ValueError(f"{where}: takes exactly one condition, got {len(children)}")
        if not children:
            raise ValueError(f"{where}: needs at least one condition")
        tree[function] = [
            _validated(child, f"{where}[{i}]", depth + 1, unchecked) for i, child in enumerate(children)
        ]
    return tree


def _validated_condition(node: Mapping[Any, Any], keys: set[Any], path: str) -> dict[str, Any]:
    unknown = keys - set(CONDITION_KEYS)
    if unknown:
        raise ValueError(
            f"{path}: unknown keys {sorted(map(str, unknown))}; a condition has field, operator and value "
            "(and combinations have and, or, not)"
        )
    for key in ("field", "operator"):
        if key not in node:
            raise ValueError(f"{path}: a condition needs a {key!r}")
    name = check_field(node["field"], f"{path}.field")
    operator = node["operator"]
    if operator not in OPERATORS:
        raise ValueError(f"{path}.operator: unknown operator {operator!r}; expected one of {list(OPERATORS)}")
    if operator in NULL_TESTS:
        if node.get("value") is not None:
            raise ValueError(f"{path}.value: {operator} takes no value")
        return {"field": name, "operator": operator}
    if "value" not in node:
        raise ValueError(f"{path}: operator {operator} needs a value")
    value = node["value"]
    if value is None:
        raise TypeError(
            f"{path}.value: null is not a value to compare with; use the isNull or isNotNull operator"
        )
    if operator in PATTERNS:
        if not isinstance(value, str):
            raise TypeError(f"{path}.value: a {operator} pattern is a str, not {type(value).__name__}")
    elif operator not in COMPARISONS:  # the spec gave it a class this SDK does not know yet
        raise ValueError(f"{path}.operator: {operator!r} is of no operator class this SDK knows")
    return {"field": name, "operator": operator, "value": wire_value(value, f"{path}.value")}


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


@overload
def encode_filter(value: FilterArg) -> str: ...


@overload
def encode_filter(value: None) -> None: ...


def encode_filter(value: FilterArg | None) -> str | None:
    """The compact JSON a listing's ``filter`` query parameter carries, after checking its shape.

    Accepts a `where` expression, the documented tree as dicts and lists (datetimes inside
    are written as ISO 8601), or that tree as a JSON string; None (no filter) stays None. A
    malformed filter raises TypeError or ValueError naming the part that is wrong, so nothing
    is sent.

    >>> encode_filter({"field": "status", "operator": "==", "value": "FAILED"})
    '{"field":"status","operator":"==","value":"FAILED"}'
    """
    if value is None:
        return None
    if isinstance(value, FilterExpression):
        return _encoded(value._tree, value._unchecked)
    if isinstance(value, str):
        try:
            parsed = json.loads(value, parse_constant=_reject_constant)
        except RecursionError:
            raise ValueError("filter: the JSON is nested too deeply") from None
        except ValueError as exc:
            raise ValueError(f"filter is not valid JSON: {exc}") from None
        try:
            return dumps(_validated(parsed, "filter", 1, set()))
        except TypeError as exc:  # in a JSON text every mistake is a value error
            raise ValueError(str(exc)) from None
    if isinstance(value, Mapping | list | tuple):
        unchecked: set[str] = set()
        return _encoded(_validated(value, "filter", 1, unchecked), unchecked)
    if isinstance(value, FilterField):
        raise TypeError(f"filter: {value!r} is a field, not a condition; compare it, e.g. {value!r} == value")
    raise TypeError(
        "filter: expected a where(...) expression, a dict or list in the filter's JSON shape, "
        f"or a JSON string, not {type(value).__name__}"
    )
