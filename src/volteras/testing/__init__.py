"""A local simulator of the Volteras Connect API, for tests and demos.

It speaks the real wire format (paths, bodies, error envelope, paging,
command lifecycle) over a loopback HTTP server or straight into httpx through
in-process transports, on a clock that tests can move by hand, and it can be
scripted to fail the way networks, proxies and the API itself do::

    from volteras.testing import ManualClock, ServerFault, Simulator

    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1", latency=2.0)
    sim.add_vehicle("veh_asleep", outcome="Vehicle is asleep, try again later")
    sim.inject(ServerFault(502), path=r".*:lock-doors", count=1)
    secret = sim.add_webhook_endpoint("http://127.0.0.1:8000/hooks")  # command.updated, signed
    with sim.client() as client:  # in-process, on the simulator's clock
        client.commands.close_charge_port("veh_1", wait=True)  # the wait advances the clock
    with sim.serve() as base_url:
        ...  # real HTTP on 127.0.0.1 for anything else, e.g. the `volteras` command line

Run ``python -m volteras.testing serve`` for a standalone server.
"""

from __future__ import annotations

from ._clock import Clock, ManualClock, WallClock
from ._enums import ACTIONS
from ._executions import ExecutionRecord
from ._faults import (
    Delay,
    DropConnection,
    ExpireToken,
    Fault,
    HtmlError,
    Injection,
    MalformedJson,
    RateLimited,
    ServerFault,
    Stage,
    TruncatedJson,
)
from ._simulator import Simulator
from ._webhooks import WebhookDelivery, WebhookFault
from ._wire import RecordedRequest


def __getattr__(name: str) -> object:
    """`ServerError`, the fault's old name, still imports (with a warning) for code written before."""
    if name == "ServerError":
        import warnings

        warnings.warn(
            "volteras.testing.ServerError is now ServerFault (volteras.ServerError is the exception)",
            DeprecationWarning,
            stacklevel=2,
        )
        return ServerFault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACTIONS",
    "Clock",
    "Delay",
    "DropConnection",
    "ExecutionRecord",
    "ExpireToken",
    "Fault",
    "HtmlError",
    "Injection",
    "MalformedJson",
    "ManualClock",
    "RateLimited",
    "RecordedRequest",
    "ServerFault",
    "Simulator",
    "Stage",
    "TruncatedJson",
    "WallClock",
    "WebhookDelivery",
    "WebhookFault",
]
