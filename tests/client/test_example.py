"""examples/quickstart.py runs against the simulator and type-checks under mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from volteras.testing import Simulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "quickstart.py"


def _run(base_url: str, vehicle_id: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "VOLTERAS_BASE_URL": base_url,
        "VOLTERAS_CLIENT_ID": "demo-client",
        "VOLTERAS_CLIENT_SECRET": "demo-secret",
    }
    return subprocess.run(
        [sys.executable, str(EXAMPLE), vehicle_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_quickstart_succeeds_against_simulator() -> None:
    """The quickstart closes a charge port (sync) and locks/unlocks (async) on the simulator, exit 0."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0.1)
    with sim.serve() as base_url:
        result = _run(base_url, "veh_1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sync: CLOSE_CHARGE_PORT EXECUTED" in result.stdout
    assert "async: LOCK_DOORS EXECUTED" in result.stdout
    assert [r.command for r in sim.executions] == ["CLOSE_CHARGE_PORT", "LOCK_DOORS", "UNLOCK_DOORS"]


def test_quickstart_reports_failure() -> None:
    """On a vehicle whose commands fail, the quickstart prints the reason and exits 1."""
    sim = Simulator()
    sim.add_vehicle("veh_off", latency=0, outcome="OEM_VEHICLE_OFFLINE")
    with sim.serve() as base_url:
        result = _run(base_url, "veh_off")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "failed: OEM_VEHICLE_OFFLINE (The vehicle is offline" in result.stdout


def test_quickstart_reports_api_error() -> None:
    """For an unknown vehicle the quickstart reports the API error code and exits 2."""
    with Simulator().serve() as base_url:
        result = _run(base_url, "veh_missing")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "RESOURCE_NOT_FOUND" in result.stdout


def test_fleet_tour_uses_every_resource_against_simulator() -> None:
    """examples/fleet_tour.py calls each resource once against a seeded simulator and exits 0."""
    sim = Simulator(seed=1, fleet_size=2, processing_seconds=0.3)
    with sim.serve() as base_url:
        env = {
            **os.environ,
            "VOLTERAS_BASE_URL": base_url,
            "VOLTERAS_CLIENT_ID": "demo-client",
            "VOLTERAS_CLIENT_SECRET": "demo-secret",
        }
        result = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "fleet_tour.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CLOSE_CHARGE_PORT EXECUTED" in result.stdout
    assert "('fleet', 'north')" in result.stdout
    assert "COMPLETED" in result.stdout
