"""Fixtures: a simulator served on 127.0.0.1 and a runner for the real `volteras` CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from volteras.testing import Simulator

CLIENT_ID = "cli-test-client"
SECRET = "cli-s3cret-never-printed"
ASLEEP = "Vehicle is asleep, try again later"
RUN_TIMEOUT = 20.0


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err


Runner = Callable[..., Result]


def credentials_env(**overrides: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOLTERAS_")}
    env.update(VOLTERAS_CLIENT_ID=CLIENT_ID, VOLTERAS_CLIENT_SECRET=SECRET)
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_cli(args: list[str], env: dict[str, str]) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "volteras", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    assert SECRET not in result.both
    return result


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator()
    simulator.add_client(CLIENT_ID, SECRET)
    simulator.add_vehicle("veh_1", latency=0.2)
    simulator.add_vehicle("veh_asleep", latency=0.2, outcome=ASLEEP)
    simulator.add_vehicle("veh_offline", latency=0.2, outcome="OEM_VEHICLE_OFFLINE")
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


@pytest.fixture
def cli(base_url: str) -> Runner:
    """Run `python -m volteras --base-url URL ARGS...` with the test credentials in the environment."""

    def run(*args: str, **env: str | None) -> Result:
        return run_cli(["--base-url", base_url, *args], credentials_env(**env))

    return run
