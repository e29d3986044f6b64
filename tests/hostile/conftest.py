"""Shared pieces for the hostile-input tests: backoff off, a mock *server* and the model type checks."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import volteras_openapi.types as volteras_types
from volteras_openapi.models import CommandArguments

import volteras
import volteras._retry
from volteras import AsyncVolteras, Volteras

BASE_URL = "https://api.example.test"
TOKEN_PATH = "/v1/oauth2/token"
VALID_TOKEN: dict[str, Any] = {
    "access_token": "at_valid",
    "token_type": "Bearer",
    "expires_in": 3600,
    "refresh_token": "rt_valid",
}
VALID_EXECUTION: dict[str, Any] = {
    "id": "cmd_1",
    "vehicleId": "veh_1",
    "command": "CLOSE_CHARGE_PORT",
    "commandArguments": None,
    "timeout": 300,
    "executedAt": None,
    "status": "PENDING",
    "failedReason": None,
}
VALID_TOKEN_INFO: dict[str, Any] = {"clientId": "id", "organizationId": "org_1"}
LAST_PAGE: dict[str, Any] = {"results": [], "nextPageToken": None, "totalResults": 0}


def as_bytes(body: object) -> bytes:
    """Raw bytes are sent as they are, anything else as JSON."""
    return body if isinstance(body, bytes) else json.dumps(body).encode()


Handler = Callable[[httpx.Request], httpx.Response]


def server(endpoint_body: object, token_body: object = VALID_TOKEN) -> Handler:
    """A fake API: the token endpoint answers `token_body`, any other path `endpoint_body`, all with 200.

    The second list request (one carrying a pageToken) gets an empty last page, so a fuzzed
    nextPageToken cannot make the pager loop.
    """

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, content=as_bytes(token_body))
        if "pageToken" in request.url.params:
            return httpx.Response(200, json=LAST_PAGE)
        return httpx.Response(200, content=as_bytes(endpoint_body))

    return handle


def sync_client(handler: Handler) -> Volteras:
    return Volteras(
        "id", "secret", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def async_client(handler: Handler) -> AsyncVolteras:
    async def handle(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return handler(request)

    return AsyncVolteras(
        "id",
        "secret",
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
    )


# ---- what a parsed model must look like ------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_unset(value: object) -> bool:
    return isinstance(value, volteras_types.Unset)


def assert_execution(execution: object) -> None:
    """Every field of a CommandExecution holds a value of its annotated type."""
    assert isinstance(execution, volteras.CommandExecution)
    assert isinstance(execution.vehicle_id, str)
    assert isinstance(execution.command, str)  # Command is a str enum
    assert execution.id is None or _is_unset(execution.id) or isinstance(execution.id, str)
    assert (
        execution.command_arguments is None
        or _is_unset(execution.command_arguments)
        or isinstance(execution.command_arguments, CommandArguments)
    )
    assert execution.timeout is None or _is_unset(execution.timeout) or _is_int(execution.timeout)
    assert (
        execution.executed_at is None
        or _is_unset(execution.executed_at)
        or isinstance(execution.executed_at, datetime.datetime)
    )
    assert execution.status is None or _is_unset(execution.status) or isinstance(execution.status, str)
    assert (
        execution.failed_reason is None
        or _is_unset(execution.failed_reason)
        or isinstance(execution.failed_reason, str)
    )
    assert isinstance(execution.additional_properties, dict)


def assert_token_info(info: object) -> None:
    """Both fields of a TokenInfo are str."""
    assert isinstance(info, volteras.TokenInfo)
    assert isinstance(info.client_id, str)
    assert isinstance(info.organization_id, str)
