# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Check whether VINs can be connected.

Starts a background check (202); read its results by the returned id.
"""

from typing import Any, Final

from ...models.bulk_vin_eligibility_request import BulkVinEligibilityRequest
from ...types import Operation

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/eligibility"
OPERATION: Final = Operation("check_eligibility", METHOD, PATH, "create")


def _get_kwargs(
    *,
    body: BulkVinEligibilityRequest,
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
