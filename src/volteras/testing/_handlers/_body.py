"""Reading and checking JSON request bodies, with errors that name the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from dateutil.parser import isoparse

from .._errors import validation
from .._wire import RecordedRequest, is_number, loads_strict

if TYPE_CHECKING:
    from .._router import Call

Check = Callable[[object], bool]


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_str(value: object) -> bool:
    return isinstance(value, str)


def optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def one_of(values: tuple[str, ...]) -> Check:
    return lambda value: isinstance(value, str) and value in values


def list_of(check: Check, *, min_items: int = 0, max_items: int | None = None) -> Check:
    def checked(value: object) -> bool:
        if not isinstance(value, list) or len(value) < min_items:
            return False
        return (max_items is None or len(value) <= max_items) and all(check(item) for item in value)

    return checked


number: Check = is_number


def read_object(request: RecordedRequest, *, required: bool = True) -> dict[str, Any] | None:
    """The body as a JSON object (``None`` when empty and not required)."""
    if not request.body.strip():
        if required:
            raise validation("A request body is required.", [{"loc": ["body"], "msg": "field required"}])
        return None
    try:
        payload = loads_strict(request.body)
    except ValueError:
        raise validation("The request body is not valid JSON.") from None
    if not isinstance(payload, dict):
        raise validation(
            "The request body must be a JSON object.", [{"loc": ["body"], "msg": "not an object"}]
        )
    return payload


def check_fields(
    payload: Mapping[str, Any],
    required: Mapping[str, Check],
    optional_fields: Mapping[str, Check] | None = None,
    *,
    where: tuple[str | int, ...] = ("body",),
    extra_allowed: bool = True,
) -> None:
    """Refuse missing, mistyped (and, unless allowed, unknown) fields, naming each one."""
    errors: list[dict[str, Any]] = []
    for name, check in required.items():
        if name not in payload:
            errors.append({"loc": [*where, name], "msg": "field required"})
        elif not check(payload[name]):
            errors.append({"loc": [*where, name], "msg": "wrong type or value"})
    for name, check in (optional_fields or {}).items():
        if name in payload and not check(payload[name]):
            errors.append({"loc": [*where, name], "msg": "wrong type or value"})
    if not extra_allowed:
        known = set(required) | set(optional_fields or {})
        errors.extend(
            {"loc": [*where, name], "msg": "extra field not permitted"}
            for name in payload
            if name not in known
        )
    if errors:
        names = ", ".join(".".join(str(part) for part in error["loc"][1:]) for error in errors)
        raise validation(f"The request body is invalid: {names}.", errors)


def query_datetime(call: Call, name: str) -> datetime | None:
    """The query parameter `name` read as an ISO 8601 date-time; None when it is absent or empty.

    A value without a time zone comes back naive: what that means differs by operation.
    """
    raw = call.query(name)
    if raw is None or raw == "":
        return None
    try:
        return isoparse(raw)
    except ValueError:
        raise validation(
            f"{name} must be an ISO 8601 date-time.", [{"loc": ["query", name], "msg": raw}]
        ) from None
