# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get one connected account."""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "GET"
PATH: Final = "/v1/accounts/{account_id}"
OPERATION: Final = Operation("get_account", METHOD, PATH, "read")


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
