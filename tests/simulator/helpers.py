"""Helpers shared by the simulator tests (plain httpx, no SDK)."""

from __future__ import annotations

import httpx

from tests.spec_facts import operations_of_kind, path_of

CLIENT = ("demo-client", "demo-secret")
ASLEEP = "Vehicle is asleep, try again later"
COMMANDS = {path.rpartition(":")[2]: op["operationId"] for _, path, op in operations_of_kind("command")}
"""Each command's operation id by its `:<action>`, the name the simulator tests parametrize over."""


def get_token(client: httpx.Client, credentials: tuple[str, str] = CLIENT) -> str:
    response = client.post(
        path_of("create_token"), data={"grant_type": "client_credentials"}, auth=credentials
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    """Check status, code and envelope shape; return the body."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code
    assert set(body) >= {"requestId", "timestamp", "error", "message"}
    assert body["requestId"] == response.headers["x-request-id"]
    assert isinstance(body["message"], str)
    assert body["message"]
    return dict(body)


def command_path(vehicle_id: str, action: str) -> str:
    """The command endpoint, with the vehicle id percent-encoded as one path segment."""
    return path_of(COMMANDS[action], vehicle_id=vehicle_id)


def executions_path(vehicle_id: str, execution_id: str | None = None) -> str:
    if execution_id is None:
        return path_of("list_command_executions", vehicle_id=vehicle_id)
    return path_of("get_command_execution", vehicle_id=vehicle_id, vehicle_command_execution_id=execution_id)
