"""The wire side of listing filters: operators, values and field names as the API's JSON takes them.

Shared by the `where(...)` builder and by `encode_filter`'s check of hand-written trees.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any

from ._generated.facts import (
    FILTER_COMPARISONS,
    FILTER_FUNCTIONS,
    FILTER_NULL_TESTS,
    FILTER_OPERATORS,
    FILTER_PATTERNS,
)

OPERATORS = FILTER_OPERATORS
"""The spec's filter operators (`x-volteras-filter`), each of one class below."""
NULL_TESTS = FILTER_NULL_TESTS
COMPARISONS = FILTER_COMPARISONS
PATTERNS = FILTER_PATTERNS
FUNCTIONS = FILTER_FUNCTIONS
CONDITION_KEYS = ("field", "operator", "value")
MAX_DEPTH = 32

_Wire = str | bool | int | float


def iso(moment: datetime, what: str) -> str:
    offset = moment.utcoffset()
    if offset is None:
        raise TypeError(
            f"{what}: the datetime {moment.isoformat()} has no timezone, so it names no instant; "
            "pass a timezone-aware datetime (e.g. tzinfo=datetime.UTC)"
        )
    if offset % timedelta(minutes=1):  # ISO 8601 offsets have no seconds
        moment, offset = moment.astimezone(UTC), timedelta(0)
    if offset == timedelta(0):
        return moment.replace(tzinfo=None).isoformat() + "Z"
    return moment.isoformat()


def wire_value(value: object, what: str) -> _Wire:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{what}: {value!r} is not a finite number; JSON has no NaN or infinity")
        return float(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, datetime):
        return iso(value, what)
    if isinstance(value, date | time):
        kind = type(value).__name__
        raise TypeError(f"{what}: a {kind} is not a date-time; pass a timezone-aware datetime")
    if value is None:
        raise TypeError(f"{what}: None is not a value to compare with; use .is_null() or .is_not_null()")
    raise TypeError(
        f"{what}: expected a str, bool, int, float or timezone-aware datetime, not {type(value).__name__}"
    )


def check_field(name: object, what: str) -> str:
    if not isinstance(name, str):
        raise TypeError(f"{what}: a field name is a str, not {type(name).__name__}")
    if not name or any(not part for part in name.split(".")):
        raise ValueError(f"{what}: {name!r} is not a field name (names joined by dots, none empty)")
    return name


def tree_depth(tree: Any) -> int:
    if isinstance(tree, list):
        return 1 + max(tree_depth(child) for child in tree)
    if isinstance(tree, dict) and not set(tree) & set(CONDITION_KEYS):
        return 1 + max(tree_depth(children) - 1 for children in tree.values())
    return 1


def dumps(tree: Any) -> str:
    return json.dumps(tree, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
