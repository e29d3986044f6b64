"""The generated low-level client on its own: any status code, error envelopes, path ids."""

from __future__ import annotations

import json

import httpx
import pytest
from volteras_openapi import AuthenticatedClient
from volteras_openapi.api.commands import close_charge_port
from volteras_openapi.api.executions import get_command_execution
from volteras_openapi.models import CommandExecution, ErrorResponse

ENVELOPE = {
    "requestId": "req_1",
    "timestamp": "2026-11-24T10:00:00Z",
    "error": "SERVER_ERROR",
    "message": "x",
}


def _client(status: int, body: bytes, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=body)

    client = AuthenticatedClient(base_url="https://api.example.test", token="t")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.example.test", transport=httpx.MockTransport(answer))
    )
    return client


@pytest.mark.parametrize("status", [499, 520, 599])
def test_status_codes_unknown_to_httpstatus_build_a_response(status: int) -> None:
    """499 and 520 give a Response with that int status instead of a ValueError from HTTPStatus."""
    response = close_charge_port.sync_detailed("veh_1", client=_client(status, b"<html>proxy</html>"))
    assert response.status_code == status
    assert response.parsed is None
    assert response.content == b"<html>proxy</html>"


def test_error_envelope_is_parsed_for_any_status() -> None:
    """An error answer with the envelope parses into ErrorResponse, whatever its status."""
    response = close_charge_port.sync_detailed("veh_1", client=_client(520, json.dumps(ENVELOPE).encode()))
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "SERVER_ERROR"


def test_success_parses_the_execution() -> None:
    """A 200 parses into CommandExecution, with the path id percent-encoded exactly once."""
    seen: list[httpx.Request] = []
    body = json.dumps({"vehicleId": "a b%", "command": "CLOSE_CHARGE_PORT", "status": "PENDING"}).encode()
    parsed = close_charge_port.sync("a b%", client=_client(200, body, seen))
    assert isinstance(parsed, CommandExecution)
    assert seen[0].url.raw_path == b"/v1/vehicles/a%20b%25/command-execution:close-charge-port"


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b"])
def test_path_ids_that_change_the_path_are_refused(bad: str) -> None:
    """Ids that would change the URL's meaning raise ValueError before any request."""
    seen: list[httpx.Request] = []
    with pytest.raises(ValueError, match="not a valid path segment"):
        get_command_execution.sync_detailed(
            vehicle_id=bad, vehicle_command_execution_id="cmd_1", client=_client(200, b"{}", seen)
        )
    assert seen == []
