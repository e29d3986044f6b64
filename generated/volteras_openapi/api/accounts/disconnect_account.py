# Generated from spec/volteras.yaml (sha256 af7001cf1a2f9fc753eb642bb4f3661ff36c1365e7ffe3ccac785e9ca3229f42) by `make generate`. Do not edit.
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
