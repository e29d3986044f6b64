"""How the generated methods' arguments are checked and coerced before any request is built.

Each raises TypeError or ValueError naming the argument, so bad input never reaches the wire.
The generated resource modules import these through `volteras._resource`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, overload

M = TypeVar("M")


def check_page_size(page_size: int | None) -> int | None:
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise ValueError(f"page_size must be a positive int, not {page_size!r}")
    return page_size


@overload
def as_datetime(name: str, value: datetime.datetime | str) -> datetime.datetime: ...
@overload
def as_datetime(name: str, value: None) -> None: ...
def as_datetime(name: str, value: datetime.datetime | str | None) -> datetime.datetime | None:
    """A timezone-aware datetime from a datetime or an ISO 8601 string; naive times are ambiguous."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)  # 3.11 reads every ISO 8601 form
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"{name} {value!r} is not an ISO 8601 date-time: {exc}") from None
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime or an ISO 8601 string, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} {value.isoformat()} has no timezone; pass an aware datetime")
    return value


@overload
def as_model(name: str, model: type[M], value: None) -> None: ...
@overload
def as_model(name: str, model: type[M], value: M | Mapping[str, Any]) -> M: ...
def as_model(name: str, model: type[M], value: M | Mapping[str, Any] | None) -> M | None:
    """The generated model, built from a plain dict in the documented JSON shape when given one."""
    if value is None or isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a {model.__name__} or a dict, not {type(value).__name__}")
    try:
        built: M = model.from_dict(value)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{name} is not a valid {model.__name__}: {type(exc).__name__}: {exc}") from None
    return built


@overload
def as_models(name: str, model: type[M], values: Sequence[M | Mapping[str, Any]]) -> list[M]: ...
@overload
def as_models(name: str, model: type[M], values: None) -> None: ...
def as_models(name: str, model: type[M], values: Sequence[M | Mapping[str, Any]] | None) -> list[M] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of {model.__name__} or dicts, not {type(values).__name__}")
    built = []
    for index, value in enumerate(values):
        if value is None:
            raise TypeError(f"{name}[{index}] is None, not a {model.__name__} or a dict")
        built.append(as_model(f"{name}[{index}]", model, value))
    return built
