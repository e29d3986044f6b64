# Generated from spec/volteras.yaml by `make generate`. Do not edit.
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
