"""`import volteras`: the public names are exactly those in `__all__`, and all of them resolve."""

from __future__ import annotations

import types

import volteras


def _public_names() -> set[str]:
    return {
        name
        for name in dir(volteras)
        if not name.startswith("_") and not isinstance(getattr(volteras, name), types.ModuleType)
    }


def test_all_lists_exactly_the_public_names() -> None:
    """volteras.__all__ names every public attribute of the package and nothing else, without duplicates."""
    assert len(volteras.__all__) == len(set(volteras.__all__))
    assert set(volteras.__all__) == _public_names()


def test_every_name_in_all_resolves() -> None:
    """Every name in __all__ is an attribute of the package (so `from volteras import *` works)."""
    namespace: dict[str, object] = {}
    exec("from volteras import *", namespace)  # noqa: S102
    for name in volteras.__all__:
        assert getattr(volteras, name) is not None
        assert namespace[name] is getattr(volteras, name)


def test_exception_tree() -> None:
    """Every exception the SDK raises derives from VolterasError, with APIError for server answers."""
    api_errors = [
        volteras.AuthenticationError,
        volteras.PermissionDeniedError,
        volteras.NotFoundError,
        volteras.CommandAlreadyInProgressError,
        volteras.RequestValidationError,
        volteras.RateLimitError,
        volteras.ServerError,
    ]
    assert all(issubclass(cls, volteras.APIError) for cls in api_errors)
    assert issubclass(volteras.APITimeoutError, volteras.APIConnectionError)
    for cls in [
        volteras.APIError,
        volteras.APIConnectionError,
        volteras.ResponseValidationError,
        volteras.CommandTimeoutError,
        volteras.CommandFailedError,
        volteras.WebhookVerificationError,
    ]:
        assert issubclass(cls, volteras.VolterasError)
        assert not issubclass(cls, volteras.APIError) or cls is volteras.APIError
