"""Sending commands, reading executions and testing the token through the `volteras` CLI, in-process."""

from __future__ import annotations

import io
import json

from tests.cli.conftest import ASLEEP, CLIENT_ID, Runner
from tests.spec_facts import path_of
from volteras import describe_reason
from volteras._cli import main
from volteras.testing import Simulator


def test_wait_prints_pending_then_executed_and_exits_0(cli: Runner) -> None:
    """--wait on a working vehicle prints the PENDING line, then the EXECUTED line, and exits 0."""
    result = cli("commands", "close-charge-port", "veh_1", "--wait", "--wait-timeout", "10")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert "CLOSE_CHARGE_PORT" in lines[0]
    assert "veh_1" in lines[0]
    assert "PENDING" in lines[0]
    assert "EXECUTED" in lines[1]
    assert lines[1].endswith("Z")
    assert "\r" not in result.out  # no live status line when stdout is not a TTY


def test_without_wait_prints_pending_and_exits_0(cli: Runner) -> None:
    """Without --wait the command is sent, its PENDING execution printed, and the exit code is 0."""
    result = cli("commands", "lock-doors", "veh_1")
    assert result.code == 0, result.err
    assert "LOCK_DOORS" in result.out
    assert "PENDING" in result.out


def test_plain_string_failure_exits_1_with_reason(cli: Runner) -> None:
    """A command that FAILED with a free-text reason exits 1 and prints that reason as sent."""
    result = cli("commands", "unlock-doors", "veh_asleep", "--wait", "--wait-timeout", "10")
    assert result.code == 1
    assert "FAILED" in result.out
    assert ASLEEP in result.out


def test_documented_failure_code_exits_1_with_description(cli: Runner) -> None:
    """A documented failure code is printed together with describe_reason()'s explanation; exit 1."""
    result = cli("commands", "start-charging", "veh_offline", "--wait", "--wait-timeout", "10")
    assert result.code == 1
    assert "OEM_VEHICLE_OFFLINE" in result.out
    description = describe_reason("OEM_VEHICLE_OFFLINE")
    assert description is not None
    assert description in result.out


def test_wait_timeout_exits_4(cli: Runner) -> None:
    """A vehicle that never answers makes --wait --wait-timeout 0.5 give up with exit code 4."""
    result = cli("commands", "lock-doors", "veh_silent", "--wait", "--wait-timeout", "0.5")
    assert result.code == 4
    assert "PENDING" in result.out
    assert "0.5s" in result.err


def test_wait_runs_on_the_clients_clock(cli: Runner, sim: Simulator) -> None:
    """A two-minute --wait on a vehicle that never answers passes on the simulator's ManualClock, not in real time."""
    before = sim.clock.now()
    result = cli("commands", "lock-doors", "veh_silent", "--wait", "--wait-timeout", "120")
    assert result.code == 4
    assert "gave up after 120s" in result.err
    assert (sim.clock.now() - before).total_seconds() >= 120


def test_old_timeout_flag_still_works_with_a_warning(cli: Runner) -> None:
    """`--timeout`, the old name of --wait-timeout, still bounds the wait and warns on stderr naming the new one."""
    result = cli("commands", "lock-doors", "veh_silent", "--wait", "--timeout", "5")
    assert result.code == 4
    assert "gave up after 5s" in result.err
    assert "--timeout` is deprecated; use `volteras commands lock-doors --wait-timeout`" in result.err


