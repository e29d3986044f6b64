"""What the `volteras` CLI guarantees about where it sends, what it reports, and how it ends.

Where it sends runs in-process; how it ends on a signal, a closed pipe or an encoding that cannot
hold the answer takes a real process, against a simulator on the wall clock served on 127.0.0.1.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from tests.cli.conftest import ASLEEP, CLIENT_ID, RUN_TIMEOUT, SECRET, Result, credentials_env
from tests.fake_proxy import RecordingProxy
from volteras.testing import Simulator

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def sim() -> Simulator:
    """On the wall clock: a process of its own waits in real time."""
    simulator = Simulator(client_id=CLIENT_ID, client_secret=SECRET)
    simulator.add_vehicle("veh_1", latency=0.2)
    simulator.add_vehicle("veh_asleep", latency=0.2, outcome=ASLEEP)
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _cleared(**overrides: str | None) -> dict[str, str | None]:
    """No proxy variable but those given."""
    cleared: dict[str, str | None] = {name: None for name in _PROXY_VARIABLES}
    cleared.update({name.lower(): None for name in _PROXY_VARIABLES})
    return {**cleared, **overrides}


def _env(**overrides: str | None) -> dict[str, str]:
    """The test credentials, and no proxy variable but those given."""
    return credentials_env(**_cleared(**overrides))


def test_sandbox_flag_beats_a_base_url_variable(
    sim: Simulator, base_url: str, in_env: Callable[..., Result]
) -> None:
    """`--sandbox` aims at the sandbox even with VOLTERAS_BASE_URL set elsewhere, and --debug names the host."""
    with RecordingProxy() as proxy:  # catches the sandbox connection: nothing leaves the machine
        result = in_env(
            ["--sandbox", "--debug", "tokens", "test"],
            **_cleared(VOLTERAS_BASE_URL=base_url, HTTPS_PROXY=proxy.url),
        )
    assert sim.requests == []  # the address in VOLTERAS_BASE_URL was never contacted
    assert proxy.first_lines
    assert all(line.startswith("CONNECT api.sandbox.volteras.com:443 ") for line in proxy.first_lines)
    assert "talking to https://api.sandbox.volteras.com (chosen by --sandbox)" in result.err
    assert result.code == 3


def test_sandbox_with_base_url_is_a_usage_error(
    sim: Simulator, base_url: str, in_env: Callable[..., Result]
) -> None:
    """`--sandbox --base-url URL` names two APIs: exit 2, nothing sent."""
    result = in_env(["--sandbox", "--base-url", base_url, "tokens", "test"], **_cleared())
    assert result.code == 2
    assert "not both" in result.err
    assert sim.requests == []


def test_debug_names_the_host_and_the_variable_that_chose_it(
    base_url: str, in_env: Callable[..., Result]
) -> None:
    """Without flags, --debug says the address came from VOLTERAS_BASE_URL."""
    result = in_env(["--debug", "tokens", "test"], **_cleared(VOLTERAS_BASE_URL=base_url))
    assert result.code == 0, result.err
    assert f"talking to {base_url} (chosen by VOLTERAS_BASE_URL)" in result.err


def _default_sigint() -> None:
    """In the child: Ctrl-C as a shell gives it, even when pytest runs in the background (which ignores it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _popen(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "volteras", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )


def _wait_for_execution(sim: Simulator) -> str:
    for _ in range(200):  # at most 10 s
        if sim.executions:
            return sim.executions[0].id
        time.sleep(0.05)
    raise AssertionError("the command never reached the simulator")


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_waiting_prints_one_json_document_naming_the_execution(
    sim: Simulator, base_url: str, sig: signal.Signals, status: int
) -> None:
    """SIGINT or SIGTERM during --wait --json: exit 128+signal and one strict JSON document naming the execution."""
    process = _popen(
        [
            "--base-url",
            base_url,
            "--json",
            "commands",
            "lock-doors",
            "veh_silent",
            "--wait",
            "--wait-timeout",
            "60",
        ],
        _env(),
    )
    execution_id = _wait_for_execution(sim)
    time.sleep(0.5)  # into the wait loop
    process.send_signal(sig)
    out, err = process.communicate(timeout=RUN_TIMEOUT)
    assert process.returncode == status, err
    document = json.loads(out, parse_constant=_no_constants)
    assert document["error"]["code"] == "INTERRUPTED"
    assert document["execution"]["id"] == execution_id
    assert f"created: {execution_id}".encode() in err


def test_a_signal_in_human_mode_names_the_execution_on_stderr(sim: Simulator, base_url: str) -> None:
    """Ctrl-C during --wait without --json says which execution was created, and exits 130."""
    process = _popen(["--base-url", base_url, "commands", "lock-doors", "veh_silent", "--wait"], _env())
    execution_id = _wait_for_execution(sim)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=RUN_TIMEOUT)
    assert process.returncode == 130
    assert f"created: {execution_id}".encode() in err
    assert b"Traceback" not in err


@pytest.mark.parametrize("json_mode", [False, True])
def test_a_closed_output_pipe_ends_quietly_with_status_141(json_mode: bool) -> None:
    """`volteras vehicles list | head -1`: once the reader is gone, exit 141 with no traceback."""
    fleet = Simulator(seed=1, fleet_size=1500)  # far more output than a pipe buffers
    fleet.add_client(CLIENT_ID, SECRET)
    with fleet.serve() as url:
        process = _popen(["--base-url", url, *(["--json"] if json_mode else []), "vehicles", "list"], _env())
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # what `head -1` does after its line
        err = process.stderr.read()
        process.wait(timeout=RUN_TIMEOUT)
    assert first
    assert process.returncode == 141
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


def test_an_unencodable_failure_reason_is_escaped_not_a_usage_error(sim: Simulator, base_url: str) -> None:
    """Under PYTHONIOENCODING=latin-1, a reason with an en dash and a euro sign prints escaped; exit 1 (FAILED), not 2."""
    sim.add_vehicle("veh_euro", latency=0.2, outcome="Fahrzeug schläft – später erneut (€)")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "volteras",
            "--base-url",
            base_url,
            "commands",
            "lock-doors",
            "veh_euro",
            "--wait",
        ],
        env=_env(PYTHONIOENCODING="latin-1"),
        capture_output=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "reason: Fahrzeug schläft \\u2013 später erneut (\\u20ac)" in done.stdout.decode("latin-1")
    assert len(sim.executions_for("veh_euro")) == 1


def test_a_filter_field_the_listing_lacks_is_a_usage_error(
    sim: Simulator, base_url: str, in_env: Callable[..., Result]
) -> None:
    """`vehicles list --filter` on a field vehicles do not have exits 2 naming their fields, and sends nothing."""
    filter_ = '{"field": "stateOfCharge.value", "operator": ">", "value": 50}'
    result = in_env(["--base-url", base_url, "vehicles", "list", "--filter", filter_], **_cleared())
    assert result.code == 2
    assert "Vehicle has no field 'stateOfCharge'" in result.err and "registrationPlate" in result.err
    assert sim.requests == []
