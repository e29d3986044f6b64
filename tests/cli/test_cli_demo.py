"""`scripts/demo.py` end to end."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_demo_runs_and_shows_pending_executed_and_reason() -> None:
    """The demo exits 0 and shows PENDING, EXECUTED and the plain-string failure reason."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOLTERAS_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PENDING" in done.stdout
    assert "EXECUTED" in done.stdout
    assert "Vehicle is asleep, try again later" in done.stdout
    assert "exit code 1 (command failed), as expected" in done.stdout
    assert done.stdout.index("PENDING") < done.stdout.index("EXECUTED")
