"""The sub-commands every other operation got: reading vehicles, tags, rate limits, and the CLI's contract
(one JSON document under --json, exit 2 for bad input) for all of them."""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.cli.conftest import Result, Runner
from volteras import __version__


def test_vehicles_list_prints_a_table_and_json(cli: Runner) -> None:
    """`vehicles list` prints a table with a header row, and --json an array of vehicles."""
    table = cli("vehicles", "list")
    assert table.code == 0, table.err
    assert table.out.splitlines()[0].startswith("ID")
    assert "veh_1" in table.out
    listed = json.loads(cli("vehicles", "list", "--json", "--limit", "2").out)
    assert [v["id"] for v in listed] == ["veh_1", "veh_asleep"]


def test_telemetry_of_one_vehicle(cli: Runner) -> None:
    """`vehicles telemetry veh_1` shows the readings as key: value lines, and --json the wire object."""
    human = cli("vehicles", "telemetry", "veh_1")
    assert human.code == 0, human.err
    assert "chargingState.chargePortDoorOpen: " in human.out
    document = json.loads(cli("vehicles", "telemetry", "veh_1", "--json").out)
    assert "chargingState" in document


def test_tags_add_then_list(cli: Runner) -> None:
    """`tags add DEVICE veh_1 --key fleet --value north` is then shown by `tags list DEVICE veh_1`."""
    added = cli("tags", "add", "DEVICE", "veh_1", "--key", "fleet", "--value", "north")
    assert added.code == 0, added.err
    assert added.out.strip() == "ok"
    listed = json.loads(cli("tags", "list", "DEVICE", "veh_1", "--json").out)
    assert {"key": "fleet", "value": "north"} in [
        {"key": t["key"], "value": t["value"]} for t in listed["tags"]
    ]
    tagged = json.loads(cli("vehicles", "list", "--tag-key", "fleet", "--tag-value", "north", "--json").out)
    assert [v["id"] for v in tagged] == ["veh_1"]


def test_rate_limits_get(cli: Runner) -> None:
    """`rate-limits get veh_1` prints the vehicle's limits as a table."""
    result = cli("rate-limits", "get", "veh_1")
    assert result.code == 0, result.err
    assert "REMAINING_REQUESTS" in result.out


def test_bad_path_id_is_a_usage_error(cli: Runner) -> None:
    """An id that cannot be a path segment exits 2 with one line; under --json, one error document."""
    for bad in ("a/b", "", ".."):
        result = cli("commands", "close-charge-port", bad)
        assert result.code == 2, result.err
        assert len(result.err.strip().splitlines()) == 1
        assert "Traceback" not in result.err
        document = json.loads(cli("--json", "commands", "close-charge-port", bad).out)
        assert document["error"]["code"] == "USAGE_ERROR"


def test_every_json_exit_prints_one_document(
    cli: Runner, cli_env: Runner, in_env: Callable[..., Result]
) -> None:
    """Under --json an argparse error, missing credentials and a refused base URL each print one document."""
    assert json.loads(cli("--json", "commands", "fly-to-the-moon").out)["error"]["code"] == "USAGE_ERROR"
    missing = cli_env("--json", "tokens", "test", VOLTERAS_CLIENT_ID=None)
    assert missing.code == 2
    assert "VOLTERAS_CLIENT_ID" in json.loads(missing.out)["error"]["message"]
    plain = in_env(["--json", "--base-url", "http://example.com", "tokens", "test"])
    assert plain.code == 2
    assert json.loads(plain.out)["error"]["code"] == "USAGE_ERROR"


def test_version_and_wait_timeout_without_wait(cli: Runner) -> None:
    """`--version` prints the SDK's version; `--wait-timeout` without `--wait` is refused, not ignored."""
    version = cli("--version")
    assert version.code == 0
    assert __version__ in version.out
    refused = cli("commands", "lock-doors", "veh_1", "--wait-timeout", "5")
    assert refused.code == 2
    assert "--wait" in refused.err
