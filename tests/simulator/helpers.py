"""Helpers shared by the simulator tests (plain httpx, no SDK)."""

from __future__ import annotations

from urllib.parse import quote

import httpx

CLIENT = ("demo-client", "demo-secret")
ASLEEP = "Vehicle is asleep, try again later"


def get_token(client: httpx.Client, credentials: tuple[str, str] = CLIENT) -> str:
    response = client.post("/v1/oauth2/token", data={"grant_type": "client_credentials"}, auth=credentials)
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
    return f"/v1/vehicles/{quote(vehicle_id, safe='')}/command-execution:{action}"


def executions_path(vehicle_id: str, execution_id: str | None = None) -> str:
    path = f"/v1/vehicles/{quote(vehicle_id, safe='')}/command-executions"
    return path if execution_id is None else f"{path}/{quote(execution_id, safe='')}"
