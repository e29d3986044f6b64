"""The one-pass builder gives exactly what from_dict + check_fields give, or steps aside."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from volteras_openapi.models import CommandUpdated, DeviceConnected, RateLimitUpdated

from volteras._flat import build_flat
from volteras._parsing import check_fields

MODELS = (CommandUpdated, DeviceConnected, RateLimitUpdated)
KEYS = ["id", "deviceType", "deviceId", "command", "status", "failedReason", "remaining_requests", "max_requests",
        "domain", "window_size_seconds", "object_id", "key", "extra"]  # fmt: skip
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.sampled_from(
        ["VEHICLE", "LOCK_DOORS", "EXECUTED", "OEM_VEHICLE_OFFLINE", "BMW_ENERGY_API_COMMANDS", "x"]
    ),
    st.lists(st.integers(), max_size=2),
)


def _generic(model: type, payload: dict[str, Any]) -> object | None:
    try:
        built = model.from_dict(payload)  # type: ignore[attr-defined]
        check_fields(built)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return built


@settings(max_examples=150, deadline=None)
@given(model=st.sampled_from(MODELS), payload=st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8))
def test_fast_path_matches_generated_parsing(model: type, payload: dict[str, Any]) -> None:
    """For any payload, the fast builder's model equals from_dict's (checked), and it never accepts what checking refuses."""
    fast = build_flat(model, payload)
    generic = _generic(model, payload)
    if fast is not None:
        assert generic is not None
        assert fast == generic
        assert fast.additional_properties == generic.additional_properties  # type: ignore[attr-defined]
    elif generic is not None:
        raise AssertionError(f"fast path refused a payload the generic path accepts: {payload!r}")


def test_models_with_dates_use_the_generated_parser() -> None:
    """A model with a date-time or nested field is not built by the fast path (the generated parser handles it)."""
    from volteras_openapi.models import AlertUpdated, CommandExecution

    assert build_flat(AlertUpdated, {"id": "a"}) is None
    assert build_flat(CommandExecution, {"vehicleId": "v", "command": "LOCK_DOORS"}) is None
