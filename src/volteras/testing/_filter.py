"""The listing filter as the simulator evaluates it: the whole documented grammar, on any record.

A node is a condition ``{"field", "operator", "value"}``, a non-empty array of nodes (all must
hold), or an object holding any of ``{"and": [...]}``, ``{"or": [...]}`` (each at least one
node) and ``{"not": [node]}`` (exactly one) side by side (all must hold). The parsed tree is
kept next to the predicate because a page token must be refused when the filter it was issued
with changes, and "changed" means a different tree, not different whitespace.

The API documents the grammar, not its evaluation; the simulator models an SQL backend:

- ``field`` is a dot path into the record (the camelCase wire form); a missing step is null.
- Logic is three-valued: a comparison or pattern test on null is unknown, ``not`` of unknown
  is unknown, and only records for which the whole filter is true are listed.
- Comparisons are typed by the values: numbers as numbers, booleans as booleans, strings as
  strings (by code point), except that when the field's and the filter's strings both read
  as ISO 8601 date-times they compare as instants (a missing offset means UTC).
- A comparison between different types (a number field with a string value, an object field
  with anything) is an error naming the field, as SQL refuses it; the listing answers
  REQUEST_VALIDATION_ERROR. As the records carry no schema, that shows only when a record
  holds such a value; every condition is evaluated on every record (no short-circuit), so
  the outcome does not depend on evaluation order.
- ``like`` / ``ilike`` / ``notIlike`` test strings only: ``%`` any run, ``_`` one character,
  a backslash makes the next character literal (PostgreSQL's default escape); everything else,
  regex metacharacters included, is literal. ``ilike`` lowercases both sides.
- ``isNull`` / ``isNotNull`` take no value (absent or null).
- Bounded: at most 8192 characters, ``MAX_DEPTH`` levels and ``MAX_CONDITIONS`` conditions.
"""

from __future__ import annotations

import operator as op
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .._generated.facts import (
    FILTER_COMPARISONS,
    FILTER_FUNCTIONS,
    FILTER_NULL_TESTS,
    FILTER_OPERATORS,
    FILTER_PATTERNS,
)
from ._wire import NestedTooDeeply, loads_strict

Truth = bool | None
"""True, False, or None for SQL's unknown."""
Test = Callable[[Mapping[str, Any]], Truth]

OPERATORS = FILTER_OPERATORS
"""The spec's operators (`x-volteras-filter`)."""
MAX_DEPTH = 32
MAX_CONDITIONS = 200
MAX_LENGTH = 8192
_COMPARE: Mapping[str, Callable[[Any, Any], bool]] = {
    "==": op.eq,
    "!=": op.ne,
    ">": op.gt,
    "<": op.lt,
    ">=": op.ge,
    "<=": op.le,
}
_PATTERN_MODES: Mapping[str, tuple[bool, bool]] = {
    "like": (False, False),
    "ilike": (True, False),
    "notIlike": (True, True),
}
"""Per pattern operator: (ignores case, negated)."""
_NULL_WANTED: Mapping[str, bool] = {"isNull": True, "isNotNull": False}
"""Per null test: whether it holds for a null field."""
_FUNCTIONS = FILTER_FUNCTIONS


def unsimulated() -> list[str]:
    """The spec's operators (by class, `volteras._generated.facts`) the simulator cannot evaluate:
    a filter naming one is refused as not simulated, never evaluated as some other operator."""
    return [
        operator
        for operators, known in (
            (FILTER_NULL_TESTS, _NULL_WANTED),
            (FILTER_COMPARISONS, _COMPARE),
            (FILTER_PATTERNS, _PATTERN_MODES),
        )
        for operator in sorted(operators)
        if operator not in known
    ]


_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}"  # date, hours, minutes
    r"(:[0-9]{2}(\.[0-9]+)?)?"  # seconds and their fraction
    r"([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?"  # offset
)


class FilterError(ValueError):
    """The filter is not valid JSON, not a valid filter tree, or compares values of different types."""


