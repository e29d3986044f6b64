"""The cryptography of webhooks: secrets, the signed content, and HMAC-SHA256 under a prepared key."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Final

from ._errors import WebhookVerificationError

SECRET_PREFIX: Final = "whsec_"  # noqa: S105 (the prefix every secret starts with)


def decode_secret(secret: object, label: str = "secret") -> bytes:
    """The HMAC key in `whsec_<base64>` (the prefix is optional, padding too, as in Svix's libraries)."""
    if not isinstance(secret, str):
        raise WebhookVerificationError(
            "malformed_secret", f"{label} must be a str, got {type(secret).__name__}"
        )
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            "malformed_secret", f"{label} is not base64 (expected whsec_ followed by base64)"
        ) from None
    if not key:
        raise WebhookVerificationError("malformed_secret", f"{label} is empty")
    return key


def signed_content(webhook_id: bytes, timestamp: int, body: bytes) -> bytes:
    """What a signature covers: the only place the signed layout is written down."""
    return b"%s.%d.%s" % (webhook_id, timestamp, body)


def signature(key: bytes, webhook_id: str, timestamp: int, body: bytes) -> str:
    """One `v1,<base64>` signature entry."""
    digest = hmac.digest(key, signed_content(webhook_id.encode(), timestamp, body), hashlib.sha256)
    return "v1," + base64.b64encode(digest).decode("ascii")


_BLOCK: Final = 64  # SHA-256's block size in bytes
_IPAD: Final = bytes(byte ^ 0x36 for byte in range(256))
_OPAD: Final = bytes(byte ^ 0x5C for byte in range(256))


class KeyedSha256:
    """HMAC-SHA256 under one key, with the key's two padded blocks hashed once (RFC 2104).

    `hmac.digest` hashes them again for every message, which for a webhook-sized body is about a
    third of the work, and a keyed `hmac.HMAC` spends as much again in Python when copied; copies
    of two prepared `hashlib` states are the cheapest exact HMAC the standard library allows.
    Signing stays on `hmac.digest` (see `signature`), so every verification test also checks this
    against the standard library; the tests cover keys shorter than, equal to and longer than the
    64-byte block, which HMAC hashes first.
    """

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        if len(key) > _BLOCK:
            key = hashlib.sha256(key).digest()
        key = key.ljust(_BLOCK, b"\0")
        self._inner = hashlib.sha256(key.translate(_IPAD))
        self._outer = hashlib.sha256(key.translate(_OPAD))

    def digest(self, message: bytes) -> bytes:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def generate_secret() -> str:
    """A fresh `whsec_` secret of 24 random bytes, the size Svix issues."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode("ascii")
