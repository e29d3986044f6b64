# Generated from spec/volteras.yaml by `make generate`. Do not edit.
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