@dataclass(frozen=True)
class Filter:
    """A parsed filter: its JSON tree and the three-valued test it denotes."""

    tree: Any
    test: Test

    def evaluate(self, record: Mapping[str, Any]) -> Truth:
        """True, False or None (unknown); FilterError when the filter compares mismatched types."""
        return self.test(record)

    def matches(self, record: Mapping[str, Any]) -> bool:
        """Whether the listing includes ``record``: only when the filter is true (not unknown)."""
        return self.test(record) is True


def parse_filter(text: str) -> Filter:
    """Parse the ``filter`` query parameter.

    >>> parse_filter('{"field": "status", "operator": "==", "value": "FAILED"}').matches({"status": "FAILED"})
    True
    """
    if len(text) > MAX_LENGTH:
        raise FilterError(f"filter is longer than {MAX_LENGTH} characters")
    try:
        tree = loads_strict(text)
    except NestedTooDeeply:
        raise FilterError(f"filter is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:
        raise FilterError(f"filter is not valid JSON: {exc}") from None
    return Filter(tree, _Compiler().node(tree, "filter", 1))


def _all(parts: Sequence[Test]) -> Test:
    def test(record: Mapping[str, Any]) -> Truth:
        results = [part(record) for part in parts]  # every part, so every type error shows
        return False if False in results else None if None in results else True

    return test


def _any(parts: Sequence[Test]) -> Test:
    def test(record: Mapping[str, Any]) -> Truth:
        results = [part(record) for part in parts]
        return True if True in results else None if None in results else False

    return test


def _not(part: Test) -> Test:
    def test(record: Mapping[str, Any]) -> Truth:
        result = part(record)
        return None if result is None else not result

    return test


class _Compiler:
    def __init__(self) -> None:
        self.conditions = 0

    def node(self, node: Any, where: str, depth: int) -> Test:
        if depth > MAX_DEPTH:
            raise FilterError(f"{where}: filter is nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, list):
            return _all(self.nodes(node, where, depth))
        if not isinstance(node, dict):
            raise FilterError(f"{where}: expected an object or an array, got {_kind(node)}")
        functions = [key for key in node if key in _FUNCTIONS]
        if not functions:
            return self.condition(node, where)
        beside = sorted(set(node) - set(functions))
        if beside:
            raise FilterError(f"{where}: keys {beside} cannot sit beside and/or/not in one object")
        parts = []
        for function in functions:
            raw = node[function]
            if function == "not" and not (isinstance(raw, list) and len(raw) == 1):
                got = f"{len(raw)} nodes" if isinstance(raw, list) else _a(_kind(raw))
                raise FilterError(f"{where}.not: expected an array holding exactly one node, got {got}")
            children = self.nodes(raw, f"{where}.{function}", depth)
            if function == "not":
                parts.append(_not(children[0]))
            else:
                parts.append(_all(children) if function == "and" else _any(children))
        return parts[0] if len(parts) == 1 else _all(parts)

    def nodes(self, children: Any, where: str, depth: int) -> list[Test]:
        if not isinstance(children, list) or not children:
            raise FilterError(f"{where}: expected a non-empty array, got {_kind(children)}")
        return [self.node(child, f"{where}[{i}]", depth + 1) for i, child in enumerate(children)]

    def condition(self, node: dict[str, Any], where: str) -> Test:
        self.conditions += 1
        if self.conditions > MAX_CONDITIONS:
            raise FilterError(f"{where}: filter has more than {MAX_CONDITIONS} conditions")
        extra = sorted(set(node) - {"field", "operator", "value"})
        if extra:
            raise FilterError(f"{where}: unexpected keys {extra}")
        name, operator = node.get("field"), node.get("operator")
        if not isinstance(name, str) or not name or "" in name.split("."):
            raise FilterError(f"{where}.field: expected a dot-separated field name, got {name!r}")
        if operator not in OPERATORS:
            raise FilterError(
                f"{where}.operator: unsupported operator {operator!r}; expected one of {list(OPERATORS)}"
            )
        path = name.split(".")
        if operator in FILTER_NULL_TESTS and operator in _NULL_WANTED:
            if node.get("value") is not None:
                raise FilterError(f"{where}.value: {operator} takes no value")
            wanted = _NULL_WANTED[operator]
            return lambda record: (_lookup(record, path) is None) == wanted
        value = node.get("value")
        if value is None:
            raise FilterError(f"{where}.value: {operator} needs a value (test for null with isNull)")
        if isinstance(value, dict | list):
            raise FilterError(f"{where}.value: expected a string, number or boolean, got {_kind(value)}")
        if operator in FILTER_COMPARISONS and operator in _COMPARE:
            return _comparison(path, name, operator, value, where)
        if operator in FILTER_PATTERNS and operator in _PATTERN_MODES:
            if not isinstance(value, str):
                raise FilterError(f"{where}.value: a {operator} pattern is a string, got {_kind(value)}")
            return _pattern(path, name, operator, value, where)
        raise FilterError(f"{where}.operator: {operator!r} is in the spec but not simulated yet")


def _lookup(record: Mapping[str, Any], path: Sequence[str]) -> Any:
    value: Any = record
    for step in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(step)
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "ao" else f"a {kind}"


def _instant(text: str) -> datetime | None:
    if not _DATE_TIME.fullmatch(text):
        return None
    try:
        moment = datetime.fromisoformat(text.upper())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _comparison(path: Sequence[str], name: str, operator: str, value: Any, where: str) -> Test:
    compare = _COMPARE[operator]
    wanted = _kind(value)
    instant = _instant(value) if isinstance(value, str) else None

    def test(record: Mapping[str, Any]) -> Truth:
        found = _lookup(record, path)
        if found is None:
            return None
        kind = _kind(found)
        if kind != wanted:
            raise FilterError(
                f"{where}: field {name!r} holds {_a(kind)}, "
                f"which cannot be compared with the {wanted} value using {operator!r}"
            )
        if instant is not None:
            other = _instant(found)
            if other is not None:
                return compare(other, instant)
        return compare(found, value)

    return test


_RUN = None  # a token matching any run of characters; "" matches one; any other str itself


def _tokens(pattern: str, fold: bool, where: str) -> list[str | None]:
    tokens: list[str | None] = []
    escaped = False
    for char in pattern:
        if escaped or char not in "\\%_":
            tokens.extend(char.lower() if fold else char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%":
            if tokens[-1:] != [_RUN]:
                tokens.append(_RUN)
        else:
            tokens.append("")
    if escaped:
        raise FilterError(f"{where}.value: a pattern must not end with the escape character \\")
    return tokens


def _like(text: str, tokens: Sequence[str | None]) -> bool:
    """Wildcard match in O(len(text) * len(tokens)): after a run, retry one character further."""
    t = p = 0
    run_at, run_text = -1, 0
    while t < len(text):
        if p < len(tokens) and tokens[p] is not _RUN and tokens[p] in ("", text[t]):
            t, p = t + 1, p + 1
        elif p < len(tokens) and tokens[p] is _RUN:
            run_at, run_text, p = p, t, p + 1
        elif run_at >= 0:
            run_text += 1
            t, p = run_text, run_at + 1
        else:
            return False
    return all(token is _RUN for token in tokens[p:])


def _pattern(path: Sequence[str], name: str, operator: str, pattern: str, where: str) -> Test:
    fold, negate = _PATTERN_MODES[operator]
    tokens = _tokens(pattern, fold, where)

    def test(record: Mapping[str, Any]) -> Truth:
        found = _lookup(record, path)
        if found is None:
            return None
        if not isinstance(found, str):
            kind = _a(_kind(found))
            raise FilterError(f"{where}: field {name!r} holds {kind}; {operator} tests strings only")
        return _like(found.lower() if fold else found, tokens) != negate

    return test
