"""Checks for the simulator's settings, made when they are given: a NaN lifetime or an infinite
timeout accepted here would only show up later as every request answering 500.

Shared by `Simulator(...)`, `add_vehicle` and the `serve` command line, whose flags turn the
same ValueError into a usage error.
"""

from __future__ import annotations

import math
from typing import Final

DEFAULT_MAX_RECORDS: Final = 10_000
"""How many requests, token requests and webhook delivery attempts a simulator keeps (the latest)."""


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number of seconds, not {value!r}")
    return float(value)


def positive_seconds(name: str, value: object) -> float:
    seconds = _number(name, value)
    if seconds <= 0:
        raise ValueError(f"{name} must be positive, not {value!r}")
    return seconds


def seconds(name: str, value: object) -> float:
    """A finite number of seconds >= 0."""
    number = _number(name, value)
    if number < 0:
        raise ValueError(f"{name} must be >= 0, not {value!r}")
    return number


def count(name: str, value: object, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum}, not {value!r}")
    return value
