"""`polls_per_command` for `make bench`: GETs per command a wait makes, with and without the hub.

polls_per_command [<= 1]
    HUB_VEHICLES commands, one per vehicle, sent at once through `AsyncVolteras` with
    `wait=True` to a simulator served on 127.0.0.1 (on the wall clock) whose vehicles take
    HUB_LATENCY_MIN to HUB_LATENCY_MAX seconds to execute (spread evenly). The simulator delivers
    its signed `command.updated` webhooks to an in-process endpoint that hands each one to a
    `volteras.CommandUpdates` (verified with `sim.webhooks(secret)`), and the client is built
    with `command_updates=` that hub. The figure is the `GET .../command-executions/{id}` the
    simulator received, divided by the commands. `polls_per_command_without_hub` is the same
    fan-out on a fresh simulator by a client without the hub: plain polling, 1 s at first,
    growing by half each time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from volteras import AsyncVolteras, CommandUpdates
from volteras.testing import Simulator

HUB_VEHICLES = 40
HUB_LATENCY_MIN = 0.3
HUB_LATENCY_MAX = 3.0
SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"  # noqa: S105 (a made-up benchmark key)


def _simulator() -> Simulator:
    sim = Simulator()
    span = HUB_LATENCY_MAX - HUB_LATENCY_MIN
    for n in range(HUB_VEHICLES):
        sim.add_vehicle(f"veh_hub_{n}", latency=HUB_LATENCY_MIN + span * n / max(1, HUB_VEHICLES - 1))
    return sim


def _polls(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.method == "GET" and "/command-executions/" in r.path)


async def _fan_out(base_url: str, hub: CommandUpdates | None) -> None:
    async with AsyncVolteras("demo-client", "demo-secret", base_url=base_url, command_updates=hub) as client:
        sends = (
            client.commands.lock_doors(f"veh_hub_{n}", wait=True, wait_timeout=120)
            for n in range(HUB_VEHICLES)
        )
        await asyncio.gather(*sends)


def polls_per_command(*, with_hub: bool) -> float:
    """GET polls per command for one fan-out, fed by the simulator's webhooks or not."""
    sim = _simulator()
    hub = None
    if with_hub:
        hub = CommandUpdates(sim.webhooks(SECRET))

        def receiver(body: bytes, headers: Mapping[str, str]) -> int:
            hub.receive(body, headers)
            return 204

        sim.add_webhook_endpoint(receiver, ["command.updated"], SECRET)
    with sim.serve() as base_url:
        asyncio.run(_fan_out(base_url, hub))
    return _polls(sim) / HUB_VEHICLES


def measure() -> tuple[float, float]:
    """(polls per command with the hub, without)."""
    return polls_per_command(with_hub=True), polls_per_command(with_hub=False)
