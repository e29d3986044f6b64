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


# ---- the client's and the hand-written methods' arguments ---------------------------------------


@overload
def as_str(name: str, value: str) -> str: ...
@overload
def as_str(name: str, value: str | None) -> str | None: ...
def as_str(name: str, value: str | None) -> str | None:
    """`value` if it is a str (or None, "not given"); anything else is the caller's mistake."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def as_headers(name: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers as a dict of str to str; the Authorization header is the SDK's own."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, not {type(headers).__name__}")
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map str to str; {key!r} maps to a {type(value).__name__}")
        if key.lower() == "authorization":
            raise ValueError(f"{name} must not set Authorization: the SDK sends its own token")
    return dict(headers)


_QUERY_VALUE = str | int | float


def as_query(name: str, query: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as a dict of str to a str or number (or a list of them, for a repeated one)."""
    if not isinstance(query, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, not {type(query).__name__}")
    for key, value in query.items():
        values = value if isinstance(value, list | tuple) else [value]
        if not isinstance(key, str) or not all(
            isinstance(v, _QUERY_VALUE) and not isinstance(v, bool) for v in values
        ):
            raise TypeError(
                f"{name} must map str to str (or numbers); {key!r} maps to a {type(value).__name__}"
            )
    return dict(query)


def as_mapping(name: str, value: Mapping[str, Any] | None) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of argument names to values, not {type(value).__name__}")
    return dict(value)


def check_webhook_secret(secret: object) -> None:
    """At construction, not at the first webhook: the type of `webhook_secret=` (its value is
    checked when a webhook is verified, so a client that never receives one needs none)."""
    if secret is None or isinstance(secret, str):
        return
    if isinstance(secret, bytes | bytearray) or not isinstance(secret, Sequence):
        raise TypeError(f"webhook_secret must be a str or a list of str, not {type(secret).__name__}")
    for index, item in enumerate(secret):
        if not isinstance(item, str):
            raise TypeError(f"webhook_secret[{index}] must be a str, not {type(item).__name__}")


def check_http_client(http_client: object, expected: type) -> None:
    """A caller's http client of the kind the client drives (httpx.Client for Volteras,
    httpx.AsyncClient for AsyncVolteras), or None for the SDK's own pool."""
    if http_client is not None and not isinstance(http_client, expected):
        raise TypeError(
            f"http_client must be an httpx.{expected.__name__} (or None for the SDK's own), "
            f"not {type(http_client).__name__}"
        )


def execution_to_wait_for(execution: object) -> Any:
    """The CommandExecution `commands.wait` follows; an id alone does not say which vehicle it is on."""
    from ._generated.models import CommandExecution

    if not isinstance(execution, CommandExecution):
        raise TypeError(
            f"execution must be a CommandExecution (what a command method returns), not "
            f"{type(execution).__name__}; for an id, pass client.commands.get(vehicle_id, execution_id)"
        )
    return execution


def group_id_to_wait_for(group: object) -> str:
    """The group id `connections.wait` polls: given as a str, or read from what `create` returned."""
    from ._generated.models import BulkConnectStatusResponse, BulkConnectVehicleResponse

    if isinstance(group, str):
        return group
    if isinstance(group, BulkConnectVehicleResponse | BulkConnectStatusResponse) and isinstance(
        group.id, str
    ):
        return group.id
    raise TypeError(
        "group must be a group id (str) or what connections.create or connections.get returned, "
        f"not {type(group).__name__}"
    )
