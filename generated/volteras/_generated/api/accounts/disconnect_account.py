# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Disconnect an account."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/accounts/{account_id}:disconnect"
OPERATION: Final = Operation("disconnect_account", METHOD, PATH, "change")


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            account_id=path_segment("account_id", account_id),
        ),
    }
    return _kwargs
