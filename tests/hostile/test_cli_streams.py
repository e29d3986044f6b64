"""What a hostile answer can and cannot do to the `volteras` CLI's output streams.

The CLI runs as a real subprocess (its stdout a pipe with a real encoding) against a scripted
server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen


def _run(loopback: Loopback, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VOLTERAS_")}
    environment.update(
        VOLTERAS_CLIENT_ID="id", VOLTERAS_CLIENT_SECRET="secret", VOLTERAS_BASE_URL=loopback.base_url, **env
    )
    return subprocess.run(
        [sys.executable, "-m", "volteras", *args],
        env=environment,
        capture_output=True,
        timeout=30,
        check=False,
    )


def _answer_with(execution: dict[str, Any]) -> Any:
    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, VALID_TOKEN
        return 200, {}, execution

    return answer


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def test_a_lone_surrogate_in_an_execution_id_is_escaped_not_a_usage_error(loopback: Loopback) -> None:
    """Under UTF-8, an id holding a lone surrogate prints escaped (exit 0); with --wait it is an error naming it, never exit 2."""
    loopback.answer = _answer_with({**VALID_EXECUTION, "id": "cmd_\ud800"})
    done = _run(loopback, "commands", "lock-doors", "veh_1", PYTHONIOENCODING="utf-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"cmd_\\ud800  CLOSE_CHARGE_PORT  veh_1  PENDING")
    waited = _run(loopback, "commands", "lock-doors", "veh_1", "--wait", PYTHONIOENCODING="utf-8")
    assert waited.returncode == 3, waited.stderr
    assert b"created: cmd_\\ud800" in waited.stderr
    commands = [path for path in loopback.paths("POST") if path != TOKEN_PATH]
    assert len(commands) == 2  # one command each run, never resent


def test_a_servers_nan_never_reaches_stdout_as_a_bare_literal(loopback: Loopback) -> None:
    """NaN and Infinity from the server are written as the strings "NaN" and "Infinity" under --json."""
    body = json.dumps({**VALID_EXECUTION, "batteryLevel": float("nan"), "range": float("inf")}).encode()
    loopback.answer = _answer_with(body)  # type: ignore[arg-type]
    done = _run(loopback, "--json", "commands", "get", "veh_1", "cmd_1")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout, parse_constant=_no_constants)
    assert (document["batteryLevel"], document["range"]) == ("NaN", "Infinity")
