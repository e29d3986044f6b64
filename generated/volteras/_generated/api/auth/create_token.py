# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get an access token.

Exchanges the client id and secret (HTTP Basic) for a bearer token, or renews one with
`grant_type=refresh_token`.
"""

from typing import Any, Final

from ...models.token_request import TokenRequest
from ...types import UNSET, Operation, Unset

METHOD: Final = "POST"
PATH: Final = "/v1/oauth2/token"
OPERATION: Final = Operation("create_token", METHOD, PATH, "token")


def _get_kwargs(
    *,
    body: TokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return _kwargs