def test_a_terminal_sees_the_status_of_each_poll(sim: Simulator) -> None:
    """On a terminal, --wait redraws one status line per poll with the time waited, and clears it at the end."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out, err = Terminal(), io.StringIO()
    with sim.client() as client:
        code = main(["commands", "lock-doors", "veh_1", "--wait"], stdout=out, stderr=err, client=client)
    assert code == 0, err.getvalue()
    shown = out.getvalue()
    # redrawn at the start and after each poll, then cleared for the final line
    assert "PENDING  -\n\r\x1b[KPENDING 0.0s\r\x1b[KEXECUTED 1.0s\r\x1b[Kcmd_" in shown
    assert shown.endswith("  EXECUTED  2024-01-01T00:00:00.200000Z\n")


def test_json_wait_prints_one_sorted_document(cli: Runner) -> None:
    """--json --wait prints exactly one JSON document: the final execution with sorted keys."""
    result = cli("--json", "commands", "close-charge-port", "veh_1", "--wait", "--wait-timeout", "10")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["status"] == "EXECUTED"
    assert document["vehicleId"] == "veh_1"
    assert list(document) == sorted(document)


def test_debug_logs_every_exchange_to_stderr_only(cli_env: Runner) -> None:
    """--debug writes the SDK's, httpx's and httpcore's DEBUG lines to stderr; stdout stays one JSON document."""
    quiet = cli_env("--json", "commands", "lock-doors", "veh_1")
    loud = cli_env("--json", "--debug", "commands", "close-charge-port", "veh_1")
    assert loud.code == quiet.code == 0, loud.err
    assert json.loads(loud.out)["status"] == "PENDING"
    assert "DEBUG" not in quiet.err
    assert f"volteras DEBUG POST {path_of('close_charge_port', vehicle_id='veh_1')} -> 200" in loud.err
    assert f"volteras DEBUG POST {path_of('create_token')} -> 200" in loud.err
    assert "httpcore" in loud.err
    assert "Bearer" not in loud.err


def test_positional_arguments_are_typed(cli: Runner, sim: Simulator) -> None:
    """Arguments the method takes positionally are positional words, converted to the spec's types."""
    result = cli("commands", "set-temperature", "veh_1", "21", "20.5", "--json")
    assert result.code == 0, result.err
    arguments = json.loads(result.out)["commandArguments"]
    assert arguments == {"driverTemperature": 21.0, "passengerTemperature": 20.5}
    limit = cli("commands", "set-charge-limit", "veh_1", "80", "--json")
    assert limit.code == 0, limit.err
    assert json.loads(limit.out)["commandArguments"] == {"limit": 80}


def test_get_shows_one_execution(cli: Runner) -> None:
    """`commands get` prints the execution's line (and its JSON with --json) and exits 0."""
    sent = json.loads(cli("commands", "open-charge-port", "veh_1", "--json").out)
    result = cli("commands", "get", "veh_1", sent["id"])
    assert result.code == 0, result.err
    assert sent["id"] in result.out
    assert "OPEN_CHARGE_PORT" in result.out
    as_json = cli("commands", "get", "veh_1", sent["id"], "--json")
    assert as_json.code == 0
    assert json.loads(as_json.out)["id"] == sent["id"]


def test_list_prints_table_and_json(cli: Runner) -> None:
    """`commands list` prints a table with a header row, --json a list, and --limit caps the items."""
    for command in ("lock-doors", "unlock-doors", "climate-on"):
        assert cli("commands", command, "veh_1").code == 0
    table = cli("commands", "list", "veh_1")
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0].split()[:3] == ["ID", "COMMAND", "STATUS"]
    assert len(lines) == 4
    assert any("CLIMATE_ON" in line for line in lines)
    documents = json.loads(cli("commands", "list", "veh_1", "--json").out)
    assert isinstance(documents, list)
    assert len(documents) == 3
    limited = json.loads(cli("commands", "list", "veh_1", "--json", "--limit", "2").out)
    assert len(limited) == 2


def test_list_filter_passes_json_filter(cli: Runner) -> None:
    """--filter sends the JSON filter, so only matching executions are listed."""
    assert cli("commands", "lock-doors", "veh_1").code == 0
    assert cli("commands", "climate-on", "veh_1").code == 0
    flt = json.dumps({"field": "command", "operator": "==", "value": "CLIMATE_ON"})
    result = cli("commands", "list", "veh_1", "--filter", flt, "--json")
    assert result.code == 0, result.err
    assert [item["command"] for item in json.loads(result.out)] == ["CLIMATE_ON"]


def test_token_test_shows_client_and_organization(cli: Runner) -> None:
    """`token test` shows the client and organization, as text and as {clientId, organizationId}."""
    result = cli("token", "test")
    assert result.code == 0, result.err
    assert CLIENT_ID in result.out
    assert "org_demo" in result.out
    as_json = cli("token", "test", "--json")
    assert json.loads(as_json.out) == {"clientId": CLIENT_ID, "organizationId": "org_demo"}
