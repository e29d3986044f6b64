"""Checks for the simulator's settings, made when they are given: a NaN lifetime or an infinite
timeout accepted here would only show up later as every request answering 500.

Shared by `Simulator(...)`, `add_vehicle` and the `serve` command line, whose flags turn the
same ValueError into a usage error.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, cast

if TYPE_CHECKING:
    from ._clock import Clock

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


def text(name: str, value: object) -> str:
    """A str argument, or a TypeError naming it (`add_vehicle(123)`); an empty one is allowed, as
    hostile-id tests send it on purpose."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def optional_text(name: str, value: object) -> str | None:
    return None if value is None else text(name, value)


def scope_set(name: str, value: object) -> frozenset[str]:
    """Scopes as an iterable of str; a bare str (``"vehicle:all"``) would read as its characters."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        kind = type(value).__name__
        raise TypeError(f"{name} must be an iterable of scope strings (a tuple or list), not {kind}")
    return frozenset(text(f"{name} item", scope) for scope in value)


def clock_arg(value: object) -> Clock | None:
    """None (the wall clock) or a Clock (anything with a ``now()`` method), else a TypeError."""
    if value is None or callable(getattr(value, "now", None)):
        return cast("Clock | None", value)
    raise TypeError(
        f"clock must be a volteras.testing Clock (e.g. ManualClock()), not {type(value).__name__}"
    )


def texts(**values: object) -> None:
    """Each keyword a str (see `text`)."""
    for name, value in values.items():
        text(name, value)


def optional_texts(**values: object) -> None:
    """Each keyword None or a str."""
    for name, value in values.items():
        optional_text(name, value)
