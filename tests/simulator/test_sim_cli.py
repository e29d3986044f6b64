"""``python -m volteras.testing serve`` in a subprocess: first line, vehicles, signals."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

import volteras.testing
from tests.spec_facts import path_of

_ROOT = Path(volteras.testing.__file__).resolve().parents[3]


@contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start the CLI, read its first line (bounded wait), yield the process and the URL."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(_ROOT / "src"), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [sys.executable, "-m", "volteras.testing", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 30)
        assert ready, "the CLI printed nothing within 30 s"
        first = process.stdout.readline().strip()
        prefix = "listening on http://127.0.0.1:"
        assert first.startswith(prefix), first
        yield process, first.removeprefix("listening on ")
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def _token(client: httpx.Client, credentials: tuple[str, str] = ("demo-client", "demo-secret")) -> str:
    response = client.post(
        path_of("create_token"), data={"grant_type": "client_credentials"}, auth=credentials
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_url_first_and_exits_0_on_signal(sig: signal.Signals) -> None:
    """The first line is the URL; SIGTERM or SIGINT stops the server with exit status 0."""
    with serving() as (process, url):
        with httpx.Client(base_url=url, timeout=10) as client:
            assert client.post(path_of("test_token")).status_code == 401
        process.send_signal(sig)
        assert process.wait(timeout=30) == 0


def test_serve_without_flags_starts_the_varied_seeded_fleet() -> None:
    """Without flags, serve starts the seeded fleet: several makes and accounts, not identical cars."""
    with serving() as (process, url), httpx.Client(base_url=url, timeout=10) as client:
        client.headers["Authorization"] = f"Bearer {_token(client)}"
        vehicles = client.get(path_of("list_vehicles")).json()
        assert vehicles["totalResults"] > 1
        makes = {v["make"] for v in vehicles["results"]}
        accounts = {v["metadata"]["accountId"] for v in vehicles["results"]}
        assert len(makes) > 1 and len(accounts) > 1
        first = vehicles["results"][0]["id"]
        assert client.post(path_of("lock_doors", vehicle_id=first)).status_code == 200
        process.terminate()
        assert process.wait(timeout=30) == 0


def test_named_vehicles_execute() -> None:
    """--vehicle serves exactly the vehicles named, and their commands execute."""
    args = ("--latency", "0", "--vehicle", "veh_1", "--vehicle", "veh_10")
    with serving(*args) as (process, url), httpx.Client(base_url=url, timeout=10) as client:
        client.headers["Authorization"] = f"Bearer {_token(client)}"
        for n in (1, 10):
            body = client.post(path_of("lock_doors", vehicle_id=f"veh_{n}")).json()
            assert body["status"] == "EXECUTED"
        assert client.post(path_of("lock_doors", vehicle_id="veh_2")).status_code == 404
        process.terminate()
        assert process.wait(timeout=30) == 0


def test_vehicles_failures_and_credentials() -> None:
    """--vehicle, --failing-vehicle ID=REASON, credentials and token lifetime are honoured."""
    args = [
        "--latency", "0",
        "--client-id", "cli", "--client-secret", "s3cret",
        "--vehicle", "car/1",
        "--failing-vehicle", "car2=OEM_VEHICLE_OFFLINE",
        "--failing-vehicle", "car3=Vehicle is asleep = try later",
        "--token-lifetime", "120",
    ]  # fmt: skip
    with serving(*args) as (process, url), httpx.Client(base_url=url, timeout=10) as client:
        token = client.post(
            path_of("create_token"), data={"grant_type": "client_credentials"}, auth=("cli", "s3cret")
        )
        assert token.json()["expires_in"] == 120
        client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        ok = client.post(path_of("lock_doors", vehicle_id="car/1")).json()
        offline = client.post(path_of("lock_doors", vehicle_id="car2")).json()
        asleep = client.post(path_of("lock_doors", vehicle_id="car3")).json()
        assert (ok["vehicleId"], ok["status"]) == ("car/1", "EXECUTED")
        assert (offline["status"], offline["failedReason"]) == ("FAILED", "OEM_VEHICLE_OFFLINE")
        assert asleep["failedReason"] == "Vehicle is asleep = try later"
        assert client.post(path_of("lock_doors", vehicle_id="veh_1")).status_code == 404
        process.terminate()
        assert process.wait(timeout=30) == 0


def test_bad_failing_vehicle_argument_exits_nonzero() -> None:
    """A --failing-vehicle without '=' is a usage error."""
    result = subprocess.run(
        [sys.executable, "-m", "volteras.testing", "serve", "--failing-vehicle", "car2"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(_ROOT / "src")},
        check=False,
    )
    assert result.returncode != 0
    assert "ID=REASON" in result.stderr


def test_seed_fleet_faults_and_special_vehicles() -> None:
    """--seed/--fleet build a fleet; --failing-vehicle adds to --vehicle; --never-answering-vehicle
    and --fault are honoured."""
    args = [
        "--latency", "0", "--vehicle", "veh_1", "--vehicle", "veh_2",
        "--failing-vehicle", "car2=OEM_VEHICLE_OFFLINE",
        "--never-answering-vehicle", "mute",
        "--fault", "server_error,status=502,count=1,path=.*:unlock-doors",
    ]  # fmt: skip
    with serving(*args) as (process, url), httpx.Client(base_url=url, timeout=10) as client:
        client.headers["Authorization"] = f"Bearer {_token(client)}"
        assert client.post(path_of("lock_doors", vehicle_id="veh_1")).json()["status"] == "EXECUTED"
        assert client.post(path_of("lock_doors", vehicle_id="mute")).json()["status"] == "PENDING"
        assert client.post(path_of("unlock_doors", vehicle_id="veh_1")).status_code == 502
        assert client.post(path_of("unlock_doors", vehicle_id="veh_2")).is_success
        process.terminate()
        assert process.wait(timeout=30) == 0
    with (
        serving("--seed", "3", "--fleet", "7") as (process, url),
        httpx.Client(base_url=url, timeout=10) as client,
    ):
        client.headers["Authorization"] = f"Bearer {_token(client)}"
        assert client.get(path_of("list_vehicles")).json()["totalResults"] == 7
        process.terminate()
        assert process.wait(timeout=30) == 0


def test_help_and_bad_fault() -> None:
    """--help has no reStructuredText markup; a malformed --fault is a usage error naming the problem."""
    env = {**os.environ, "PYTHONPATH": str(_ROOT / "src")}
    command = [sys.executable, "-m", "volteras.testing", "serve"]
    shown = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, timeout=60, env=env, check=True
    )
    assert "``" not in shown.stdout
    assert "--fault" in shown.stdout
    bad = subprocess.run(
        [*command, "--fault", "meteor"], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert bad.returncode != 0
    assert "unknown fault kind 'meteor'" in bad.stderr


def test_serve_sends_webhooks_to_the_given_url() -> None:
    """`serve --webhook URL --webhook-secret S` POSTs the command's verified command.updated to the URL."""
    from tests.webhooks.helpers import SECRET
    from tests.webhooks.receiver import running_receiver

    args = ("--latency", "0", "--vehicle", "veh_1", "--webhook", "", "--webhook-secret", SECRET)
    with running_receiver(SECRET) as rx, serving(*args[:5], rx.url, *args[6:]) as (process, url):
        assert process.stdout is not None
        assert process.stdout.readline().strip() == f"webhook {rx.url} secret {SECRET}"
        with httpx.Client(base_url=url, timeout=10) as client:
            headers = {"Authorization": f"Bearer {_token(client)}"}
            sent = client.post(path_of("lock_doors", vehicle_id="veh_1"), headers=headers).json()
        for _ in range(10):  # the command's change also moves telemetry and the rate limit
            event = rx.get().event
            assert event is not None, "a delivery failed verification"
            if event.type == "command.updated":
                break
    assert event.type == "command.updated"
    assert event.data.to_dict()["id"] == sent["id"]


@pytest.mark.parametrize(
    "flags",
    [
        ["--port", "99999"],
        ["--port", "-1"],
        ["--latency", "-1"],
        ["--latency", "nan"],
        ["--fleet", "-5"],
        ["--token-lifetime", "nan"],
        ["--server-timeout", "inf"],
        ["--failing-vehicle", "car2"],
    ],
)
def test_bad_serve_flags_are_usage_errors(flags: list[str]) -> None:
    """A flag the simulator cannot run with exits 2 with the usage and a one-line reason, never a traceback."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_ROOT / "src"), str(_ROOT / "generated")])}
    result = subprocess.run(
        [sys.executable, "-m", "volteras.testing", "serve", *flags],
        capture_output=True,
        text=True,
        timeout=15,  # a flag accepted by mistake would serve for ever
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("usage:")
    assert "Traceback" not in result.stderr
    assert "error: " in result.stderr.splitlines()[-1]
