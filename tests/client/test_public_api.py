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


def test_every_model_and_enum_is_public_in_volteras_models() -> None:
    """`volteras.models` offers every generated model and enum by name, for type hints and bodies."""
    from volteras._generated import models as generated

    import volteras.models

    assert volteras.models.__all__ == generated.__all__
    for name in volteras.models.__all__:
        assert getattr(volteras.models, name) is getattr(generated, name)
    assert sorted(volteras.models.__all__) == sorted(n for n in dir(volteras.models) if not n.startswith("_"))


def test_models_load_on_first_use_in_a_fresh_process() -> None:
    """`from volteras.models import Vehicle` works in a fresh process and loads only the models it needs."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import volteras.models\n"
        "before = {m for m in sys.modules if m.startswith('volteras._generated.models.')}\n"
        "from volteras.models import RateLimit, Vehicle, VehicleTelemetry\n"
        "import volteras\n"
        "assert volteras.models.Vehicle is Vehicle\n"
        "print(Vehicle.__name__, VehicleTelemetry.__name__, RateLimit.__name__)\n"
        "print('volteras._generated.models.vehicle_telemetry' in before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Vehicle VehicleTelemetry RateLimit", "False"]


def test_unknown_model_name_is_an_attribute_error() -> None:
    """A typo in a model name raises AttributeError naming it, as for any module."""
    import pytest

    import volteras.models

    with pytest.raises(AttributeError, match="Vehicel"):
        volteras.models.Vehicel  # noqa: B018
