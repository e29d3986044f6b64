"""A local simulator of the Volteras Connect API, for tests and demos.

It speaks the real wire format (paths, bodies, error envelope, paging,
command lifecycle) over a loopback HTTP server or straight into httpx through
in-process transports, on a clock that tests can move by hand, and it can be
scripted to fail the way networks, proxies and the API itself do::

    from volteras.testing import ManualClock, ServerError, Simulator

    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1", latency=2.0)
    sim.add_vehicle("veh_asleep", outcome="Vehicle is asleep, try again later")
    sim.inject(ServerError(502), path=r".*:lock-doors", count=1)
    secret = sim.add_webhook_endpoint("http://127.0.0.1:8000/hooks")  # command.updated, signed
    with sim.serve() as base_url:
        ...  # point a client at base_url; sim.clock.advance(2) finishes commands

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
    ServerError,
    Stage,
    TruncatedJson,
)
from ._simulator import Simulator
from ._webhooks import WebhookDelivery, WebhookFault
from ._wire import RecordedRequest

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
    "ServerError",
    "Simulator",
    "Stage",
    "TruncatedJson",
    "WallClock",
    "WebhookDelivery",
    "WebhookFault",
]
