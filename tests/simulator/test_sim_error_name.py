"""The simulator's error answer is named apart from the SDK's `volteras.APIError`."""

from __future__ import annotations

import volteras
from volteras.testing import _errors


def test_simulated_error_cannot_be_mistaken_for_the_sdks_api_error() -> None:
    """No name in the simulator's error module reads as `APIError` in any letter case."""
    names = {name.lower() for name in vars(_errors)}
    assert volteras.APIError.__name__.lower() not in names
    assert not issubclass(_errors.SimulatedError, volteras.APIError)
