"""Fixtures for the reliability proofs: no backoff sleeps, so retries cost no wall time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import volteras._retry


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    """Switch retry backoff off for the test, then restore whatever was set before."""
    was_testing = not volteras._retry.backoff_enabled()
    volteras._retry.set_testing(True)
    try:
        yield
    finally:
        volteras._retry.set_testing(was_testing)
