# Generated from spec/volteras.yaml (sha256 ed8a0d2d1ea70bcb9e80a4e017d22ec80ab0b08797e9d585299b4f71d5ddac90) by `make generate`. Do not edit.
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
