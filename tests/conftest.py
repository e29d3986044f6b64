"""Fixtures shared by every test package.

Each package defines its own `sim` (the vehicles and clients its tests need); `base_url` serves
whichever `sim` the requesting package defines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import volteras._retry
from volteras.testing import ManualClock, Simulator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    """Retry decisions stay real, but their backoff sleeps cost no wall time (stamina's testing mode)."""
    was_testing = not volteras._retry.backoff_enabled()
    volteras._retry.set_testing(True)
    try:
        yield
    finally:
        volteras._retry.set_testing(was_testing)


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when the test says so."""
    return ManualClock()


@pytest.fixture
def base_url(sim: Simulator) -> Iterator[str]:
    """The package's simulator, served over real HTTP on 127.0.0.1."""
    with sim.serve() as url:
        yield url
