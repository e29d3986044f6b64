"""`make bench`'s fan-out figure: how much two silent vehicles slow the healthy ones of a fan-out.

fanout_healthy_p99_ratio [<= 1.5]
    A two-step sequence (set_charge_limit, start_charging) to FANOUT_VEHICLES vehicles over
    loopback HTTP against the simulator on real time, FANOUT_CONCURRENCY at once: the healthy
    vehicles' p99 time to finish both steps with 2 silent vehicles (wait_timeout 10 s) over the
    same with none. Each vehicle advances on its own, so a silent one only takes one worker:
    near 1.0. (One command per round, as send_many once did, puts the silent ones' 10 s wait
    between every healthy vehicle's two steps.) The fan-out is left once every healthy vehicle
    is done: the silent ones' waits are not measured.
"""

from __future__ import annotations

import statistics
import time

from volteras import Step, Volteras
from volteras.testing import Simulator

FANOUT_VEHICLES = 200
FANOUT_CONCURRENCY = 64
LATENCY = 0.2
POLL_INTERVAL = 0.1
SILENT = 2


def healthy_p99(silent: int) -> float:
    """Seconds for 99 % of the healthy vehicles to finish both steps, with `silent` silent vehicles."""
    sim = Simulator(server_timeout=3600)
    healthy = [f"veh_{n:03d}" for n in range(FANOUT_VEHICLES - silent)]
    for vehicle_id in healthy:
        sim.add_vehicle(vehicle_id, latency=LATENCY)
    quiet = [f"veh_silent_{n}" for n in range(silent)]
    for vehicle_id in quiet:
        sim.add_vehicle(vehicle_id, latency=None)
    ids = quiet[:1] + healthy + quiet[1:]
    finished: list[float] = []
    with sim.serve() as base_url, Volteras("demo-client", "demo-secret", base_url=base_url) as client:
        steps = [Step("set_charge_limit", limit=80), "start_charging"]
        stream = client.commands.stream_many(
            steps, ids, wait_timeout=10, poll_interval=POLL_INTERVAL, concurrency=FANOUT_CONCURRENCY
        )
        started = time.perf_counter()
        for outcome in stream:
            if outcome.vehicle_id in quiet:
                continue
            finished.append(time.perf_counter() - started)
            if len(finished) == len(healthy):
                break  # leaving the loop stops the fan-out: the silent ones are not waited for
    return statistics.quantiles(finished, n=100)[98] if len(finished) > 1 else finished[0]


def measure() -> tuple[float, float]:
    """(p99 with SILENT silent vehicles, p99 with none), in seconds."""
    return healthy_p99(SILENT), healthy_p99(0)
