"""A deterministic, schema-valid body for any answer, for operations without a stateful handler.

A new operation in the spec is served at once: its answer is built from its response schema,
taking the spec's `example` (or first of `examples`), `default` or first `enum` value where it
gives one, and otherwise the plainest value each keyword allows. The reply says so in its
`x-volteras-simulated: generic` header.
"""

from __future__ import annotations

import re
from typing import Any

from .._generated.operations import OperationSpec, Schema
from ._router import model_class
from ._schema import resolve

GENERIC_HEADER = ("x-volteras-simulated", "generic")
"""Marks an answer built from the schema rather than from the twin's state."""
_MOMENT = "2024-01-01T00:00:00Z"
_MAX_DEPTH = 64
"""Deep enough for every schema of the spec (none refers to itself); a guard should one ever do so."""


def example(schema: Schema, depth: int = 0) -> Any:
    """The plainest value `schema` accepts (the spec's own example when it has one)."""
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "$ref" in schema:
        return example(resolve(schema), depth + 1) if depth < _MAX_DEPTH else None
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"] or schema["anyOf"]
        return example(branches[0], depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth >= _MAX_DEPTH:
            return {}
        return {name: example(sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        count = max(1, schema.get("minItems", 0))
        if schema.get("maxItems", count) < count or depth >= _MAX_DEPTH:
            count = schema.get("minItems", 0)
        return [example(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema)
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        value = max(low, min(0, schema.get("maximum", 0)))
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {}


def _string(schema: Schema) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return _MOMENT
    if fmt == "date":
        return _MOMENT[:10]
    if fmt == "uri":
        return "https://example.invalid/"
    low: int = schema.get("minLength", 0)
    high: int = schema.get("maxLength", 64)
    pattern: str | None = schema.get("pattern")
    for seed in ("string", "0", "1", "A", "a"):
        text = (seed * max(1, low))[: max(low, min(high, len(seed) * max(1, low)))].ljust(low, seed[0])
        if low <= len(text) <= high and (pattern is None or re.search(pattern, text)):
            return text
    return "0" * low


def generic_answer(op: OperationSpec) -> tuple[int, Any, bool]:
    """(status, body, has a body): the first success status the spec declares, with its example."""
    status, schema = op.answers[0] if op.answers else (200, None)
    body = None if schema is None else example(schema)
    if op.paging == "cursor" and op.model is not None and isinstance(body, dict):
        page = model_class(op.model).from_dict(body)
        page.next_page_token = None  # one page: a walk ends here rather than follow a canned cursor
        body = page.to_dict()
    return status, body, schema is not None
