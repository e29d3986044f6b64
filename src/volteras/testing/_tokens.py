"""API clients and the tokens issued to them."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from .._generated.models import ScopeEnum
from ._wire import RecordedRequest

ALL_SCOPE: Final = ScopeEnum.VEHICLEALL
"""Grants every ``vehicle:*`` scope."""


@dataclass(frozen=True)
class Client:
    """An API client: credentials, scopes, and the organisation it acts for."""

    client_id: str
    client_secret: str
    scopes: frozenset[str]
    organization_id: str

    def may(self, scope: str | None) -> bool:
        return scope is None or scope in self.scopes or ALL_SCOPE in self.scopes


@dataclass
class Token:
    client_id: str
    expires_at: datetime
    revoked: bool = False


def bearer(request: RecordedRequest) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def basic_credentials(request: RecordedRequest) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None
