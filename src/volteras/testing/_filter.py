"""The listing filter: a JSON tree of field tests joined by and/or/not.

A leaf is ``{"field": "command"|"status", "operator": OP, "value": ...}`` with
OP one of ``==``, ``!=``, ``isNull``, ``isNotNull``; ``{"and": [...]}``,
``{"or": [...]}`` and ``{"not": node}`` combine leaves. The parsed tree is kept
next to the predicate because a page token must be refused when the filter it
was issued with changes, and "changed" means a different tree, not different
whitespace.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._wire import loads_strict

Predicate = Callable[[Mapping[str, Any]], bool]

FIELDS = ("command", "status")
_MAX_DEPTH = 32


class FilterError(ValueError):
    """The filter is not valid JSON or not a valid filter tree."""


@dataclass(frozen=True)
class Filter:
    """A parsed filter: its JSON tree and the predicate it denotes."""

    tree: Any
    predicate: Predicate

    def matches(self, execution: Mapping[str, Any]) -> bool:
        return self.predicate(execution)


def parse_filter(text: str) -> Filter:
    """Parse the ``filter`` query parameter.

    >>> parse_filter('{"field": "status", "operator": "==", "value": "FAILED"}').matches({"status": "FAILED"})
    True
    """
    try:
        tree = loads_strict(text)
    except ValueError as exc:
        raise FilterError(f"filter is not valid JSON: {exc}") from None
    return Filter(tree, _node(tree, "filter", 0))


def _node(node: Any, where: str, depth: int) -> Predicate:
    if depth > _MAX_DEPTH:
        raise FilterError(f"{where}: filter is nested too deeply")
    if not isinstance(node, dict):
        raise FilterError(f"{where}: expected an object")
    keys = set(node)
    if keys in ({"and"}, {"or"}):
        (combinator,) = keys
        children = node[combinator]
        if not isinstance(children, list) or not children:
            raise FilterError(f"{where}.{combinator}: expected a non-empty list")
        parts = [_node(child, f"{where}.{combinator}[{i}]", depth + 1) for i, child in enumerate(children)]
        if combinator == "and":
            return lambda row: all(part(row) for part in parts)
        return lambda row: any(part(row) for part in parts)
    if keys == {"not"}:
        inner = _node(node["not"], f"{where}.not", depth + 1)
        return lambda row: not inner(row)
    return _leaf(node, where)


def _leaf(node: dict[str, Any], where: str) -> Predicate:
    extra = set(node) - {"field", "operator", "value"}
    if extra:
        raise FilterError(f"{where}: unexpected keys {sorted(extra)}")
    name, operator = node.get("field"), node.get("operator")
    if name not in FIELDS:
        raise FilterError(f"{where}.field: expected one of {list(FIELDS)}, got {name!r}")
    if operator in ("isNull", "isNotNull"):
        if node.get("value") is not None:
            raise FilterError(f"{where}.value: {operator} takes no value")
        if operator == "isNull":
            return lambda row: row.get(name) is None
        return lambda row: row.get(name) is not None
    if operator in ("==", "!="):
        if "value" not in node:
            raise FilterError(f"{where}.value: {operator} needs a value")
        value = node["value"]
        if value is not None and not isinstance(value, str):
            raise FilterError(f"{where}.value: expected a string or null")
        if operator == "==":
            return lambda row: row.get(name) == value
        return lambda row: row.get(name) != value
    raise FilterError(f"{where}.operator: unsupported operator {operator!r}")
