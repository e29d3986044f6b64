"""Listing filters: what every `filter=` parameter accepts, encoded to the query's JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

FilterArg = Mapping[str, Any] | Sequence[Mapping[str, Any]] | str


def encode_filter(value: FilterArg | None) -> str | None:
    """The compact JSON text of a filter given as a dict, a list of dicts, or JSON text."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))
