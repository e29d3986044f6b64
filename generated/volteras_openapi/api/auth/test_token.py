# Generated from spec/volteras.yaml (sha256 ed8a0d2d1ea70bcb9e80a4e017d22ec80ab0b08797e9d585299b4f71d5ddac90) by `make generate`. Do not edit.
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
