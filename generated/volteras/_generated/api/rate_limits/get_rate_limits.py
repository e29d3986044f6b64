# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Get the rate limits that apply to an object."""

from typing import Any, Final

from ...models.rate_limit_domain import RateLimitDomain
from ...types import UNSET, Operation

METHOD: Final = "GET"
PATH: Final = "/v1/rate-limits"
OPERATION: Final = Operation("get_rate_limits", METHOD, PATH, "read")


def _get_kwargs(
    *,
    object_id: str,
    domain: RateLimitDomain | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["objectId"] = object_id

    json_domain: str
    if isinstance(domain, RateLimitDomain):
        json_domain = domain.value
    else:
        json_domain = domain
    params["domain"] = json_domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs
