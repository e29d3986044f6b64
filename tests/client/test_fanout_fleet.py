"""A fleet-sized fan-out over real HTTP: silent vehicles hold back no other vehicle; Ctrl-C is prompt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from volteras import Step, Volteras
from volteras.testing import ManualClock, Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET

HEALTHY = [f"veh_{n:03d}" for n in range(198)]
SILENT = ["veh_silent_a", "veh_silent_b"]


class VirtualTime:
    """Waits on a ManualClock that moves only when every live worker sleeps: then to the earliest wake-up.

    So the order of events is the clock's, whatever the machine's load: a vehicle finishing at
    virtual second 2 is seen before one timing out at second 10, every run.
    """

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.changed = threading.Condition()
        self.sleepers: list[float] = []

    def now(self) -> float:
        return self.clock.now().timestamp()

    def sleep(self, seconds: float) -> None:
        target = self.now() + seconds
        with self.changed:
            self.sleepers.append(target)
            self.changed.notify_all()
            for _ in range(10_000):
                if self.now() >= target:
                    break
                self.changed.wait(1.0)
            self.sleepers.remove(target)

    def drive(self, live: Callable[[], int], stop: threading.Event) -> None:
        """Advance the clock each time as many workers sleep as are live, until `stop`."""
        for _ in range(10_000):
            with self.changed:
                while not stop.is_set() and (not self.sleepers or len(self.sleepers) < live()):
                    self.changed.wait(0.05)
                if stop.is_set():
                    return
                self.clock.advance(max(0.0, min(self.sleepers) - self.now()))
                self.changed.notify_all()
                self.changed.wait(0.01)  # let the woken workers leave the sleepers list


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    """198 vehicles answering after 1 s and 2 that never answer."""
    simulator = Simulator(clock=clock, server_timeout=3600)
    for vehicle_id in HEALTHY:
        simulator.add_vehicle(vehicle_id, latency=1)
    for vehicle_id in SILENT:
        simulator.add_vehicle(vehicle_id, latency=None)
    return simulator


def test_silent_vehicles_hold_back_no_healthy_one(sim: Simulator, base_url: str, clock: ManualClock) -> None:
    """200 vehicles, two steps each, 2 silent (wait_timeout=10): all 198 healthy finish both steps first."""
    time = VirtualTime(clock)
    ids = SILENT[:1] + HEALTHY + SILENT[1:]  # the silent ones first and last in line
    seen: list[tuple[str, str, float]] = []
    errors: list[str] = []
    stop = threading.Event()
    driver = threading.Thread(target=time.drive, args=(lambda: len(ids) - len(seen), stop), daemon=True)
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
        client._api.clock, client._api.sleep = time.now, time.sleep
        start = time.now()
        driver.start()
        try:
            stream = client.commands.stream_many(
                [Step("set_charge_limit", limit=80), "start_charging"], ids, wait_timeout=10, concurrency=200
            )
            for outcome in stream:
                seen.append((outcome.vehicle_id, outcome.outcome, time.now() - start))
                if outcome.outcome == "error":
                    errors.append(f"{outcome.vehicle_id}: {outcome.error!r}")
        finally:
            stop.set()
    assert sorted(v for v, _, _ in seen[:198]) == HEALTHY
    assert {o for _, o, _ in seen[:198]} == {"executed"}, errors
    assert sorted((v, o) for v, o, _ in seen[198:]) == [(v, "timed_out") for v in SILENT]
    assert max(t for _, _, t in seen[:198]) <= 2.0 < 10.0 <= min(t for _, _, t in seen[198:])
    assert len([r for r in sim.executions if r.vehicle_id in HEALTHY]) == 2 * len(HEALTHY)


CHILD = """
import sys, threading, time
from volteras import CommandUpdates, FanOutInterrupted, Step, Volteras
from volteras.testing import Simulator

sim = Simulator()
for n in range(6):
    sim.add_vehicle(f"veh_{n}", latency=None)  # never answers: every wait runs its full 300 s
# argv[1] "updates": every wait listens to a webhook hub too (which hears nothing: 120 s sleeps)
updates = CommandUpdates(fallback_interval=120) if sys.argv[1:] == ["updates"] else None
with sim.serve() as base_url, Volteras("demo-client", "demo-secret", base_url=base_url, command_updates=updates) as client:
    steps = [Step("set_charge_limit", limit=80), "start_charging"]

    def ready():
        for _ in range(1200):  # until the six first steps are sent and their waits begin
            if len(sim.executions) == 6:
                print("ready", flush=True)
                return
            time.sleep(0.05)

    threading.Thread(target=ready, daemon=True).start()
    try:
        client.commands.stream_many(steps, [f"veh_{n}" for n in range(6)], wait_timeout=300).collect()
    except FanOutInterrupted as stopped:
        print("interrupted", len(stopped.outcomes), sum(len(o.executions) for o in stopped.outcomes),
              len(sim.executions), flush=True)
        sys.exit(0)
"""


@pytest.fixture(params=["polling", "updates"])
def child(request: pytest.FixtureRequest) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CHILD), request.param],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    yield process
    if process.poll() is None:
        process.kill()
        process.wait(10)


def test_ctrl_c_stops_a_waiting_fan_out_at_once(child: subprocess.Popen[str]) -> None:
    """A real SIGINT during a fan-out's 300 s waits returns every created execution within 2 s, none
    resent; also when the waits listen to a webhook hub."""
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    threading.Event().wait(0.3)  # well into the first poll interval
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=2)
    assert out.split() == ["interrupted", "6", "6", "6"]
