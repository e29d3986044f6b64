# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
"""Start connecting a manufacturer account.

Answers with a consent link for the vehicle owner to open.
"""

from typing import Any, Final

from ...models.account_connect_payload import AccountConnectPayload
from ...types import Operation

METHOD: Final = "POST"
PATH: Final = "/v1/accounts:connect"
OPERATION: Final = Operation("connect_account", METHOD, PATH, "create")


def _get_kwargs(
    *,
    body: AccountConnectPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
