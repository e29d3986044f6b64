"""How the `volteras` command line shows executions, tables and errors."""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

from volteras_openapi.models import CommandExecution, TokenInfo

from ._enums import describe_reason, is_documented_reason
from ._errors import APIConnectionError, APIError, ResponseValidationError, VolterasError

_MISSING = "-"


def text(value: object) -> str:
    """A field as plain text: enum values bare, datetimes in UTC with Z, unset or null as '-'."""
    if value is None or not value:
        return _MISSING
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC)
        return value.isoformat().replace("+00:00", "Z")
    return str(value)


def execution_line(execution: CommandExecution) -> str:
    """One readable line: id, command, vehicle, status, executed at."""
    fields = (execution.id, execution.command, execution.vehicle_id, execution.status, execution.executed_at)
    return "  ".join(text(field) for field in fields)


def failure_lines(execution: CommandExecution) -> list[str]:
    """Why a FAILED execution failed: the reason as sent, plus our words for documented codes."""
    reason = execution.failed_reason
    if not isinstance(reason, str) or not reason:
        return ["reason: (none given)"]
    lines = [f"reason: {reason}"]
    if is_documented_reason(reason):
        lines.append(f"  {describe_reason(reason)}")
    return lines


def table(executions: Sequence[CommandExecution]) -> str:
    """A small aligned table of executions, with a header row."""
    header = ("ID", "COMMAND", "STATUS", "EXECUTED AT", "REASON")
    rows = [header] + [
        (
            text(e.id),
            text(e.command),
            text(e.status),
            text(e.executed_at),
            text(e.failed_reason),
        )
        for e in executions
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)


def token_dict(info: TokenInfo) -> dict[str, Any]:
    return {"clientId": info.client_id, "organizationId": info.organization_id}


def to_json(document: object) -> str:
    """The one JSON document `--json` prints: keys sorted, stable across runs."""
    return json.dumps(document, sort_keys=True, indent=2, default=str)


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
    """The human form of an error document, for stderr."""
    error = document["error"]
    status = f" (HTTP {error['status']})" if error.get("status") is not None else ""
    lines = [f"error: {error['code']}{status}: {error['message']}"]
    if error.get("requestId"):
        lines.append(f"requestId: {error['requestId']}")
    return lines
