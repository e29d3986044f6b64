# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Facts of the spec that are no model: the grammar of every listing's `filter` parameter, and
the page sizes a listing takes."""

from typing import Final

FILTER_OPERATORS: Final = (
    "isNull",
    "isNotNull",
    "==",
    "!=",
    ">",
    "<",
    ">=",
    "<=",
    "like",
    "ilike",
    "notIlike",
)
"""The operators of a `{"field", "operator", "value"}` condition."""
FILTER_NULL_TESTS: Final = frozenset(
    (
        "isNull",
        "isNotNull",
    )
)
"""The operators (class `nullTest`) whose condition takes no value."""
FILTER_COMPARISONS: Final = frozenset(
    (
        "==",
        "!=",
        ">",
        "<",
        ">=",
        "<=",
    )
)
"""The operators (class `comparison`) that compare the field with a string, number or boolean."""
FILTER_PATTERNS: Final = frozenset(
    (
        "like",
        "ilike",
        "notIlike",
    )
)
"""The operators (class `pattern`) that match a string field with a LIKE pattern."""
FILTER_FUNCTIONS: Final = (
    "and",
    "or",
    "not",
)
"""The boolean functions that combine conditions: `{"and": [...]}`, and so on."""
PAGE_SIZE_DEFAULT: Final = 20
"""The page size of a listing that asks for none."""
PAGE_SIZE_MAX: Final = 100
"""The largest `maxPageSize` a listing accepts; above it the API answers PAGE_SIZE_TOO_LARGE."""
