"""`volteras fan-out`: a sequence to many vehicles, a summary at the end, JSON or NDJSON on request."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Runner

STEPS = ("set-charge-limit:limit=80", "start-charging")


def test_summary_table_has_one_row_per_vehicle(cli: Runner) -> None:
    """Each vehicle's outcome is a row; a silent vehicle times out (exit 4) without holding the others."""
    result = cli(
        "fan-out", *STEPS, "--vehicles", "veh_1", "veh_offline", "veh_silent", "--wait-timeout", "20"
    )
    assert result.code == 4
    rows = {line.split()[0]: line.split()[1:] for line in result.out.splitlines()[1:]}
    assert rows["veh_1"][:2] == ["executed", "2"]
    assert rows["veh_offline"][:2] == ["failed", "1"] and "OEM_VEHICLE_OFFLINE" in rows["veh_offline"]
    assert rows["veh_silent"][:2] == ["timed_out", "1"]
    assert result.err == ""  # no progress line: stderr is not a terminal


def test_json_is_one_document_and_ndjson_one_line_per_vehicle(cli: Runner) -> None:
    """--json prints one document with every outcome; --ndjson one outcome a line as they finish."""
    one = cli("fan-out", *STEPS, "--vehicles", "veh_1", "veh_offline", "--json")
    document = json.loads(one.out)
    assert one.code == 1 and document["interrupted"] is False
    assert [o["outcome"] for o in document["outcomes"]] == ["executed", "failed"]
    assert document["outcomes"][0]["executions"][1]["command"] == "START_CHARGING"
    lines = cli("fan-out", "lock-doors", "--vehicles", "veh_1", "veh_offline", "--ndjson").out.splitlines()
    assert sorted(json.loads(line)["vehicleId"] for line in lines) == ["veh_1", "veh_offline"]


def test_vehicles_from_a_file(cli: Runner, tmp_path: Path) -> None:
    """--from-file reads one id a line, skipping blanks and comments."""
    ids = tmp_path / "ids.txt"
    ids.write_text("# tonight\nveh_1\n\nveh_offline  # flaky\n")
    result = cli("fan-out", "lock-doors", "--from-file", str(ids), "--json")
    assert [o["vehicleId"] for o in json.loads(result.out)["outcomes"]] == ["veh_1", "veh_offline"]


def test_bad_step_is_a_usage_error_before_sending(cli: Runner) -> None:
    """An argument out of the spec's bounds exits 2 naming it, and nothing is sent."""
    result = cli("fan-out", "set-charge-limit:limit=180", "--vehicles", "veh_1")
    assert result.code == 2 and "limit must be >= 0 and <= 100" in result.err


def test_vehicles_chosen_by_a_filter(cli: Runner) -> None:
    """--filter sends to the vehicles the listing filter picks, and to no other."""
    picked = '{"field": "id", "operator": "like", "value": "veh_o%"}'
    result = cli("fan-out", "lock-doors", "--filter", picked, "--json")
    assert [o["vehicleId"] for o in json.loads(result.out)["outcomes"]] == ["veh_offline"]
