"""Interoperability with the reference `standardwebhooks` library: each side accepts what the other signs."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime

import pytest
import standardwebhooks
from hypothesis import given, settings
from hypothesis import strategies as st

from volteras import WebhookEvent, Webhooks, WebhookVerificationError

from .helpers import COMMAND_BODY, SECRET

ids = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40)
json_bodies = st.dictionaries(
    st.text(max_size=10), st.one_of(st.text(max_size=20), st.integers(), st.none()), max_size=5
)


def test_we_verify_what_it_signs() -> None:
    """A delivery signed by standardwebhooks (webhook-* headers) unwraps here into the typed event."""
    now = datetime.now(UTC).replace(microsecond=0)
    signature = standardwebhooks.Webhook(SECRET).sign("msg_std", now, COMMAND_BODY.decode())
    headers = {
        "webhook-id": "msg_std",
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }
    event = Webhooks(SECRET).unwrap(COMMAND_BODY, headers)
    assert isinstance(event, WebhookEvent)
    assert event.type == "command.updated"
    assert event.webhook_id == "msg_std"


def test_it_verifies_what_we_sign() -> None:
    """Headers from Webhooks.sign, renamed to the webhook-* family, pass standardwebhooks' verify."""
    headers = Webhooks(SECRET).sign(COMMAND_BODY)
    renamed = {name.replace("svix-", "webhook-"): value for name, value in headers.items()}
    payload = standardwebhooks.Webhook(SECRET).verify(COMMAND_BODY, renamed)
    assert payload["id"] == "cmd_1"


def test_both_refuse_a_tampered_body() -> None:
    """A body changed after signing is refused by both implementations."""
    headers = Webhooks(SECRET).sign(COMMAND_BODY)
    renamed = {name.replace("svix-", "webhook-"): value for name, value in headers.items()}
    tampered = COMMAND_BODY.replace(b"EXECUTED", b"FAILED")
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(SECRET).verify(tampered, renamed)
    with pytest.raises(WebhookVerificationError):
        Webhooks(SECRET).verify(tampered, headers)


@settings(max_examples=40, deadline=None)
@given(key=st.binary(min_size=1, max_size=64), webhook_id=ids, payload=json_bodies)
def test_signatures_agree_for_any_key_id_and_body(
    key: bytes, webhook_id: str, payload: dict[str, object]
) -> None:
    """For random keys, ids and JSON bodies, both libraries produce the same signature and accept each other's."""
    secret = "whsec_" + base64.b64encode(key).decode()
    body = json.dumps(payload)
    timestamp = int(time.time())
    theirs = standardwebhooks.Webhook(secret).sign(webhook_id, datetime.fromtimestamp(timestamp, UTC), body)
    ours = Webhooks(secret).sign(body, webhook_id=webhook_id, timestamp=timestamp)
    assert ours["svix-signature"] == theirs
    standardwebhooks.Webhook(secret).verify(
        body, {n.replace("svix-", "webhook-"): v for n, v in ours.items()}
    )
    Webhooks(secret).verify(
        body, {"webhook-id": webhook_id, "webhook-timestamp": str(timestamp), "webhook-signature": theirs}
    )
