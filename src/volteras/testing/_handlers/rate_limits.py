"""The platform's own per-vehicle command budget."""

from __future__ import annotations

from .._errors import validation
from .._router import Answer, Call, route


@route("GET", "/v1/rate-limits")
def get_rate_limits(call: Call) -> Answer:
    object_id = call.required_query("objectId")
    domain = call.required_query("domain")
    if domain != "VEHICLE":
        raise validation(
            f"domain must be VEHICLE, not {domain!r}.", [{"loc": ["query", "domain"], "msg": domain}]
        )
    vehicle = call.org.vehicle(object_id)
    return Answer([call.state.rate_limit(vehicle, call.now)])
