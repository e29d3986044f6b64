# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
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
