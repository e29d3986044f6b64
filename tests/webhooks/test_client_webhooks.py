"""`client.webhooks`: the same verifier as `volteras.Webhooks`, with the client's secret or the environment's."""

from __future__ import annotations

import json

import pytest

from volteras import AsyncVolteras, CommandUpdated, Volteras, Webhooks, WebhookVerificationError

from .helpers import SECRET

BODY = json.dumps(
    {
        "id": "cmd_1",
        "deviceType": "VEHICLE",
        "deviceId": "veh_1",
        "command": "LOCK_DOORS",
        "status": "EXECUTED",
    }
).encode()


def test_client_webhooks_unwraps_with_the_given_secret() -> None:
    """A delivery signed with the secret given to the client unwraps to a typed event."""
    headers = Webhooks(SECRET).sign(BODY)
    with Volteras("id", "secret", base_url="http://127.0.0.1:9", webhook_secret=SECRET) as client:
        event = client.webhooks.unwrap(BODY, headers, event_type="command.updated")
    assert isinstance(event.data, CommandUpdated)
    assert event.data.device_id == "veh_1"


def test_async_client_webhooks_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without webhook_secret=, VOLTERAS_WEBHOOK_SECRET is used; a wrong signature is refused."""
    monkeypatch.setenv("VOLTERAS_WEBHOOK_SECRET", SECRET)
    client = AsyncVolteras("id", "secret", base_url="http://127.0.0.1:9")
    client.webhooks.verify(BODY, Webhooks(SECRET).sign(BODY))
    with pytest.raises(WebhookVerificationError):
        client.webhooks.verify(BODY + b" ", Webhooks(SECRET).sign(BODY))


def test_a_client_without_any_webhook_secret_is_still_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating a client needs no webhook secret; asking for client.webhooks without one is a typed error."""
    monkeypatch.delenv("VOLTERAS_WEBHOOK_SECRET", raising=False)
    client = Volteras("id", "secret", base_url="http://127.0.0.1:9")
    with pytest.raises(WebhookVerificationError):
        client.webhooks  # noqa: B018
    client.close()
