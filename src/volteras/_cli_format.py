"""How the `volteras` command line shows executions, tables and errors."""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Sequence
from typing import Any

from ._enums import describe_reason, is_documented_reason
from ._errors import APIConnectionError, APIError, ResponseValidationError, VolterasError
from ._generated.models import CommandExecution, TokenInfo

_MISSING = "-"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls, and the bidi marks and overrides that can make text read otherwise."""


def safe(value: str) -> str:
    """Server text made harmless for a terminal: control characters (escape sequences that set
    the window title, clear the screen or write the clipboard) are shown escaped, not obeyed."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), value)


def text(value: object) -> str:
    """A field as plain text: enum values bare, datetimes in UTC with Z, unset or null as '-'."""
    if value is None or (not value and value is not False and value != 0):
        return _MISSING
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC)
        return value.isoformat().replace("+00:00", "Z")
    return safe(str(value))


def execution_line(execution: CommandExecution) -> str:
    """One readable line: id, command, vehicle, status, executed at."""
    fields = (execution.id, execution.command, execution.vehicle_id, execution.status, execution.executed_at)
    return "  ".join(text(field) for field in fields)


def failure_lines(execution: CommandExecution) -> list[str]:
    """Why a FAILED execution failed: the reason as sent, plus our words for documented codes."""
    reason = execution.failed_reason
    if not isinstance(reason, str) or not reason:
        return ["reason: (none given)"]
    lines = [f"reason: {safe(reason)}"]
    if is_documented_reason(reason):
        lines.append(f"  {describe_reason(reason)}")
    return lines


def as_json(value: object) -> Any:
    """The JSON form of what a method returned: a model's wire dict, a list of them, or None."""
    if isinstance(value, list):
        return [as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def fields(model: object) -> list[str]:
    """`key: value` lines of a model's wire form, nested objects as dotted keys."""
    lines: list[str] = []

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict) and value:
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, list) and value and any(isinstance(v, dict) for v in value):
            for index, inner in enumerate(value):
                walk(f"{prefix}[{index}]", inner)
        else:
            shown = ", ".join(map(str, value)) or None if isinstance(value, list) else value
            lines.append(f"{safe(prefix)}: {text(shown)}")

    walk("", as_json(model))
    return lines


def table(items: Sequence[Any]) -> str:
    """A small aligned table with a header row: executions by their useful columns, anything else
    by its top-level plain fields."""
    if items and all(isinstance(item, CommandExecution) for item in items):
        header: tuple[str, ...] = ("ID", "COMMAND", "STATUS", "EXECUTED AT", "REASON")
        rows = [header] + [
            (text(e.id), text(e.command), text(e.status), text(e.executed_at), text(e.failed_reason))
            for e in items
        ]
    else:
        dicts = [as_json(item) for item in items]
        keys = [
            key
            for key in dict.fromkeys(k for d in dicts if isinstance(d, dict) for k in d)
            if all(not isinstance(d.get(key), dict | list) for d in dicts if isinstance(d, dict))
        ]
        keys = sorted(keys, key=lambda key: key != "id")[:8]  # the id first: it is what a reader copies
        header = tuple(re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).upper() for key in keys)
        rows = [header] + [
            tuple(text(d.get(key)) if isinstance(d, dict) else "" for key in keys) for d in dicts
        ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)


def token_dict(info: TokenInfo) -> dict[str, Any]:
    return {"clientId": info.client_id, "organizationId": info.organization_id}


def _finite(value: object) -> object:
    """`value` with every NaN or infinity (which JSON does not have) written as a string, as
    protobuf's JSON mapping does: "NaN", "Infinity", "-Infinity"."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def to_json(document: object, *, indent: int | None = 2) -> str:
    """The one JSON document `--json` prints: strict JSON (no bare NaN), keys sorted, stable across runs.

    ASCII only, so no terminal encoding can fail on it; `indent=None` gives one line (NDJSON).
    """
    return json.dumps(_finite(document), sort_keys=True, indent=indent, default=str, allow_nan=False)


def error_dict(
    code: str | None, message: str, request_id: str | None = None, status: int | None = None
) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "requestId": request_id, "status": status}}


def describe_error(exc: VolterasError) -> dict[str, Any]:
    """The `{"error": ...}` document for an API, connection or response error."""
    if isinstance(exc, APIError):
        return error_dict(exc.code or f"HTTP_{exc.status_code}", exc.message, exc.request_id, exc.status_code)
    if isinstance(exc, APIConnectionError):
        return error_dict("CONNECTION_ERROR", str(exc))
    if isinstance(exc, ResponseValidationError):
        return error_dict("RESPONSE_VALIDATION_ERROR", str(exc), exc.request_id, exc.status_code)
    return error_dict("ERROR", str(exc))


def error_lines(document: dict[str, Any]) -> list[str]:
    """The human form of an error document, for stderr; with the execution, when one was created."""
    error = document["error"]
    status = f" (HTTP {error['status']})" if error.get("status") is not None else ""
    lines = [f"error: {text(error['code'])}{status}: {text(error['message'])}"]
    if error.get("requestId"):
        lines.append(f"requestId: {text(error['requestId'])}")
    return lines
