"""`make demo`: the `volteras` command line against a local simulator, end to end.

Starts ``python -m volteras.testing serve`` on a free port, runs the real CLI in
subprocesses (credentials in the environment only), echoes each command line and
its output, and exits non-zero if any step's exit code is not the expected one.
The simulator is a twin, not a stub: after the charge port is opened and closed,
the vehicle's telemetry must report the door closed, or the demo fails.
Bounded: every subprocess and wait has a timeout and the server is always stopped.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASLEEP_REASON = "Vehicle is asleep, try again later"
STEP_TIMEOUT = 15.0
START_TIMEOUT = 10.0
PORT_CLOSED = "chargingState.chargePortDoorOpen: False"
MEANING = {0: "ok", 1: "command failed", 2: "usage error", 3: "API error", 4: "timed out"}


def _start_server() -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "volteras.testing",
            "serve",
            "--port",
            "0",
            "--latency",
            "1",
            "--vehicle",
            "veh_1",
            "--failing-vehicle",
            f"veh_asleep={ASLEEP_REASON}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(server.stdout.readline() if server.stdout else ""))
    reader.daemon = True
    reader.start()
    reader.join(START_TIMEOUT)
    line = first[0].strip() if first else ""
    prefix = "listening on "
    if not line.startswith(prefix):
        raise RuntimeError(f"simulator did not start (first line {line!r})")
    return server, line[len(prefix) :]


@dataclass(frozen=True)
class Step:
    """One CLI call: its arguments, the exit code it must end with, and optionally the output
    lines to show (those starting with ``show``) and one of them it must print (``proof``)."""

    args: list[str]
    expected: int = 0
    show: str | None = None
    proof: str | None = None


def _run(url: str, env: dict[str, str], step: Step) -> bool:
    args, expected = step.args, step.expected
    print(f"$ volteras {shlex.join(args)}", flush=True)
    command = [sys.executable, "-m", "volteras", "--base-url", url, *args]
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        print(f"  step timed out after {STEP_TIMEOUT:g}s", flush=True)
        return False
    stdout = done.stdout
    if step.show is not None:
        lines = stdout.splitlines()
        shown = [line for line in lines if line.startswith(step.show)]
        stdout = "\n".join([*shown, f"... ({len(lines) - len(shown)} more lines)"])
    for text in (stdout, done.stderr):
        if text:
            print(text.rstrip("\n"), flush=True)
    meaning = MEANING.get(done.returncode, "unexpected")
    if step.proof is not None and step.proof not in done.stdout.splitlines():
        print(f"-> the output does not show {step.proof!r}\n", flush=True)
        return False
    if done.returncode == expected:
        verdict = ", as expected" if expected else ""
        print(f"-> exit code {done.returncode} ({meaning}){verdict}\n", flush=True)
        return True
    print(f"-> exit code {done.returncode} ({meaning}), but expected {expected}\n", flush=True)
    return False


def main() -> int:
    started = time.monotonic()
    env = dict(os.environ, VOLTERAS_CLIENT_ID="demo-client", VOLTERAS_CLIENT_SECRET="demo-secret")  # noqa: S106
    env.pop("VOLTERAS_BASE_URL", None)
    env.pop("VOLTERAS_ENVIRONMENT", None)
    server: subprocess.Popen[str] | None = None
    try:
        server, url = _start_server()
        print(f"simulator listening on {url} (vehicles veh_1, veh_asleep; 1 s latency)", flush=True)
        print(f"each command runs with --base-url {url} and credentials from the environment\n", flush=True)
        steps = [
            Step(["commands", "open-charge-port", "veh_1"]),
            Step(["commands", "close-charge-port", "veh_1", "--wait", "--wait-timeout", "10"]),
            Step(["vehicles", "telemetry", "veh_1"], show="chargingState.", proof=PORT_CLOSED),
            Step(["commands", "lock-doors", "veh_asleep", "--wait", "--wait-timeout", "10"], expected=1),
            Step(["commands", "list", "veh_1"]),
        ]
        results = [_run(url, env, step) for step in steps]
    except (OSError, RuntimeError) as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=5)
    elapsed = time.monotonic() - started
    if all(results):
        print(f"demo finished in {elapsed:.1f}s: every step exited as expected")
        return 0
    print(f"demo finished in {elapsed:.1f}s: {results.count(False)} step(s) did not exit as expected")
    return 1


if __name__ == "__main__":
    sys.exit(main())
