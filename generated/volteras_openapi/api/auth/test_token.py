# Generated from spec/volteras.yaml (sha256 af7001cf1a2f9fc753eb642bb4f3661ff36c1365e7ffe3ccac785e9ca3229f42) by `make generate`. Do not edit.
"""Check an access token.

Tells which client and organization the presented bearer token belongs to.
"""

from typing import Any, Final

from ...types import Operation

METHOD: Final = "POST"
PATH: Final = "/v1/oauth2/test-token"
OPERATION: Final = Operation("test_token", METHOD, PATH, "read")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    return _kwargs
