"""The platform's own per-vehicle command budget."""

from __future__ import annotations

from .._router import Answer, Call, handles


@handles("get_rate_limits", query=("object_id", "domain"))
def get_rate_limits(call: Call) -> Answer:
    """`domain` is checked against the spec's RateLimitDomain before this runs."""
    vehicle = call.org.vehicle(call.args["object_id"])
    return Answer([call.state.rate_limit(vehicle, call.now)])
