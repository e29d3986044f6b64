"""`make bench` runs end to end and prints every figure as `name: value`, the ratios first.

Shrunk to a few calls per figure: this checks that the script works, not the numbers.
"""

from __future__ import annotations

import pytest

from .conftest import Regenerated, load_script

PARSERS = ("volteras", "pydantic", "msgspec", "json_loads")
RATIOS = [
    "overhead_ratio",
    "telemetry_overhead_ratio",
    "async_throughput_ratio",
    "fanout_healthy_p99_ratio",
    "parse_ratio",
    "validated_parse_ratio",
    "telemetry_parse_ratio",
    "telemetry_parse_vs_pydantic",
    "execution_parse_vs_pydantic",
    "telemetry_parse_vs_msgspec",
    "execution_parse_vs_msgspec",
    "parse_vs_json_loads",
    "webhook_verify_ratio",
    "import_ratio",
    "generate_seconds",
    "sim_list_1000_seconds",
    "polls_per_command",
]
RAW = [
    "raw_round_trip_ms",
    "sdk_call_median_ms",
    "raw_call_median_ms",
    "overhead_calls_per_side",
    "sdk_telemetry_median_ms",
    "raw_telemetry_median_ms",
    "sdk_async_commands_per_s",
    "raw_async_commands_per_s",
    "async_trials",
    "async_trial_ratio_lowest",
    "async_trial_ratio_highest",
    "fanout_healthy_p99_silent_s",
    "fanout_healthy_p99_s",
    "sdk_from_dict_per_s",
    "stock_from_dict_per_s",
    "sdk_parse_data_per_s",
    "sdk_telemetry_from_dict_per_s",
    "stock_telemetry_from_dict_per_s",
    *(f"{body}_{side}_us" for body in ("telemetry", "execution") for side in PARSERS),
    "webhook_unwrap_us",
    "webhook_plain_us",
    "import_volteras_ms",
    "import_httpx_ms",
    "sim_listed_vehicles",
    "polls_per_command_without_hub",
    "bench_seconds",
]


@pytest.mark.timeout(120)
def test_bench_prints_every_figure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], regenerated: Regenerated
) -> None:
    """The benchmark script runs end to end and prints every figure, ratios first, each a positive number."""
    bench = load_script("bench")
    small = {
        "ROUNDS": 2,
        "CALLS_PER_ROUND": 3,
        "WARMUP_CALLS": 3,
        "SYNC_VEHICLES": 6,
        "ASYNC_COMMANDS": 12,
        "ASYNC_CONCURRENCY": 4,
        "ASYNC_WARMUP": 4,
        "ASYNC_TRIALS": 2,
        "IMPORT_RUNS": 1,
        "PARSE_NUMBER": 5,
        "PARSE_REPEAT": 1,
        "SIM_FLEET": 30,
        "WEBHOOK_NUMBER": 5,
        "WEBHOOK_ROUNDS": 2,
    }
    for name, value in small.items():
        monkeypatch.setattr(bench, name, value)
    monkeypatch.setattr(bench.bench_fanout, "FANOUT_VEHICLES", 12)
    monkeypatch.setattr(bench.bench_peers, "PEER_NUMBER", 5)
    monkeypatch.setattr(bench.bench_peers, "PEER_ROUNDS", 2)
    monkeypatch.setattr(bench.bench_hub, "HUB_VEHICLES", 3)
    monkeypatch.setattr(bench.bench_hub, "HUB_LATENCY_MAX", 0.6)
    total = small["SYNC_VEHICLES"] + 2 * (small["ASYNC_TRIALS"] + 1) * (
        small["ASYNC_WARMUP"] + small["ASYNC_COMMANDS"]
    )
    monkeypatch.setattr(bench, "TOTAL_VEHICLES", total)
    monkeypatch.setattr(bench, "generate_seconds", lambda tmp: regenerated.seconds)  # the session's one

    assert bench.main(["--in-process"]) == 0

    lines = capsys.readouterr().out.splitlines()
    figures = dict(line.split(": ", 1) for line in lines)
    assert [line.split(": ")[0] for line in lines] == RATIOS + RAW
    for name in RATIOS + RAW:
        assert float(figures[name]) > 0, name
