# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Facts of the spec that are no model: the grammar of every listing's `filter` parameter."""

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
FILTER_FUNCTIONS: Final = (
    "and",
    "or",
    "not",
)
"""The boolean functions that combine conditions: `{"and": [...]}`, and so on."""
