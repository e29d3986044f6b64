"""Clocks: the wall clock for ``serve``, a manual one for tests.

Command status is derived from the clock whenever an execution is read, so a
test that owns a :class:`ManualClock` makes commands finish or time out by
advancing it, instead of sleeping.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

DEFAULT_START = datetime(2024, 1, 1, tzinfo=UTC)


@runtime_checkable
class Clock(Protocol):
    """Anything with ``now()`` returning an aware UTC ``datetime``."""

    def now(self) -> datetime: ...


class WallClock:
    """Real time, in UTC."""

    def now(self) -> datetime:
        """Return the current time."""
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "WallClock()"


class ManualClock:
    """A clock that only moves when told to; safe to share between threads.

    >>> clock = ManualClock()
    >>> clock.advance(1.5).isoformat()
    '2024-01-01T00:00:01.500000+00:00'
    """

    def __init__(self, start: datetime | None = None) -> None:
        start = DEFAULT_START if start is None else start
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Return the clock's current time."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        """Move the clock forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += timedelta(seconds=seconds)
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock({self.now().isoformat()!r})"
