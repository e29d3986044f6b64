"""Exit codes and messages of the `volteras` CLI for API, connection and usage errors."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable

from tests.cli.conftest import SECRET, Result, Runner, credentials_env, run_cli
from tests.spec_facts import path_of
from volteras.testing import ServerFault, Simulator


def test_wrong_secret_exits_3_with_code_and_request_id(cli_env: Runner) -> None:
    """A refused secret (401) exits 3 and prints AUTHENTICATION_ERROR and the requestId to stderr."""
    result = cli_env("token", "test", VOLTERAS_CLIENT_SECRET="wrong-secret-value")
    assert result.code == 3
    assert "AUTHENTICATION_ERROR" in result.err
    assert "requestId: req_" in result.err
    assert "wrong-secret-value" not in result.out + result.err


def test_unknown_vehicle_exits_3_not_found(cli: Runner) -> None:
    """A command to an unknown vehicle exits 3 with RESOURCE_NOT_FOUND."""
    result = cli("commands", "lock-doors", "veh_nope", "--wait")
    assert result.code == 3
    assert "RESOURCE_NOT_FOUND" in result.err


def test_json_error_document(cli: Runner) -> None:
    """With --json an API error is one {"error": {code, message, requestId, status}} document on stdout."""
    result = cli("--json", "commands", "get", "veh_nope", "cmd_1")
    assert result.code == 3
    document = json.loads(result.out)
    assert set(document["error"]) == {"code", "message", "requestId", "status"}
    assert document["error"]["code"] == "RESOURCE_NOT_FOUND"
    assert document["error"]["status"] == 404


def test_server_fault_exits_3(cli: Runner, sim: Simulator) -> None:
    """A 500 from the command endpoint exits 3 with SERVER_ERROR."""
    sim.inject(ServerFault(500), path=path_of("lock_doors", vehicle_id="veh_1"), count=5)
    result = cli("commands", "lock-doors", "veh_1", "--wait", "--wait-timeout", "5")
    assert result.code == 3
    assert "SERVER_ERROR" in result.err


def test_connection_refused_exits_3(in_env: Callable[..., Result]) -> None:
    """No server listening at the base URL exits 3 with a connection error."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = in_env(["--base-url", f"http://127.0.0.1:{port}", "token", "test"])
    assert result.code == 3
    assert "CONNECTION_ERROR" in result.err


def test_the_entry_point_exits_with_mains_status() -> None:
    """`python -m volteras` ends with main's status: 0 for --version (naming it), 2 for a usage error."""
    version = run_cli(["--version"], credentials_env())
    assert version.code == 0
    assert version.out.startswith("volteras ")
    assert run_cli(["commands", "fly-to-the-moon"], credentials_env()).code == 2


def test_usage_error_exits_2(cli: Runner) -> None:
    """Argparse usage errors (unknown sub-command, missing or mistyped option) exit 2."""
    assert cli("commands", "fly-to-the-moon", "veh_1").code == 2
    assert cli("commands", "set-charge-limit", "veh_1").code == 2
    assert cli("commands", "set-charge-limit", "veh_1", "eighty").code == 2
    assert cli("commands", "list", "veh_1", "--filter", "{not json").code == 2


def test_missing_credentials_exit_2_naming_variable(cli_env: Runner) -> None:
    """Without VOLTERAS_CLIENT_ID the CLI exits 2 and its message names that variable."""
    result = cli_env("token", "test", VOLTERAS_CLIENT_ID=None)
    assert result.code == 2
    assert "VOLTERAS_CLIENT_ID" in result.err


def test_bad_base_url_exits_2(in_env: Callable[..., Result]) -> None:
    """A cleartext non-loopback base URL is a usage error: exit 2 with the reason on stderr."""
    result = in_env(["--base-url", "http://example.com", "token", "test"])
    assert result.code == 2
    assert "--base-url" in result.err  # the flag, not the Python argument


def test_secret_never_printed(cli: Runner) -> None:
    """The client secret appears in no output, whatever the outcome or output mode."""
    runs = [
        cli("token", "test"),
        cli("token", "test", "--json"),
        cli("commands", "lock-doors", "veh_asleep", "--wait", "--wait-timeout", "5"),
        cli("commands", "lock-doors", "veh_nope"),
        cli("--json", "commands", "list", "veh_1"),
        cli("--help"),
    ]
    for result in runs:
        assert SECRET not in result.out
        assert SECRET not in result.err
