"""The public surface of volteras.testing, the clocks and the filter parser."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

import volteras.testing
from volteras.testing import ManualClock, Simulator, WallClock
from volteras.testing._filter import FilterError, parse_filter


def test_all_lists_exactly_the_public_names() -> None:
    """__all__ names every public attribute and nothing else."""
    public = {name for name in vars(volteras.testing) if not name.startswith("_") and name != "annotations"}
    assert set(volteras.testing.__all__) == public
    assert sorted(volteras.testing.__all__) == list(volteras.testing.__all__)


def test_manual_clock_moves_only_when_advanced() -> None:
    """ManualClock starts where told and moves by exactly the seconds given."""
    start = datetime(2030, 5, 1, 12, tzinfo=UTC)
    clock = ManualClock(start)
    assert clock.now() == start
    assert clock.advance(2.5) == start + timedelta(seconds=2.5)
    assert clock.now() == start + timedelta(seconds=2.5)


def test_manual_clock_rejects_naive_start_and_going_back() -> None:
    """A naive start time or a negative advance is an error."""
    with pytest.raises(ValueError, match="timezone"):
        ManualClock(datetime(2030, 1, 1))
    with pytest.raises(ValueError, match="backwards"):
        ManualClock().advance(-1)


def test_wall_clock_is_the_default() -> None:
    """Without a clock, the simulator runs on aware UTC wall time."""
    sim = Simulator()
    assert isinstance(sim.clock, WallClock)
    assert sim.clock.now().tzinfo is UTC


def test_invalid_configuration_is_refused() -> None:
    """Non-positive lifetimes or timeouts and negative latencies are errors."""
    with pytest.raises(ValueError, match="positive"):
        Simulator(token_lifetime=0)
    with pytest.raises(ValueError, match="positive"):
        Simulator(server_timeout=-1)
    with pytest.raises(ValueError, match="latency"):
        Simulator().add_vehicle("v", latency=-0.1)


def test_filter_parser_keeps_the_tree() -> None:
    """A parsed filter keeps its JSON tree and evaluates rows."""
    tree = {
        "or": [
            {"field": "status", "operator": "isNull"},
            {"not": [{"field": "command", "operator": "==", "value": "WAKE_UP"}]},
        ]
    }
    parsed = parse_filter(json.dumps(tree))
    assert parsed.tree["or"][0]["operator"] == "isNull"
    assert parsed.matches({"status": None, "command": "WAKE_UP"})
    assert parsed.matches({"status": "PENDING", "command": "LOCK_DOORS"})
    assert not parsed.matches({"status": "PENDING", "command": "WAKE_UP"})
    with pytest.raises(FilterError):
        parse_filter('{"field": "status", "operator": "between", "value": "P"}')
