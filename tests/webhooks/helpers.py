"""Signing done the long way, independently of `volteras._webhooks`, so tests do not grade their own homework."""

from __future__ import annotations

import base64
import hashlib
import hmac

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER_SECRET = "whsec_" + base64.b64encode(b"another endpoint's key!!").decode()
NOW = 1_700_000_000
COMMAND_BODY = (
    b'{"id": "cmd_1", "deviceType": "VEHICLE", "deviceId": "veh_1", "command": "LOCK_DOORS",'
    b' "status": "EXECUTED", "failedReason": null}'
)


def clock() -> float:
    """A fixed 'now' for Webhooks(clock=...)."""
    return float(NOW)


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    """`v1,<base64 HMAC-SHA256>` of `{id}.{timestamp}.{body}`, keyed with the decoded secret."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def svix_headers(
    body: bytes = COMMAND_BODY,
    *,
    secret: str = SECRET,
    webhook_id: str = "msg_1",
    timestamp: int = NOW,
    prefix: str = "svix",
) -> dict[str, str]:
    """The three headers Svix sends with `body`, in one header family."""
    return {
        f"{prefix}-id": webhook_id,
        f"{prefix}-timestamp": str(timestamp),
        f"{prefix}-signature": sign(secret, webhook_id, timestamp, body),
    }
