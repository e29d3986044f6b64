"""Fixtures: the `volteras` CLI run in-process through its entry function, and a few real processes.

`cli` hands `volteras._cli.main` a client of the simulator (in-process, on its `ManualClock`:
every wait ends at once, the same way on every run) and reads what it printed from two
StringIOs. `cli_env` makes `main` build its own client from the VOLTERAS_* variables and flags,
against the simulator served on 127.0.0.1. `run_cli` starts `python -m volteras` for what only a
real process shows: signals, pipes, encodings, the entry point and its exit status.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from volteras import Volteras
from volteras._cli import main
from volteras.testing import ManualClock, Simulator

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
    """`python -m volteras ARGS...` in a new process with exactly `env`."""
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


def run_main(args: list[str], *, client: Volteras | None = None) -> Result:
    """`volteras ARGS...` in this process: `main` with two StringIOs for its streams."""
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err, client=client)
    result = Result(code, out.getvalue(), err.getvalue())
    assert SECRET not in result.both
    return result


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator(client_id=CLIENT_ID, client_secret=SECRET, clock=ManualClock())
    simulator.add_vehicle("veh_1", latency=0.2)
    simulator.add_vehicle("veh_asleep", latency=0.2, outcome=ASLEEP)
    simulator.add_vehicle("veh_offline", latency=0.2, outcome="OEM_VEHICLE_OFFLINE")
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


@pytest.fixture
def cli(sim: Simulator) -> Runner:
    """Run `volteras ARGS...` in-process on a client of `sim` (its ManualClock: waits take no time)."""

    def run(*args: str) -> Result:
        with sim.client() as client:
            return run_main(list(args), client=client)

    return run


@pytest.fixture
def in_env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `volteras ARGS...` in-process, its client made from the flags and the environment: no
    VOLTERAS_* variable but the test credentials, each variable changed or removed by keyword
    (`VOLTERAS_CLIENT_ID=None`, `HTTPS_PROXY=url`)."""

    def run(args: list[str], **env: str | None) -> Result:
        with monkeypatch.context() as patch:
            for name in [name for name in os.environ if name.startswith("VOLTERAS_")]:
                patch.delenv(name)
            patch.setenv("VOLTERAS_CLIENT_ID", CLIENT_ID)
            patch.setenv("VOLTERAS_CLIENT_SECRET", SECRET)
            for name, value in env.items():
                if value is None:
                    patch.delenv(name, raising=False)
                else:
                    patch.setenv(name, value)
            return run_main(args)

    return run


@pytest.fixture
def cli_env(base_url: str, in_env: Callable[..., Result]) -> Runner:
    """`in_env` against the simulator served on 127.0.0.1: `volteras --base-url URL ARGS...`."""

    def run(*args: str, **env: str | None) -> Result:
        return in_env(["--base-url", base_url, *args], **env)

    return run
