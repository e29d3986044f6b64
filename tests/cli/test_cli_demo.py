"""`scripts/demo.py` end to end (run once for the module: it takes a few seconds)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    """The demo's run, with no VOLTERAS_* variables inherited."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOLTERAS_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_demo_runs_and_shows_pending_executed_and_reason(demo: subprocess.CompletedProcess[str]) -> None:
    """The demo exits 0 and shows PENDING, EXECUTED and the plain-string failure reason."""
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "PENDING" in demo.stdout
    assert "EXECUTED" in demo.stdout
    assert "Vehicle is asleep, try again later" in demo.stdout
    assert "exit code 1 (command failed), as expected" in demo.stdout
    assert demo.stdout.index("PENDING") < demo.stdout.index("EXECUTED")


def test_demo_proves_the_port_closed_from_telemetry(demo: subprocess.CompletedProcess[str]) -> None:
    """After open and close, the demo reads the telemetry: the port door is closed, stamped at the close's time."""
    assert demo.returncode == 0, demo.stdout + demo.stderr
    out = demo.stdout
    closed = out.index("$ volteras commands close-charge-port veh_1")
    telemetry = out.index("$ volteras vehicles telemetry veh_1")
    assert out.index("$ volteras commands open-charge-port veh_1") < closed < telemetry
    shown = out[telemetry:].split("\n-> ", 1)[0].splitlines()
    assert "chargingState.chargePortDoorOpen: False" in shown
    close_line = next(line for line in out[closed:telemetry].splitlines() if "EXECUTED" in line)
    assert f"chargingState.timestamp: {close_line.split()[-1]}" in shown
